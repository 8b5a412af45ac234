import { describe, expect, it } from 'vitest';
import { rangeSource, sameOriginUrl } from './range-source';

const origin = 'https://atlas.example.gov.cn';

describe('same-origin FlatGeobuf URLs', () => {
  it('takes paths and full URLs of the site itself', () => {
    expect(sameOriginUrl('/data/points.fgb', origin)?.href).toBe(`${origin}/data/points.fgb`);
    expect(sameOriginUrl('points.fgb', origin)?.href).toBe(`${origin}/points.fgb`);
    expect(sameOriginUrl(` ${origin}/x.fgb `, origin)?.href).toBe(`${origin}/x.fgb`);
  });

  it('refuses other sites, protocol-relative URLs, other schemes and ports', () => {
    for (const text of [
      'https://example.com/points.fgb',
      '//example.com/points.fgb',
      'http://atlas.example.gov.cn/points.fgb',
      'https://atlas.example.gov.cn:8443/points.fgb',
      'javascript:alert(1)',
      'data:application/octet-stream,abc',
    ]) {
      expect(sameOriginUrl(text, origin), text).toBeNull();
    }
  });

  it('fails with other-origin before any request is made', async () => {
    await expect(rangeSource('https://example.com/points.fgb', origin)).rejects.toMatchObject({ code: 'other-origin' });
  });
});

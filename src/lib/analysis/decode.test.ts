import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from './decode';

const gbk = new Uint8Array(readFileSync(new URL('./fixtures/sites-gbk.csv', import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + 2 * text.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}

const SAMPLE = '名称,经度,纬度\n天津站,117.2,39.1\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM, and with one (dropping it)', () => {
    expect(decodeText(utf8(SAMPLE), null)).toEqual({ text: SAMPLE, encoding: 'utf-8', unreadable: 0 });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]), null)).toEqual({
      text: SAMPLE,
      encoding: 'utf-8',
      unreadable: 0,
    });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeText(utf16(SAMPLE, true), null)).toMatchObject({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, false), null)).toMatchObject({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('falls back to GB18030 for GBK bytes, with the Chinese intact', () => {
    const decoded = decodeText(gbk, null);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.unreadable).toBe(0);
    expect(decoded.text.split('\r\n')[0]).toBe('名称,经度,纬度,类型');
    expect(decoded.text).toContain('滨海新区文化中心');
  });

  it('counts what a wrong override cannot read, so the settings can say so', () => {
    const forced = decodeText(gbk, 'utf-8');
    expect(forced.encoding).toBe('utf-8');
    expect(forced.unreadable).toBeGreaterThan(10);
  });

  it('treats a file mixing UTF-8 and GBK lines as not UTF-8', () => {
    const mixed = new Uint8Array([
      ...utf8('名称,lng,lat\n天津站,117.2,39.1\n'),
      ...gbk.subarray(gbk.indexOf(0x0a) + 1),
    ]);
    expect(detectEncoding(mixed)).toBe('gb18030');
    expect(decodeText(mixed, 'utf-8').unreadable).toBeGreaterThan(0);
  });

  it('does not hold a character cut off at the end of a partial read against UTF-8', () => {
    const bytes = utf8('名称,经度\n天津站');
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(detectEncoding(cut, true)).toBe('utf-8');
    expect(detectEncoding(cut, false)).toBe('gb18030');
  });
});

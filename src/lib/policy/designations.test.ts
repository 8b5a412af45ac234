import { describe, expect, it } from 'vitest';
import { findDesignationHits, occurrences, uncoveredHits } from './designations';

describe('findDesignationHits', () => {
  it('finds names ending in a designation suffix, at the fullest suffix', () => {
    const hits = findDesignationHits('扎实推进国家服务贸易创新发展示范区建设，高水平建设海河柳林设计集聚区。');
    expect(hits.map((hit) => hit.text)).toEqual(['创新发展示范区', '集聚区']);
  });

  it('finds quoted terms, with offsets inside the quotes', () => {
    const text = '盘活用好“站产城”、海河沿线等片区存量资源';
    const hits = findDesignationHits(text);
    expect(hits.map((hit) => [hit.kind, hit.text])).toEqual([
      ['quoted', '站产城'],
      ['suffix', '片区'],
    ]);
    expect(text.slice(hits[0].start, hits[0].end)).toBe('站产城');
  });

  it('skips common nouns that only contain a suffix (平台企业) and the 中心 inside 消费中心城市标志区', () => {
    const hits = findDesignationHits('降低平台企业经营成本，打造金街国际消费中心城市标志区');
    expect(hits.map((hit) => hit.text)).toEqual(['标志区']);
  });
});

describe('uncoveredHits', () => {
  const text = '支持全国商业秘密保护创新试点地区建设。发挥“自贸+综保”政策叠加优势。';
  it('reports every hit no wording spans', () => {
    expect(uncoveredHits(text, []).map((hit) => hit.text)).toEqual(['试点地区', '自贸+综保']);
  });
  it('accepts a hit spanned by a wording', () => {
    expect(uncoveredHits(text, ['全国商业秘密保护创新试点地区', '“自贸+综保”'])).toEqual([]);
  });
  it('does not accept a wording that stops before the suffix', () => {
    expect(uncoveredHits(text, ['全国商业秘密保护创新']).map((hit) => hit.text)).toContain('试点地区');
  });
  it('counts every occurrence', () => {
    expect(occurrences('中心和中心', '中心')).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });
});

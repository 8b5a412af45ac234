import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalise, search } from './search';
import { realAtlas } from '../../../tests/support/atlas';

const index = buildSearchIndex(realAtlas());
const found = (query: string, limit?: number) =>
  search(index, query, limit).map((entry) => `${entry.kind}:${entry.id}`);

describe('normalise', () => {
  it('ignores width, case, spacing and punctuation', () => {
    expect(normalise('（一）2．设计服务')).toBe(normalise('(一)2.设计 服务'));
    expect(normalise('ＸＩＡＯ Bai-lou')).toBe('xiaobailou');
  });
});

describe('buildSearchIndex', () => {
  it('has one entry per zone, place, district, measure and body', () => {
    const atlas = realAtlas();
    const expected =
      atlas.zones.length + atlas.places.length + atlas.districts.length + atlas.measures.length + atlas.bodies.length;
    expect(index.entries).toHaveLength(expected);
  });

  it('finds a district by its short name, without 新区 or New Area', () => {
    const binhai = index.entries.find((item) => item.entry.kind === 'district' && item.entry.id === '120116');
    expect(binhai?.entry.terms).toEqual(expect.arrayContaining(['滨海新区', 'Binhai New Area', '滨海', 'Binhai']));
  });
});

describe('search', () => {
  it('finds the design cluster by part of its Chinese or English name', () => {
    expect(found('柳林')[0]).toBe('zone:haihe-liulin-design');
    expect(found('liulin')[0]).toBe('zone:haihe-liulin-design');
  });

  it('finds a measure by number or by citation, in either width', () => {
    expect(found('1.2')[0]).toBe('measure:1.2');
    expect(found('（一）2')[0]).toBe('measure:1.2');
    expect(found('(一)2')[0]).toBe('measure:1.2');
    expect(found('Measure 1.2')[0]).toBe('measure:1.2');
  });

  it('tells measure 13 from measure 1.3', () => {
    expect(found('13').slice(0, 2)).toEqual(['measure:13', 'measure:1.3']);
    expect(found('1.3').slice(0, 2)).toEqual(['measure:1.3', 'measure:13']);
  });

  it('finds the convention centre by part of its name', () => {
    expect(found('会展中心')).toEqual(['zone:necc-tianjin']);
  });

  it('finds a body by its name', () => {
    expect(found('市商务局')[0]).toBe('body:市商务局');
    expect(found('tianjin customs')).toEqual(['body:天津海关']);
  });

  it('finds Xiaobailou in Chinese, English, full width and with spaces', () => {
    for (const query of ['小白楼', 'Xiaobailou', 'xiaobailou', 'ＸＩＡＯＢＡＩＬＯＵ', ' xiao bai lou ']) {
      expect(found(query)[0], query).toBe('zone:xiaobailou-cbd');
    }
  });

  it('ranks an exact name before a prefix and a prefix before a substring', () => {
    // 滨海 is exactly the district's short name, the start of 滨海站 and inside 天津滨海国际机场.
    const results = found('滨海');
    expect(results[0]).toBe('district:120116');
    expect(results.indexOf('place:binhai-station')).toBeLessThan(results.indexOf('place:binhai-airport'));
  });

  it('orders equal matches by kind, then by shorter name, and any prefix before a substring', () => {
    const results = search(index, '天津', 12);
    // Seven places and four bodies start with 天津; 国家会展中心（天津） only contains it.
    expect(results.map((entry) => entry.kind)).toEqual([...Array(7).fill('place'), ...Array(4).fill('body'), 'zone']);
    const placeLengths = results.slice(0, 7).map((entry) => entry.label.zh.length);
    expect([...placeLengths].sort((a, b) => a - b)).toEqual(placeLengths);
    expect(results[0].id).toBe('tianjin-port');
  });

  it('respects the limit', () => {
    expect(found('天津', 3)).toHaveLength(3);
    expect(found('天津', 0)).toEqual([]);
    expect(found('天津')).toHaveLength(10);
  });

  it('finds nothing for empty, blank, punctuation-only or garbage queries, and never throws', () => {
    for (const query of ['', '   ', '\t\n', '！？。', 'qzxwvjk', '<img src=x onerror=alert(1)>', '\ud800', '\u200b']) {
      expect(found(query), JSON.stringify(query)).toEqual([]);
    }
  });

  it('cuts very long queries instead of choking on them', () => {
    expect(found('小白楼'.repeat(100_000))).toEqual([]);
    expect(found(`小白楼${' '.repeat(200)}`)[0]).toBe('zone:xiaobailou-cbd');
  });
});

describe('aliases that only name a zone in context', () => {
  it('find the district, not the compute cluster, for 滨海新区', () => {
    const [first] = search(buildSearchIndex(realAtlas()), '滨海新区');
    expect(first).toMatchObject({ kind: 'district', id: '120116' });
  });
});

import { describe, expect, it } from 'vitest';
import { aliasMatches, buildLinks, findNamedTargets, type LinkCandidate } from './links';

const compute: LinkCandidate = {
  target: { kind: 'zone', id: 'binhai-compute' },
  aliases: [{ text: '滨海新区', context: ['算力'], names: 'area' }],
};
const binhai: LinkCandidate = { target: { kind: 'district', id: '120116' }, aliases: [{ text: '滨海新区' }] };
const necc: LinkCandidate = {
  target: { kind: 'zone', id: 'necc-tianjin' },
  aliases: [{ text: '国家会展中心' }, { text: '国家会展中心（天津）' }],
};

describe('aliasMatches', () => {
  it('needs every context word in the same sentence', () => {
    expect(aliasMatches('支持滨海新区、武清区等集聚算力资源。', compute.aliases[0])).toBe(true);
    expect(aliasMatches('提升滨海新区服务业发展能级。', compute.aliases[0])).toBe(false);
  });
});

describe('findNamedTargets', () => {
  it('quotes the sentence and prefers the longest wording', () => {
    const found = findNamedTargets(
      { id: '5.2', text: '支持引进会展企业。完善国家会展中心（天津）周边会展服务体系建设。' },
      [necc],
    );
    expect(found).toEqual([
      {
        target: necc.target,
        sentence: '完善国家会展中心（天津）周边会展服务体系建设。',
        match: '国家会展中心（天津）',
        names: 'feature',
      },
    ]);
  });

  it('reports a target once per measure even when named twice', () => {
    const found = findNamedTargets({ id: 'x', text: '滨海新区算力。滨海新区算力。' }, [compute]);
    expect(found).toHaveLength(1);
  });
});

describe('buildLinks', () => {
  const measures = [
    { id: '2.2', text: '支持滨海新区、武清区等集聚算力资源，提升算力服务供给能力。' },
    { id: '13', text: '提升滨海新区服务业发展能级。' },
  ];

  it('makes explicit links for zones (saying when the wording names the area the extent stands for), district links for districts, with evidence', () => {
    const links = buildLinks(measures, [compute], [binhai], { inferred: [] });
    expect(links).toEqual([
      {
        measure: '2.2',
        target: compute.target,
        relation: 'explicit',
        evidence: { sentence: measures[0].text, match: '滨海新区' },
        names: 'area',
      },
      {
        measure: '2.2',
        target: binhai.target,
        relation: 'district',
        evidence: { sentence: measures[0].text, match: '滨海新区' },
      },
      {
        measure: '13',
        target: binhai.target,
        relation: 'district',
        evidence: { sentence: measures[1].text, match: '滨海新区' },
      },
    ]);
  });

  it('adds curated links as inferred with their rationale, but never over an explicit one', () => {
    const rationale = { zh: '理由', en: 'why' };
    const links = buildLinks(measures, [compute], [], {
      inferred: [
        { measure: '2.2', target: compute.target, rationale },
        { measure: '13', target: compute.target, rationale },
      ],
    });
    expect(links.map((link) => [link.measure, link.relation])).toEqual([
      ['2.2', 'explicit'],
      ['13', 'inferred'],
    ]);
    expect(links[1].rationale).toEqual(rationale);
    expect(links[1].evidence).toBeUndefined();
  });
});

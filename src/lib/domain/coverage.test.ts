import { describe, expect, it } from 'vitest';
import { bodyCoverage, sectorCoverage } from './coverage';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();

describe('sectorCoverage', () => {
  const coverage = sectorCoverage(atlas);
  const of = (id: string) => coverage.find((row) => row.sector.id === id);

  it('covers every sector in sectors.json order, and all 41 measures', () => {
    expect(coverage.map((row) => row.sector.id)).toEqual(atlas.sectors.sectors.map((sector) => sector.id));
    expect(coverage.reduce((sum, row) => sum + row.total, 0)).toBe(41);
    for (const row of coverage) expect(row.mapped + row.citywideOnly, row.sector.id).toBe(row.total);
  });

  it('shows that of the eight environment measures only 13 has a place on the map', () => {
    expect(of('environment')).toMatchObject({ total: 8, mapped: 1, explicit: 1, citywideOnly: 7 });
  });

  it('counts curated links as mapped but not as placed by the text', () => {
    // Finance measure 3.2 is linked only by curation; 3.1 (its curated link was dropped) and 3.3 have none.
    expect(of('finance')).toMatchObject({ total: 3, mapped: 1, explicit: 0, citywideOnly: 2 });
    expect(of('transport-shipping')).toMatchObject({ total: 4, mapped: 3, explicit: 3, citywideOnly: 1 });
  });

  it('lists the sectors with no measure on the map', () => {
    const unmapped = coverage.filter((row) => row.mapped === 0).map((row) => row.sector.id);
    expect(unmapped).toEqual([
      'retail-ecommerce',
      'lodging-catering',
      'health-elderly-childcare',
      'education-training',
      'housing-domestic',
    ]);
  });
});

describe('bodyCoverage', () => {
  const coverage = bodyCoverage(atlas);

  it('puts the body with the most measures first: 市商务局', () => {
    expect(coverage).toHaveLength(39);
    expect(coverage[0].body.name.zh).toBe('市商务局');
    expect(coverage[0].lead.length + coverage[0].shared.length).toBe(21);
    const totals = coverage.map((row) => row.lead.length + row.shared.length);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });

  it('separates lead measures (牵头负责) from shared ones', () => {
    const industry = coverage.find((row) => row.body.name.zh === '市工业和信息化局');
    expect(industry?.lead.map((measure) => measure.id)).toEqual(['2.1']);
    expect(industry?.shared.map((measure) => measure.id)).not.toContain('2.1');
  });

  it('lists the distinct targets of a body’s measures and how many stay citywide', () => {
    const data = coverage.find((row) => row.body.name.zh === '市数据局');
    // 市数据局: 2.2 (two compute zones, the supercomputing centre, two districts), 16 and 19 unlinked.
    expect(data?.targets).toEqual([
      { kind: 'zone', id: 'binhai-compute' },
      { kind: 'zone', id: 'wuqing-compute' },
      { kind: 'district', id: '120114' },
      { kind: 'district', id: '120116' },
      { kind: 'place', id: 'supercomputing-center' },
    ]);
    expect(data?.citywideOnly).toBe(2);
  });

  it('keeps first-appearance order among bodies with as many measures', () => {
    const once = coverage.filter((row) => row.lead.length + row.shared.length === 1).map((row) => row.body.name.zh);
    const firstAppearance = atlas.bodies.map((body) => body.name.zh).filter((name) => once.includes(name));
    expect(once).toEqual(firstAppearance);
  });
});

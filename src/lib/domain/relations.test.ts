import { describe, expect, it } from 'vitest';
import type { PublishedMeasure } from '../data/schemas';
import {
  bodiesOf,
  districtOverview,
  measureTargets,
  placeMeasures,
  zoneMeasures,
  type MeasuresByRelation,
} from './relations';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();
const ids = (items: ReadonlyArray<{ measure: PublishedMeasure }>) => items.map((item) => item.measure.id);
const listed = (groups: MeasuresByRelation) =>
  groups.explicit.length + groups.inferred.length + groups.district.length + groups.sector.length;

function mustGet<T>(value: T | null): T {
  if (value === null) throw new Error('expected a result for a known id');
  return value;
}

describe('zoneMeasures', () => {
  it('shows the Haihe Liulin design measure with its sentence, then the other sci-tech measures', () => {
    const groups = mustGet(zoneMeasures(atlas, 'haihe-liulin-design'));
    expect(ids(groups.explicit)).toEqual(['1.2']);
    expect(groups.explicit[0].link.evidence?.sentence).toBe('高水平建设海河柳林设计集聚区。');
    expect(groups.sector.map((measure) => measure.id)).toEqual(['1.1', '1.3', '1.4']);
    expect(groups.inferred).toEqual([]);
    expect(groups.district).toEqual([]);
    expect(listed(groups) + groups.citywide).toBe(41);
  });

  it('lists 2.2 for the Binhai computing cluster and 13 through 滨海新区', () => {
    const groups = mustGet(zoneMeasures(atlas, 'binhai-compute'));
    expect(ids(groups.explicit)).toEqual(['2.2']);
    // 2.2 also names 滨海新区 as a district, but it is already listed as explicit.
    expect(ids(groups.district)).toEqual(['13']);
    expect(groups.district[0].link.target).toEqual({ kind: 'district', id: '120116' });
    expect(groups.district[0].link.evidence?.match).toBe('滨海新区');
    expect(groups.sector.map((measure) => measure.id)).toEqual(['2.1']);
    expect(listed(groups) + groups.citywide).toBe(41);
  });

  it('shows curated links with their rationale under inferred', () => {
    const groups = mustGet(zoneMeasures(atlas, 'dongjiang'));
    expect(ids(groups.explicit)).toEqual([]);
    expect(ids(groups.inferred)).toEqual(['3.2', '4.1', '6.1']);
    expect(groups.inferred.every((item) => item.link.rationale !== undefined)).toBe(true);
    expect(ids(groups.district)).toEqual(['2.2', '13']);
  });

  it('puts every measure in exactly one group for every zone', () => {
    for (const zone of atlas.zones) {
      const groups = mustGet(zoneMeasures(atlas, zone.id));
      const all = [...ids(groups.explicit), ...ids(groups.inferred), ...ids(groups.district)];
      all.push(...groups.sector.map((measure) => measure.id));
      expect(new Set(all).size, zone.id).toBe(all.length);
      expect(all.length + groups.citywide, zone.id).toBe(41);
    }
  });

  it('returns null for an id that is not a zone', () => {
    expect(zoneMeasures(atlas, 'tianjin-port')).toBeNull();
    expect(zoneMeasures(atlas, '')).toBeNull();
  });
});

describe('placeMeasures', () => {
  it('shows the airport’s named measure and its curated one; it is in 东丽区, not 滨海新区', () => {
    const groups = mustGet(placeMeasures(atlas, 'binhai-airport'));
    expect(ids(groups.explicit)).toEqual(['4.2']);
    expect(groups.explicit[0].link.evidence?.match).toBe('机场');
    expect(ids(groups.inferred)).toEqual(['9.2']);
    expect(ids(groups.district)).toEqual([]);
    expect(atlas.placeById.get('binhai-airport')?.properties.district).toBe('120110');
  });

  it('reaches the port through its district 滨海新区', () => {
    const groups = mustGet(placeMeasures(atlas, 'tianjin-port'));
    expect(ids(groups.explicit)).toEqual(['4.1']);
    expect(ids(groups.district)).toEqual(['2.2', '13']);
    expect(listed(groups) + groups.citywide).toBe(41);
  });

  it('returns null for an id that is not a place', () => {
    expect(placeMeasures(atlas, 'wudadao')).toBeNull();
  });
});

describe('districtOverview', () => {
  it('gathers 滨海新区’s zones, places and the measures that reach them', () => {
    const overview = mustGet(districtOverview(atlas, '120116'));
    const zoneIds = overview.zones.map((zone) => zone.id);
    expect(zoneIds).toEqual(expect.arrayContaining(['yujiapu-finance', 'dongjiang', 'binhai-compute']));
    const placeIds = overview.places.map((place) => place.id);
    expect(placeIds).toEqual(expect.arrayContaining(['tianjin-port', 'cruise-home-port', 'supercomputing-center']));
    expect(placeIds).not.toContain('binhai-airport');
    const measures = new Map(overview.measures.map((item) => [item.measure.id, item]));
    expect(measures.get('2.2')?.relations).toEqual(['explicit', 'inferred', 'district']);
    expect(measures.get('2.2')?.via).toEqual(['binhai-compute', '120116', 'supercomputing-center']);
    expect(measures.get('13')?.via).toEqual(expect.arrayContaining(['120116', 'station-areas']));
    expect(measures.get('3.2')?.relations).toEqual(['inferred']);
    expect(measures.has('14')).toBe(false);
  });

  it('shows the airport in 东丽区', () => {
    const overview = mustGet(districtOverview(atlas, '120110'));
    expect(overview.places.map((place) => place.id)).toEqual(['binhai-airport']);
    expect(overview.measures.map((item) => item.measure.id)).toContain('4.2');
  });

  it('counts the measures that name district governments as co-responsible', () => {
    const byName = atlas.measures.filter((measure) =>
      measure.bodies.some((body) => body.name.zh === '各区人民政府' || body.name.zh === '有关区人民政府'),
    );
    expect(mustGet(districtOverview(atlas, '120119')).coResponsible).toBe(byName.length);
    expect(byName.length).toBe(27);
  });

  it('returns null for an unknown adcode', () => {
    expect(districtOverview(atlas, '110101')).toBeNull();
  });
});

describe('measureTargets', () => {
  it('lands measure 13 on the central-city zones and 滨海新区', () => {
    const targets = mustGet(measureTargets(atlas, '13'));
    expect(targets.zones.map((item) => item.feature.id).sort()).toEqual(
      [
        'xiaobailou-cbd',
        'jiefang-north-road',
        'jinjie',
        'yuanyang-wanghai-shipping',
        'project-117',
        'haihe-waterfront',
        'station-areas',
      ].sort(),
    );
    expect(targets.districts.map((item) => item.feature.id)).toEqual(['120116']);
    expect(targets.places).toEqual([]);
    expect(targets.citywide).toBe(false);
  });

  it('says a measure with no link applies citywide only', () => {
    const targets = mustGet(measureTargets(atlas, '14'));
    expect(targets).toEqual({ zones: [], places: [], districts: [], citywide: true });
  });

  it('keeps the relation of each target', () => {
    const targets = mustGet(measureTargets(atlas, '2.2'));
    expect(targets.places.map((item) => [item.feature.id, item.link.relation])).toEqual([
      ['supercomputing-center', 'inferred'],
    ]);
    expect(targets.districts.map((item) => item.link.relation)).toEqual(['district', 'district']);
  });

  it('returns null for an unknown measure', () => {
    expect(measureTargets(atlas, '21')).toBeNull();
  });
});

describe('bodiesOf', () => {
  it('counts each body once per measure, lead or shared, in order of first appearance', () => {
    const measures = ['2.1', '2.2', '16'].map((id) => atlas.measureById.get(id)).filter((m) => m !== undefined);
    const tallies = bodiesOf(measures);
    expect(tallies[0]).toEqual({
      name: { zh: '市工业和信息化局', en: 'Tianjin Municipal Bureau of Industry and Information Technology' },
      kind: 'municipal-department',
      lead: 1,
      shared: 1,
    });
    expect(tallies.map((tally) => tally.name.zh).slice(0, 3)).toEqual([
      '市工业和信息化局',
      '市数据局',
      '有关区人民政府',
    ]);
    expect(tallies.find((tally) => tally.name.zh === '市数据局')).toMatchObject({ lead: 0, shared: 2 });
  });

  it('finds all 39 bodies over the whole policy', () => {
    expect(bodiesOf(atlas.measures)).toHaveLength(39);
    expect(bodiesOf([])).toEqual([]);
  });
});

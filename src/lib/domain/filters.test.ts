import { describe, expect, it } from 'vitest';
import { sectorCounts, visibleMeasures, visiblePlaces, visibleZones, zoneVisible } from './filters';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();
const allSectors = new Set(atlas.sectors.sectors.map((sector) => sector.id));
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe('sector filter', () => {
  it('shows a zone when any one of its sectors is enabled', () => {
    const dongjiang = atlas.zoneById.get('dongjiang');
    expect(dongjiang?.properties.sectors).toEqual(['finance', 'transport-shipping', 'culture-tourism-sport']);
    if (!dongjiang) return;
    expect(zoneVisible(dongjiang, new Set(['culture-tourism-sport']))).toBe(true);
    expect(zoneVisible(dongjiang, new Set(['information', 'trade']))).toBe(false);
  });

  it('shows every zone and place with all sectors on, and none with all off', () => {
    expect(visibleZones(atlas, allSectors)).toHaveLength(atlas.zones.length);
    expect(visiblePlaces(atlas, allSectors)).toHaveLength(atlas.places.length);
    expect(visibleZones(atlas, new Set())).toEqual([]);
    expect(visiblePlaces(atlas, new Set())).toEqual([]);
  });

  it('keeps the information zones and places when only information is on', () => {
    const information = new Set(['information']);
    expect(ids(visibleZones(atlas, information))).toEqual(['binhai-compute', 'wuqing-compute']);
    expect(ids(visiblePlaces(atlas, information))).toEqual(['supercomputing-center']);
  });

  it('lists the measures of the enabled sectors in document order', () => {
    expect(ids(visibleMeasures(atlas, new Set(['finance', 'information']), null))).toEqual([
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '3.3',
    ]);
    expect(visibleMeasures(atlas, allSectors, null)).toHaveLength(41);
  });

  it('narrows the measures to those that list the chosen body', () => {
    expect(ids(visibleMeasures(atlas, allSectors, '市数据局'))).toEqual(['2.2', '16', '19']);
    expect(ids(visibleMeasures(atlas, new Set(['environment']), '市数据局'))).toEqual(['16', '19']);
    expect(visibleMeasures(atlas, allSectors, '不存在的机构')).toEqual([]);
  });
});

describe('sectorCounts', () => {
  it('counts zones and measures for every sector, including those with no zone', () => {
    const counts = sectorCounts(atlas);
    expect([...counts.keys()]).toEqual([...allSectors]);
    expect(counts.get('finance')).toEqual({ zones: 5, measures: 3 });
    expect(counts.get('information')).toEqual({ zones: 2, measures: 2 });
    expect(counts.get('environment')).toEqual({ zones: 0, measures: 8 });
    expect(counts.get('health-elderly-childcare')).toEqual({ zones: 0, measures: 3 });
    const measures = [...counts.values()].reduce((sum, count) => sum + count.measures, 0);
    expect(measures).toBe(41);
  });
});

import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import type { PointTable } from '../analysis/types';
import { importedPointTooltip, placeTooltip, zoneTooltip } from './tooltip';

const atlas = realAtlas();

describe('tooltips', () => {
  it('names a zone and says its extent is schematic, with the confidence', () => {
    const zone = atlas.zoneById.get('xiaobailou-cbd');
    if (!zone) throw new Error('no zone');
    expect(zoneTooltip(zone, 'zh')).toBe('小白楼中央商务区\n示意范围 · 可信度：中');
    expect(zoneTooltip(zone, 'en')).toBe(`${zone.properties.name.en}\nSchematic extent · Confidence: medium`);
  });

  it('names a place with its kind, and says when its location is approximate', () => {
    const station = atlas.placeById.get('tianjin-station');
    const cruise = atlas.placeById.get('cruise-home-port');
    if (!station || !cruise) throw new Error('no place');
    expect(placeTooltip(station, 'zh')).toBe('天津站\n铁路客运站 · 可信度：高');
    expect(placeTooltip(cruise, 'zh')).toContain('示意位置');
    expect(placeTooltip(cruise, 'en')).toContain('Approximate location');
  });
});

describe('importedPointTooltip', () => {
  const table: PointTable = {
    count: 2,
    positions: new Float64Array([117.2, 39.1, 117.3, 39.2]),
    numeric: [{ name: 'area_m2', values: new Float32Array([1250, Number.NaN]), min: 1250, max: 1250, missing: 1 }],
    categories: [{ name: 'kind', codes: new Uint16Array([1, 0]), labels: ['', '<img src=x onerror=alert(1)>'] }],
  };

  it('lists the file name, the fields and the position as plain text', () => {
    expect(importedPointTooltip('sites.csv', table, 0, 'en')).toBe(
      'sites.csv\narea_m2: 1,250\nkind: <img src=x onerror=alert(1)>\n117.20000, 39.10000',
    );
  });

  it('shows missing values as a dash', () => {
    expect(importedPointTooltip('sites.csv', table, 1, 'zh')).toBe(
      'sites.csv\narea_m2：—\nkind：—\n117.30000, 39.20000',
    );
  });
});

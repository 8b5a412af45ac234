import bbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import type { Bounds } from '../data/geo';
import { cityBounds, coreBounds } from './extents';

const atlas = realAtlas();
const contains = ([west, south, east, north]: Bounds, [w, s, e, n]: number[]) =>
  west <= w && south <= s && east >= e && north >= n;

describe('camera bounds', () => {
  it('opens on the central city and Binhai together, leaving out the outlying Wuqing cluster', () => {
    const core = coreBounds(atlas.zones);
    expect(core).not.toBeNull();
    if (!core) return;
    for (const id of ['xiaobailou-cbd', 'project-117', 'dongjiang', 'yujiapu-finance', 'station-areas']) {
      const zone = atlas.zoneById.get(id);
      expect(zone && contains(core, bbox(zone.geometry)), id).toBe(true);
    }
    const wuqing = atlas.zoneById.get('wuqing-compute');
    expect(wuqing && contains(core, bbox(wuqing.geometry))).toBe(false);
  });

  it('keeps every zone when dropping one would not halve the box, and has no box for no zones', () => {
    const information = atlas.zones.filter((zone) => zone.properties.sectors.includes('information'));
    const core = coreBounds(information);
    expect(core).not.toBeNull();
    for (const zone of information) expect(core && contains(core, bbox(zone.geometry)), zone.id).toBe(true);
    expect(coreBounds([])).toBeNull();
  });

  it('frames the whole municipality for the whole-city view', () => {
    const city = cityBounds(atlas.districts);
    expect(city).not.toBeNull();
    for (const district of atlas.districts) expect(city && contains(city, bbox(district.geometry))).toBe(true);
  });
});

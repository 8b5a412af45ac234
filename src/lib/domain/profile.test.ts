import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry, ZoneFeature } from '../data/schemas';
import { regionFile } from '../data/region';
import { distanceToZoneKm, NEARBY_RADIUS_KM, zoneProfile } from './profile';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();
const region = regionFile.parse(
  JSON.parse(readFileSync(new URL('../../../geodata/region.json', import.meta.url), 'utf8')),
);
const centre = region.cityCentre;

/** A 0.01° × 0.01° square with its south-west corner at [117.2, 39.1]. */
const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [117.2, 39.1],
      [117.21, 39.1],
      [117.21, 39.11],
      [117.2, 39.11],
      [117.2, 39.1],
    ],
  ],
};
const squareZone: ZoneFeature = { ...(atlas.zoneById.get('wudadao') as ZoneFeature), id: 'square', geometry: square };

describe('zone profile against hand-checked fixtures', () => {
  it('measures a known square: area ≈ 0.9595 km², perimeter ≈ 3.95 km', () => {
    // 0.01° of latitude ≈ 1.1119 km; 0.01° of longitude at 39.105° ≈ 1.1119 × cos(39.105°) ≈ 0.8629 km.
    const profile = zoneProfile({ ...atlas, zoneById: new Map([['square', squareZone]]) }, centre, 'square');
    expect(profile?.areaKm2).toBeCloseTo(0.9595, 2);
    expect(profile?.perimeterKm).toBeCloseTo(2 * (1.1119 + 0.8629), 1);
    expect(profile?.centroid).toEqual([expect.closeTo(117.205, 6), expect.closeTo(39.105, 6)]);
  });

  it('measures a known distance: 天津站 to 天津西站 ≈ 4.40 km', () => {
    // R = 6371.0088 km → 111.195 km per degree. Δφ = 0.02250° → 2.502 km north;
    // Δλ = 0.04195° × 111.195 × cos(39.146°) (0.7755) → 3.617 km west; √(2.502² + 3.617²) ≈ 4.40 km.
    const tiny = 1e-6;
    const station: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [117.20306, 39.13472],
          [117.20306 + tiny, 39.13472],
          [117.20306 + tiny, 39.13472 + tiny],
          [117.20306, 39.13472],
        ],
      ],
    };
    expect(distanceToZoneKm(station, [117.16111, 39.15722])).toBeCloseTo(4.4, 1);
  });

  it('is 0 inside a zone and the perpendicular distance outside its edge', () => {
    expect(distanceToZoneKm(square, [117.205, 39.105])).toBe(0);
    // 0.01° east of the east edge at 39.105°: ≈ 0.8629 km.
    expect(distanceToZoneKm(square, [117.22, 39.105])).toBeCloseTo(0.863, 2);
  });
});

describe('zone profile on the real atlas', () => {
  it('profiles the National Exhibition and Convention Center', () => {
    const profile = zoneProfile(atlas, centre, 'necc-tianjin');
    if (!profile) throw new Error('no profile');
    const airport = profile.hubs.find((hub) => hub.hub === 'airport');
    expect(airport?.id).toBe('binhai-airport');
    expect(airport?.km).toBeGreaterThan(5);
    expect(airport?.km).toBeLessThan(20);
    expect(profile.hubs.filter((hub) => hub.hub === 'station').map((hub) => hub.id)).toEqual([
      'tianjin-station',
      'tianjin-west-station',
      'tianjin-south-station',
      'binhai-station',
    ]);
    expect(profile.hubs.map((hub) => hub.hub)).toContain('port');
    expect(profile.hubs.at(-1)?.hub).toBe('city-centre');
    expect(profile.nearby.every((item) => item.km <= NEARBY_RADIUS_KM)).toBe(true);
    expect(profile.measures.explicit.map((entry) => entry.measure.id)).toEqual(['5.2']);
    expect(profile.districts.map((district) => district.id)).toEqual(['120112']);
    expect(profile.bodies.find((body) => body.name.zh === '有关区人民政府')?.districtGovernment).toBe(true);
  });

  it('lists what is near the Xiaobailou CBD, nearest first', () => {
    const nearby = zoneProfile(atlas, centre, 'xiaobailou-cbd')?.nearby ?? [];
    const ids = nearby.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(['jiefang-north-road', 'wudadao', 'tianjin-station']));
    expect(nearby.find((item) => item.id === 'jiefang-north-road')?.km).toBe(0);
    expect(nearby.map((item) => item.km)).toEqual([...nearby.map((item) => item.km)].sort((a, b) => a - b));
  });

  it('lists what the linked measures name, each once, with its status: the free trade zone for 东疆', () => {
    const named = zoneProfile(atlas, centre, 'ftz-dongjiang')?.designations ?? [];
    const ids = named.map((designation) => designation.id);
    expect(ids).toEqual(expect.arrayContaining(['pilot-free-trade-zone', 'comprehensive-bonded-zone']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(named.find((designation) => designation.id === 'comprehensive-bonded-zone')?.status).toBe('unmapped');
  });

  it('names what 5.4 and 13 name for the Haihe waterfront once, and leaves out district-level measures', () => {
    const profile = zoneProfile(atlas, centre, 'haihe-waterfront');
    const ids = profile?.designations.map((designation) => designation.id) ?? [];
    expect(ids.filter((id) => id === 'haihe-waterfront')).toHaveLength(1);
    expect(ids).toEqual(expect.arrayContaining(['xiaobailou-cbd', 'jinjie']));
    // In gazetteer order.
    const order = (atlas.gazetteer ?? []).map((designation) => designation.id).filter((id) => ids.includes(id));
    expect(ids).toEqual(order);
    // 于家堡 is linked to 13 only through its district (13 names 滨海新区): 13's other names are not listed.
    const yujiapu = zoneProfile(atlas, centre, 'yujiapu-finance');
    expect(yujiapu?.measures.district.map((entry) => entry.measure.id)).toContain('13');
    expect(yujiapu?.designations.map((designation) => designation.id)).not.toContain('xiaobailou-cbd');
  });

  it('returns null for an unknown zone', () => {
    expect(zoneProfile(atlas, centre, 'atlantis')).toBeNull();
  });
});

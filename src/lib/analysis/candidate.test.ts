import area from '@turf/area';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import { candidateProfile, candidatesGeoJson, type CandidateZone } from './candidate';

const atlas = realAtlas();
const centre = atlas.region.cityCentre;

function box(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

describe('candidateProfile', () => {
  // Over 小白楼CBD (和平区), reaching south-west into 河西区.
  const overCbd = box(117.17, 39.095, 117.2, 39.125);
  const profile = candidateProfile(atlas, centre, overCbd, []);

  it('measures the area with turf', () => {
    expect(profile.areaKm2).toBeCloseTo(area(overCbd) / 1e6, 6);
    expect(profile.areaKm2).toBeGreaterThan(5);
    expect(profile.perimeterKm).toBeGreaterThan(10);
  });

  it('lists the districts it overlaps, largest share first, shares adding up to the whole', () => {
    const ids = profile.districts.map(({ district }) => district.id);
    expect(ids).toContain('120101');
    expect(ids).toContain('120103');
    const total = profile.districts.reduce((sum, { percent }) => sum + percent, 0);
    expect(total).toBeGreaterThan(99);
    expect(total).toBeLessThan(100.5);
    const shares = profile.districts.map(({ percent }) => percent);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  });

  it('names the policy zones it touches', () => {
    expect(profile.zones.map((zone) => zone.id)).toContain('xiaobailou-cbd');
  });

  it('has no explicit or inferred measures: the policy does not name a drawn area', () => {
    expect(profile.measures.explicit).toEqual([]);
    expect(profile.measures.inferred).toEqual([]);
  });

  it('adds the measures of the sectors planned for it', () => {
    const sector = atlas.sectors.sectors[0].id;
    const withSector = candidateProfile(atlas, centre, overCbd, [sector]);
    expect(withSector.measures.sector.length).toBeGreaterThan(0);
    expect(withSector.measures.sector.every((measure) => measure.sector === sector)).toBe(true);
    expect(withSector.measures.citywide).toBe(profile.measures.citywide - withSector.measures.sector.length);
  });

  it('lists the measures that name a district it lies in', () => {
    // 滨海新区 is named by several measures; a box in Binhai's compute cluster lies inside it.
    const binhai = candidateProfile(atlas, centre, box(117.7, 39.02, 117.73, 39.04), []);
    expect(binhai.districts.map(({ district }) => district.id)).toEqual(['120116']);
    expect(binhai.measures.district.length).toBeGreaterThan(0);
    expect(binhai.measures.district.every(({ link }) => link.target.id === '120116')).toBe(true);
  });

  it('gives hub distances measured from its edge', () => {
    const city = profile.hubs.find((hub) => hub.hub === 'city-centre');
    // The city centre point lies inside this box.
    expect(city?.km).toBe(0);
    expect(profile.hubs.find((hub) => hub.hub === 'airport')?.km).toBeGreaterThan(5);
  });

  it('is empty of districts outside the city', () => {
    const sea = candidateProfile(atlas, centre, box(118.5, 38.5, 118.6, 38.6), []);
    expect(sea.districts).toEqual([]);
    expect(sea.measures.district).toEqual([]);
  });
});

describe('candidatesGeoJson', () => {
  it('exports a FeatureCollection with names, areas and districts', () => {
    const candidate: CandidateZone = {
      id: 'c1',
      name: '<img src=x onerror=alert(1)>',
      geometry: box(117.17, 39.095, 117.2, 39.125),
      sectors: [],
    };
    const json = JSON.parse(candidatesGeoJson(atlas, centre, [candidate]));
    expect(json.type).toBe('FeatureCollection');
    expect(json.features[0].geometry).toEqual(candidate.geometry);
    expect(json.features[0].properties.name).toBe(candidate.name);
    expect(json.features[0].properties.area_km2).toBeGreaterThan(5);
    expect(json.features[0].properties.districts[0].adcode).toMatch(/^1201\d\d$/);
  });
});

/**
 * A planner's candidate zone, drawn on the map, and what the atlas can say about it: its size, the
 * districts it overlaps (with shares), the named zones it touches, the measures that would reach it by
 * district and by the sectors planned for it, and distances to the hubs. Pure; turf only.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanIntersects from '@turf/boolean-intersects';
import { feature, featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry, DistrictFeature, ZoneFeature } from '../data/schemas';
import type { Atlas } from '../data/atlas';
import type { Bounds } from '../data/geo';
import { hubDistances, perimeterKm, type CityCentre, type HubDistance } from '../domain/profile';
import { areaMeasures, type MeasuresByRelation } from '../domain/relations';

export interface CandidateZone {
  id: string;
  /** The planner's own label; shown as text, never as markup. */
  name: string;
  geometry: Polygon;
  /** Sectors the planner intends for the area: they decide which sector measures are listed. */
  sectors: string[];
}

export interface DistrictShare {
  district: DistrictFeature;
  /** Share of the candidate's area inside the district, 0–100. */
  percent: number;
}

export interface CandidateProfile {
  areaKm2: number;
  perimeterKm: number;
  /** Largest share first. */
  districts: DistrictShare[];
  /** Named zones of the policy that the candidate overlaps or touches. */
  zones: ZoneFeature[];
  /** explicit and inferred are always empty: nothing in the policy names a drawn area. */
  measures: MeasuresByRelation;
  hubs: HubDistance[];
}

const boxesMeet = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The area (m²) of the candidate inside a district; 0 when they only touch. */
function overlapM2(candidate: Polygon | MultiPolygon, district: DistrictFeature['geometry']): number {
  const shared = intersect(featureCollection<Polygon | MultiPolygon>([feature(candidate), feature(district)]));
  return shared ? area(shared) : 0;
}

/**
 * A drawn polygon as the atlas's geometry type. GeoJSON's Position is number[]; the atlas's schema says
 * [lng, lat]. terra-draw and the candidate store only ever produce pairs, so this is a type-level change.
 */
const asAreaGeometry = (polygon: Polygon | MultiPolygon) => polygon as AreaGeometry;

/** Also the profile of an imported polygon (feature-profile.ts), hence MultiPolygon. */
export function candidateProfile(
  atlas: Atlas,
  cityCentre: CityCentre,
  geometry: Polygon | MultiPolygon,
  sectors: readonly string[],
): CandidateProfile {
  const totalM2 = area(geometry);
  const box = bbox(geometry) as Bounds;
  const districts = atlas.districts
    .filter((district) => boxesMeet(box, bbox(district.geometry) as Bounds))
    .map((district) => ({ district, m2: overlapM2(geometry, district.geometry) }))
    .filter(({ m2 }) => m2 > 0)
    .sort((a, b) => b.m2 - a.m2)
    .map(({ district, m2 }) => ({ district, percent: totalM2 > 0 ? (100 * m2) / totalM2 : 0 }));
  const zones = atlas.zones.filter((zone) => booleanIntersects(geometry, zone.geometry));
  return {
    areaKm2: totalM2 / 1e6,
    perimeterKm: perimeterKm(asAreaGeometry(geometry)),
    districts,
    zones,
    measures: areaMeasures(
      atlas,
      districts.map(({ district }) => district.id),
      sectors,
    ),
    hubs: hubDistances(asAreaGeometry(geometry), atlas.places, cityCentre),
  };
}

/** The candidates as a GeoJSON FeatureCollection for GIS, with their size and districts as properties. */
export function candidatesGeoJson(atlas: Atlas, cityCentre: CityCentre, candidates: readonly CandidateZone[]): string {
  const features = candidates.map((candidate) => {
    const profile = candidateProfile(atlas, cityCentre, candidate.geometry, candidate.sectors);
    return {
      type: 'Feature' as const,
      id: candidate.id,
      geometry: candidate.geometry,
      properties: {
        name: candidate.name,
        sectors: candidate.sectors,
        area_km2: Math.round(profile.areaKm2 * 1000) / 1000,
        districts: profile.districts.map(({ district, percent }) => ({
          adcode: district.id,
          name_zh: district.properties.name.zh,
          name_en: district.properties.name.en,
          percent: Math.round(percent * 10) / 10,
        })),
        note: 'Drawn by a user of Tianjin Service Atlas; not an official boundary.',
      },
    };
  });
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}

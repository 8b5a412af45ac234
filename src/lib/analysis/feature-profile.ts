/**
 * What the atlas can say about one imported feature. Polygons get the candidate-zone profile (area,
 * districts with shares, zones touched, measures by district); lines their length and the districts
 * they cross; points where they are. Pure; turf only.
 */
import booleanIntersects from '@turf/boolean-intersects';
import { feature } from '@turf/helpers';
import length from '@turf/length';
import type { Atlas } from '../data/atlas';
import type { DistrictFeature, ZoneFeature } from '../data/schemas';
import type { CityCentre } from '../domain/profile';
import { candidateProfile, type CandidateProfile } from './candidate';
import type { FeatureGeometry } from './feature-types';

export type FeatureProfile =
  | { kind: 'area'; profile: CandidateProfile }
  | { kind: 'line'; lengthKm: number; districts: DistrictFeature[]; zones: ZoneFeature[] }
  | { kind: 'point'; districts: DistrictFeature[]; zones: ZoneFeature[] };

export function featureProfile(atlas: Atlas, cityCentre: CityCentre, geometry: FeatureGeometry): FeatureProfile {
  const touching = () => ({
    districts: atlas.districts.filter((district) => booleanIntersects(geometry, district.geometry)),
    zones: atlas.zones.filter((zone) => booleanIntersects(geometry, zone.geometry)),
  });
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
      // No sectors: an imported parcel has none planned, so only district measures are listed.
      return { kind: 'area', profile: candidateProfile(atlas, cityCentre, geometry, []) };
    case 'LineString':
    case 'MultiLineString':
      return { kind: 'line', lengthKm: length(feature(geometry), { units: 'kilometers' }), ...touching() };
    case 'Point':
    case 'MultiPoint':
      return { kind: 'point', ...touching() };
    default: {
      const unknown: never = geometry;
      throw new Error(`unknown geometry ${JSON.stringify(unknown)}`);
    }
  }
}

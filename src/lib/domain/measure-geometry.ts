/**
 * Measurements for the panel and the camera: a zone's area and the box that frames a set of features.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import type { Bounds } from '../data/geo';
import type { ZoneFeature } from '../data/schemas';

/** Half the side of the box around a lone point, in degrees: about 1.1 km north–south, 0.9 km east–west here. */
const POINT_PADDING_DEGREES = 0.01;

/** The zone's geodesic area in km². */
export function zoneAreaKm2(zone: ZoneFeature): number {
  return area(zone.geometry) / 1e6;
}

/**
 * The [west, south, east, north] box in degrees around all the features, or null for none. A box with
 * no width or no height (one point, or points in a line) is widened by 0.01° so the map can fit it.
 */
export function boundsOf(features: ReadonlyArray<{ geometry: Geometry }>): Bounds | null {
  if (features.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    const [w, s, e, n] = bbox(feature.geometry);
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  }
  if (west === east) [west, east] = [west - POINT_PADDING_DEGREES, east + POINT_PADDING_DEGREES];
  if (south === north) [south, north] = [south - POINT_PADDING_DEGREES, north + POINT_PADDING_DEGREES];
  return [west, south, east, north];
}

import area from '@turf/area';
import booleanClockwise from '@turf/boolean-clockwise';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature, featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import type { Bounds } from '../data/geo';
import type { AreaGeometry, Position } from '../data/schemas';

export type { AreaGeometry } from '../data/schemas';
export { polygonsOf } from './polygons';
import { polygonsOf } from './polygons';

export function ringIsClosed(ring: readonly Position[]): boolean {
  const first = ring[0];
  const last = ring.at(-1);
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
export function hasRightHandWinding(geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).every((rings) => rings.every((ring, index) => booleanClockwise(ring) === index > 0));
}

/** A copy with exterior rings counter-clockwise and holes clockwise (RFC 7946). */
export function rewound<T extends AreaGeometry>(geometry: T): T {
  const fix = (rings: Position[][]): Position[][] =>
    rings.map((ring, index) => {
      const clockwise = booleanClockwise(ring);
      return clockwise === index > 0 ? ring : [...ring].reverse();
    });
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: fix(geometry.coordinates) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map(fix) };
}

/** Drops repeated consecutive positions, which RFC 7946 allows but turf's kinks reports as crossings. */
function withoutRepeatedPositions(geometry: AreaGeometry): AreaGeometry {
  const clean = (rings: Position[][]) =>
    rings.map((ring) =>
      ring.filter(
        (position, index) => index === 0 || position[0] !== ring[index - 1][0] || position[1] !== ring[index - 1][1],
      ),
    );
  return geometry.type === 'Polygon'
    ? { ...geometry, coordinates: clean(geometry.coordinates) }
    : { ...geometry, coordinates: geometry.coordinates.map(clean) };
}

/** Points where the geometry's edges cross themselves (empty when simple). */
export function selfIntersections(geometry: AreaGeometry): Position[] {
  return kinks(withoutRepeatedPositions(geometry)).features.map(
    (point) => [point.geometry.coordinates[0], point.geometry.coordinates[1]] as Position,
  );
}

export function positionsOf(geometry: AreaGeometry): Position[] {
  return polygonsOf(geometry).flat(2);
}

export function positionInBounds([lng, lat]: Position, [west, south, east, north]: Bounds): boolean {
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** Area in square metres (geodesic, turf). */
export function areaSquareMetres(geometry: AreaGeometry): number {
  return area(geometry);
}

/**
 * The share (0–1) of `geometry`'s area that lies inside the given areas, which must not overlap
 * one another (districts don't).
 */
export function shareInside(geometry: AreaGeometry, containers: readonly AreaGeometry[]): number {
  const total = area(geometry);
  if (total === 0) return 0;
  let inside = 0;
  for (const container of containers) {
    const overlap = intersect(featureCollection([feature(geometry), feature(container)]));
    if (overlap) inside += area(overlap);
  }
  return Math.min(1, inside / total);
}

export function pointInArea(point: Position, geometry: AreaGeometry): boolean {
  return booleanPointInPolygon(point, geometry);
}

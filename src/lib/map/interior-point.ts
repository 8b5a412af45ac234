/**
 * A point well inside an area: where a zone's label goes, and where a test clicks it.
 */
import type { AreaGeometry, Position } from '../data/schemas';

function ringsOf(geometry: AreaGeometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default: {
      const unknown: never = geometry;
      throw new Error(`not an area geometry: ${JSON.stringify(unknown)}`);
    }
  }
}

/** Crossings of all rings with a horizontal (axis 1) or vertical (axis 0) line, sorted. */
function crossings(rings: Position[][], axis: 0 | 1, value: number): number[] {
  const other = axis === 1 ? 0 : 1;
  const found: number[] = [];
  for (const ring of rings) {
    for (let index = 1; index < ring.length; index += 1) {
      const [a, b] = [ring[index - 1], ring[index]];
      if (a[axis] > value !== b[axis] > value) {
        found.push(a[other] + ((value - a[axis]) * (b[other] - a[other])) / (b[axis] - a[axis]));
      }
    }
  }
  return found.sort((p, q) => p - q);
}

/** The half-length of the inside span of `spans` (even-odd) that contains `value`, or 0. */
function clearance(spans: number[], value: number): number {
  for (let index = 0; index + 1 < spans.length; index += 2) {
    if (spans[index] <= value && value <= spans[index + 1]) {
      return Math.min(value - spans[index], spans[index + 1] - value);
    }
  }
  return 0;
}

/**
 * A point well inside an area (holes respected), to click it: on a few horizontal lines through the
 * area, the middle of each inside span, scored by its distance to the nearest edge east–west and
 * north–south. Not the optimal pole of inaccessibility, but never outside and never on an edge.
 */
export function interiorPoint(geometry: AreaGeometry): Position {
  const rings = ringsOf(geometry);
  const lats = rings.flat().map(([, lat]) => lat);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  let best: { point: Position; score: number } | null = null;
  for (let step = 1; step < 16; step += 1) {
    const lat = south + ((north - south) * step) / 16;
    const spans = crossings(rings, 1, lat);
    for (let index = 0; index + 1 < spans.length; index += 2) {
      const lng = (spans[index] + spans[index + 1]) / 2;
      // Longitude degrees shrink with latitude; compare in north–south degrees.
      const eastWest = ((spans[index + 1] - spans[index]) / 2) * Math.cos((lat * Math.PI) / 180);
      const northSouth = clearance(crossings(rings, 0, lng), lat);
      const score = Math.min(eastWest, northSouth);
      if (!best || score > best.score) best = { point: [lng, lat], score };
    }
  }
  if (!best) throw new Error('the area has no inside');
  return best.point;
}

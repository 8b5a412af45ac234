import type { AreaGeometry, Position } from '../data/schemas';

/**
 * Each polygon of a Polygon or MultiPolygon as its list of rings. Kept apart from geometry.ts (turf) so
 * the map's lazily loaded layers can use it without pulling turf's clipping code into their chunk.
 */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
    default: {
      const unknown: never = geometry;
      throw new Error(`not an area geometry: ${JSON.stringify(unknown)}`);
    }
  }
}

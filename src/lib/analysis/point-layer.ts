/**
 * What an imported point layer needs on the main thread once it exists: which points lie inside an area
 * the planner draws (the worker's point index, a Flatbush, wrapped without copying), its filter and the
 * counts under it, and its display as stored. Loaded with the first import, not with the page.
 */
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import { pointsInPolygon } from './join';

export { countWhere } from './counts';
export { filterMask } from './filter';
export { displayOf, filterOf } from './layer-display';

/** Indexes (ascending) of the points inside an area, boundary included. */
export type PointsInside = (geometry: Polygon | MultiPolygon) => Uint32Array;

/** `indexData`: the worker's `buildPointIndex(positions).data`, for the same positions. */
export function pointQuery(positions: Float64Array, indexData: ArrayBuffer): PointsInside {
  const index = Flatbush.from(indexData);
  return (geometry) => pointsInPolygon(positions, index, geometry);
}

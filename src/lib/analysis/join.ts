/**
 * Spatial join of imported points (up to MAX_POINTS) against the atlas's zones and districts, and the
 * reverse query "which imported points lie in this drawn polygon".
 *
 * Points to polygons go through a PolygonGrid (polygon-grid.ts): cells inside or outside a polygon need
 * no test, cells its boundary crosses get a point-in-polygon test on pre-extracted rings that answers as
 * turf's does. Drawn polygon to points: a Flatbush over the points picks the candidates in the polygon's
 * bounding box, and the same exact test decides. The answers are identical to the obvious turf loop over
 * every polygon (naiveJoin, kept as the benchmark baseline and the tests' oracle).
 * Points on a boundary count as inside (turf's default), so a point on the shared edge of two districts
 * is in both and is assigned to the first in input order.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import { partsOf, PolygonGrid, PolygonPart } from './polygon-grid';

/** A zone or district as the join needs it: only its id (for the caller) and its area geometry. */
export interface JoinPolygon {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** How many points the join handles between two progress reports. */
const PROGRESS_STEP = 50_000;

/** Number of points in an interleaved lng, lat array. */
function pointCount(positions: Float64Array): number {
  if (positions.length % 2 !== 0) throw new RangeError(`positions must hold lng, lat pairs; got ${positions.length}`);
  return positions.length / 2;
}

/**
 * A fixed set of polygons (zones or districts) that answers "which of them contain this point" quickly:
 * `containing(lng, lat, out)` (every one, ascending) and `first(lng, lat)` (the lowest index, or -1).
 * A grid classified once per polygon part, with turf-exact tests only in cells an edge crosses; see
 * polygon-grid.ts. Points on a boundary count as inside, as with turf.
 */
export class PolygonIndex extends PolygonGrid {}

/** Where each point falls. Every array is a plain typed array, so the result can be transferred from a worker. */
export interface JoinResult {
  /** Per zone: how many points lie in it (zones may overlap, so a point can count in several). */
  zoneCounts: Uint32Array;
  /** Per zone: the indexes of the points inside it, ascending. */
  zoneMembers: Uint32Array[];
  /** Per point: the index of the first district (in input order) that contains it, -1 for none. */
  district: Int16Array;
  /** Per district: how many points were assigned to it. */
  districtCounts: Uint32Array;
  /** Points in no district (outside the city, or a wrong CRS). */
  unassigned: number;
}

/** A growable list of point indexes: most zones hold a small share of the points, so they start small. */
class IndexList {
  private buffer = new Uint32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  /** A tight copy, so that transferring it does not carry the unused capacity along. */
  toArray(): Uint32Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Collects a join's answers; shared by joinPoints and naiveJoin so that both build the result alike. */
class JoinCollector {
  private readonly members: IndexList[];
  readonly district: Int16Array;
  private readonly districtCounts: Uint32Array;
  private unassigned = 0;

  constructor(points: number, zones: number, districts: number) {
    // District indexes are stored as Int16: far beyond the 16 the city has.
    if (districts > 0x7fff) throw new RangeError(`at most ${0x7fff} districts; got ${districts}`);
    this.members = Array.from({ length: zones }, () => new IndexList());
    this.district = new Int16Array(points).fill(-1);
    this.districtCounts = new Uint32Array(districts);
  }

  addZone(zone: number, point: number): void {
    this.members[zone].push(point);
  }

  setDistrict(point: number, district: number): void {
    if (district < 0) {
      this.unassigned++;
      return;
    }
    this.district[point] = district;
    this.districtCounts[district]++;
  }

  result(): JoinResult {
    return {
      zoneCounts: Uint32Array.from(this.members, (list) => list.length),
      zoneMembers: this.members.map((list) => list.toArray()),
      district: this.district,
      districtCounts: this.districtCounts,
      unassigned: this.unassigned,
    };
  }
}

/**
 * Counts the points (interleaved lng, lat pairs) per zone and assigns each to a district, using a
 * PolygonIndex per layer: every zone containing a point, but only the first district. The indexes are
 * built here, which takes well under a millisecond for the atlas's polygons. `onProgress` receives the
 * done fraction after every PROGRESS_STEP points and 1 at the end, so a worker can report a million
 * points' progress without flooding the main thread.
 */
export function joinPoints(
  positions: Float64Array,
  zones: readonly JoinPolygon[],
  districts: readonly JoinPolygon[],
  onProgress?: (fraction: number) => void,
): JoinResult {
  const count = pointCount(positions);
  const zoneIndex = new PolygonIndex(zones);
  const districtIndex = new PolygonIndex(districts);
  const collector = new JoinCollector(count, zones.length, districts.length);
  const hits: number[] = [];
  for (let start = 0; start < count; start += PROGRESS_STEP) {
    const end = Math.min(start + PROGRESS_STEP, count);
    for (let i = start; i < end; i++) {
      const lng = positions[2 * i];
      const lat = positions[2 * i + 1];
      zoneIndex.containing(lng, lat, hits);
      for (let h = 0; h < hits.length; h++) collector.addZone(hits[h], i);
      collector.setDistrict(i, districtIndex.first(lng, lat));
    }
    onProgress?.(end / count);
  }
  if (count === 0) onProgress?.(1);
  return collector.result();
}

/**
 * The baseline joinPoints is measured against and tested for equality with: every point is tested with
 * turf against every zone and every district's whole geometry, without any index. It stops at the first
 * district that contains the point, which is all the result needs (and only flatters the baseline).
 */
export function naiveJoin(
  positions: Float64Array,
  zones: readonly JoinPolygon[],
  districts: readonly JoinPolygon[],
): JoinResult {
  const count = pointCount(positions);
  const collector = new JoinCollector(count, zones.length, districts.length);
  const point: [number, number] = [0, 0];
  for (let i = 0; i < count; i++) {
    point[0] = positions[2 * i];
    point[1] = positions[2 * i + 1];
    for (let z = 0; z < zones.length; z++) {
      if (booleanPointInPolygon(point, zones[z].geometry)) collector.addZone(z, i);
    }
    let found = -1;
    for (let d = 0; d < districts.length; d++) {
      if (booleanPointInPolygon(point, districts[d].geometry)) {
        found = d;
        break;
      }
    }
    collector.setDistrict(i, found);
  }
  return collector.result();
}

export { countWhere, type FilteredCounts } from './counts';

/**
 * A Flatbush R-tree over the points themselves (one zero-size box per point, in point order), for asking
 * which imported points lie inside a polygon the planner draws.
 *
 * Build it in the import worker and post `index.data` (an ArrayBuffer, about 36 MB for a million points)
 * in the transfer list; on the main thread `Flatbush.from(data)` wraps the same buffer without copying or
 * rebuilding. Coordinates are stored as Float64 so the boxes are the exact positions: a point on the drawn
 * polygon's bounding box is never lost to rounding before the exact test.
 *
 * Throws for zero points: Flatbush cannot hold an empty index (and an import never yields zero points).
 */
export function buildPointIndex(positions: Float64Array): Flatbush {
  const count = pointCount(positions);
  if (count === 0) throw new RangeError('cannot index zero points');
  const index = new Flatbush(count);
  for (let i = 0; i < count; i++) {
    const x = positions[2 * i];
    const y = positions[2 * i + 1];
    index.add(x, y, x, y);
  }
  index.finish();
  return index;
}

/**
 * Indexes (ascending) of the points inside a Polygon or MultiPolygon, boundary included: a box search per
 * part on the point index, then the turf-exact PolygonPart test on that part. `index` must be buildPointIndex(positions)
 * (or Flatbush.from of its data).
 */
export function pointsInPolygon(
  positions: Float64Array,
  index: Flatbush,
  geometry: Polygon | MultiPolygon,
): Uint32Array {
  const count = pointCount(positions);
  if (index.numItems !== count) throw new RangeError(`index holds ${index.numItems} points, positions ${count}`);
  const parts = partsOf(geometry).map((rings) => new PolygonPart(rings));
  const hits: number[] = [];
  for (const part of parts) {
    const candidates = index.search(part.minX, part.minY, part.maxX, part.maxY);
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c];
      if (part.contains(positions[2 * i], positions[2 * i + 1])) hits.push(i);
    }
  }
  // The tree returns points in its own order; parts of a MultiPolygon may share boundary points.
  const sorted = Uint32Array.from(hits).sort();
  if (parts.length < 2) return sorted;
  let unique = 0;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k];
  }
  return sorted.slice(0, unique);
}

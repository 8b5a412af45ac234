/**
 * Point-in-polygon for a fixed set of polygons, fast enough for a million points, and answering exactly
 * what turf's booleanPointInPolygon answers (boundary included), point for point.
 *
 * Two parts:
 *  - `ringsContain`: turf's test (point-in-polygon-hao: crossings over every ring of a part, even-odd, a
 *    point on any ring counts as inside) rewritten over rings pre-extracted into Float64Arrays, so that a
 *    query allocates nothing and does not re-normalise the geometry. Its orientation test is robust
 *    predicates' fast filter; when the filter cannot decide the sign (a point on or within rounding of an
 *    edge) the part is handed to turf itself, so the answer is turf's by construction.
 *  - `PolygonGrid`: a regular grid over all the parts, each cell classified once per part as inside,
 *    outside or boundary. A point in an inside cell needs no test at all, in an outside cell none either;
 *    only boundary cells run the exact test. "Boundary" is decided on the cell grown by MARGIN degrees, so
 *    every point of an inside or outside cell is at least that far from every edge, where rounding cannot
 *    change turf's answer.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** robust-predicates' orient2d error bound for its fast filter: (3 + 16ε)ε with ε = 2⁻⁵³. */
const EPSILON = 1.1102230246251565e-16;
const CCW_ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;

/** ringsContain's answers. */
export const OUTSIDE = 0;
export const INSIDE = 1;
export const ON_BOUNDARY = 2;
/** The fast filter could not decide: ask turf. */
export const UNDECIDED = 3;
export type RingAnswer = typeof OUTSIDE | typeof INSIDE | typeof ON_BOUNDARY | typeof UNDECIDED;

/**
 * Where (x, y) lies against the edges `from` to `to` (exclusive) of `edges`, stored as [ax, ay, bx, by]
 * quadruples. Step for step point-in-polygon-hao 1.2, which turf 7 calls, for each edge: the same
 * rounded differences, the same crossing rule, and the same sign of the same determinant whenever the
 * fast filter is sure of it; UNDECIDED otherwise. Given every edge of a part whose y-range reaches y (the
 * others can neither cross nor touch the point's horizontal line), the answer is the part's, whatever
 * the order: turf's answer is "on an edge, or an odd number of crossings", and both are per edge.
 */
export function edgesContain(edges: Float64Array, from: number, to: number, x: number, y: number): RingAnswer {
  let crossings = 0;
  for (let e = from; e < to; e++) {
    const u1 = edges[4 * e] - x;
    const v1 = edges[4 * e + 1] - y;
    const u2 = edges[4 * e + 2] - x;
    const v2 = edges[4 * e + 3] - y;
    if (v1 === 0 && v2 === 0) {
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return ON_BOUNDARY;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      // orient2d(u1, u2, v1, v2, 0, 0) as robust-predicates computes it before its exact fallback.
      const left = u2 * v1;
      const right = u1 * v2;
      const det = left - right;
      if (Math.abs(det) < CCW_ERROR_BOUND * Math.abs(left + right)) return UNDECIDED;
      if (det === 0) return ON_BOUNDARY;
      if ((det > 0 && v2 > 0 && v1 <= 0) || (det < 0 && v2 <= 0 && v1 > 0)) crossings++;
    }
  }
  return crossings % 2 === 0 ? OUTSIDE : INSIDE;
}

/** Edges per horizontal band of a part, on average: a test reads only its band's edges. */
const EDGES_PER_BAND = 2;
const MAX_BANDS = 4096;

/**
 * One polygon of a Polygon or MultiPolygon, ready for repeated tests: its edges sorted into horizontal
 * bands, so that a test reads only the few edges whose y-range reaches the point's latitude.
 */
export class PolygonPart {
  /** Flat x, y rings: the outer ring, then the holes. */
  readonly rings: Float64Array[];
  /** The same part as GeoJSON, for turf when the fast test cannot decide. */
  readonly polygon: Polygon;
  /** Bounding box over every ring (an invalid hole outside its ring still counts for turf). */
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  /** False when a ring is not closed: its crossing count is then no region, so the grid tests every point. */
  readonly closed: boolean;
  /** Bands per degree of latitude, and per band where its edges start in `edges` (one extra entry). */
  private readonly bandScale: number;
  private readonly bandStart: Uint32Array;
  private readonly edges: Float64Array;
  private readonly point: [number, number] = [0, 0];

  constructor(rings: Position[][]) {
    let closed = true;
    this.polygon = { type: 'Polygon', coordinates: rings };
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    this.rings = rings.map((ring) => {
      // point-in-polygon-hao's own check, made once here instead of per point.
      const first = ring[0];
      const end = ring[ring.length - 1];
      if (first[0] !== end[0] && first[1] !== end[1]) {
        throw new Error('First and last coordinates in a ring must be the same');
      }
      if (first[0] !== end[0] || first[1] !== end[1]) closed = false;
      const flat = new Float64Array(ring.length * 2);
      for (let i = 0; i < ring.length; i++) {
        const x = ring[i][0];
        const y = ring[i][1];
        flat[2 * i] = x;
        flat[2 * i + 1] = y;
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
      return flat;
    });
    this.closed = closed;
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;

    // Edges as pip-hao walks them: vertex i to i + 1 for every vertex but the last.
    const edgeCount = this.rings.reduce((sum, ring) => sum + Math.max(0, ring.length / 2 - 1), 0);
    const height = maxY - minY;
    const bands = height > 0 ? Math.min(MAX_BANDS, Math.max(1, Math.ceil(edgeCount / EDGES_PER_BAND))) : 1;
    this.bandScale = height > 0 ? bands / height : 0;
    const bandRange = (y0: number, y1: number): [number, number] => [
      this.bandOf(Math.min(y0, y1) - MARGIN, bands),
      this.bandOf(Math.max(y0, y1) + MARGIN, bands),
    ];
    const start = new Uint32Array(bands + 1);
    this.forEachEdge((ay, by) => {
      const [b0, b1] = bandRange(ay, by);
      for (let b = b0; b <= b1; b++) start[b + 1]++;
    });
    for (let b = 0; b < bands; b++) start[b + 1] += start[b];
    const next = start.slice(0, bands);
    const edges = new Float64Array(4 * start[bands]);
    this.forEachEdge((ay, by, ring, i) => {
      const [b0, b1] = bandRange(ay, by);
      for (let b = b0; b <= b1; b++) {
        const at = 4 * next[b]++;
        edges[at] = ring[i];
        edges[at + 1] = ay;
        edges[at + 2] = ring[i + 2];
        edges[at + 3] = by;
      }
    });
    this.bandStart = start;
    this.edges = edges;
  }

  /** turf's booleanPointInPolygon(point, part): boundary included. */
  contains(x: number, y: number): boolean {
    if (!(x >= this.minX && x <= this.maxX && y >= this.minY && y <= this.maxY)) return false;
    const band = this.bandOf(y, this.bandStart.length - 1);
    const answer = edgesContain(this.edges, this.bandStart[band], this.bandStart[band + 1], x, y);
    if (answer === UNDECIDED) {
      this.point[0] = x;
      this.point[1] = y;
      return booleanPointInPolygon(this.point, this.polygon);
    }
    return answer !== OUTSIDE;
  }

  /** The band holding latitude y (clamped to the part's bands). */
  private bandOf(y: number, bands: number): number {
    const band = Math.floor((y - this.minY) * this.bandScale);
    return band < 0 ? 0 : band >= bands ? bands - 1 : band;
  }

  private forEachEdge(visit: (ay: number, by: number, ring: Float64Array, i: number) => void): void {
    for (const ring of this.rings) {
      for (let i = 0; i + 3 < ring.length; i += 2) visit(ring[i + 1], ring[i + 3], ring, i);
    }
  }
}

/** Each polygon of a Polygon or MultiPolygon as its list of rings; empty parts are dropped (turf cannot test them). */
export function partsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.filter((rings) => rings.length > 0 && rings.every((ring) => ring.length > 0));
}

/**
 * How far (degrees) a cell is grown before asking whether an edge touches it: about a centimetre, far
 * beyond rounding (1e-14 degrees at these magnitudes) and far below anything a planner draws.
 */
const MARGIN = 1e-7;
/** Cells along the longer side of the grid: ~350 m cells over Tianjin, ~10 m over a small drawn area. */
const DEFAULT_RESOLUTION = 512;

/** Cell item codes: part number × 2, plus 1 when the part's boundary crosses the cell. */
const BOUNDARY_FLAG = 1;

/**
 * A set of polygons (in input order) that answers "which contain this point" with turf's answers. Every
 * part of a MultiPolygon is classified on its own.
 */
export class PolygonGrid {
  /** Number of polygons given (not parts). */
  readonly size: number;
  private readonly parts: PolygonPart[] = [];
  /** Per part: the input polygon it belongs to (ascending with the part number). */
  private readonly owner: Int32Array;
  private readonly minX: number = 0;
  private readonly minY: number = 0;
  private readonly maxX: number = -1;
  private readonly maxY: number = -1;
  private readonly columns: number = 0;
  private readonly rows: number = 0;
  /** Cells per degree. */
  private readonly scaleX: number = 0;
  private readonly scaleY: number = 0;
  /** Per cell: where its items start in `items` (CSR), one extra entry at the end. */
  private readonly cellStart: Uint32Array = new Uint32Array(1);
  /** Per cell, the parts that are inside (even code) or cross it (odd), ascending by part. */
  private readonly items: Int32Array = new Int32Array(0);

  constructor(polygons: readonly { geometry: Polygon | MultiPolygon }[], resolution = DEFAULT_RESOLUTION) {
    this.size = polygons.length;
    const owners: number[] = [];
    polygons.forEach((polygon, index) => {
      for (const rings of partsOf(polygon.geometry)) {
        this.parts.push(new PolygonPart(rings));
        owners.push(index);
      }
    });
    this.owner = Int32Array.from(owners);
    if (this.parts.length === 0) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const part of this.parts) {
      minX = Math.min(minX, part.minX);
      minY = Math.min(minY, part.minY);
      maxX = Math.max(maxX, part.maxX);
      maxY = Math.max(maxY, part.maxY);
    }
    Object.assign(this, { minX, minY, maxX, maxY });
    const width = Math.max(maxX - minX, 1e-9);
    const height = Math.max(maxY - minY, 1e-9);
    const cell = Math.max(width, height) / resolution;
    this.columns = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    this.scaleX = this.columns / width;
    this.scaleY = this.rows / height;
    const { start, items } = this.classify();
    this.cellStart = start;
    this.items = items;
  }

  /** The cell a point falls in, or -1 outside the grid (and for NaN). */
  private cellOf(x: number, y: number): number {
    if (!(x >= this.minX && x <= this.maxX && y >= this.minY && y <= this.maxY)) return -1;
    let column = Math.floor((x - this.minX) * this.scaleX);
    let row = Math.floor((y - this.minY) * this.scaleY);
    if (column >= this.columns) column = this.columns - 1;
    if (row >= this.rows) row = this.rows - 1;
    return row * this.columns + column;
  }

  /**
   * Indexes of the polygons that contain the point, ascending and without duplicates, written into `out`
   * (cleared first) and returned.
   */
  containing(x: number, y: number, out: number[]): number[] {
    out.length = 0;
    const cell = this.cellOf(x, y);
    if (cell < 0) return out;
    const items = this.items;
    for (let k = this.cellStart[cell], end = this.cellStart[cell + 1]; k < end; k++) {
      const item = items[k];
      const part = item >> 1;
      const owner = this.owner[part];
      // Another part of the same MultiPolygon may already have matched; parts come in owner order.
      if (out.length > 0 && out[out.length - 1] === owner) continue;
      if ((item & BOUNDARY_FLAG) !== 0 && !this.parts[part].contains(x, y)) continue;
      out.push(owner);
    }
    return out;
  }

  /** The lowest index of a polygon containing the point, or -1. */
  first(x: number, y: number): number {
    const cell = this.cellOf(x, y);
    if (cell < 0) return -1;
    const items = this.items;
    for (let k = this.cellStart[cell], end = this.cellStart[cell + 1]; k < end; k++) {
      const item = items[k];
      if ((item & BOUNDARY_FLAG) === 0 || this.parts[item >> 1].contains(x, y)) return this.owner[item >> 1];
    }
    return -1;
  }

  /** Classifies every cell against every part; returns the per-cell item lists in CSR form. */
  private classify(): { start: Uint32Array; items: Int32Array } {
    const cellCodes = new GrowingPairs();
    for (let p = 0; p < this.parts.length; p++) this.classifyPart(p, cellCodes);
    // Counting sort by cell, stable, so each cell's items stay in part order.
    const cellCount = this.columns * this.rows;
    const start = new Uint32Array(cellCount + 1);
    const { cells, codes, length } = cellCodes;
    for (let k = 0; k < length; k++) start[cells[k] + 1]++;
    for (let c = 0; c < cellCount; c++) start[c + 1] += start[c];
    const next = start.slice(0, cellCount);
    const items = new Int32Array(length);
    for (let k = 0; k < length; k++) items[next[cells[k]]++] = codes[k];
    return { start, items };
  }

  private classifyPart(p: number, out: GrowingPairs): void {
    const part = this.parts[p];
    const cellWidth = 1 / this.scaleX;
    const cellHeight = 1 / this.scaleY;
    const column0 = this.clampColumn(Math.floor((part.minX - MARGIN - this.minX) * this.scaleX));
    const column1 = this.clampColumn(Math.floor((part.maxX + MARGIN - this.minX) * this.scaleX));
    const row0 = this.clampRow(Math.floor((part.minY - MARGIN - this.minY) * this.scaleY));
    const row1 = this.clampRow(Math.floor((part.maxY + MARGIN - this.minY) * this.scaleY));
    const width = column1 - column0 + 1;
    const height = row1 - row0 + 1;
    const boundary = new Uint8Array(width * height);
    if (!part.closed) boundary.fill(1);

    // Mark the cells (grown by MARGIN) that any edge passes through or near.
    for (const ring of part.rings) {
      for (let i = 0; i + 3 < ring.length; i += 2) {
        const ax = ring[i];
        const ay = ring[i + 1];
        const bx = ring[i + 2];
        const by = ring[i + 3];
        const dx = bx - ax;
        const dy = by - ay;
        const c0 = Math.max(
          column0,
          this.clampColumn(Math.floor((Math.min(ax, bx) - MARGIN - this.minX) * this.scaleX)),
        );
        const c1 = Math.min(
          column1,
          this.clampColumn(Math.floor((Math.max(ax, bx) + MARGIN - this.minX) * this.scaleX)),
        );
        const r0 = Math.max(row0, this.clampRow(Math.floor((Math.min(ay, by) - MARGIN - this.minY) * this.scaleY)));
        const r1 = Math.min(row1, this.clampRow(Math.floor((Math.max(ay, by) + MARGIN - this.minY) * this.scaleY)));
        for (let row = r0; row <= r1; row++) {
          const y0 = this.minY + row * cellHeight - MARGIN - ay;
          const y1 = this.minY + (row + 1) * cellHeight + MARGIN - ay;
          for (let column = c0; column <= c1; column++) {
            const x0 = this.minX + column * cellWidth - MARGIN - ax;
            const x1 = this.minX + (column + 1) * cellWidth + MARGIN - ax;
            // The edge's line misses the grown cell when all four corners lie strictly on one side.
            const s00 = dx * y0 - dy * x0;
            const s01 = dx * y1 - dy * x0;
            const s10 = dx * y0 - dy * x1;
            const s11 = dx * y1 - dy * x1;
            const allAbove = s00 > 0 && s01 > 0 && s10 > 0 && s11 > 0;
            const allBelow = s00 < 0 && s01 < 0 && s10 < 0 && s11 < 0;
            if (!allAbove && !allBelow) boundary[(row - row0) * width + (column - column0)] = 1;
          }
        }
      }
    }

    // Row by row: a run of cells between boundary cells touches no edge, so its centre tells for all of it.
    for (let row = row0; row <= row1; row++) {
      let runInside = -1;
      const centreY = this.minY + (row + 0.5) * cellHeight;
      for (let column = column0; column <= column1; column++) {
        const cell = row * this.columns + column;
        if (boundary[(row - row0) * width + (column - column0)] === 1) {
          out.push(cell, 2 * p + BOUNDARY_FLAG);
          runInside = -1;
          continue;
        }
        if (runInside === -1) runInside = part.contains(this.minX + (column + 0.5) * cellWidth, centreY) ? 1 : 0;
        if (runInside === 1) out.push(cell, 2 * p);
      }
    }
  }

  private clampColumn(column: number): number {
    return column < 0 ? 0 : column >= this.columns ? this.columns - 1 : column;
  }

  private clampRow(row: number): number {
    return row < 0 ? 0 : row >= this.rows ? this.rows - 1 : row;
  }
}

/** (cell, code) pairs, appended while classifying. */
class GrowingPairs {
  cells = new Int32Array(1024);
  codes = new Int32Array(1024);
  length = 0;

  push(cell: number, code: number): void {
    if (this.length === this.cells.length) {
      const cells = new Int32Array(this.length * 2);
      cells.set(this.cells);
      this.cells = cells;
      const codes = new Int32Array(this.length * 2);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.cells[this.length] = cell;
    this.codes[this.length] = code;
    this.length++;
  }
}

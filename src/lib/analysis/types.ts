/**
 * Planners' own point layers (candidate sites, enterprises, parcels) as columnar, transferable arrays:
 * up to a million points travel from the import worker to the map without copying.
 */
import type { Bounds } from '../data/geo';
import type { FeatureProblem } from './feature-types';

/** Coordinate systems that Chinese data comes in; everything is converted to WGS-84 on import. */
export type Crs = 'wgs84' | 'gcj02' | 'bd09';
export const CRS_OPTIONS: readonly Crs[] = ['wgs84', 'gcj02', 'bd09'];

/** The most points one import may hold. */
export const MAX_POINTS = 1_000_000;
/** The largest file accepted (bytes): a million points of GeoJSON with a few properties fit. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The most distinct values a text column may have to be offered as a category filter. */
export const MAX_CATEGORIES = 128;

/** Candidate zones kept in this browser: enough for any planning session, one entry well under localStorage's quota. */
export const MAX_CANDIDATES = 50;

/** A column (CSV) or property (GeoJSON) whose every non-empty value is a finite number. */
export interface NumericField {
  name: string;
  /** One per point; NaN where the point has no value. */
  values: Float32Array;
  /** Over the non-NaN values; NaN when there are none. */
  min: number;
  max: number;
  /** Points without a value. */
  missing: number;
}

/** A text column with at most MAX_CATEGORIES distinct values. */
export interface CategoryField {
  name: string;
  /** One per point: an index into `labels`; points without a value get the index of '' in labels. */
  codes: Uint16Array;
  labels: string[];
}

export interface PointTable {
  count: number;
  /** lng, lat pairs in WGS-84 (converted from the file's CRS). */
  positions: Float64Array;
  numeric: NumericField[];
  categories: CategoryField[];
}

/**
 * One thing wrong with an input, as data so that both languages can word it. `row` is the 1-based line
 * number in the CSV file (the header is line 1); `feature` is the 0-based index in a FeatureCollection.
 */
export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  | { code: 'not-json'; detail: string }
  | { code: 'not-geojson'; type: string }
  | { code: 'csv-syntax'; row: number; detail: string }
  | { code: 'no-coordinate-columns'; columns: string[] }
  | { code: 'unknown-column'; column: string }
  | { code: 'bad-number'; row: number; column: string; value: string }
  | { code: 'out-of-range'; row?: number; feature?: number; column?: string; value: string }
  | { code: 'missing-geometry'; feature: number }
  | { code: 'unsupported-geometry'; feature: number; type: string }
  | { code: 'bad-coordinates'; feature: number }
  | { code: 'too-many-points'; limit: number; row?: number; feature?: number }
  /** A geometry cell (WKT, EWKT or GeoJSON) that cannot be read. */
  | { code: 'bad-geometry'; row: number; column: string; value: string }
  /** A geometry cell that holds something other than one point (a line, a polygon, several points). */
  | { code: 'geometry-not-point'; row: number; column: string; type: string }
  /** EWKT in a coordinate system other than WGS-84 (4326) or CGCS2000 (4490): not silently misread. */
  | { code: 'unsupported-srid'; row: number; column: string; srid: string }
  /** An .xlsx file that cannot be opened, or a sheet that is not there. */
  | { code: 'bad-spreadsheet'; detail: string }
  | { code: 'no-sheet'; sheet: string }
  /** Not the file's fault: the import itself broke (out of memory, a bug); the detail says how. */
  | { code: 'crashed'; detail: string }
  /** Polygon and line files (Shapefile, KML, GeoJSON): see feature-types.ts. */
  | FeatureProblem;

/**
 * What a file's numbers look like when they do not land in the region: lng/lat swapped (most points would
 * fall inside with the columns exchanged), or projected metres (values of 10^5–10^7) rather than degrees.
 */
export type RegionHint = 'swapped' | 'projected';

/**
 * Thrown by the parsers when nothing can be imported: the first problems found (at most MAX_REPORTED),
 * how many there were, and a hint when the numbers look swapped or projected.
 */
export class ImportError extends Error {
  readonly problems: ImportProblem[];
  readonly total: number;
  readonly hint: RegionHint | null;
  constructor(problems: ImportProblem[], total = problems.length, hint: RegionHint | null = null) {
    super(problems.map((problem) => problem.code).join(', '));
    this.name = 'ImportError';
    this.problems = problems;
    this.total = total;
    this.hint = hint;
  }
}

/**
 * How many problems an import keeps, for the downloadable report; the rest are counted. Kept as objects
 * in the worker and posted to the page, so a file of a million bad rows does not cost a million objects.
 */
export const MAX_REPORTED = 10_000;

export interface ImportWarnings {
  /** Points outside Tianjin's bounding box (kept; often a sign of a wrong CRS or swapped columns). */
  outsideRegion: number;
  /** Empty lines or features without any coordinates that were skipped. */
  skipped: number;
  /** Rows or features left out because of a problem, and the first MAX_REPORTED problems. */
  rejected: number;
  problems: ImportProblem[];
  /** Every problem found (a row may have two); `problems` holds the first MAX_REPORTED. */
  problemCount: number;
  /** The imported points' extent in WGS-84 [west, south, east, north]. */
  extent: Bounds;
  /** Set when many points fall outside the region and the numbers suggest why. */
  hint: RegionHint | null;
}

/** What both parsers (CSV and GeoJSON) are told. */
export interface PointParseOptions {
  /** The CRS the file's coordinates are in. */
  crs: Crs;
  /** Points outside this box (after conversion to WGS-84) are counted in `warnings.outsideRegion`. */
  regionBounds?: Bounds;
  /** Called with 0…1 as parsing advances, so a worker can drive a progress bar. */
  onProgress?: (fraction: number) => void;
  /** Defaults to MAX_POINTS; lowered in tests so that the limit can be proved without a million rows. */
  maxPoints?: number;
}

/**
 * Collects problems while a parser keeps going: rows or features with a problem are left out and the rest
 * imported, and the planner gets the list (the first MAX_REPORTED; the rest are counted).
 */
export class ProblemLog {
  readonly problems: ImportProblem[] = [];
  total = 0;

  add(problem: ImportProblem): void {
    this.total++;
    if (this.problems.length < MAX_REPORTED) this.problems.push(problem);
  }

  get empty(): boolean {
    return this.total === 0;
  }

  /** Throws an ImportError if anything was logged. */
  throwIfAny(hint: RegionHint | null = null): void {
    if (this.total > 0) throw new ImportError(this.problems, this.total, hint);
  }
}

/**
 * What CSV and GeoJSON imports share: finding the coordinate columns, turning the other columns into
 * numeric or category fields, and assembling the columnar PointTable. Built for a million rows inside a
 * worker: values go straight into typed arrays, with no object per row.
 */
import { toWgs84InPlace } from './crs';
import { looksLikePointGeometry } from './geometry-cell';
import type { RegionCheck } from './region-check';
import {
  ImportError,
  MAX_CATEGORIES,
  type ProblemLog,
  type CategoryField,
  type ImportWarnings,
  type NumericField,
  type PointParseOptions,
  type PointTable,
} from './types';

// ── Coordinate columns ──────────────────────────────────────────────────────────────────────────────────

/** In order of preference: a file with both x/y (often projected metres) and lng/lat means lng/lat. */
const LNG_NAMES = ['lng', 'lon', 'longitude', '经度', 'long', 'x'];
const LAT_NAMES = ['lat', 'latitude', '纬度', 'y'];
/** Chinese headers glue qualifiers on without separators (中心点经度, 经度坐标), so these match anywhere. */
const LNG_INFIX = '经度';
const LAT_INFIX = '纬度';

/**
 * Finds the longitude and latitude columns by name. An exact name (ignoring case and surrounding space)
 * beats a qualified one such as wgs84_lng, gcj_lat, lng_gcj02, X坐标 or 经度(WGS84); among equals, the
 * earlier name in the preference list, then the earlier column, wins.
 */
export function detectCoordinateColumns(headers: string[]): { lng: string | null; lat: string | null } {
  return { lng: bestMatch(headers, LNG_NAMES, LNG_INFIX), lat: bestMatch(headers, LAT_NAMES, LAT_INFIX) };
}

function bestMatch(headers: string[], names: string[], infix: string): string | null {
  let best: string | null = null;
  let bestRank = Infinity;
  for (const header of headers) {
    const rank = matchRank(header, names, infix);
    if (rank < bestRank) {
      best = header;
      bestRank = rank;
    }
  }
  return best;
}

/** Lower is better; Infinity for no match. Exact names rank 0…n-1, qualified names n…2n-1. */
function matchRank(header: string, names: string[], infix: string): number {
  const normalized = header.trim().toLowerCase();
  const exact = names.indexOf(normalized);
  if (exact >= 0) return exact;
  const tokens = nameTokens(normalized);
  for (let i = 0; i < names.length; i++) {
    if (tokens.includes(names[i])) return names.length + i;
  }
  return normalized.includes(infix) ? names.length + names.indexOf(infix) : Infinity;
}

/** Splits at punctuation and at every switch between Latin letters/digits and other scripts. */
function nameTokens(normalized: string): string[] {
  return normalized.match(/[a-z0-9]+|[^a-z0-9\s_\-.,;:/\\|()[\]{}（）【】，、：；]+/g) ?? [];
}

// ── Geometry columns and the location as a whole ───────────────────────────────────────────────────────

/** Where a table's points are: two number columns, or one column of WKT/EWKT/GeoJSON points. */
export type LocationColumns = { kind: 'lnglat'; lng: string; lat: string } | { kind: 'geometry'; column: string };

/** Names that QGIS, geopandas, PostGIS, ArcGIS and OSM exports give a geometry column (exact, any case). */
const GEOMETRY_NAMES = ['geometry', 'geom', 'the_geom', 'wkt', 'geojson', 'shape', 'location', '几何', '坐标'];

/** The geometry column by name only (the parser's fallback when no settings and no sample are given). */
function geometryByName(headers: string[]): string | null {
  for (const name of GEOMETRY_NAMES) {
    const found = headers.find((header) => header.trim().toLowerCase() === name);
    if (found) return found;
  }
  return null;
}

/** Columns whose sampled values are mostly point geometries, best-named first. */
export function detectGeometryColumns(headers: string[], sample: string[][]): string[] {
  const found = headers.filter((_, index) => {
    const values = sample.map((row) => row[index]?.trim() ?? '').filter((value) => value !== '');
    return values.length > 0 && values.filter(looksLikePointGeometry).length * 2 >= values.length;
  });
  const rank = (header: string) => {
    const at = GEOMETRY_NAMES.indexOf(header.trim().toLowerCase());
    return at === -1 ? GEOMETRY_NAMES.length : at;
  };
  return found.sort((a, b) => rank(a) - rank(b));
}

/** True when the sampled values of a column are all decimal numbers (empty cells aside) and there is one. */
function numericInSample(sample: string[][], index: number): boolean {
  const values = sample.map((row) => row[index]?.trim() ?? '').filter((value) => value !== '');
  return values.length > 0 && values.every((value) => !Number.isNaN(decimalOf(value)));
}

/**
 * The location of a table's points from its header and first rows. Named lng/lat columns holding numbers
 * come first; otherwise a column of point geometries; otherwise lng/lat by name alone. Never a guess at
 * unnamed numeric columns: an `osmid` or `id` column is not a longitude. Null when the user must choose.
 */
export function detectLocation(headers: string[], sample: string[][]): LocationColumns | null {
  const { lng, lat } = detectCoordinateColumns(headers);
  const named = lng !== null && lat !== null ? { kind: 'lnglat' as const, lng, lat } : null;
  if (
    named &&
    (sample.length === 0 ||
      (numericInSample(sample, headers.indexOf(named.lng)) && numericInSample(sample, headers.indexOf(named.lat))))
  ) {
    return named;
  }
  const geometry = detectGeometryColumns(headers, sample)[0] ?? (sample.length === 0 ? geometryByName(headers) : null);
  if (geometry) return { kind: 'geometry', column: geometry };
  return named;
}

/** Location by header names only, for a parse without settings (tests, replays of old settings). */
export function locationByName(headers: string[]): LocationColumns | null {
  return detectLocation(headers, []);
}

// ── Values ──────────────────────────────────────────────────────────────────────────────────────────────

/** Optional sign, digits with an optional decimal point, optional exponent (spreadsheets write 1E+05). */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a plain decimal number, or NaN. Stricter than Number() on purpose: Number('') is 0 and
 * Number('0x1F') is 31, and parseFloat('39.1abc') is 39.1; all of those are typos, not coordinates.
 */
export function parseDecimal(text: string): number {
  return decimalOf(text.trim());
}

function decimalOf(trimmed: string): number {
  return DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
}

/** A cell or property value as the parsers hand it over; GeoJSON objects and arrays are left out (missing). */
export type RawValue = string | number | boolean | null | undefined;

const INITIAL_CAPACITY = 1024;
/** Marks a missing value among category codes while collecting; MAX_CATEGORIES is far below it. */
const MISSING_CODE = 0xffff;

/**
 * One column's values, collected point by point before it is known what the column is. It keeps both a
 * numeric and a category reading and abandons each as soon as a value rules it out (text for numbers,
 * more than MAX_CATEGORIES distinct values for categories); once both are gone it ignores the column.
 */
export class FieldCollector {
  readonly name: string;
  /** Values recorded so far, including missing ones; the index of the next point. */
  private length = 0;
  private numbers: Float64Array | null = new Float64Array(INITIAL_CAPACITY);
  private codes: Uint16Array | null = new Uint16Array(INITIAL_CAPACITY);
  private readonly codeOf = new Map<string, number>();
  private readonly labels: string[] = [];
  /** Kept as float32 like the values, so that a filter from min to max includes every point. */
  private min = Infinity;
  private max = -Infinity;
  private missing = 0;

  constructor(name: string) {
    this.name = name;
  }

  /**
   * Records the value of point `index`. Indices must increase; points skipped since the last call (a
   * GeoJSON feature without this property) count as missing.
   */
  set(index: number, value: RawValue): void {
    if (this.numbers === null && this.codes === null) return;
    this.fillMissing(index);
    const text = typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
    if (text === '') {
      this.setMissing(index);
    } else {
      if (this.numbers) this.setNumber(index, typeof value === 'number' ? value : decimalOf(text));
      if (this.codes) this.setLabel(index, text);
    }
    this.length = index + 1;
  }

  /** Whether the column is still read as categories (then set() needs the text). */
  get wantsText(): boolean {
    return this.codes !== null;
  }

  /** Whether the column is still read at all (neither reading abandoned). */
  get live(): boolean {
    return this.numbers !== null || this.codes !== null;
  }

  /**
   * set(index, text) for a non-blank cell whose decimalOf reading is `value` (NaN when it is none), for a
   * column no longer read as categories (wantsText false): the CSV fast path reads numbers from bytes.
   */
  setParsedNumber(index: number, value: number): void {
    if (this.codes !== null) throw new Error('setParsedNumber needs a column read as numbers only');
    if (this.numbers === null) return;
    this.fillMissing(index);
    this.setNumber(index, value);
    this.length = index + 1;
  }

  /** The column as a field for `count` points, or null when it is neither numeric nor a category. */
  build(count: number): NumericField | CategoryField | null {
    this.fillMissing(count);
    if (this.missing === count) return null;
    if (this.numbers) return this.numericField(this.numbers, count);
    if (this.codes) return this.categoryField(this.codes, count);
    return null;
  }

  private fillMissing(until: number): void {
    if (until <= this.length) return;
    this.reserve(until);
    this.numbers?.fill(NaN, this.length, until);
    this.codes?.fill(MISSING_CODE, this.length, until);
    this.missing += until - this.length;
    this.length = until;
  }

  private setMissing(index: number): void {
    this.reserve(index + 1);
    if (this.numbers) this.numbers[index] = NaN;
    if (this.codes) this.codes[index] = MISSING_CODE;
    this.missing++;
  }

  private setNumber(index: number, value: number): void {
    if (!this.numbers) return;
    if (!Number.isFinite(value)) {
      this.numbers = null;
      return;
    }
    this.reserve(index + 1);
    this.numbers[index] = value;
    const rounded = Math.fround(value);
    if (rounded < this.min) this.min = rounded;
    if (rounded > this.max) this.max = rounded;
  }

  private setLabel(index: number, label: string): void {
    if (!this.codes) return;
    let code = this.codeOf.get(label);
    if (code === undefined) {
      if (this.labels.length === MAX_CATEGORIES) {
        this.dropCategories();
        return;
      }
      code = this.labels.push(label) - 1;
      this.codeOf.set(label, code);
    }
    this.reserve(index + 1);
    this.codes[index] = code;
  }

  private dropCategories(): void {
    this.codes = null;
    this.codeOf.clear();
    this.labels.length = 0;
  }

  /** Grows the arrays by doubling, so that a million appends copy about two million values in all. */
  private reserve(size: number): void {
    const capacity = (this.numbers ?? this.codes)?.length ?? 0;
    if (size <= capacity) return;
    const grown = Math.max(size, capacity * 2);
    if (this.numbers) this.numbers = copyInto(new Float64Array(grown), this.numbers);
    if (this.codes) this.codes = copyInto(new Uint16Array(grown), this.codes);
  }

  private numericField(numbers: Float64Array, count: number): NumericField {
    const values = new Float32Array(numbers.subarray(0, count));
    return { name: this.name, values, min: this.min, max: this.max, missing: this.missing };
  }

  /** Sorts the labels for the filter UI and renumbers the codes to match; '' stands for missing. */
  private categoryField(codes: Uint16Array, count: number): CategoryField {
    const labels = this.missing > 0 ? [...this.labels, ''] : [...this.labels];
    labels.sort((a, b) => a.localeCompare(b));
    const remap = this.labels.map((label) => labels.indexOf(label));
    const missingCode = labels.indexOf('');
    const sorted = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
      const code = codes[i];
      sorted[i] = code === MISSING_CODE ? missingCode : remap[code];
    }
    return { name: this.name, codes: sorted, labels };
  }
}

function copyInto<T extends Float64Array | Uint16Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

// ── Table ───────────────────────────────────────────────────────────────────────────────────────────────

/** Accumulates valid points and their field values, then hands over the finished, converted table. */
export class PointTableBuilder {
  count = 0;
  private positions = new Float64Array(2 * INITIAL_CAPACITY);
  private readonly fields = new Map<string, FieldCollector>();

  /** Appends a point (in the file's CRS) and returns its index for FieldCollector.set. */
  addPoint(lng: number, lat: number): number {
    if (2 * this.count + 2 > this.positions.length) {
      const grown = new Float64Array(this.positions.length * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
    this.positions[2 * this.count] = lng;
    this.positions[2 * this.count + 1] = lat;
    return this.count++;
  }

  /** The collector for a column, created on first use; columns keep the order they were first seen in. */
  field(name: string): FieldCollector {
    let collector = this.fields.get(name);
    if (!collector) {
      collector = new FieldCollector(name);
      this.fields.set(name, collector);
    }
    return collector;
  }

  /**
   * Builds the table, converting it to WGS-84 only now that every coordinate has passed validation (range
   * checks are on the file's own numbers, which is what the planner can find in the file).
   */
  finish(
    options: PointParseOptions,
    report: { skipped: number; rejected: number; problems: ProblemLog; region: RegionCheck },
  ): { table: PointTable; warnings: ImportWarnings } {
    if (this.count === 0) {
      // Nothing valid: refused as a whole, with every problem found.
      report.problems.throwIfAny(report.region.refusedHint());
      throw new ImportError([{ code: 'empty' }]);
    }
    const positions = this.positions.slice(0, 2 * this.count);
    toWgs84InPlace(positions, options.crs);
    const table: PointTable = { count: this.count, positions, numeric: [], categories: [] };
    for (const collector of this.fields.values()) {
      const field = collector.build(this.count);
      if (field && 'values' in field) table.numeric.push(field);
      else if (field) table.categories.push(field);
    }
    const { outside, extent, hint } = report.region.survey(positions, this.count);
    const warnings: ImportWarnings = {
      outsideRegion: outside,
      skipped: report.skipped,
      rejected: report.rejected,
      problems: report.problems.problems,
      problemCount: report.problems.total,
      extent,
      hint,
    };
    return { table, warnings };
  }
}

/**
 * Reads rows of a table (a CSV file or a spreadsheet's sheet) into points: finds the location columns in
 * the header, checks every row, stores the good ones and lists the rest with their line numbers and
 * reasons. Rows arrive one at a time as arrays of text, so a million rows cost no object per row.
 */
import { detectLocation, FieldCollector, parseDecimal, PointTableBuilder, type LocationColumns } from './columns';
import { pointOfCell } from './geometry-cell';
import { RegionCheck } from './region-check';
import {
  ImportError,
  MAX_POINTS,
  ProblemLog,
  type ImportProblem,
  type ImportWarnings,
  type PointParseOptions,
  type PointTable,
} from './types';

export interface TableParseOptions extends PointParseOptions {
  /** Where the points are, as the import settings say; detected from the header names when absent. */
  location?: LocationColumns;
  /** The older way of naming the columns (lng/lat only); `location` wins when both are given. */
  lngColumn?: string;
  latColumn?: string;
}

export interface TableParseResult {
  table: PointTable;
  warnings: ImportWarnings;
  /** Every column, as columnNames() names them. */
  columns: string[];
  location: LocationColumns;
}

/** Values quoted in problems are cut to this length, so that one runaway cell cannot flood the report. */
const MAX_VALUE_CHARS = 40;

export function excerpt(value: string | undefined): string {
  const text = value ?? '';
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** Trimmed header names, made unique and non-empty, since fields and the column chooser go by name. */
export function columnNames(header: readonly string[]): string[] {
  const used = new Set<string>();
  return header.map((raw, index) => {
    const base = raw.trim() || `#${index + 1}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
    used.add(name);
    return name;
  });
}

export function isBlank(row: readonly string[]): boolean {
  return row.every((field) => field.trim() === '');
}

interface Layout {
  columns: string[];
  location: LocationColumns;
  /** lng/lat: the two number columns; geometry: both are the geometry column. */
  lngIndex: number;
  latIndex: number;
  /** One per column; null for the location columns. */
  fields: (FieldCollector | null)[];
}

export class TableReader {
  private readonly builder = new PointTableBuilder();
  readonly problems = new ProblemLog();
  private readonly region: RegionCheck;
  private readonly options: TableParseOptions;
  private readonly maxPoints: number;
  private layout: Layout | null = null;
  private dataRows = 0;
  /** Blank lines are counted as skipped only once a data row follows, so trailing line breaks are not. */
  private blankRun = 0;
  private skipped = 0;
  private rejected = 0;
  private tooManyAt = 0;

  constructor(options: TableParseOptions) {
    this.options = options;
    this.maxPoints = options.maxPoints ?? MAX_POINTS;
    this.region = new RegionCheck(options.regionBounds);
  }

  get hasHeader(): boolean {
    return this.layout !== null;
  }

  /** Reads the header row; a header without usable location columns ends the import at once. */
  header(row: readonly string[]): void {
    const columns = columnNames(row);
    const location = this.chosenLocation(columns);
    const names = location.kind === 'lnglat' ? [location.lng, location.lat] : [location.column];
    const unknown = names.filter((name) => !columns.includes(name));
    if (unknown.length) throw new ImportError(unknown.map((column) => ({ code: 'unknown-column', column })));
    const lngIndex = columns.indexOf(location.kind === 'lnglat' ? location.lng : location.column);
    const latIndex = columns.indexOf(location.kind === 'lnglat' ? location.lat : location.column);
    const fields = columns.map((name, index) =>
      index === lngIndex || index === latIndex ? null : this.builder.field(name),
    );
    this.layout = { columns, location, lngIndex, latIndex, fields };
  }

  blank(): void {
    this.blankRun++;
  }

  /** A row that cannot be read at all (broken quoting): left out and listed. */
  unreadable(problem: ImportProblem): void {
    this.problems.add(problem);
    this.rejected++;
  }

  /** The layout's lng/lat column indexes and per-column collectors (null before the header, or for geometry). */
  get lngLatLayout(): { lngIndex: number; latIndex: number; fields: readonly (FieldCollector | null)[] } | null {
    const layout = this.layout;
    return layout && layout.lngIndex !== layout.latIndex ? layout : null;
  }

  /**
   * A data row whose coordinates the caller has already read and found in range (the CSV fast path):
   * stores the point and returns its index for the fields' set(), or -1 past the point limit. The same
   * bookkeeping as row(), which the caller falls back to for anything else.
   */
  goodPoint(lng: number, lat: number, line: number): number {
    if (!this.countDataRow(line)) return -1;
    return this.builder.addPoint(lng, lat);
  }

  /** Counts a data row (and the blank lines before it as skipped); false past the point limit. */
  private countDataRow(line: number): boolean {
    if (++this.dataRows > this.maxPoints) {
      this.tooManyAt = line;
      return false;
    }
    this.skipped += this.blankRun;
    this.blankRun = 0;
    return true;
  }

  /** Validates one data row and stores it when it is good; false past the point limit. */
  row(row: readonly string[], line: number): boolean {
    const layout = this.layout;
    if (!layout) return true;
    if (!this.countDataRow(line)) return false;
    const before = this.problems.total;
    let lng: number;
    let lat: number;
    if (layout.lngIndex === layout.latIndex) {
      [lng, lat] = this.geometry(row, line, layout);
    } else {
      lng = this.coordinate(row, line, layout.lngIndex, layout.columns, 180);
      lat = this.coordinate(row, line, layout.latIndex, layout.columns, 90);
    }
    if (this.problems.total !== before) {
      this.rejected++;
      this.region.refusedPair(lng, lat);
      return true;
    }
    const index = this.builder.addPoint(lng, lat);
    const { fields } = layout;
    for (let column = 0; column < fields.length; column++) fields[column]?.set(index, row[column]);
    return true;
  }

  finish(): TableParseResult {
    if (this.tooManyAt) {
      throw new ImportError([{ code: 'too-many-points', limit: this.maxPoints, row: this.tooManyAt }]);
    }
    if (!this.layout) {
      this.problems.throwIfAny();
      throw new ImportError([{ code: 'empty' }]);
    }
    const { table, warnings } = this.builder.finish(this.options, {
      skipped: this.skipped,
      rejected: this.rejected,
      problems: this.problems,
      region: this.region,
    });
    return { table, warnings, columns: this.layout.columns, location: this.layout.location };
  }

  private chosenLocation(columns: string[]): LocationColumns {
    const { location, lngColumn, latColumn } = this.options;
    if (location) return location;
    const detected = detectLocation(columns, []);
    const lng = lngColumn ?? (detected?.kind === 'lnglat' ? detected.lng : undefined);
    const lat = latColumn ?? (detected?.kind === 'lnglat' ? detected.lat : undefined);
    if (lng !== undefined && lat !== undefined) return { kind: 'lnglat', lng, lat };
    if (lngColumn === undefined && latColumn === undefined && detected?.kind === 'geometry') return detected;
    // A column named in the settings but missing from the file is reported as such.
    const named = [lngColumn, latColumn].filter((name): name is string => name !== undefined);
    const unknown = named.filter((name) => !columns.includes(name));
    if (unknown.length) throw new ImportError(unknown.map((column) => ({ code: 'unknown-column', column })));
    throw new ImportError([{ code: 'no-coordinate-columns', columns }]);
  }

  /** The number in a coordinate cell, or NaN after logging why it is unusable. */
  private coordinate(row: readonly string[], line: number, index: number, columns: string[], limit: number): number {
    const value = row[index];
    const number = parseDecimal(value ?? '');
    if (Number.isNaN(number)) {
      this.problems.add({ code: 'bad-number', row: line, column: columns[index], value: excerpt(value) });
    } else if (number < -limit || number > limit) {
      this.problems.add({ code: 'out-of-range', row: line, column: columns[index], value: excerpt(value) });
    }
    return number;
  }

  /** The point in a geometry cell, or NaNs after logging why it is unusable. */
  private geometry(row: readonly string[], line: number, layout: Layout): [number, number] {
    const column = layout.columns[layout.lngIndex];
    const value = row[layout.lngIndex] ?? '';
    const point = pointOfCell(value);
    if (!point.ok) {
      switch (point.problem) {
        case 'bad':
          this.problems.add({ code: 'bad-geometry', row: line, column, value: excerpt(value) });
          break;
        case 'not-point':
          this.problems.add({ code: 'geometry-not-point', row: line, column, type: excerpt(point.type) });
          break;
        case 'srid':
          this.problems.add({ code: 'unsupported-srid', row: line, column, srid: excerpt(point.srid) });
          break;
        default: {
          const unknown: never = point;
          throw new Error(`unknown cell problem ${JSON.stringify(unknown)}`);
        }
      }
      return [NaN, NaN];
    }
    if (Math.abs(point.lng) > 180 || Math.abs(point.lat) > 90) {
      this.problems.add({ code: 'out-of-range', row: line, column, value: excerpt(value) });
    }
    return [point.lng, point.lat];
  }
}

/**
 * Reads planners' CSV point files (exports from Excel, WPS, AMap or Baidu tools). Problems are reported
 * with the file's own line numbers and values, so that the planner can find and fix them in the file.
 */
import Papa, { type Parser, type ParseResult } from 'papaparse';
import { detectCoordinateColumns, FieldCollector, parseDecimal, PointTableBuilder } from './columns';
import {
  ImportError,
  MAX_POINTS,
  ProblemLog,
  type ImportWarnings,
  type PointParseOptions,
  type PointTable,
} from './types';

export interface CsvParseOptions extends PointParseOptions {
  /** A column name as csvHeaders() returns it; detected from the headers when not given. */
  lngColumn?: string;
  latColumn?: string;
}

export interface CsvParseResult {
  table: PointTable;
  warnings: ImportWarnings;
  /** Every column, as csvHeaders() names them. */
  columns: string[];
  lngColumn: string;
  latColumn: string;
}

/** Progress is reported once per chunk; 1 MiB keeps that to a few hundred calls for the largest file. */
const CHUNK_SIZE = 1 << 20;
/** Enough of the file to hold the header row and the rows that the delimiter is guessed from. */
const PREFIX_CHARS = 1 << 20;
/** Values quoted in problems are cut to this length, so that one runaway cell cannot flood the report. */
const MAX_VALUE_CHARS = 40;

/** The column names of a CSV text, read from its start only, for a column chooser. */
export function csvHeaders(text: string): string[] {
  const prefix = stripBom(text).slice(0, PREFIX_CHARS);
  let header: string[] = [];
  // Papaparse's `preview` counts blank lines too, so the first non-blank row is picked here, as in the parse.
  Papa.parse<string[]>(prefix, {
    delimiter: guessDelimiter(prefix),
    step: (row, parser) => {
      if (isBlank(row.data)) return;
      header = row.data;
      parser.abort();
    },
  });
  return columnNames(header);
}

/**
 * Parses CSV text into points. Throws an ImportError listing the problems when any row is unusable: a
 * partial import would silently leave sites off the map.
 */
export function parseCsvPoints(text: string, options: CsvParseOptions): CsvParseResult {
  const body = stripBom(text);
  const reader = new CsvReader(body.length, options);
  Papa.parse<string[]>(body, {
    delimiter: guessDelimiter(body.slice(0, PREFIX_CHARS)),
    chunkSize: CHUNK_SIZE,
    chunk: (results: ParseResult<string[]>, parser: Parser) => {
      if (!reader.read(results)) parser.abort();
    },
    // Papaparse runs synchronously on a string; its typings only allow `chunk` with `step` or `complete`.
    complete: () => options.onProgress?.(1),
  });
  return reader.finish();
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Chinese Excel and European exports often use ';' or tabs. Papaparse's own guess fails on a file that
 * ends with a line break unless empty lines are skipped, so the guess is made here, once, for both the
 * header preview and the full parse.
 */
function guessDelimiter(prefix: string): string {
  return Papa.parse<string[]>(prefix, { preview: 10, skipEmptyLines: 'greedy' }).meta.delimiter;
}

/** Trimmed header names, made unique and non-empty, since fields and the column chooser go by name. */
function columnNames(header: string[]): string[] {
  const used = new Set<string>();
  return header.map((raw, index) => {
    const base = raw.trim() || `#${index + 1}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
    used.add(name);
    return name;
  });
}

function isBlank(row: string[]): boolean {
  return row.every((field) => field.trim() === '');
}

function excerpt(value: string | undefined): string {
  const text = value ?? '';
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

interface Layout {
  columns: string[];
  lngIndex: number;
  latIndex: number;
  /** One per column; null for the coordinate columns. */
  fields: (FieldCollector | null)[];
}

/** The parse state carried from one papaparse chunk to the next. */
class CsvReader {
  private readonly builder = new PointTableBuilder();
  private readonly problems = new ProblemLog();
  private readonly length: number;
  private readonly options: CsvParseOptions;
  private readonly maxPoints: number;
  private layout: Layout | null = null;
  /** Line number at which the next row starts. */
  private line = 1;
  private dataRows = 0;
  /** Blank lines are counted as skipped only once a data row follows, so trailing line breaks are not. */
  private blankRun = 0;
  private skipped = 0;
  private tooManyAt = 0;

  /** `length` is the text's, for progress. */
  constructor(length: number, options: CsvParseOptions) {
    this.length = length;
    this.options = options;
    this.maxPoints = options.maxPoints ?? MAX_POINTS;
  }

  /** Takes one chunk of rows; false when parsing should stop. */
  read(results: ParseResult<string[]>): boolean {
    const syntaxErrors = new Map<number, string>();
    for (const error of results.errors) {
      const row = error.row ?? 0;
      if (error.type !== 'Delimiter' && !syntaxErrors.has(row)) syntaxErrors.set(row, error.message);
    }
    const linebreak = results.meta.linebreak === '\r' ? '\r' : '\n';
    for (let i = 0; i < results.data.length; i++) {
      const row = results.data[i];
      const line = this.line;
      this.line += 1 + countLinebreaks(row, linebreak);
      const syntaxError = syntaxErrors.get(i);
      if (syntaxError !== undefined) this.syntaxError(line, syntaxError);
      else if (isBlank(row)) this.blankRun++;
      else if (!this.layout) this.layout = this.readHeader(row);
      else if (!this.readRow(row, line, this.layout)) return false;
    }
    this.options.onProgress?.(this.length === 0 ? 1 : results.meta.cursor / this.length);
    return true;
  }

  finish(): CsvParseResult {
    if (this.tooManyAt) {
      throw new ImportError([{ code: 'too-many-points', limit: this.maxPoints, row: this.tooManyAt }]);
    }
    this.problems.throwIfAny();
    if (!this.layout) throw new ImportError([{ code: 'empty' }]);
    const { table, warnings } = this.builder.finish(this.options, this.skipped);
    const { columns, lngIndex, latIndex } = this.layout;
    return { table, warnings, columns, lngColumn: columns[lngIndex], latColumn: columns[latIndex] };
  }

  /** A broken header leaves nothing to interpret, so it ends the import at once. */
  private syntaxError(line: number, detail: string): void {
    this.problems.add({ code: 'csv-syntax', row: line, detail });
    if (!this.layout) this.problems.throwIfAny();
  }

  private readHeader(row: string[]): Layout {
    const columns = columnNames(row);
    const detected = detectCoordinateColumns(columns);
    const lng = this.options.lngColumn ?? detected.lng;
    const lat = this.options.latColumn ?? detected.lat;
    const unknown = [lng, lat].filter((name): name is string => name !== null && !columns.includes(name));
    if (unknown.length) throw new ImportError(unknown.map((column) => ({ code: 'unknown-column', column })));
    if (lng === null || lat === null) throw new ImportError([{ code: 'no-coordinate-columns', columns }]);
    const lngIndex = columns.indexOf(lng);
    const latIndex = columns.indexOf(lat);
    const fields = columns.map((name, index) =>
      index === lngIndex || index === latIndex ? null : this.builder.field(name),
    );
    return { columns, lngIndex, latIndex, fields };
  }

  /** Validates one data row and, while the file is still clean, stores it; false past the point limit. */
  private readRow(row: string[], line: number, layout: Layout): boolean {
    if (++this.dataRows > this.maxPoints) {
      this.tooManyAt = line;
      return false;
    }
    this.skipped += this.blankRun;
    this.blankRun = 0;
    const lng = this.coordinate(row, line, layout.lngIndex, layout.columns, 180);
    const lat = this.coordinate(row, line, layout.latIndex, layout.columns, 90);
    // After the first problem the import will fail, so storing further rows would be wasted work.
    if (!this.problems.empty) return true;
    const index = this.builder.addPoint(lng, lat);
    const { fields } = layout;
    for (let column = 0; column < fields.length; column++) fields[column]?.set(index, row[column]);
    return true;
  }

  /** The number in a coordinate cell, or NaN after logging why it is unusable. */
  private coordinate(row: string[], line: number, index: number, columns: string[], limit: number): number {
    const value = row[index];
    const number = parseDecimal(value ?? '');
    if (Number.isNaN(number)) {
      this.problems.add({ code: 'bad-number', row: line, column: columns[index], value: excerpt(value) });
    } else if (number < -limit || number > limit) {
      this.problems.add({ code: 'out-of-range', row: line, column: columns[index], value: excerpt(value) });
    }
    return number;
  }
}

/** Line breaks inside quoted fields, so that line numbers stay true to the file after multi-line cells. */
function countLinebreaks(row: string[], linebreak: string): number {
  let count = 0;
  for (const field of row) {
    for (let at = field.indexOf(linebreak); at !== -1; at = field.indexOf(linebreak, at + 1)) count++;
  }
  return count;
}

/**
 * Reads planners' CSV point files (exports from Excel, WPS, AMap or Baidu tools). Problems are reported
 * with the file's own line numbers and values, so that the planner can find and fix them in the file.
 */
import Papa, { type Parser, type ParseResult } from 'papaparse';
import { detectLocation, type LocationColumns } from './columns';
import { columnNames, isBlank, TableReader, type TableParseOptions, type TableParseResult } from './table-reader';

export type CsvParseOptions = TableParseOptions;
export type CsvParseResult = TableParseResult;

/** The header and the first rows of a table: what the import settings show and detect from. */
export interface TablePreview {
  headers: string[];
  sample: string[][];
  /** Detected location; null when the planner has to choose. */
  location: LocationColumns | null;
}

/** Rows read for detection: enough to see a geometry column's content past a few empty cells. */
export const SAMPLE_ROWS = 20;

/** Progress is reported once per chunk; 1 MiB keeps that to a few hundred calls for the largest file. */
const CHUNK_SIZE = 1 << 20;
/** Enough of the file to hold the header row and the rows that the delimiter is guessed from. */
const PREFIX_CHARS = 1 << 20;

/** The column names and first rows of a CSV text, read from its start only, for the import settings. */
export function csvPreview(text: string): TablePreview {
  const prefix = stripBom(text).slice(0, PREFIX_CHARS);
  let header: string[] | null = null;
  const sample: string[][] = [];
  // Papaparse's `preview` counts blank lines too, so blank rows are passed over here, as in the parse.
  Papa.parse<string[]>(prefix, {
    delimiter: guessDelimiter(prefix),
    step: (row, parser) => {
      if (isBlank(row.data)) return;
      if (header === null) header = row.data;
      else sample.push(row.data);
      if (sample.length >= SAMPLE_ROWS) parser.abort();
    },
  });
  const headers = columnNames(header ?? []);
  return { headers, sample, location: detectLocation(headers, sample) };
}

/** The column names of a CSV text, as parseCsvPoints names them. */
export function csvHeaders(text: string): string[] {
  return csvPreview(text).headers;
}

/**
 * Parses CSV text into points. Rows with a problem are left out and listed (line numbers and reasons);
 * throws an ImportError when no row at all can be imported, or when the file as a whole is unusable.
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
export function guessDelimiter(prefix: string): string {
  return Papa.parse<string[]>(prefix, { preview: 10, skipEmptyLines: 'greedy' }).meta.delimiter;
}

/** The parse state carried from one papaparse chunk to the next: line numbers and syntax errors. */
class CsvReader {
  private readonly table: TableReader;
  private readonly length: number;
  private readonly options: CsvParseOptions;
  /** Line number at which the next row starts. */
  private line = 1;

  /** `length` is the text's, for progress. */
  constructor(length: number, options: CsvParseOptions) {
    this.length = length;
    this.options = options;
    this.table = new TableReader(options);
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
      else if (isBlank(row)) this.table.blank();
      else if (!this.table.hasHeader) this.table.header(row);
      else if (!this.table.row(row, line)) return false;
    }
    this.options.onProgress?.(this.length === 0 ? 1 : results.meta.cursor / this.length);
    return true;
  }

  finish(): CsvParseResult {
    return this.table.finish();
  }

  /** A broken row is left out; a broken header leaves nothing to interpret, so it ends the import at once. */
  private syntaxError(line: number, detail: string): void {
    this.table.unreadable({ code: 'csv-syntax', row: line, detail });
    if (!this.table.hasHeader) this.table.problems.throwIfAny();
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

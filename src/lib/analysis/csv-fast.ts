/**
 * The CSV fast path for the common large file: UTF-8, no quote character anywhere, one kind of line
 * break, coordinates in two number columns. It reads the bytes once, without decoding the whole file
 * to a string and without an array of strings per row: lng/lat and the numeric columns go from ASCII
 * digits straight into the table's typed arrays; text is decoded only for the header, for category
 * columns (through a small cache) and for rows it does not handle itself.
 *
 * Anything it does not handle — a row whose coordinates are not plain in-range decimals, a cell with
 * non-ASCII bytes in a number column, a blank-looking line — goes to TableReader.row() as the strings the
 * general parser would have produced, so the results (points, fields, problems with line numbers,
 * warnings) are those of parseCsvPoints on the decoded text. A file it cannot take at all (quotes, other
 * encodings, geometry columns, mixed line breaks) makes it return null, and the caller uses the general
 * path. Unit tests check both paths give the same results on messy files.
 */
import { decodeText, type TextEncodingName } from './decode';
import { guessDelimiter, parseCsvPoints, type CsvParseOptions, type CsvParseResult } from './parse-csv';
import { TableReader } from './table-reader';

export type CsvFileResult = CsvParseResult & { encoding: TextEncodingName; unreadable: number };

/**
 * A CSV file's bytes parsed into points: the fast path when the file allows it, else decoded (see
 * decode.ts) and parsed by parseCsvPoints. Both give the same results; `encoding` is the planner's
 * choice, null to detect.
 */
export function parseCsvFile(
  bytes: Uint8Array,
  encoding: TextEncodingName | null,
  options: CsvParseOptions,
): CsvFileResult {
  const fast = fastCsvPoints(bytes, encoding, options);
  if (fast) return fast;
  const decoded = decodeText(bytes, encoding);
  return { ...parseCsvPoints(decoded.text, options), encoding: decoded.encoding, unreadable: decoded.unreadable };
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/** Rows between progress reports. */
const PROGRESS_ROWS = 1 << 16;
/** Enough of the file for the delimiter guess (papaparse looks at the first 10 rows). */
const PREFIX_BYTES = 1 << 20;
/** Slots of the decoded-cell cache (a power of two), and the longest cell it keeps. */
const CACHE_SLOTS = 4096;
const MAX_CACHED_BYTES = 64;

/** 10^k for k ≤ 22: exactly representable, so m / 10^k is correctly rounded for m < 2^53. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** JavaScript's String.prototype.trim whitespace, ASCII part (the rest is non-ASCII, never handled here). */
const isAsciiSpace = (byte: number): boolean => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);

/** Strict UTF-8 validity (what TextDecoder's fatal mode accepts), from `start`. */
export function isUtf8(bytes: Uint8Array, start = 0): boolean {
  const n = bytes.length;
  // Four bytes at a time through ASCII, on the 4-byte-aligned part of the buffer.
  const wordBase = (4 - (bytes.byteOffset % 4)) % 4;
  const wordCount = Math.max(0, Math.floor((n - wordBase) / 4));
  const words =
    wordCount > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + wordBase, wordCount) : new Uint32Array(0);
  const wordEnd = wordBase + 4 * wordCount;
  let i = start;
  while (i < n) {
    if (i >= wordBase && i < wordEnd && (i - wordBase) % 4 === 0) {
      while (i < wordEnd && (words[(i - wordBase) >> 2] & 0x80808080) === 0) i += 4;
      if (i >= n) break;
    }
    const c = bytes[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 >= n || (bytes[i + 1] & 0xc0) !== 0x80) return false;
      i += 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      if (i + 2 >= n) return false;
      const c1 = bytes[i + 1];
      if (c1 < (c === 0xe0 ? 0xa0 : 0x80) || c1 > (c === 0xed ? 0x9f : 0xbf)) return false;
      if ((bytes[i + 2] & 0xc0) !== 0x80) return false;
      i += 3;
    } else if (c >= 0xf0 && c <= 0xf4) {
      if (i + 3 >= n) return false;
      const c1 = bytes[i + 1];
      if (c1 < (c === 0xf0 ? 0x90 : 0x80) || c1 > (c === 0xf4 ? 0x8f : 0xbf)) return false;
      if ((bytes[i + 2] & 0xc0) !== 0x80 || (bytes[i + 3] & 0xc0) !== 0x80) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

/**
 * The number in bytes [from, to) as parseDecimal would read the same text, when that is sure without
 * building the string: ASCII spaces around an optional sign, digits and one optional point, at most 15
 * significant digits, no exponent. Then m / 10^k is Number()'s own, correctly rounded answer. NaN when
 * the cell is not that simple (the caller then takes the string route); -Infinity for a blank cell.
 */
export function simpleDecimal(bytes: Uint8Array, from: number, to: number): number {
  while (from < to && isAsciiSpace(bytes[from])) from++;
  while (to > from && isAsciiSpace(bytes[to - 1])) to--;
  if (from === to) return -Infinity;
  let negative = false;
  const sign = bytes[from];
  if (sign === 0x2d || sign === 0x2b) {
    negative = sign === 0x2d;
    from++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (let i = from; i < to; i++) {
    const byte = bytes[i];
    if (byte >= 0x30 && byte <= 0x39) {
      mantissa = mantissa * 10 + (byte - 0x30);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (byte === 0x2e && fraction < 0) {
      fraction = 0;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
  return negative ? -value : value;
}

/** The line break papaparse would guess, when it is certain: only LF, or only CRLF pairs. Null otherwise. */
function soleLinebreak(bytes: Uint8Array, start: number): 'lf' | 'crlf' | null {
  let cr = bytes.indexOf(CR, start);
  if (cr === -1) return 'lf';
  let lf = bytes.indexOf(LF, start);
  // Every CR must be followed by an LF and every LF preceded by a CR.
  while (cr !== -1 || lf !== -1) {
    if (cr === -1 || lf !== cr + 1) return null;
    cr = bytes.indexOf(CR, cr + 1);
    lf = bytes.indexOf(LF, lf + 1);
  }
  return 'crlf';
}

/**
 * Parses a CSV file's bytes on the fast path, or returns null when the file is not one it takes (see the
 * module comment). `encoding` is the planner's choice, null to detect; only UTF-8 is taken.
 */
export function fastCsvPoints(
  bytes: Uint8Array,
  encoding: TextEncodingName | null,
  options: CsvParseOptions,
): CsvFileResult | null {
  if (options.location?.kind === 'geometry') return null;
  if (encoding !== null && encoding !== 'utf-8') return null;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // A UTF-16 BOM (or anything else that is not UTF-8) goes the general way.
  if (bytes.length === start || bytes.indexOf(QUOTE, start) !== -1) return null;
  const linebreak = soleLinebreak(bytes, start);
  if (linebreak === null || !isUtf8(bytes, start)) return null;

  const decoder = new TextDecoder('utf-8');
  const prefix = decoder.decode(bytes.subarray(start, Math.min(bytes.length, start + PREFIX_BYTES)), { stream: true });
  const delimiter = guessDelimiter(prefix);
  if (delimiter.length !== 1 || delimiter.charCodeAt(0) >= 0x80) return null;
  const reader = new FastReader(bytes, delimiter.charCodeAt(0), new TableReader(options));
  const result = reader.read(start, linebreak === 'crlf' ? 1 : 0, options.onProgress);
  // decodeText counts U+FFFD characters unless it detected UTF-8 by a strict reading without a BOM.
  const unreadable = encoding === null && start === 0 ? 0 : countReplacementChars(bytes);
  return result && { ...result, encoding: 'utf-8', unreadable };
}

/** U+FFFD characters (EF BF BD) in UTF-8 bytes. */
function countReplacementChars(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0xef); at !== -1; at = bytes.indexOf(0xef, at + 1)) {
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) count++;
  }
  return count;
}

class FastReader {
  private readonly bytes: Uint8Array;
  private readonly delimiter: number;
  private readonly table: TableReader;
  private readonly decoder = new TextDecoder('utf-8');
  /** Field boundaries of the current line: field k spans [bounds[2k], bounds[2k + 1]). */
  private bounds = new Int32Array(64);
  private fieldCount = 0;
  /** Recently decoded cells by hash slot (a collision simply replaces the entry). */
  private readonly cache: ({ bytes: Uint8Array; text: string } | undefined)[] = new Array(CACHE_SLOTS);

  constructor(bytes: Uint8Array, delimiter: number, table: TableReader) {
    this.bytes = bytes;
    this.delimiter = delimiter;
    this.table = table;
  }

  /** Reads every line; null when the header turns out to need the general path (a geometry column). */
  read(start: number, crlf: 0 | 1, onProgress?: (fraction: number) => void): CsvParseResult | null {
    const { bytes, table } = this;
    const length = bytes.length;
    let line = 1;
    let at = start;
    for (;;) {
      const lf = bytes.indexOf(LF, at);
      const end = lf === -1 ? length : lf - crlf;
      this.split(at, end);
      if (!table.hasHeader) {
        const row = this.strings();
        if (row.every((field) => field.trim() === '')) table.blank();
        else {
          table.header(row);
          if (table.lngLatLayout === null) return null;
        }
      } else if (!this.dataRow(line)) break;
      line++;
      if (line % PROGRESS_ROWS === 0) onProgress?.(at / length);
      if (lf === -1) break;
      at = lf + 1;
    }
    onProgress?.(1);
    return table.finish();
  }

  /** One data line; false past the point limit. */
  private dataRow(line: number): boolean {
    const layout = this.table.lngLatLayout!;
    const { bytes, bounds } = this;
    const { lngIndex, latIndex, fields } = layout;
    if (lngIndex < this.fieldCount && latIndex < this.fieldCount) {
      const lng = simpleDecimal(bytes, bounds[2 * lngIndex], bounds[2 * lngIndex + 1]);
      const lat = simpleDecimal(bytes, bounds[2 * latIndex], bounds[2 * latIndex + 1]);
      // NaN: not a simple decimal; -Infinity: blank (the line may be blank, or the row has a problem).
      if (lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90) {
        const index = this.table.goodPoint(lng, lat, line);
        if (index < 0) return false;
        for (let column = 0; column < fields.length; column++) {
          const field = fields[column];
          if (field !== null && field.live) this.setField(field, index, column);
        }
        return true;
      }
    }
    // Everything else is the general parser's business, with the strings it would have seen.
    const row = this.strings();
    if (row.every((field) => field.trim() === '')) {
      this.table.blank();
      return true;
    }
    return this.table.row(row, line);
  }

  private setField(field: NonNullable<TableReader['lngLatLayout']>['fields'][number], index: number, column: number) {
    if (field === null) return;
    if (column >= this.fieldCount) {
      field.set(index, undefined);
      return;
    }
    const from = this.bounds[2 * column];
    const to = this.bounds[2 * column + 1];
    if (!field.wantsText) {
      const value = simpleDecimal(this.bytes, from, to);
      if (value === -Infinity) field.set(index, '');
      else if (!Number.isNaN(value)) field.setParsedNumber(index, value);
      else field.set(index, this.text(from, to));
      return;
    }
    field.set(index, this.text(from, to));
  }

  /** Splits bytes [from, to) at the delimiter into `bounds`. */
  private split(from: number, to: number): void {
    const { bytes, delimiter } = this;
    let count = 0;
    let fieldStart = from;
    for (let i = from; i <= to; i++) {
      if (i === to || bytes[i] === delimiter) {
        if (2 * count + 2 > this.bounds.length) {
          const grown = new Int32Array(this.bounds.length * 2);
          grown.set(this.bounds);
          this.bounds = grown;
        }
        this.bounds[2 * count] = fieldStart;
        this.bounds[2 * count + 1] = i;
        count++;
        fieldStart = i + 1;
      }
    }
    this.fieldCount = count;
  }

  /** The current line's fields as strings, as papaparse gives them. */
  private strings(): string[] {
    const row: string[] = [];
    for (let k = 0; k < this.fieldCount; k++) row.push(this.text(this.bounds[2 * k], this.bounds[2 * k + 1]));
    return row;
  }

  /**
   * The text of bytes [from, to). Short cells go through a cache keyed by a hash of their bytes (checked
   * byte for byte), so a category column's million cells cost no string each; the rest are decoded.
   */
  private text(from: number, to: number): string {
    const bytes = this.bytes;
    if (to - from > MAX_CACHED_BYTES) return this.decoder.decode(bytes.subarray(from, to));
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    const slot = (hash >>> 0) & (CACHE_SLOTS - 1);
    const cached = this.cache[slot];
    if (cached !== undefined && cached.bytes.length === to - from) {
      let same = true;
      for (let i = from, k = 0; i < to; i++, k++) {
        if (cached.bytes[k] !== bytes[i]) {
          same = false;
          break;
        }
      }
      if (same) return cached.text;
    }
    const text = this.decoder.decode(bytes.subarray(from, to));
    this.cache[slot] = { bytes: bytes.slice(from, to), text };
    return text;
  }
}

/**
 * Reads planners' Excel workbooks (.xlsx) with read-excel-file (its universal entry: no DOM and no nested
 * workers, so it runs inside the import worker and in Node tests alike). A sheet's rows go through the same
 * TableReader as a CSV's, so the same columns are found and the same problems reported, by sheet row.
 */
import readXlsxFile from 'read-excel-file/universal';
import { detectLocation } from './columns';
import type { TablePreview } from './parse-csv';
import { columnNames, isBlank, TableReader, type TableParseOptions, type TableParseResult } from './table-reader';
import { ImportError } from './types';

export interface SheetTable {
  name: string;
  /** Every row as text, blank rows included, so that index + 1 is the sheet's own row number. */
  rows: string[][];
}

export interface WorkbookPreview extends TablePreview {
  sheets: string[];
  sheet: string;
}

/** Rows read for detection, as for CSV. */
const SAMPLE_ROWS = 20;

/** Opens a workbook; a file that is not .xlsx (or is damaged) is refused with the library's reason. */
export async function readWorkbook(input: ArrayBuffer): Promise<SheetTable[]> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(input);
  } catch (error) {
    throw new ImportError([
      { code: 'bad-spreadsheet', detail: error instanceof Error ? error.message : String(error) },
    ]);
  }
  return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data.map((row) => row.map(cellText)) }));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** The named sheet, or the first one; a name that is not in the workbook is refused. */
export function pickSheet(sheets: SheetTable[], name: string | undefined): SheetTable {
  const sheet = name === undefined ? sheets[0] : sheets.find((entry) => entry.name === name);
  if (!sheet) throw new ImportError([{ code: 'no-sheet', sheet: name ?? '' }]);
  return sheet;
}

/**
 * Where a sheet's header is: its first non-blank row, and the next one too when the first has gaps that
 * the next fills with text (a group title merged over several columns, such as 位置 over 经度 and 纬度).
 * Merged cells hold their value in the first cell only; the others read as empty.
 */
export function sheetHeader(rows: string[][]): { names: string[]; dataFrom: number } {
  const first = rows.findIndex((row) => !isBlank(row));
  if (first === -1) return { names: [], dataFrom: rows.length };
  const top = rows[first];
  const next = rows[first + 1];
  const width = Math.max(top.length, next?.length ?? 0);
  const gaps = Array.from({ length: width }, (_, i) => (top[i] ?? '').trim() === '');
  const fillsGaps =
    next !== undefined &&
    gaps.some((gap, i) => gap && (next[i] ?? '').trim() !== '') &&
    next.every((cell) => cell.trim() === '' || Number.isNaN(Number(cell)));
  if (!fillsGaps) return { names: columnNames(top), dataFrom: first + 1 };
  // The lower row names the columns; the upper one names those the lower leaves empty.
  const names = Array.from({ length: width }, (_, i) => (next[i] ?? '').trim() || (top[i] ?? ''));
  return { names: columnNames(names), dataFrom: first + 2 };
}

export function sheetPreview(sheets: SheetTable[], name: string | undefined): WorkbookPreview {
  const sheet = pickSheet(sheets, name);
  const { names, dataFrom } = sheetHeader(sheet.rows);
  const sample = sheet.rows
    .slice(dataFrom)
    .filter((row) => !isBlank(row))
    .slice(0, SAMPLE_ROWS);
  return {
    headers: names,
    sample,
    location: detectLocation(names, sample),
    sheets: sheets.map((entry) => entry.name),
    sheet: sheet.name,
  };
}

/** A sheet's rows as points; problems name the sheet's row numbers (1-based, as Excel shows them). */
export function parseSheetPoints(sheet: SheetTable, options: TableParseOptions): TableParseResult {
  const reader = new TableReader(options);
  const { names, dataFrom } = sheetHeader(sheet.rows);
  if (names.length === 0) throw new ImportError([{ code: 'empty' }]);
  reader.header(names);
  for (let index = dataFrom; index < sheet.rows.length; index++) {
    const row = sheet.rows[index];
    if (isBlank(row)) reader.blank();
    else if (!reader.row(row, index + 1)) break;
    if (index % 8192 === 0) options.onProgress?.(index / sheet.rows.length);
  }
  options.onProgress?.(1);
  return reader.finish();
}

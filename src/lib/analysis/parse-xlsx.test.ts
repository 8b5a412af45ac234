import { describe, expect, it } from 'vitest';
import { makeXlsx, type XlsxSheet } from '../../../tests/support/xlsx';
import { parseSheetPoints, pickSheet, readWorkbook, sheetHeader, sheetPreview } from './parse-xlsx';
import { ImportError } from './types';

const WGS84 = { crs: 'wgs84' as const };

function workbook(...sheets: XlsxSheet[]): ArrayBuffer {
  const bytes = makeXlsx(sheets);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function problemOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readWorkbook and parseSheetPoints', () => {
  it('reads the first sheet by default, numbers and Chinese text as they are, by Excel row number', async () => {
    const sheets = await readWorkbook(
      workbook(
        {
          name: '企业',
          rows: [
            ['名称', '经度', '纬度', '员工'],
            ['天津站', 117.2106, 39.1365, 120],
            [null, null, null, null],
            ['坏行', '东经117', 39.1, 5],
            ['滨海', 117.7122, 39.0136, 80],
          ],
        },
        { name: 'Notes', rows: [['nothing here']] },
      ),
    );
    expect(sheets.map((sheet) => sheet.name)).toEqual(['企业', 'Notes']);
    const preview = sheetPreview(sheets, undefined);
    expect(preview).toMatchObject({
      sheet: '企业',
      sheets: ['企业', 'Notes'],
      headers: ['名称', '经度', '纬度', '员工'],
    });
    expect(preview.location).toEqual({ kind: 'lnglat', lng: '经度', lat: '纬度' });
    const { table, warnings } = parseSheetPoints(pickSheet(sheets, undefined), WGS84);
    expect(table.count).toBe(2);
    expect([...table.positions]).toEqual([117.2106, 39.1365, 117.7122, 39.0136]);
    expect(table.categories[0].labels).toEqual(['天津站', '滨海']);
    expect(warnings).toMatchObject({
      rejected: 1,
      skipped: 1,
      problems: [{ code: 'bad-number', row: 4, column: '经度', value: '东经117' }],
    });
  });

  it('reads a chosen sheet, and refuses a sheet name that is not there', async () => {
    const sheets = await readWorkbook(
      workbook(
        { name: 'A', rows: [['x']] },
        {
          name: 'B',
          rows: [
            ['lng', 'lat'],
            [117.2, 39.1],
          ],
        },
      ),
    );
    expect(parseSheetPoints(pickSheet(sheets, 'B'), WGS84).table.count).toBe(1);
    expect(() => pickSheet(sheets, 'C')).toThrow(ImportError);
  });

  it('names columns under a merged group header from the row below', async () => {
    const sheets = await readWorkbook(
      workbook({
        name: 'Sheet1',
        rows: [
          ['名称', '位置', null, '备注'],
          [null, '经度', '纬度', null],
          ['天津站', 117.2106, 39.1365, 'a'],
        ],
        merges: ['A1:A2', 'B1:C1', 'D1:D2'],
      }),
    );
    expect(sheetHeader(sheets[0].rows)).toEqual({ names: ['名称', '经度', '纬度', '备注'], dataFrom: 2 });
    const { table, warnings } = parseSheetPoints(sheets[0], WGS84);
    expect(table.count).toBe(1);
    expect(warnings.rejected).toBe(0);
  });

  it('gives merged header cells that hold nothing a column name of their own, without crashing', async () => {
    const sheets = await readWorkbook(
      workbook({
        name: 'Sheet1',
        rows: [
          ['坐标点', null, '名称'],
          [117.2, 39.1, 'A'],
        ],
        merges: ['A1:B1'],
      }),
    );
    const preview = sheetPreview(sheets, undefined);
    expect(preview.headers).toEqual(['坐标点', '#2', '名称']);
    expect(preview.location).toBeNull();
    expect(await problemOf(Promise.resolve().then(() => parseSheetPoints(sheets[0], WGS84)))).toEqual([
      { code: 'no-coordinate-columns', columns: ['坐标点', '#2', '名称'] },
    ]);
  });

  it('refuses a file that is not an .xlsx with the reader’s reason', async () => {
    const problems = await problemOf(readWorkbook(new TextEncoder().encode('lng,lat\n1,2\n').buffer as ArrayBuffer));
    expect(problems).toMatchObject([{ code: 'bad-spreadsheet' }]);
  });

  it('refuses a truncated workbook', async () => {
    const whole = new Uint8Array(
      workbook({
        name: 'S',
        rows: [
          ['lng', 'lat'],
          [117, 39],
        ],
      }),
    );
    const problems = await problemOf(readWorkbook(whole.slice(0, whole.length / 2).buffer));
    expect(problems).toMatchObject([{ code: 'bad-spreadsheet' }]);
  });

  it('reads a WKT column in a sheet', async () => {
    const sheets = await readWorkbook(
      workbook({
        name: 'S',
        rows: [
          ['osmid', 'geometry'],
          [1234567890, 'POINT (117.2 39.1)'],
        ],
      }),
    );
    expect(sheetPreview(sheets, undefined).location).toEqual({ kind: 'geometry', column: 'geometry' });
    expect([...parseSheetPoints(sheets[0], WGS84).table.positions]).toEqual([117.2, 39.1]);
  });
});

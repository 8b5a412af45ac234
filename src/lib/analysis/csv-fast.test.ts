import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fastCsvPoints, isUtf8, parseCsvFile, simpleDecimal } from './csv-fast';
import { parseDecimal } from './columns';
import { decodeText, type TextEncodingName } from './decode';
import { generateCsv, mulberry32 } from './generate';
import { parseCsvPoints, type CsvParseOptions } from './parse-csv';
import { ImportError } from './types';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const TIANJIN: [number, number, number, number] = [116.7, 38.5, 118.1, 40.3];
const OPTIONS: CsvParseOptions = { crs: 'wgs84', regionBounds: TIANJIN };

/** A parse's whole outcome as plain data (typed arrays as arrays, NaN kept), or the ImportError's problems. */
function outcome(run: () => unknown): unknown {
  try {
    return JSON.parse(
      JSON.stringify(run(), (_, value: unknown) =>
        ArrayBuffer.isView(value)
          ? Array.from(value as Float64Array, (v) => (Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '-0' : v))
          : typeof value === 'number' && Number.isNaN(value)
            ? 'NaN'
            : value,
      ),
    ) as unknown;
  } catch (error) {
    if (error instanceof ImportError) return { error: error.problems, total: error.total, hint: error.hint };
    throw error;
  }
}

/** The general parser's outcome on the decoded text: the oracle. */
function general(bytes: Uint8Array, encoding: TextEncodingName | null, options: CsvParseOptions) {
  return outcome(() => {
    const decoded = decodeText(bytes, encoding);
    return { ...parseCsvPoints(decoded.text, options), encoding: decoded.encoding, unreadable: decoded.unreadable };
  });
}

/** Asserts the fast path takes the file and gives the general parser's outcome. */
function expectFastEqualsGeneral(
  bytes: Uint8Array,
  options: CsvParseOptions = OPTIONS,
  encoding: TextEncodingName | null = null,
) {
  let taken = false;
  const fast = outcome(() => {
    const result = fastCsvPoints(bytes, encoding, options);
    taken = result !== null;
    return result;
  });
  expect(taken || (fast as { error?: unknown }).error !== undefined, 'the fast path takes the file').toBe(true);
  expect(fast).toEqual(general(bytes, encoding, options));
  return fast;
}

/** Rows a planner's export may hold: every way a row can be odd without quoting. */
const MESSY_ROWS = [
  '',
  '名称,经度,纬度,面积,类型,备注',
  'A,117.1,39.1,10,商务,x',
  '',
  '  ,  ,  ,,,',
  'B, 117.2 ,\t39.2\t,1e2,物流', // spaces around numbers, an exponent, a short row
  'C,+117.3,39.30,-0,研发,y,extra,fields', // a plus sign, trailing zero, -0, extra fields
  'D,.5,39.1,.25,,', // leading point (and out of the region)
  'E,117.,39.,5.,零售,', // trailing points
  'F,117.123456789012345678,39.1,1.0000000000000002,商务,', // more digits than the fast reading takes
  'G,abc,39.1,1,商务,', // a bad number
  'H,117.1,,1,商务,', // a blank latitude
  'I,190,39.1,1,商务,', // out of range
  'J,117.1,-95,1,商务,',
  'K,\u3000117.25,39.15,2,文旅,', // an ideographic space, which trim removes
  'L,117.1,39.1,x1,商务,', // text in the numeric column from here on
  'M,117.4,39.4,\u00a03,商务,\u00a0',
  'N,1.2.3,39.1,1,商务,',
  'O,0x1F,39.1,1,商务,',
  'P,117.11,39.11,7,商务,',
  '',
  '',
];

describe('fastCsvPoints gives the general parser’s results', () => {
  it('on messy rows with LF line breaks', () => {
    const result = expectFastEqualsGeneral(utf8(MESSY_ROWS.join('\n'))) as { warnings: { problemCount: number } };
    expect(result.warnings.problemCount).toBeGreaterThan(5);
  });

  it('on the same rows with CRLF and a BOM, and with the encoding given', () => {
    const bytes = utf8(`\uFEFF${MESSY_ROWS.join('\r\n')}\r\n`);
    expectFastEqualsGeneral(bytes);
    expectFastEqualsGeneral(bytes, OPTIONS, 'utf-8');
  });

  it('on semicolons and tabs, columns named in the settings, and a U+FFFD in the text', () => {
    expectFastEqualsGeneral(utf8('lng;lat;v\n117;39;1\n117,5;39;2\n'));
    expectFastEqualsGeneral(utf8('x\ty\tlng\tlat\n117.1\t39.1\t0\t0\n'), {
      ...OPTIONS,
      location: { kind: 'lnglat', lng: 'x', lat: 'y' },
    });
    expectFastEqualsGeneral(utf8('lng,lat,name\n117.1,39.1,\uFFFD\n'), OPTIONS, 'utf-8');
  });

  it('on files that are refused: no coordinates, nothing importable, too many points, an unknown column', () => {
    expectFastEqualsGeneral(utf8('name,value\nA,1\n'));
    expectFastEqualsGeneral(utf8('lng,lat\nabc,39\n200,39\n'));
    expectFastEqualsGeneral(utf8('lng,lat\n117,39\n117,39\n117,39\n'), { ...OPTIONS, maxPoints: 2 });
    expectFastEqualsGeneral(utf8('lng,lat\n117,39\n'), { ...OPTIONS, lngColumn: 'east', latColumn: 'lat' });
    expectFastEqualsGeneral(utf8('\n\n'));
  });

  it('on a generated file of 20,000 points with categories and numbers', () => {
    const result = expectFastEqualsGeneral(utf8(generateCsv(20_000, 3))) as { table: { count: number } };
    expect(result.table.count).toBe(20_000);
  });
});

describe('parseCsvFile leaves other files to the general parser', () => {
  const cases: [string, Uint8Array][] = [
    [
      'quoted fields with commas, quotes and line breaks',
      utf8('name,lng,lat\n"a, b",117.1,39.1\n"c\nd ""e""",117.2,39.2\n'),
    ],
    ['the Chinese fixture (BOM, CRLF, quotes)', fixture('sites-zh.csv')],
    ['GBK bytes', fixture('sites-gbk.csv')],
    ['mixed line breaks', utf8('lng,lat\r\n117.1,39.1\n117.2,39.2\r\n')],
    ['a geometry column', utf8('name,geometry\nA,POINT (117.1 39.1)\n')],
    [
      'UTF-16',
      new Uint8Array([
        0xff,
        0xfe,
        ...new Uint8Array(new Uint16Array([...'lng,lat\n1,2\n'].map((c) => c.charCodeAt(0))).buffer),
      ]),
    ],
  ];
  for (const [name, bytes] of cases) {
    it(`${name}: not taken by the fast path, same results`, () => {
      expect(fastCsvPoints(bytes, null, OPTIONS)).toBeNull();
      expect(outcome(() => parseCsvFile(bytes, null, OPTIONS))).toEqual(general(bytes, null, OPTIONS));
    });
  }

  it('takes a clean UTF-8 file', () => {
    expect(outcome(() => parseCsvFile(utf8('lng,lat\n117.1,39.1\n'), null, OPTIONS))).toEqual(
      general(utf8('lng,lat\n117.1,39.1\n'), null, OPTIONS),
    );
    expect(fastCsvPoints(utf8('lng,lat\n117.1,39.1\n'), null, OPTIONS)).not.toBeNull();
  });
});

describe('the fast path’s pieces', () => {
  it('simpleDecimal reads exactly what parseDecimal reads, or declines', () => {
    const random = mulberry32(42);
    const alphabet = '0123456789.-+ e';
    let read = 0;
    for (let k = 0; k < 20_000; k++) {
      const length = 1 + Math.floor(random() * 20);
      let text = '';
      for (let c = 0; c < length; c++) text += alphabet[Math.floor(random() * (random() < 0.8 ? 10 : alphabet.length))];
      if (random() < 0.3) text = `${text.slice(0, 3)}.${text.slice(3)}`;
      const value = simpleDecimal(utf8(text), 0, text.length);
      if (value === -Infinity) expect(text.trim()).toBe('');
      else if (!Number.isNaN(value)) {
        read++;
        expect(Object.is(value, parseDecimal(text)), text).toBe(true);
      }
    }
    expect(read).toBeGreaterThan(10_000);
  });

  it('isUtf8 agrees with a fatal TextDecoder at every alignment', () => {
    const samples = [
      utf8('abc天津市😀 end'),
      fixture('sites-gbk.csv'),
      new Uint8Array([0xed, 0xa0, 0x80]),
      new Uint8Array([0xc0, 0xaf]),
    ];
    for (const sample of samples) {
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sample);
      } catch {
        valid = false;
      }
      for (let offset = 0; offset < 4; offset++) {
        const shifted = new Uint8Array(sample.length + offset);
        shifted.set(sample, offset);
        expect(isUtf8(shifted.subarray(offset))).toBe(valid);
      }
    }
  });
});

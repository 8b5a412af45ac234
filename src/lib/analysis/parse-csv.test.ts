import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toWgs84InPlace } from './crs';
import { csvHeaders, csvPreview, parseCsvPoints, type CsvParseOptions } from './parse-csv';
import { ImportError, MAX_CATEGORIES, MAX_POINTS, MAX_REPORTED, type ImportProblem } from './types';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const WGS84: CsvParseOptions = { crs: 'wgs84' };
const TIANJIN: [number, number, number, number] = [116.7, 38.5, 118.1, 40.3];

function problemsOf(text: string, options: CsvParseOptions = WGS84): { problems: ImportProblem[]; total: number } {
  try {
    // Rows or features with problems are left out and listed; the rest are imported.
    const { warnings } = parseCsvPoints(text, options);
    if (warnings.problemCount === 0) throw new Error('expected problems');
    return { problems: warnings.problems, total: warnings.problemCount };
  } catch (error) {
    if (error instanceof ImportError) return { problems: error.problems, total: error.total };
    throw error;
  }
}

describe('parseCsvPoints: good files', () => {
  it('detects English coordinate columns and keeps the rest as fields', () => {
    const result = parseCsvPoints('name,lng,lat,jobs\nA,117.1,39.1,10\nB,117.2,39.2,\n', WGS84);
    expect(result.columns).toEqual(['name', 'lng', 'lat', 'jobs']);
    expect(result.location).toEqual({ kind: 'lnglat', lng: 'lng', lat: 'lat' });
    expect(result.table.count).toBe(2);
    expect([...result.table.positions]).toEqual([117.1, 39.1, 117.2, 39.2]);
    expect(result.table.numeric).toMatchObject([{ name: 'jobs', min: 10, max: 10, missing: 1 }]);
    expect(result.table.categories).toMatchObject([{ name: 'name', labels: ['A', 'B'] }]);
    expect(result.warnings).toMatchObject({ outsideRegion: 0, skipped: 0, rejected: 0, problems: [] });
  });

  it('reads a UTF-8 BOM, CRLF, Chinese headers and quoted fields with commas and quotes', () => {
    const { table, columns, location } = parseCsvPoints(fixture('sites-zh.csv'), WGS84);
    expect(columns).toEqual(['名称', '经度', '纬度', '类型', '面积']);
    expect(location).toEqual({ kind: 'lnglat', lng: '经度', lat: '纬度' });
    expect(table.count).toBe(3);
    expect([...table.positions.subarray(0, 2)]).toEqual([117.2106, 39.1365]);
    const [names, kinds] = table.categories;
    expect(names.labels).toContain('天津站, 东广场');
    expect(names.labels).toContain('五大道 "历史" 街区');
    expect(kinds.name).toBe('类型');
    expect(kinds.labels[0]).toBe('');
    expect([...kinds.codes].map((code) => kinds.labels[code])).toEqual(['交通', '文化', '']);
    const [area] = table.numeric;
    expect(area).toMatchObject({ name: '面积', min: 350.5, max: 1200, missing: 1 });
    expect([...area.values]).toEqual([1200, NaN, 350.5]);
  });

  it('uses the columns it is told, even where detection would pick others', () => {
    const text = 'lng,lat,east,north\n0,0,117.1,39.1\n';
    const result = parseCsvPoints(text, { ...WGS84, lngColumn: 'east', latColumn: 'north' });
    expect([...result.table.positions]).toEqual([117.1, 39.1]);
    expect(result.table.numeric.map((field) => field.name)).toEqual(['lng', 'lat']);
  });

  it('finds semicolon- and tab-separated columns', () => {
    expect(parseCsvPoints('lng;lat\n117;39\n', WGS84).table.count).toBe(1);
    expect(parseCsvPoints('lng\tlat\n117\t39\n118\t40', WGS84).table.count).toBe(2);
  });

  it('drops a text column with more than MAX_CATEGORIES distinct values but keeps one with fewer', () => {
    const rows = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => `117,39,site ${i},${i % 3 ? 'a' : 'b'}`);
    const { table } = parseCsvPoints(`lng,lat,name,kind\n${rows.join('\n')}`, WGS84);
    expect(table.categories.map((field) => field.name)).toEqual(['kind']);
  });

  it('skips blank lines, counting those between rows but not the trailing ones', () => {
    const result = parseCsvPoints('\nlng,lat\n117,39\n\n  \n,\n118,40\n\n\n', WGS84);
    expect(result.table.count).toBe(2);
    expect(result.warnings.skipped).toBe(4);
  });

  it('treats cells missing from short rows as empty', () => {
    const { table } = parseCsvPoints('lng,lat,jobs,kind\n117,39,5\n118,40,6,x', WGS84);
    expect(table.numeric[0].missing).toBe(0);
    expect(table.categories[0].labels).toEqual(['', 'x']);
  });

  it('names blank and repeated headers so that every column can be chosen', () => {
    const result = parseCsvPoints('lng,lat,, name ,name\n117,39,a,b,c\n', WGS84);
    expect(result.columns).toEqual(['lng', 'lat', '#3', 'name', 'name (2)']);
    expect(result.table.categories.map((field) => field.labels)).toEqual([['a'], ['b'], ['c']]);
  });

  it('converts GCJ-02 to WGS-84 after validation', () => {
    const { table } = parseCsvPoints('lng,lat\n117.190182,39.125596\n', { crs: 'gcj02' });
    expect(table.positions[0]).toBeCloseTo(117.18385, 5);
    expect(table.positions[1]).toBeCloseTo(39.124536, 5);
  });

  it('counts points outside the region, after conversion', () => {
    const text = 'lng,lat\n117.2,39.1\n100,30\n116.701,39\n';
    expect(parseCsvPoints(text, { crs: 'wgs84', regionBounds: TIANJIN }).warnings.outsideRegion).toBe(1);
    // 116.701 in GCJ-02 is about 116.695 in WGS-84: west of the box.
    expect(parseCsvPoints(text, { crs: 'gcj02', regionBounds: TIANJIN }).warnings.outsideRegion).toBe(2);
  });

  it('parses 100,000 rows, reporting progress up to 1 (speed is measured by npm run bench, not here)', () => {
    const lines = ['id,lng,lat,jobs,kind'];
    for (let i = 0; i < 100_000; i++) lines.push(`${i},${117 + i / 1e6},${39 + i / 1e6},${i % 50},k${i % 7}`);
    const fractions: number[] = [];
    const { table } = parseCsvPoints(lines.join('\n'), {
      crs: 'gcj02',
      regionBounds: TIANJIN,
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(table.count).toBe(100_000);
    const last = new Float64Array([117 + 99_999 / 1e6, 39 + 99_999 / 1e6]);
    toWgs84InPlace(last, 'gcj02');
    expect([...table.positions.subarray(2 * 99_999)]).toEqual([...last]);
    const [id, jobs] = table.numeric;
    expect(id.values[12_345]).toBe(12_345);
    expect(jobs).toMatchObject({ name: 'jobs', min: 0, max: 49, missing: 0 });
    expect(table.categories[0].labels).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('parseCsvPoints: broken files', () => {
  it('reports a bad number with its line, column and value', () => {
    const { problems } = problemsOf('name,lng,lat\nA,117,39\nB,117.1,abc\nC,NaN,39\n');
    expect(problems).toEqual([
      { code: 'bad-number', row: 3, column: 'lat', value: 'abc' },
      { code: 'bad-number', row: 4, column: 'lng', value: 'NaN' },
    ]);
  });

  it.each(['', ' ', 'Infinity', '0x75', '117°', '117,5'])('rejects the coordinate %j', (value) => {
    const { problems } = problemsOf(`lng;lat\n${value};39\n`);
    expect(problems).toEqual([{ code: 'bad-number', row: 2, column: 'lng', value }]);
  });

  it('counts lines inside quoted fields and blank lines, so that the reported line is the file’s', () => {
    const { problems } = problemsOf('lng,lat,note\n117,39,"two\nlines"\n\n117,x,\n');
    expect(problems).toEqual([{ code: 'bad-number', row: 5, column: 'lat', value: 'x' }]);
  });

  it('counts CRLF line breaks once', () => {
    const { problems } = problemsOf('lng,lat\r\n117,39\r\n\r\n117,x\r\n');
    expect(problems).toEqual([{ code: 'bad-number', row: 4, column: 'lat', value: 'x' }]);
  });

  it('cuts long values to 40 characters', () => {
    const { problems } = problemsOf(`lng,lat\n117,${'9'.repeat(100)}x\n`);
    expect(problems[0]).toMatchObject({ code: 'bad-number', value: `${'9'.repeat(39)}…` });
  });

  it('reports coordinates out of range', () => {
    const { problems } = problemsOf('lng,lat\n181,39\n117,-90.5\n-180,90\n');
    expect(problems).toEqual([
      { code: 'out-of-range', row: 2, column: 'lng', value: '181' },
      { code: 'out-of-range', row: 3, column: 'lat', value: '-90.5' },
    ]);
  });

  it('lists the first MAX_REPORTED problems and counts them all', () => {
    const rows = Array.from({ length: MAX_REPORTED + 10 }, () => 'x,39').join('\n');
    const { problems, total } = problemsOf(`lng,lat\n${rows}`);
    expect(problems).toHaveLength(MAX_REPORTED);
    expect(total).toBe(MAX_REPORTED + 10);
  });

  it('names the columns when it cannot find coordinates', () => {
    expect(problemsOf('名称,地址,x坐标\nA,B,1\n').problems).toEqual([
      { code: 'no-coordinate-columns', columns: ['名称', '地址', 'x坐标'] },
    ]);
  });

  it('reports a named column that is not in the file', () => {
    expect(problemsOf('a,b\n1,2\n', { ...WGS84, lngColumn: 'a', latColumn: 'lat' }).problems).toEqual([
      { code: 'unknown-column', column: 'lat' },
    ]);
  });

  it.each(['', '\uFEFF', '\n\r\n  \n', 'lng,lat\n', 'lng,lat\n\n,\n'])('reports %j as empty', (text) => {
    expect(problemsOf(text).problems).toEqual([{ code: 'empty' }]);
  });

  it('reports an unclosed quote with the line it opens on', () => {
    const { problems } = problemsOf('name,lng,lat\nA,117,39\n"B,117,39\nC,117,39\n');
    expect(problems).toEqual([{ code: 'csv-syntax', row: 3, detail: 'Quoted field unterminated' }]);
  });

  it('reports a broken header at once', () => {
    expect(problemsOf('"lng,lat\n117,39\n').problems).toMatchObject([{ code: 'csv-syntax', row: 1 }]);
  });

  it('stops at the row past the point limit', () => {
    const text = 'lng,lat\n117,39\n117,39\n\n117,39\n';
    expect(parseCsvPoints(text, { ...WGS84, maxPoints: 3 }).table.count).toBe(3);
    expect(problemsOf(`${text}117,39\n`, { ...WGS84, maxPoints: 3 }).problems).toEqual([
      { code: 'too-many-points', limit: 3, row: 6 },
    ]);
  });

  it('refuses MAX_POINTS + 1 rows by default', () => {
    const text = `lng,lat\n${'1,2\n'.repeat(MAX_POINTS + 1)}`;
    expect(problemsOf(text).problems).toEqual([{ code: 'too-many-points', limit: MAX_POINTS, row: MAX_POINTS + 2 }]);
  });
});

describe('csvHeaders', () => {
  it('names the columns as parseCsvPoints does, from the start of the text only', () => {
    const text = `\uFEFF\n id ,经度,,纬度,id\n${'1,117,,39,2\n'.repeat(10)}`;
    expect(csvHeaders(text)).toEqual(['id', '经度', '#3', '纬度', 'id (2)']);
    expect(csvHeaders(text)).toEqual(parseCsvPoints(text, WGS84).columns);
  });

  it('returns no columns for an empty text', () => {
    expect(csvHeaders('')).toEqual([]);
  });

  it('splits on the same delimiter as the parser', () => {
    expect(csvHeaders('lng;lat\n1;2\n')).toEqual(['lng', 'lat']);
  });
});

describe('parseCsvPoints: partial imports', () => {
  it('imports the valid rows and lists the others with their lines and reasons', () => {
    const text = 'name,lng,lat\nA,117.1,39.1\nB,abc,39.1\nC,117.3,39.3\nD,117.4,\nE,117.5,95\n';
    const { table, warnings } = parseCsvPoints(text, WGS84);
    expect(table.count).toBe(2);
    expect(table.categories[0].labels).toEqual(['A', 'C']);
    expect(warnings.rejected).toBe(3);
    expect(warnings.problems).toEqual([
      { code: 'bad-number', row: 3, column: 'lng', value: 'abc' },
      { code: 'bad-number', row: 5, column: 'lat', value: '' },
      { code: 'out-of-range', row: 6, column: 'lat', value: '95' },
    ]);
  });

  it('refuses a file where no row is valid, with a hint when lng/lat look swapped', () => {
    const error = (() => {
      try {
        parseCsvPoints('lng,lat\n39.1,117.2\n39.2,117.3\n', { ...WGS84, regionBounds: TIANJIN });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).hint).toBe('swapped');
    expect((error as ImportError).total).toBe(2);
  });

  it('reports points that are all outside the region with their extent', () => {
    const { warnings } = parseCsvPoints('lng,lat\n121.47,31.23\n121.5,31.2\n', { ...WGS84, regionBounds: TIANJIN });
    expect(warnings).toMatchObject({ outsideRegion: 2, extent: [121.47, 31.2, 121.5, 31.23], hint: null });
  });
});

describe('parseCsvPoints: geometry columns', () => {
  // As OpenStreetMap exports through QGIS or geopandas come: a numeric id, then WKT.
  const OSM = [
    'osmid,geometry,name,amenity',
    '1234567890,POINT (117.2106 39.1365),天津站,station',
    '2345678901,POINT (117.7122 39.0136),滨海文化中心,arts_centre',
    '3456789012,"SRID=4326;POINT(117.2 39.1122)",五大道,',
  ].join('\n');

  it('finds the WKT column by name and content and never takes osmid for a coordinate', () => {
    const preview = csvPreview(OSM);
    expect(preview.location).toEqual({ kind: 'geometry', column: 'geometry' });
    const { table, location, warnings } = parseCsvPoints(OSM, WGS84);
    expect(location).toEqual({ kind: 'geometry', column: 'geometry' });
    expect(warnings.rejected).toBe(0);
    expect([...table.positions]).toEqual([117.2106, 39.1365, 117.7122, 39.0136, 117.2, 39.1122]);
    expect(table.numeric.map((field) => field.name)).toEqual(['osmid']);
  });

  it('finds a geometry column by its content whatever its name', () => {
    const text = 'id,where\n1,{"type":"Point","coordinates":[117.2,39.1]}\n'.replace(
      '{"type":"Point","coordinates":[117.2,39.1]}',
      '"{""type"":""Point"",""coordinates"":[117.2,39.1]}"',
    );
    expect(csvPreview(text).location).toEqual({ kind: 'geometry', column: 'where' });
    const { table } = parseCsvPoints(text, { ...WGS84, location: { kind: 'geometry', column: 'where' } });
    expect([...table.positions]).toEqual([117.2, 39.1]);
  });

  it('leaves the choice to the planner rather than guessing unnamed numbers', () => {
    expect(csvPreview('osmid,a,b\n1234567890,117.2,39.1\n').location).toBeNull();
  });

  it('prefers named lng/lat columns holding numbers over a geometry column', () => {
    expect(csvPreview('lng,lat,geometry\n117.2,39.1,POINT (1 2)\n').location).toEqual({
      kind: 'lnglat',
      lng: 'lng',
      lat: 'lat',
    });
  });

  it('lists bad WKT, other geometries and foreign SRIDs by line and imports the rest', () => {
    const text = [
      'name,wkt',
      'ok,POINT (117.2 39.1)',
      'cut,POINT (117.2 39.1',
      'words,POINT (a b)',
      'line,"LINESTRING (117 39, 118 40)"',
      'mercator,SRID=3857;POINT(13046000 4737000)',
      'empty,',
      'far,POINT (200 39)',
      'cgcs,SRID=4490;POINT(117.3 39.2)',
    ].join('\n');
    const { table, warnings } = parseCsvPoints(text, WGS84);
    expect(table.count).toBe(2);
    expect(warnings.problems).toEqual([
      { code: 'bad-geometry', row: 3, column: 'wkt', value: 'POINT (117.2 39.1' },
      { code: 'bad-geometry', row: 4, column: 'wkt', value: 'POINT (a b)' },
      { code: 'geometry-not-point', row: 5, column: 'wkt', type: 'LineString' },
      { code: 'unsupported-srid', row: 6, column: 'wkt', srid: '3857' },
      { code: 'bad-geometry', row: 7, column: 'wkt', value: '' },
      { code: 'out-of-range', row: 8, column: 'wkt', value: 'POINT (200 39)' },
    ]);
  });

  it('reads a GBK file once decoded, Chinese names intact', () => {
    const bytes = readFileSync(new URL('./fixtures/sites-gbk.csv', import.meta.url));
    const text = new TextDecoder('gb18030').decode(bytes);
    const { table, columns } = parseCsvPoints(text, WGS84);
    expect(columns).toEqual(['名称', '经度', '纬度', '类型']);
    expect(table.categories[0].labels).toContain('滨海新区文化中心');
  });
});

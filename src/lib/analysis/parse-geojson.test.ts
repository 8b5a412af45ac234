import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGeoJsonPoints } from './parse-geojson';
import { ImportError, MAX_REPORTED, type ImportProblem, type PointParseOptions } from './types';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const WGS84: PointParseOptions = { crs: 'wgs84' };
const TIANJIN: [number, number, number, number] = [116.7, 38.5, 118.1, 40.3];

const point = (coordinates: unknown, properties: unknown = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

function problemsOf(text: string, options: PointParseOptions = WGS84): { problems: ImportProblem[]; total: number } {
  try {
    // Rows or features with problems are left out and listed; the rest are imported.
    const { warnings } = parseGeoJsonPoints(text, options);
    if (warnings.problemCount === 0) throw new Error('expected problems');
    return { problems: warnings.problems, total: warnings.problemCount };
  } catch (error) {
    if (error instanceof ImportError) return { problems: error.problems, total: error.total };
    throw error;
  }
}

describe('parseGeoJsonPoints: good files', () => {
  it('reads Points and MultiPoints with their scalar properties', () => {
    const { table, warnings } = parseGeoJsonPoints(fixture('sites.geojson'), WGS84);
    expect(table.count).toBe(4);
    expect([...table.positions]).toEqual([117.2106, 39.1365, 117.7122, 39.0136, 117.72, 39.02, 117.2, 39.1122]);
    expect(table.numeric.map((field) => field.name)).toEqual(['jobs', 'floors']);
    expect(table.categories.map((field) => field.name)).toEqual(['name', 'kind', 'open']);
    const [jobs, floors] = table.numeric;
    expect(jobs).toMatchObject({ min: 350.5, max: 1200, missing: 1 });
    expect([...jobs.values]).toEqual([1200, 350.5, 350.5, NaN]);
    expect(floors).toMatchObject({ min: 3, max: 3, missing: 3 });
    const [names, kinds, open] = table.categories;
    expect([...names.codes].map((code) => names.labels[code])).toEqual([
      '天津站',
      '滨海新区文化中心',
      '滨海新区文化中心',
      '五大道',
    ]);
    expect([...kinds.codes].map((code) => kinds.labels[code])).toEqual(['交通', '文化', '文化', '']);
    expect(open.labels).toEqual(['', 'false', 'true']);
    expect(warnings).toMatchObject({ outsideRegion: 0, skipped: 1, rejected: 0, problems: [] });
  });

  it('reads a single Feature', () => {
    const { table } = parseGeoJsonPoints(JSON.stringify(point([117, 39], { id: 7 })), WGS84);
    expect([...table.positions]).toEqual([117, 39]);
    expect(table.numeric).toMatchObject([{ name: 'id', min: 7, max: 7 }]);
  });

  it('reads bare Point and MultiPoint geometries', () => {
    expect(parseGeoJsonPoints('{"type":"Point","coordinates":[117,39]}', WGS84).table.count).toBe(1);
    const multi = parseGeoJsonPoints('{"type":"MultiPoint","coordinates":[[117,39],[118,40]]}', WGS84);
    expect([...multi.table.positions]).toEqual([117, 39, 118, 40]);
    expect(multi.table.numeric).toEqual([]);
  });

  it('skips a UTF-8 BOM', () => {
    expect(parseGeoJsonPoints(`\uFEFF${collection(point([117, 39]))}`, WGS84).table.count).toBe(1);
  });

  it('fills properties that only some features have as missing', () => {
    const text = collection(point([117, 39]), point([117, 39], null), point([117, 39], { a: 'x' }));
    expect(parseGeoJsonPoints(text, WGS84).table.categories).toMatchObject([{ name: 'a', labels: ['', 'x'] }]);
  });

  it('converts GCJ-02 to WGS-84 and counts points outside the region afterwards', () => {
    const text = collection(point([117.190182, 39.125596]), point([100, 30]), point([116.701, 39]));
    const { table, warnings } = parseGeoJsonPoints(text, { crs: 'gcj02', regionBounds: TIANJIN });
    expect(table.positions[0]).toBeCloseTo(117.18385, 5);
    expect(table.positions[1]).toBeCloseTo(39.124536, 5);
    expect(warnings.outsideRegion).toBe(2);
    expect(parseGeoJsonPoints(text, { crs: 'wgs84', regionBounds: TIANJIN }).warnings.outsideRegion).toBe(1);
  });

  it('reports progress up to 1', () => {
    const features = Array.from({ length: 20_000 }, (_, i) => point([117 + i / 1e5, 39], { i }));
    const fractions: number[] = [];
    const { table } = parseGeoJsonPoints(collection(...features), {
      ...WGS84,
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(table.count).toBe(20_000);
    expect(table.numeric[0].values[19_999]).toBe(19_999);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('parseGeoJsonPoints: broken files', () => {
  it('reports text that is not JSON, with the parser’s message', () => {
    const { problems } = problemsOf('{"type": "FeatureCollection",');
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('not-json');
    expect(problems[0]).toHaveProperty('detail', expect.stringMatching(/JSON/));
  });

  it.each([
    ['[]', 'array'],
    ['42', 'number'],
    ['"Point"', 'string'],
    ['null', 'null'],
    ['{}', 'object'],
    ['{"type":"Foo"}', 'Foo'],
    ['{"type":"FeatureCollection","features":{}}', 'FeatureCollection'],
  ])('reports %s as not GeoJSON (%s)', (text, type) => {
    expect(problemsOf(text).problems).toEqual([{ code: 'not-geojson', type }]);
  });

  it.each(['', ' \n'])('reports %j as empty', (text) => {
    expect(problemsOf(text).problems).toEqual([{ code: 'empty' }]);
  });

  it('reports a collection without points as empty', () => {
    expect(problemsOf(collection()).problems).toEqual([{ code: 'empty' }]);
    expect(problemsOf(collection(point([]))).problems).toEqual([{ code: 'empty' }]);
  });

  it('rejects other geometries with the feature index and type', () => {
    const polygon = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [117, 39],
            [118, 39],
            [118, 40],
            [117, 39],
          ],
        ],
      },
      properties: {},
    };
    const collectionGeometry = { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [] } };
    expect(problemsOf(collection(point([117, 39]), polygon, collectionGeometry)).problems).toEqual([
      { code: 'unsupported-geometry', feature: 1, type: 'Polygon' },
      { code: 'unsupported-geometry', feature: 2, type: 'GeometryCollection' },
    ]);
    expect(problemsOf('{"type":"LineString","coordinates":[[117,39],[118,40]]}').problems).toEqual([
      { code: 'unsupported-geometry', feature: 0, type: 'LineString' },
    ]);
  });

  it('reports features without geometry', () => {
    const text = collection(point([117, 39]), { type: 'Feature', geometry: null, properties: {} }, { type: 'Feature' });
    expect(problemsOf(text).problems).toEqual([
      { code: 'missing-geometry', feature: 1 },
      { code: 'missing-geometry', feature: 2 },
    ]);
  });

  it('reports coordinates that are not positions, once per feature', () => {
    const multi = { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[117, 39], [117], 'x'] } };
    const text = collection(point([117]), point(['117', '39']), point(null), point(117), multi);
    expect(problemsOf(text).problems).toEqual([0, 1, 2, 3, 4].map((feature) => ({ code: 'bad-coordinates', feature })));
  });

  it('reports coordinates out of range with the values', () => {
    const text = collection(point([200, 39]), point([117, -91]), point([-180, 90]));
    expect(problemsOf(text).problems).toEqual([
      { code: 'out-of-range', feature: 0, value: '200, 39' },
      { code: 'out-of-range', feature: 1, value: '117, -91' },
    ]);
  });

  it('lists the first MAX_REPORTED problems and counts them all', () => {
    const features = Array.from({ length: MAX_REPORTED + 5 }, () => point([500, 0]));
    const { problems, total } = problemsOf(collection(...features));
    expect(problems).toHaveLength(MAX_REPORTED);
    expect(total).toBe(MAX_REPORTED + 5);
  });

  it('stops at the feature that goes past the point limit', () => {
    const multi = {
      type: 'Feature',
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [117, 39],
          [117, 39],
        ],
      },
    };
    expect(parseGeoJsonPoints(collection(point([117, 39]), multi), { ...WGS84, maxPoints: 3 }).table.count).toBe(3);
    expect(problemsOf(collection(point([117, 39]), multi, point([117, 39])), { ...WGS84, maxPoints: 3 })).toEqual({
      problems: [{ code: 'too-many-points', limit: 3, feature: 2 }],
      total: 1,
    });
  });
});

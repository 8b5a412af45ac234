import { describe, expect, it } from 'vitest';
import { detectCoordinateColumns, FieldCollector, parseDecimal, PointTableBuilder } from './columns';
import { RegionCheck } from './region-check';
import { MAX_CATEGORIES, ProblemLog, type CategoryField, type NumericField } from './types';

describe('detectCoordinateColumns', () => {
  it.each([
    [['name', 'lng', 'lat'], 'lng', 'lat'],
    [['Name', ' LON ', 'LAT'], ' LON ', 'LAT'],
    [['longitude', 'latitude'], 'longitude', 'latitude'],
    [['long', 'lat'], 'long', 'lat'],
    [['X', 'Y'], 'X', 'Y'],
    [['名称', '经度', '纬度'], '经度', '纬度'],
    [['wgs84_lng', 'wgs84_lat'], 'wgs84_lng', 'wgs84_lat'],
    [['gcj_lng', 'gcj_lat'], 'gcj_lng', 'gcj_lat'],
    [['lng_gcj02', 'lat_gcj02'], 'lng_gcj02', 'lat_gcj02'],
    [['经度(WGS84)', '纬度(WGS84)'], '经度(WGS84)', '纬度(WGS84)'],
    [['中心点经度', '中心点纬度'], '中心点经度', '中心点纬度'],
    [['X坐标', 'Y坐标'], 'X坐标', 'Y坐标'],
  ])('finds the columns in %j', (headers, lng, lat) => {
    expect(detectCoordinateColumns(headers)).toEqual({ lng, lat });
  });

  it('prefers exact names over qualified ones, whatever the column order', () => {
    expect(detectCoordinateColumns(['gcj_lng', 'gcj_lat', 'lng', 'lat'])).toEqual({ lng: 'lng', lat: 'lat' });
  });

  it('prefers lng/lat over x/y, which are often projected metres', () => {
    expect(detectCoordinateColumns(['x', 'y', 'lon', 'lat'])).toEqual({ lng: 'lon', lat: 'lat' });
  });

  it('reports what it cannot find as null', () => {
    expect(detectCoordinateColumns(['name', 'address', 'latency', 'index'])).toEqual({ lng: null, lat: null });
    expect(detectCoordinateColumns(['lng', 'name'])).toEqual({ lng: 'lng', lat: null });
    expect(detectCoordinateColumns([])).toEqual({ lng: null, lat: null });
  });
});

describe('parseDecimal', () => {
  it.each([
    ['117.2', 117.2],
    [' -39 ', -39],
    ['+1.5', 1.5],
    ['.5', 0.5],
    ['3.', 3],
    ['1E+05', 100000],
  ])('reads %j', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', '  ', 'abc', 'NaN', 'Infinity', '-Infinity', '0x1F', '39.1abc', '1,5', '1 000', '--1', '.'])(
    'rejects %j',
    (text) => {
      expect(parseDecimal(text)).toBeNaN();
    },
  );
});

function collect(values: (string | number | boolean | null | undefined)[], count = values.length) {
  const collector = new FieldCollector('f');
  values.forEach((value, index) => collector.set(index, value));
  return collector.build(count);
}

describe('FieldCollector', () => {
  it('makes a numeric field when every non-empty value is a number', () => {
    const field = collect(['1.5', '', ' 3 ', undefined, '-2']) as NumericField;
    expect(field.name).toBe('f');
    expect([...field.values]).toEqual([1.5, NaN, 3, NaN, -2]);
    expect(field).toMatchObject({ min: -2, max: 3, missing: 2 });
  });

  it('keeps min and max as float32, like the values, so a min…max filter includes every point', () => {
    const field = collect(['0.1', '0.3']) as NumericField;
    expect(field.min).toBe(field.values[0]);
    expect(field.max).toBe(field.values[1]);
  });

  it('makes a category field with sorted labels and codes into them', () => {
    const field = collect(['b', 'a', 'b', 'c']) as CategoryField;
    expect(field.labels).toEqual(['a', 'b', 'c']);
    expect([...field.codes]).toEqual([1, 0, 1, 2]);
  });

  it("adds '' to the labels only when some value is missing", () => {
    const field = collect(['商业', '', '住宅', null]) as CategoryField;
    expect(field.labels).toEqual(['', '住宅', '商业'].sort((a, b) => a.localeCompare(b)));
    expect(field.labels[field.codes[1]]).toBe('');
    expect(field.labels[field.codes[3]]).toBe('');
    expect(field.labels[field.codes[0]]).toBe('商业');
  });

  it('treats a column mixing numbers and text as categories, keeping the text as written', () => {
    const field = collect(['1', '2', 'n/a', '1.0']) as CategoryField;
    expect(field.labels).toEqual(['1', '1.0', '2', 'n/a']);
  });

  it('takes JSON numbers and booleans as they are', () => {
    expect(collect([1, 2.5, null])).toMatchObject({ min: 1, max: 2.5, missing: 1 });
    expect((collect([true, false, true]) as CategoryField).labels).toEqual(['false', 'true']);
  });

  it('allows MAX_CATEGORIES distinct values and drops a column with more', () => {
    const labels = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => `c${i}`);
    expect((collect(labels.slice(0, MAX_CATEGORIES)) as CategoryField).labels).toHaveLength(MAX_CATEGORIES);
    expect(collect(labels)).toBeNull();
  });

  it('drops a column without any value', () => {
    expect(collect(['', ' ', null, undefined])).toBeNull();
  });

  it('counts points skipped between calls, and after the last, as missing', () => {
    const collector = new FieldCollector('f');
    collector.set(2, '5');
    collector.set(3000, '7');
    const field = collector.build(3002) as NumericField;
    expect(field.values).toHaveLength(3002);
    expect(field.missing).toBe(3000);
    expect(field.values[2]).toBe(5);
    expect(field.values[3000]).toBe(7);
    expect(field.values[2999]).toBeNaN();
    expect(field.values[3001]).toBeNaN();
  });

  it('grows past its initial capacity', () => {
    const values = Array.from({ length: 5000 }, (_, i) => String(i % 7));
    expect([...(collect(values) as NumericField).values.subarray(4995)]).toEqual([4, 5, 6, 0, 1]);
  });
});

describe('PointTableBuilder', () => {
  it('sorts fields into numeric and categories, in the order first seen', () => {
    const builder = new PointTableBuilder();
    for (let i = 0; i < 3000; i++) {
      const point = builder.addPoint(117 + i / 1e4, 39);
      builder.field('kind').set(point, i % 2 ? 'odd' : 'even');
      builder.field('n').set(point, i);
      builder.field('id').set(point, `id${i}`);
    }
    const region = new RegionCheck([117, 39, 117.1, 39]);
    const report = { skipped: 2, rejected: 0, problems: new ProblemLog(), region };
    const { table, warnings } = builder.finish({ crs: 'wgs84', regionBounds: [117, 39, 117.1, 39] }, report);
    expect(table.count).toBe(3000);
    expect(table.positions).toHaveLength(6000);
    expect(table.positions[5998]).toBeCloseTo(117.2999, 10);
    expect(table.numeric.map((field) => field.name)).toEqual(['n']);
    expect(table.categories.map((field) => field.name)).toEqual(['kind']);
    // East of 117.1: points 1001…2999.
    expect(warnings).toEqual({
      outsideRegion: 1999,
      skipped: 2,
      rejected: 0,
      problems: [],
      problemCount: 0,
      extent: [117, 39, 117.2999, 39],
      hint: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { displayOf, filterOf } from './layer-display';
import type { PointTable } from './types';

const table: PointTable = {
  count: 3,
  positions: new Float64Array([117.1, 39.1, 117.2, 39.2, 117.3, 39.3]),
  numeric: [
    { name: 'id', values: new Float32Array([1, 2, 3]), min: 1, max: 3, missing: 0 },
    { name: 'area_m2', values: new Float32Array([10, 20, 30]), min: 10, max: 30, missing: 0 },
    { name: 'empty', values: new Float32Array([NaN, NaN, NaN]), min: NaN, max: NaN, missing: 3 },
  ],
  categories: [{ name: 'kind', codes: new Uint16Array([0, 1, 2]), labels: ['商务', '物流', ''] }],
};

const layer = {
  name: 'sites.csv',
  color: [118, 42, 131] as [number, number, number],
  table,
  visible: false,
  field: 1,
  range: [15, 25] as [number, number],
  category: 0,
  allowed: [1, 2],
};

describe('a layer display kept between visits', () => {
  it('names fields and categories, so that reading it back finds them again', () => {
    const display = displayOf(layer);
    expect(display).toEqual({
      name: 'sites.csv',
      color: [118, 42, 131],
      visible: false,
      field: 'area_m2',
      range: [15, 25],
      category: 'kind',
      allowed: ['物流', ''],
    });
    expect(filterOf(table, display)).toEqual({
      visible: false,
      field: 1,
      range: [15, 25],
      category: 0,
      allowed: [1, 2],
    });
  });

  it('keeps no range that is not a number (a field with no values)', () => {
    const display = displayOf({ ...layer, field: 2, range: [NaN, NaN] });
    expect(display.range).toBeNull();
    expect(filterOf(table, display)).toMatchObject({ field: 2, range: null });
  });

  it('reads back leniently: ranges clamped to the data, unknown fields and labels left out', () => {
    const display = displayOf(layer);
    expect(filterOf(table, { ...display, range: [40, 0] })).toMatchObject({ field: 1, range: [10, 30] });
    expect(filterOf(table, { ...display, range: null })).toMatchObject({ field: 1, range: [10, 30] });
    expect(filterOf(table, { ...display, field: 'gone', category: 'gone' })).toMatchObject({
      field: null,
      range: null,
      category: null,
      allowed: [],
    });
    expect(filterOf(table, { ...display, allowed: ['文旅', '商务', '商务'] })).toMatchObject({ allowed: [0] });
  });
});

import { describe, expect, it } from 'vitest';
import { filterMask, histogram, NO_FILTER, type PointFilter } from './filter';
import type { PointTable } from './types';

const values = Float32Array.from([1, 2, NaN, 3, 4, 5]);
const table: PointTable = {
  count: 6,
  positions: new Float64Array(12),
  numeric: [
    { name: 'area_m2', values, min: 1, max: 5, missing: 1 },
    { name: 'floors', values: Float32Array.from([9, 9, 9, 9, 9, 9]), min: 9, max: 9, missing: 0 },
  ],
  categories: [{ name: 'kind', codes: Uint16Array.from([1, 2, 1, 0, 3, 2]), labels: ['', '商务', '物流', '研发'] }],
};
const mask = (filter: Partial<PointFilter>) => {
  const { mask, passing } = filterMask(table, { ...NO_FILTER, ...filter });
  return { mask: Array.from(mask), passing };
};

describe('filterMask', () => {
  it('passes every point without a filter', () => {
    expect(mask({})).toEqual({ mask: [1, 1, 1, 1, 1, 1], passing: 6 });
  });

  it('applies an inclusive range and fails missing values', () => {
    expect(mask({ field: 0, range: [2, 4] })).toEqual({ mask: [0, 1, 0, 1, 1, 0], passing: 3 });
    expect(mask({ field: 0, range: [-Infinity, Infinity] })).toEqual({ mask: [1, 1, 0, 1, 1, 1], passing: 5 });
    expect(mask({ field: 1, range: [9, 9] }).passing).toBe(6);
  });

  it('needs both a field and a range to filter by range', () => {
    expect(mask({ field: 0 }).passing).toBe(6);
    expect(mask({ range: [2, 4] }).passing).toBe(6);
  });

  it('passes the allowed categories only', () => {
    expect(mask({ category: 0, allowed: new Set([1, 3]) })).toEqual({ mask: [1, 0, 1, 0, 1, 0], passing: 3 });
    expect(mask({ category: 0, allowed: new Set([0]) })).toEqual({ mask: [0, 0, 0, 1, 0, 0], passing: 1 });
    expect(mask({ category: 0, allowed: new Set() }).passing).toBe(0);
    expect(mask({ category: 0, allowed: new Set([99]) }).passing).toBe(0);
    expect(mask({ category: 0 }).passing).toBe(6);
  });

  it('combines a range and categories', () => {
    expect(mask({ field: 0, range: [2, 5], category: 0, allowed: new Set([2]) })).toEqual({
      mask: [0, 1, 0, 0, 0, 1],
      passing: 2,
    });
  });

  it('reuses a mask of the right length and replaces one of the wrong length', () => {
    const out = new Uint8Array(6).fill(7);
    expect(filterMask(table, { ...NO_FILTER, field: 0, range: [1, 1] }, out).mask).toBe(out);
    expect(Array.from(out)).toEqual([1, 0, 0, 0, 0, 0]);
    const short = new Uint8Array(3);
    const { mask: fresh } = filterMask(table, NO_FILTER, short);
    expect(fresh).not.toBe(short);
    expect(fresh).toHaveLength(6);
  });

  it('rejects unknown fields', () => {
    expect(() => mask({ field: 5, range: [0, 1] })).toThrow(RangeError);
    expect(() => mask({ category: 5, allowed: new Set([1]) })).toThrow(RangeError);
  });
});

describe('histogram', () => {
  it('bins values, the minimum in the first bin and the maximum in the last', () => {
    const data = Float32Array.from([0, 0.5, 2.49, 2.5, 5, 7.5, 9.99, 10]);
    expect(Array.from(histogram(data, 0, 10, 4))).toEqual([3, 1, 1, 3]);
  });

  it('ignores NaN and values outside [min, max]', () => {
    const data = Float32Array.from([NaN, -1, 1, 2, 3, 11, NaN]);
    expect(Array.from(histogram(data, 0, 10, 2))).toEqual([3, 0]);
  });

  it('puts everything in the first bin when min equals max', () => {
    expect(Array.from(histogram(Float32Array.from([4, 4, NaN, 5]), 4, 4, 3))).toEqual([2, 0, 0]);
  });

  it('counts every value once', () => {
    const data = Float32Array.from({ length: 1000 }, (_, i) => Math.fround(i * 0.37));
    const counts = histogram(data, Math.min(...data), Math.max(...data), 17);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(1000);
  });

  it('rejects a bad bin count and returns zeros for an empty range', () => {
    expect(() => histogram(new Float32Array(1), 0, 1, 0)).toThrow(RangeError);
    expect(() => histogram(new Float32Array(1), 0, 1, 2.5)).toThrow(RangeError);
    expect(Array.from(histogram(Float32Array.from([1]), 2, 1, 2))).toEqual([0, 0]);
    expect(Array.from(histogram(Float32Array.from([1]), NaN, 1, 2))).toEqual([0, 0]);
  });
});

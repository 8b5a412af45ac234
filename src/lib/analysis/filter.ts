/**
 * Filtering imported points by one numeric range and one set of categories, as a byte mask the map
 * (deck.gl's filter extension) and countWhere (join.ts) both read. Runs on the main thread on every slider
 * move, so it makes one pass over typed arrays and allocates nothing when given the previous mask back.
 */
import type { PointTable } from './types';

export interface PointFilter {
  /** Index into table.numeric of the field the range applies to; null for no range filter. */
  field: number | null;
  /** Inclusive [min, max]; null for no range filter. */
  range: [number, number] | null;
  /** Index into table.categories of the field `allowed` applies to; null for no category filter. */
  category: number | null;
  /** The category codes (indexes into that field's labels) that pass; null for no category filter. */
  allowed: Iterable<number> | null;
}

/** A filter that every point passes. */
export const NO_FILTER: PointFilter = { field: null, range: null, category: null, allowed: null };

/**
 * Mask with 1 for every point that passes the filter and 0 for the rest, and how many pass. A point whose
 * filtered numeric value is missing (NaN) fails a range filter: the planner asked for values in a range
 * and the point has none. `out` is reused when it has exactly table.count entries, else a new mask is made.
 */
export function filterMask(
  table: PointTable,
  filter: PointFilter,
  out?: Uint8Array,
): { mask: Uint8Array; passing: number } {
  const count = table.count;
  const mask = out && out.length === count ? out : new Uint8Array(count);

  let values: Float32Array | null = null;
  let lo = 0;
  let hi = 0;
  if (filter.field !== null && filter.range !== null) {
    const field = table.numeric[filter.field];
    if (!field) throw new RangeError(`no numeric field ${filter.field}`);
    values = field.values;
    [lo, hi] = filter.range;
  }

  let codes: Uint16Array | null = null;
  let pass: Uint8Array | null = null;
  if (filter.category !== null && filter.allowed !== null) {
    const field = table.categories[filter.category];
    if (!field) throw new RangeError(`no category field ${filter.category}`);
    codes = field.codes;
    // A lookup table instead of Set.has in the loop; codes outside the labels never pass.
    pass = new Uint8Array(field.labels.length);
    for (const code of filter.allowed) if (code >= 0 && code < pass.length) pass[code] = 1;
  }

  let passing = 0;
  for (let i = 0; i < count; i++) {
    let ok = 1;
    if (values !== null) {
      const v = values[i];
      // Written so that NaN (every comparison false) fails.
      if (!(v >= lo && v <= hi)) ok = 0;
    }
    if (ok === 1 && codes !== null && pass !== null) {
      const code = codes[i];
      ok = code < pass.length ? pass[code] : 0;
    }
    mask[i] = ok;
    passing += ok;
  }
  return { mask, passing };
}

/**
 * Counts of `values` in `bins` equal-width bins over [min, max], for the range slider's sparkline. NaN
 * (missing) and values outside [min, max] are not counted; `max` itself falls in the last bin rather than
 * one past it. When min equals max every counted value is that one value and lands in the first bin.
 */
export function histogram(values: Float32Array, min: number, max: number, bins: number): Uint32Array {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a positive integer; got ${bins}`);
  const counts = new Uint32Array(bins);
  if (!(min <= max)) return counts;
  const scale = max > min ? bins / (max - min) : 0;
  const last = bins - 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= min && v <= max)) continue;
    const bin = Math.floor((v - min) * scale);
    counts[bin > last ? last : bin]++;
  }
  return counts;
}

/**
 * Histogram bars for a numeric filter, on a scale that can show skewed data: planners' fields (floor
 * area, employees, turnover) often have a long tail, where linear bins put nearly every point in the
 * first bar. Log values spreads the bins evenly over orders of magnitude (positive fields only); log
 * counts keeps equal bins but draws the rare ones tall enough to see.
 */
import { histogram } from './filter';

export type HistogramScale = 'linear' | 'log-values' | 'log-counts';
export const HISTOGRAM_SCALES: readonly HistogramScale[] = ['linear', 'log-values', 'log-counts'];

export interface HistogramBar {
  /** The bar's value range. */
  from: number;
  to: number;
  count: number;
  /** Drawn height, 0…1 of the tallest. */
  height: number;
}

/** Whether a scale can be used for a field from min to max. */
export function scaleApplies(scale: HistogramScale, min: number, max: number): boolean {
  return scale !== 'log-values' || (min > 0 && max > min);
}

export function histogramBars(
  values: Float32Array,
  min: number,
  max: number,
  bins: number,
  scale: HistogramScale,
): HistogramBar[] {
  if (!(min < max)) return [];
  if (scale === 'log-values') {
    if (!scaleApplies(scale, min, max)) return [];
    const low = Math.log10(min);
    const step = (Math.log10(max) - low) / bins;
    // Binned in log space: the same equal-width counting on log10 of each value.
    const logs = new Float32Array(values.length);
    for (let i = 0; i < values.length; i++) logs[i] = values[i] > 0 ? Math.log10(values[i]) : NaN;
    const counts = histogram(logs, low, low + step * bins, bins);
    const edge = (i: number) => (i === 0 ? min : i === bins ? max : 10 ** (low + step * i));
    return bars(counts, edge, (count) => count);
  }
  const counts = histogram(values, min, max, bins);
  const edge = (i: number) => min + ((max - min) * i) / bins;
  return bars(counts, edge, scale === 'log-counts' ? (count) => Math.log10(1 + count) : (count) => count);
}

function bars(counts: Uint32Array, edge: (i: number) => number, size: (count: number) => number): HistogramBar[] {
  const sizes = Array.from(counts, size);
  const tallest = Math.max(...sizes) || 1;
  return Array.from(counts, (count, i) => ({ from: edge(i), to: edge(i + 1), count, height: sizes[i] / tallest }));
}

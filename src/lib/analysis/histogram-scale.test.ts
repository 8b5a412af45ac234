import { describe, expect, it } from 'vitest';
import { histogramBars, scaleApplies } from './histogram-scale';

// A long tail: 1,000 values of 1–10, 10 of 100–1,000, one of 100,000.
const skewed = Float32Array.from([
  ...Array.from({ length: 1000 }, (_, i) => 1 + (i % 10)),
  ...Array.from({ length: 10 }, (_, i) => 100 * (i + 1)),
  100_000,
]);

describe('histogramBars', () => {
  it('linear: nearly everything in the first bar, the tail invisible', () => {
    const bars = histogramBars(skewed, 1, 100_000, 10, 'linear');
    expect(bars[0]).toMatchObject({ from: 1, count: 1010, height: 1 });
    expect(bars[9]).toMatchObject({ to: 100_000, count: 1 });
    expect(bars[9].height).toBeLessThan(0.001);
  });

  it('log values: bins per order of magnitude, the tail in its own bars', () => {
    const bars = histogramBars(skewed, 1, 100_000, 5, 'log-values');
    // [1, 10): 1–9; [10, 100): the 10s; [100, 1,000): 100–900; [1,000, 10,000): 1,000; then 100,000.
    expect(bars.map((bar) => bar.count)).toEqual([900, 100, 9, 1, 1]);
    expect(bars[1].from).toBeCloseTo(10, 6);
    expect(bars[4]).toMatchObject({ to: 100_000 });
    expect(bars[4].from).toBeCloseTo(10_000, 3);
  });

  it('log counts: the same bins, rare ones drawn tall enough to see', () => {
    const bars = histogramBars(skewed, 1, 100_000, 10, 'log-counts');
    expect(bars.map((bar) => bar.count)).toEqual(histogramBars(skewed, 1, 100_000, 10, 'linear').map((b) => b.count));
    expect(bars[9].height).toBeGreaterThan(0.09);
  });

  it('log values needs positive values; a constant field has no bars', () => {
    expect(scaleApplies('log-values', 0, 10)).toBe(false);
    expect(scaleApplies('log-values', -5, 10)).toBe(false);
    expect(scaleApplies('linear', -5, 10)).toBe(true);
    expect(histogramBars(skewed, 0, 10, 4, 'log-values')).toEqual([]);
    expect(histogramBars(skewed, 3, 3, 4, 'linear')).toEqual([]);
  });
});

import area from '@turf/area';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { compareBoundaries } from './boundary';

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});

describe('compareBoundaries', () => {
  it('gives 1 for the same shape and 0 for shapes apart', () => {
    const a = square(117.2, 39.1, 0.01);
    expect(compareBoundaries(a, a).iou).toBeCloseTo(1, 9);
    expect(compareBoundaries(a, a).differenceKm2).toBe(0);
    const apart = compareBoundaries(a, square(117.3, 39.1, 0.01));
    expect(apart.iou).toBe(0);
    expect(apart.sharedKm2).toBe(0);
    expect(apart.unionKm2).toBeCloseTo(2 * apart.schematicKm2, 6);
  });

  it('computes union as a + b − shared: half-overlapping equal squares give 1/3', () => {
    const a = square(117.2, 39.1, 0.02);
    const b = square(117.21, 39.1, 0.02);
    const result = compareBoundaries(a, b);
    // Half of each square is shared: shared = a/2, union = 1.5 a, IoU = 1/3 (to within the curvature).
    expect(result.iou).toBeCloseTo(1 / 3, 3);
    expect(result.unionKm2).toBeCloseTo(result.schematicKm2 + result.officialKm2 - result.sharedKm2, 9);
    expect(result.schematicKm2).toBeCloseTo(area(a) / 1e6, 9);
  });

  it('signs the difference: a larger official boundary is positive', () => {
    const small = square(117.2, 39.1, 0.01);
    const large = square(117.195, 39.095, 0.02);
    const result = compareBoundaries(small, large);
    expect(result.differenceKm2).toBeGreaterThan(0);
    // The small square lies inside: IoU is the ratio of the areas.
    expect(result.iou).toBeCloseTo(result.schematicKm2 / result.officialKm2, 6);
  });
});

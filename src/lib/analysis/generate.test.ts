import { describe, expect, it } from 'vitest';
import {
  GENERATED_CSV_HEADER,
  GENERATED_KINDS,
  GENERATOR_BOUNDS,
  generateCsv,
  generatePoints,
  mulberry32,
} from './generate';

describe('mulberry32', () => {
  it('is deterministic, seed-dependent and in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(first);
    expect(first.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = first.reduce((sum, v) => sum + v, 0) / first.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('generatePoints', () => {
  const count = 50_000;
  const points = generatePoints(count, 42);

  it('gives count lng, lat pairs inside Tianjin’s bounding box', () => {
    expect(points).toBeInstanceOf(Float64Array);
    expect(points.length).toBe(count * 2);
    const [west, south, east, north] = GENERATOR_BOUNDS;
    let outside = 0;
    for (let i = 0; i < count; i++) {
      const lng = points[2 * i];
      const lat = points[2 * i + 1];
      if (!(lng >= west && lng <= east && lat >= south && lat <= north)) outside++;
    }
    expect(outside).toBe(0);
  });

  it('is reproducible from the seed', () => {
    expect(generatePoints(1000, 42)).toEqual(points.subarray(0, 2000));
    expect(generatePoints(1000, 43)).not.toEqual(points.subarray(0, 2000));
  });

  it('is denser around the city centre', () => {
    let central = 0;
    for (let i = 0; i < count; i++) {
      if (Math.abs(points[2 * i] - 117.2) < 0.05 && Math.abs(points[2 * i + 1] - 39.12) < 0.04) central++;
    }
    // Half the points are drawn around the centre, about 47% of those within one standard deviation.
    expect(central / count).toBeGreaterThan(0.2);
    expect(central / count).toBeLessThan(0.3);
  });

  it('handles zero and rejects a bad count', () => {
    expect(generatePoints(0, 1).length).toBe(0);
    expect(() => generatePoints(-1, 1)).toThrow(RangeError);
    expect(() => generatePoints(1.5, 1)).toThrow(RangeError);
  });
});

describe('generateCsv', () => {
  const count = 2000;
  const csv = generateCsv(count, 7);
  const lines = csv.split('\n');
  const points = generatePoints(count, 7);

  it('has the header, one row per point and no trailing empty line', () => {
    expect(lines[0]).toBe(GENERATED_CSV_HEADER);
    expect(lines).toHaveLength(count + 1);
    expect(csv.endsWith('\n')).toBe(false);
  });

  it('writes generatePoints’ points, a positive area and one of the kinds', () => {
    const kinds = new Set<string>();
    lines.slice(1).forEach((line, i) => {
      const [id, lng, lat, area, kind] = line.split(',');
      expect(id).toBe(`P${String(i + 1).padStart(7, '0')}`);
      expect(Math.abs(Number(lng) - points[2 * i])).toBeLessThanOrEqual(5e-7);
      expect(Math.abs(Number(lat) - points[2 * i + 1])).toBeLessThanOrEqual(5e-7);
      expect(Number(area)).toBeGreaterThan(0);
      expect(GENERATED_KINDS).toContain(kind);
      kinds.add(kind);
    });
    expect(kinds.size).toBe(GENERATED_KINDS.length);
  });

  it('is reproducible and gives just the header for zero points', () => {
    expect(generateCsv(count, 7)).toBe(csv);
    expect(generateCsv(0, 7)).toBe(GENERATED_CSV_HEADER);
  });
});

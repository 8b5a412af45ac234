import { describe, expect, it } from 'vitest';
import { createStaticMap, extentAround, niceScaleKm } from './static-map';

describe('createStaticMap', () => {
  const map = createStaticMap([117, 39, 117.2, 39.1], 400, 200);

  it('puts the extent’s corners at the edges of the box', () => {
    const [x0, y0] = map.project([117, 39.1]);
    const [x1, y1] = map.project([117.2, 39]);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-0.01);
    expect(x1).toBeLessThanOrEqual(400.01);
    expect(y1).toBeLessThanOrEqual(200.01);
    // One side fills the box exactly; the other is centred.
    expect(Math.abs(x1 - x0 - 400) < 0.01 || Math.abs(y1 - y0 - 200) < 0.01).toBe(true);
  });

  it('keeps north up and east right', () => {
    const [westX, westY] = map.project([117.05, 39.05]);
    const [eastX] = map.project([117.15, 39.05]);
    const [, northY] = map.project([117.05, 39.09]);
    expect(eastX).toBeGreaterThan(westX);
    expect(northY).toBeLessThan(westY);
  });

  it('writes closed SVG paths for polygons and open ones for lines', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [117, 39],
          [117.1, 39],
          [117.1, 39.05],
          [117, 39],
        ] as [number, number][],
      ],
    };
    expect(map.path(square)).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){3}Z$/u);
    expect(
      map.path({
        type: 'LineString',
        coordinates: [
          [117, 39],
          [117.1, 39.05],
        ],
      }),
    ).toMatch(/^M[^Z]+$/u);
  });

  it('knows its scale: 0.2° of longitude at 39° is about 17.3 km', () => {
    const [x0] = map.project([117, 39.05]);
    const [x1] = map.project([117.2, 39.05]);
    expect((x1 - x0) * map.kmPerPixel).toBeCloseTo(17.29, 0);
  });
});

describe('extentAround', () => {
  it('grows a small zone to the minimum span with a margin', () => {
    const [west, south, east, north] = extentAround([117.19, 39.11, 117.2, 39.12], 10);
    // 10 km of latitude ≈ 0.0899°, plus 15 % on each side.
    expect(north - south).toBeCloseTo(0.0899 * 1.15, 3);
    expect(east - west).toBeGreaterThan(north - south);
  });
});

describe('niceScaleKm', () => {
  it.each([
    [7.3, 5],
    [1.9, 1],
    [0.45, 0.2],
    [23, 20],
  ])('%f km → %f km', (maximum, expected) => {
    expect(niceScaleKm(maximum)).toBeCloseTo(expected, 6);
  });
});

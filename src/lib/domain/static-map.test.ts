import { describe, expect, it } from 'vitest';
import { createStaticMap, extentAround, niceScaleKm, placeLabels, wrapName, type Box } from './static-map';

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

describe('label placement', () => {
  const point = (id: string, at: [number, number], priority: number, text = id) => ({
    id,
    text,
    anchor: { kind: 'point' as const, at, radius: 6 },
    fontSize: 12,
    priority,
  });
  const collide = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

  it('moves a label off a neighbour and never lets two labels overlap', () => {
    const placed = placeLabels(
      [point('a', [100, 100], 2, 'Tianjin West'), point('b', [104, 102], 1, 'Hebei')],
      400,
      300,
    );
    expect(placed.map((label) => label.id)).toEqual(['a', 'b']);
    expect(collide(placed[0].box, placed[1].box)).toBe(false);
  });

  it('drops the lower-priority label when no position is free, and keeps labels inside the map', () => {
    // Only the slot right of the point is free, with room for one label.
    const obstacles: Box[] = [
      [0, 0, 400, 90],
      [0, 110, 400, 300],
      [0, 90, 205, 110],
      [260, 90, 400, 110],
    ];
    const placed = placeLabels(
      [point('low', [200, 100], 1, 'Heping'), point('high', [200, 100], 5, 'Nankai')],
      400,
      300,
      obstacles,
    );
    expect(placed.map((label) => label.id)).toEqual(['high']);
    const edge = placeLabels([point('edge', [398, 150], 1, 'Hedong District')], 400, 300);
    expect(edge[0].box[2]).toBeLessThanOrEqual(400);
  });

  it('labels an area inside it when it fits, else beside it', () => {
    const [inside] = placeLabels(
      [{ id: 'z', text: 'Zone', anchor: { kind: 'area', box: [100, 100, 200, 160] }, fontSize: 12, priority: 1 }],
      400,
      300,
    );
    expect(inside.box[0]).toBeGreaterThanOrEqual(98);
    expect(inside.box[2]).toBeLessThanOrEqual(202);
  });

  it('names a feature beside its box, never over it, with a leader line when it stands away', () => {
    const zone: Box = [100, 100, 140, 130];
    const beside = (obstacles: Box[]) =>
      placeLabels(
        [{ id: 'z', text: 'Zone name', anchor: { kind: 'beside', box: zone }, fontSize: 12, priority: 1 }],
        400,
        300,
        obstacles,
      )[0];
    const near = beside([]);
    expect(collide(near.box, zone)).toBe(false);
    expect(near.leader).toBeUndefined();
    // Every nearby slot taken: the label moves further out and points back at the zone.
    const far = beside([[40, 60, 220, 170]]);
    expect(collide(far.box, zone)).toBe(false);
    expect(far.leader).toBeDefined();
    const [, , x2, y2] = far.leader ?? [0, 0, 0, 0];
    expect(x2).toBeGreaterThanOrEqual(100);
    expect(x2).toBeLessThanOrEqual(140);
    expect(y2).toBeGreaterThanOrEqual(100);
    expect(y2).toBeLessThanOrEqual(130);
  });

  it('keeps a label’s text against its dot: left of it the text ends there, right of it the text starts there', () => {
    const [left] = placeLabels([point('a', [390, 100], 1, 'Tianjin Binhai International Airport')], 400, 300);
    expect(left.textAnchor).toBe('end');
    expect(left.x).toBeGreaterThan(380);
    const [right] = placeLabels([point('b', [10, 100], 1, 'Tianjin West')], 400, 300);
    expect(right.textAnchor).toBe('start');
    expect(right.x).toBeLessThan(22);
  });

  it('breaks a long name at the space nearest its middle, and leaves short or Chinese names whole', () => {
    expect(wrapName('Tianjin Binhai International Airport', 100, 11)).toEqual([
      'Tianjin Binhai',
      'International Airport',
    ]);
    expect(wrapName('Tianjin West', 100, 11)).toEqual(['Tianjin West']);
    expect(wrapName('天津滨海国际机场天津滨海国际机场', 50, 11)).toEqual(['天津滨海国际机场天津滨海国际机场']);
  });
});

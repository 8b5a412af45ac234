import { describe, expect, it } from 'vitest';
import type { AreaGeometry, Position } from '../data/schemas';
import {
  areaSquareMetres,
  hasRightHandWinding,
  pointInArea,
  positionInBounds,
  rewound,
  ringIsClosed,
  selfIntersections,
  shareInside,
} from './geometry';

/** An axis-aligned box as a counter-clockwise polygon. */
const box = (west: number, south: number, east: number, north: number): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

describe('geometry checks', () => {
  it('measures a 0.01° box at Tianjin’s latitude as about 0.96 km²', () => {
    // 0.01° of latitude ≈ 1.1119 km; 0.01° of longitude at 39.1° ≈ 0.8629 km → ≈ 0.9595 km².
    expect(areaSquareMetres(box(117.2, 39.1, 117.21, 39.11)) / 1e6).toBeCloseTo(0.9595, 2);
  });

  it('detects open rings', () => {
    const ring: Position[] = [
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    expect(ringIsClosed(ring)).toBe(false);
    expect(ringIsClosed([...ring, [0, 0]])).toBe(true);
  });

  it('rewinds a clockwise exterior ring to RFC 7946 order without changing its area', () => {
    const counterClockwise = box(117, 39, 117.1, 39.1);
    const clockwise: AreaGeometry = {
      type: 'Polygon',
      coordinates: [[...counterClockwise.coordinates[0]].reverse()],
    } as AreaGeometry;
    expect(hasRightHandWinding(counterClockwise)).toBe(true);
    expect(hasRightHandWinding(clockwise)).toBe(false);
    const fixed = rewound(clockwise);
    expect(hasRightHandWinding(fixed)).toBe(true);
    expect(areaSquareMetres(fixed)).toBeCloseTo(areaSquareMetres(counterClockwise), 3);
  });

  it('finds the crossing of a bow-tie polygon', () => {
    const bowTie: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [117, 39],
          [117.1, 39.1],
          [117.1, 39],
          [117, 39.1],
          [117, 39],
        ],
      ],
    };
    const crossings = selfIntersections(bowTie);
    expect(crossings.length).toBeGreaterThan(0);
    expect(crossings[0][0]).toBeCloseTo(117.05, 6);
    expect(selfIntersections(box(117, 39, 117.1, 39.1))).toEqual([]);
    const [ring] = box(117, 39, 117.1, 39.1).coordinates as Position[][];
    const repeated: AreaGeometry = { type: 'Polygon', coordinates: [[ring[0], ring[1], ...ring.slice(1)]] };
    expect(selfIntersections(repeated), 'a repeated vertex is not a crossing').toEqual([]);
  });

  it('computes the share of an area inside non-overlapping containers', () => {
    const zone = box(117, 39, 117.1, 39.1);
    expect(shareInside(zone, [box(116.9, 38.9, 117.2, 39.2)])).toBeCloseTo(1, 6);
    expect(shareInside(zone, [box(117, 39, 117.05, 39.1)])).toBeCloseTo(0.5, 2);
    expect(shareInside(zone, [box(117, 39, 117.05, 39.1), box(117.05, 39, 117.1, 39.1)])).toBeCloseTo(1, 2);
    expect(shareInside(zone, [box(118, 40, 118.1, 40.1)])).toBe(0);
  });

  it('tests points against areas and bounds', () => {
    expect(pointInArea([117.05, 39.05], box(117, 39, 117.1, 39.1))).toBe(true);
    expect(pointInArea([117.15, 39.05], box(117, 39, 117.1, 39.1))).toBe(false);
    expect(positionInBounds([117.2, 39.1], [116.7, 38.5, 118.1, 40.3])).toBe(true);
    expect(positionInBounds([39.1, 117.2], [116.7, 38.5, 118.1, 40.3])).toBe(false);
  });
});

import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import { generatePoints, mulberry32 } from './generate';
import {
  buildPointIndex,
  countWhere,
  joinPoints,
  naiveJoin,
  pointsInPolygon,
  PolygonIndex,
  type JoinPolygon,
  type JoinResult,
} from './join';

/** An axis-aligned square ring, counter-clockwise, for hand-made geometries. */
const square = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const polygon = (...rings: [number, number][][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const pairs = (...points: [number, number][]): Float64Array => Float64Array.from(points.flat());

/** The join computed the obvious way, written independently of join.ts: the test's oracle. */
function bruteForce(positions: Float64Array, zones: JoinPolygon[], districts: JoinPolygon[]) {
  const count = positions.length / 2;
  const members: number[][] = zones.map(() => []);
  const district: number[] = [];
  for (let i = 0; i < count; i++) {
    const point = [positions[2 * i], positions[2 * i + 1]];
    zones.forEach((zone, z) => {
      if (booleanPointInPolygon(point, zone.geometry)) members[z].push(i);
    });
    district.push(districts.findIndex((d) => booleanPointInPolygon(point, d.geometry)));
  }
  return { members, district };
}

const toPlain = (result: JoinResult) => ({
  zoneCounts: Array.from(result.zoneCounts),
  zoneMembers: result.zoneMembers.map((members) => Array.from(members)),
  district: Array.from(result.district),
  districtCounts: Array.from(result.districtCounts),
  unassigned: result.unassigned,
});

describe('joinPoints on the real zones and districts', () => {
  const atlas = realAtlas();
  const zones: JoinPolygon[] = atlas.zones.map((feature) => ({ id: feature.id, geometry: feature.geometry }));
  const districts: JoinPolygon[] = atlas.districts.map((feature) => ({ id: feature.id, geometry: feature.geometry }));
  const count = 20_000;
  const positions = generatePoints(count, 20260611);
  let result: JoinResult;
  let oracle: ReturnType<typeof bruteForce>;

  beforeAll(() => {
    result = joinPoints(positions, zones, districts);
    oracle = bruteForce(positions, zones, districts);
  });

  it('uses the 14 zones (one a MultiPolygon) and 16 districts', () => {
    expect(zones).toHaveLength(17);
    expect(districts).toHaveLength(16);
    expect(zones.some((zone) => zone.geometry.type === 'MultiPolygon')).toBe(true);
  });

  it('matches a brute-force turf count point by point', () => {
    expect(result.zoneMembers.map((members) => Array.from(members))).toEqual(oracle.members);
    expect(Array.from(result.zoneCounts)).toEqual(oracle.members.map((members) => members.length));
    expect(Array.from(result.district)).toEqual(oracle.district);
    const districtCounts = districts.map((_, d) => oracle.district.filter((value) => value === d).length);
    expect(Array.from(result.districtCounts)).toEqual(districtCounts);
    expect(result.unassigned).toBe(oracle.district.filter((value) => value === -1).length);
  });

  it('gives exactly what naiveJoin gives', () => {
    expect(toPlain(naiveJoin(positions, zones, districts))).toEqual(toPlain(result));
  });

  it('exercises the data: most zones, every district, overlaps and points outside the city', () => {
    expect(result.zoneCounts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(12);
    expect(Array.from(result.districtCounts).every((n) => n > 0)).toBe(true);
    expect(result.unassigned).toBeGreaterThan(0);
    expect(result.districtCounts.reduce((sum, n) => sum + n, 0) + result.unassigned).toBe(count);
    // Zones overlap (e.g. the Haihe waterfront and the central zones): some point counts in two.
    const seen = new Uint8Array(count);
    let inTwo = 0;
    for (const members of result.zoneMembers) for (const i of members) if (seen[i]++ === 1) inTwo++;
    expect(inTwo).toBeGreaterThan(0);
    // The MultiPolygon zone (station areas) gets points.
    const multi = zones.findIndex((zone) => zone.geometry.type === 'MultiPolygon');
    expect(result.zoneCounts[multi]).toBeGreaterThan(0);
  });

  it('lists each zone’s members strictly ascending', () => {
    for (const members of result.zoneMembers) {
      for (let k = 1; k < members.length; k++) expect(members[k]).toBeGreaterThan(members[k - 1]);
    }
  });

  it('puts a point outside everything in no zone and district -1', () => {
    const outside = joinPoints(pairs([118.09, 40.29], [NaN, 39.12]), zones, districts);
    expect(Array.from(outside.district)).toEqual([-1, -1]);
    expect(outside.unassigned).toBe(2);
    expect(Array.from(outside.zoneCounts).every((n) => n === 0)).toBe(true);
  });

  it('counts the filtered points like a brute-force count over a random mask', () => {
    const random = mulberry32(7);
    const pass = Uint8Array.from({ length: count }, () => (random() < 0.4 ? 1 : 0));
    const counts = countWhere(result, pass);
    expect(Array.from(counts.zones)).toEqual(
      oracle.members.map((members) => members.filter((i) => pass[i] === 1).length),
    );
    expect(Array.from(counts.districts)).toEqual(
      districts.map((_, d) => oracle.district.filter((value, i) => value === d && pass[i] === 1).length),
    );
    expect(counts.total).toBe(pass.reduce((sum, v) => sum + v, 0));
  });

  it('finds the imported points inside a drawn polygon like a brute-force loop', () => {
    const drawn = polygon([
      [117.15, 39.08],
      [117.26, 39.09],
      [117.28, 39.15],
      [117.2, 39.18],
      [117.18, 39.12],
      [117.13, 39.14],
      [117.15, 39.08],
    ]);
    const expected: number[] = [];
    for (let i = 0; i < count; i++) {
      if (booleanPointInPolygon([positions[2 * i], positions[2 * i + 1]], drawn)) expected.push(i);
    }
    expect(expected.length).toBeGreaterThan(1000);
    const index = buildPointIndex(positions);
    expect(Array.from(pointsInPolygon(positions, index, drawn))).toEqual(expected);
    // Rebuilt from its buffer after a transfer (as from the import worker), the index answers the same.
    const transferred = structuredClone(index.data, { transfer: [index.data as ArrayBuffer] });
    const restored = Flatbush.from(transferred);
    expect(Array.from(pointsInPolygon(positions, restored, drawn))).toEqual(expected);
  });
});

describe('PolygonIndex', () => {
  // Two overlapping squares, and a MultiPolygon of two squares that share an edge (x = 11).
  const polygons: JoinPolygon[] = [
    { id: 'a', geometry: polygon(square(0, 0, 2, 2)) },
    { id: 'b', geometry: polygon(square(1, 1, 3, 3)) },
    {
      id: 'c',
      geometry: { type: 'MultiPolygon', coordinates: [[square(10, 0, 11, 1)], [square(11, 0, 12, 1)]] },
    },
  ];
  const index = new PolygonIndex(polygons);

  it('returns every containing polygon, ascending, boundaries included', () => {
    const out: number[] = [];
    expect(index.containing(1.5, 1.5, out)).toEqual([0, 1]);
    expect(index.containing(2, 1.5, out)).toEqual([0, 1]); // on a's edge
    expect(index.containing(0.5, 0.5, out)).toEqual([0]);
    expect(index.containing(2.5, 2.5, out)).toEqual([1]);
    expect(index.containing(5, 5, out)).toEqual([]);
  });

  it('reports a MultiPolygon once even when the point is on two of its parts', () => {
    const out: number[] = [];
    expect(index.containing(11, 0.5, out)).toEqual([2]);
    expect(index.containing(11.5, 0.5, out)).toEqual([2]);
  });

  it('finds the first containing polygon in input order', () => {
    expect(index.first(1.5, 1.5)).toBe(0);
    expect(index.first(2.5, 2.5)).toBe(1);
    expect(index.first(11, 0.5)).toBe(2);
    expect(index.first(5, 5)).toBe(-1);
    expect(index.first(NaN, 1)).toBe(-1);
    expect(new PolygonIndex([]).first(0, 0)).toBe(-1);
  });

  it('reuses and clears the array it is given', () => {
    const out = [7, 8, 9];
    expect(index.containing(0.5, 0.5, out)).toBe(out);
    expect(out).toEqual([0]);
  });

  it('handles no polygons at all', () => {
    expect(new PolygonIndex([]).containing(0, 0, [])).toEqual([]);
  });
});

describe('joinPoints on hand-made geometries', () => {
  // A MultiPolygon: a square with a square hole, and a separate square.
  const multi: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [[square(0, 0, 4, 4), square(1, 1, 3, 3).reverse()], [square(10, 10, 12, 12)]],
  };
  const zones: JoinPolygon[] = [
    { id: 'multi', geometry: multi },
    { id: 'overlap', geometry: polygon(square(3, 3, 11, 11)) },
  ];
  // Districts overlapping on purpose: the first in input order wins.
  const districts: JoinPolygon[] = [
    { id: 'multi', geometry: multi },
    { id: 'big', geometry: polygon(square(-1, -1, 13, 13)) },
  ];
  const positions = pairs(
    [0.5, 0.5], // 0: first part of multi
    [2, 2], // 1: in the hole
    [11, 11], // 2: second part of multi and the overlap zone
    [3.5, 3.5], // 3: first part of multi and the overlap zone
    [20, 20], // 4: outside everything
    [3, 2], // 5: on the hole's edge, which is boundary, so inside
  );

  it('handles MultiPolygons with holes, overlapping zones and first-district assignment', () => {
    const result = joinPoints(positions, zones, districts);
    expect(toPlain(result)).toEqual({
      zoneCounts: [4, 2],
      zoneMembers: [
        [0, 2, 3, 5],
        [2, 3],
      ],
      district: [0, 1, 0, 0, -1, 0],
      districtCounts: [4, 1],
      unassigned: 1,
    });
    expect(toPlain(naiveJoin(positions, zones, districts))).toEqual(toPlain(result));
  });

  it('reports progress every 50,000 points and 1 at the end', () => {
    const count = 120_001;
    const many = new Float64Array(count * 2).fill(0.5);
    const fractions: number[] = [];
    const result = joinPoints(many, zones, districts, (fraction) => fractions.push(fraction));
    expect(fractions).toEqual([50_000 / count, 100_000 / count, 1]);
    expect(result.zoneCounts[0]).toBe(count);
    const none: number[] = [];
    joinPoints(new Float64Array(0), zones, districts, (fraction) => none.push(fraction));
    expect(none).toEqual([1]);
  });

  it('rejects an odd number of coordinates', () => {
    expect(() => joinPoints(new Float64Array(3), zones, districts)).toThrow(RangeError);
  });

  it('counts with countWhere and rejects a mask of the wrong length', () => {
    const result = joinPoints(positions, zones, districts);
    const counts = countWhere(result, Uint8Array.from([1, 1, 0, 1, 1, 0]));
    expect(Array.from(counts.zones)).toEqual([2, 1]);
    expect(Array.from(counts.districts)).toEqual([2, 1]);
    expect(counts.total).toBe(4);
    expect(() => countWhere(result, new Uint8Array(5))).toThrow(RangeError);
  });

  it('finds points in a MultiPolygon once each, boundary included and hole excluded', () => {
    const index = buildPointIndex(positions);
    expect(Array.from(pointsInPolygon(positions, index, multi))).toEqual([0, 2, 3, 5]);
    // Points on the shared edge of two parts are listed once.
    const touching: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 3, 4)], [square(3, 0, 6, 4)]] };
    expect(Array.from(pointsInPolygon(positions, index, touching))).toEqual([0, 1, 3, 5]);
    expect(() => pointsInPolygon(positions.subarray(2), index, multi)).toThrow(RangeError);
    expect(() => buildPointIndex(new Float64Array(0))).toThrow(RangeError);
  });
});

import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import { generatePoints, mulberry32 } from './generate';
import { buildPointIndex, joinPoints, naiveJoin, pointsInPolygon, type JoinPolygon, type JoinResult } from './join';
import { PolygonGrid, PolygonPart } from './polygon-grid';

const toPlain = (result: JoinResult) => ({
  zoneMembers: result.zoneMembers.map((members) => Array.from(members)),
  district: Array.from(result.district),
  districtCounts: Array.from(result.districtCounts),
  unassigned: result.unassigned,
});

const ringsOf = (geometry: Polygon | MultiPolygon): Position[][] =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();

/**
 * Points that sit on or right beside boundaries: every vertex, every edge's midpoint (exactly on the edge
 * when it is axis-aligned, within rounding of it otherwise), points a rounding step and 1e-9°
 * away from vertices, and points on the vertices' horizontal and vertical lines (where a ray-crossing
 * test meets a vertex).
 */
function boundaryPoints(polygons: readonly JoinPolygon[], random: () => number): number[] {
  const out: number[] = [];
  for (const { geometry } of polygons) {
    for (const ring of ringsOf(geometry)) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x, y] = ring[i];
        const [nx, ny] = ring[i + 1];
        out.push(x, y, (x + nx) / 2, (y + ny) / 2);
        for (const step of [Number.EPSILON * Math.abs(x), 1e-9]) {
          out.push(x + step, y, x - step, y, x, y + step, x, y - step, x + step, y - step);
        }
        // On the vertex's latitude, a little east and west: the ray passes through the vertex.
        out.push(x + (random() - 0.5) * 0.01, y, x, y + (random() - 0.5) * 0.01);
        // A point on the edge by interpolation (on it or within rounding of it).
        const t = random();
        out.push(x + t * (nx - x), y + t * (ny - y));
      }
    }
  }
  return out;
}

describe('PolygonGrid gives turf’s answers', () => {
  const atlas = realAtlas();
  const zones: JoinPolygon[] = atlas.zones.map((feature) => ({ id: feature.id, geometry: feature.geometry }));
  const districts: JoinPolygon[] = atlas.districts.map((feature) => ({ id: feature.id, geometry: feature.geometry }));

  it('joins points on and beside every vertex and edge of the real zones and districts like naiveJoin', () => {
    const random = mulberry32(14);
    const positions = Float64Array.from([
      ...boundaryPoints(zones, random),
      ...boundaryPoints(districts, random),
      ...generatePoints(5000, 1414),
    ]);
    const fast = joinPoints(positions, zones, districts);
    const naive = naiveJoin(positions, zones, districts);
    expect(toPlain(fast)).toEqual(toPlain(naive));
    // The shared district edges matter: some vertices lie in several districts and go to the first.
    let shared = 0;
    const point: [number, number] = [0, 0];
    for (let i = 0; i < positions.length / 2 && shared === 0; i++) {
      point[0] = positions[2 * i];
      point[1] = positions[2 * i + 1];
      if (districts.filter((d) => booleanPointInPolygon(point, d.geometry)).length > 1) shared++;
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('answers like turf for each zone and district, at every grid resolution', () => {
    const random = mulberry32(15);
    const positions = [...boundaryPoints(districts.slice(0, 4), random), ...generatePoints(2000, 15)];
    const expected: number[][] = [];
    for (let i = 0; i < positions.length; i += 2) {
      const point = [positions[i], positions[i + 1]];
      expected.push(districts.flatMap((d, k) => (booleanPointInPolygon(point, d.geometry) ? [k] : [])));
    }
    for (const resolution of [1, 7, 512]) {
      const grid = new PolygonGrid(districts, resolution);
      const all: number[][] = [];
      const first: number[] = [];
      for (let i = 0; i < positions.length; i += 2) {
        all.push([...grid.containing(positions[i], positions[i + 1], [])]);
        first.push(grid.first(positions[i], positions[i + 1]));
      }
      expect(all).toEqual(expected);
      expect(first).toEqual(expected.map((list) => list[0] ?? -1));
    }
  });
});

describe('PolygonPart and PolygonGrid on hand-made geometries', () => {
  // A diamond with a triangular hole, a horizontal edge at the top, and a spike: vertices the ray from
  // a lattice point runs straight through, edges the lattice points lie exactly on.
  const diamond: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, -4],
        [4, 0],
        [2, 2],
        [2, 3],
        [-2, 3],
        [-2, 2],
        [-4, 0],
        [0, -4],
      ],
      [
        [-1, -1],
        [1, -1],
        [0, 1],
        [-1, -1],
      ],
    ],
  };
  // Two squares sharing an edge, as districts; the second also shares a corner with a third part.
  const left: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [-5, -5],
        [0, -5],
        [0, 5],
        [-5, 5],
        [-5, -5],
      ],
    ],
  };
  const rightMulti: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, -5],
          [5, -5],
          [5, 5],
          [0, 5],
          [0, -5],
        ],
      ],
      [
        [
          [5, 5],
          [6, 5],
          [6, 6],
          [5, 6],
          [5, 5],
        ],
      ],
    ],
  };
  // Every point of a half-unit lattice, plus random points with few binary digits (often exactly on edges).
  const random = mulberry32(16);
  const lattice: number[] = [];
  for (let x = -7; x <= 7; x += 0.5) for (let y = -7; y <= 7; y += 0.5) lattice.push(x, y);
  for (let k = 0; k < 4000; k++)
    lattice.push(Math.round((random() - 0.5) * 56) / 4, Math.round((random() - 0.5) * 56) / 4);
  for (let k = 0; k < 4000; k++) lattice.push((random() - 0.5) * 14, (random() - 0.5) * 14);

  it('PolygonPart.contains equals booleanPointInPolygon, boundaries and the hole included', () => {
    const part = new PolygonPart(diamond.coordinates);
    let onBoundary = 0;
    const expected: string[] = [];
    const actual: string[] = [];
    for (let i = 0; i < lattice.length; i += 2) {
      const point = [lattice[i], lattice[i + 1]];
      const inside = booleanPointInPolygon(point, diamond);
      if (inside && !booleanPointInPolygon(point, diamond, { ignoreBoundary: true })) onBoundary++;
      expected.push(`${point.join(', ')}: ${inside}`);
      actual.push(`${point.join(', ')}: ${part.contains(lattice[i], lattice[i + 1])}`);
    }
    expect(actual).toEqual(expected);
    expect(onBoundary).toBeGreaterThan(20);
  });

  it('joins lattice points like naiveJoin: shared edges go to the first district, MultiPolygon parts count once', () => {
    const positions = Float64Array.from(lattice);
    const zones: JoinPolygon[] = [
      { id: 'diamond', geometry: diamond },
      { id: 'right', geometry: rightMulti },
      { id: 'left', geometry: left },
    ];
    const districts: JoinPolygon[] = [
      { id: 'left', geometry: left },
      { id: 'right', geometry: rightMulti },
    ];
    const fast = joinPoints(positions, zones, districts);
    expect(toPlain(fast)).toEqual(toPlain(naiveJoin(positions, zones, districts)));
    // (0, 0.5) is on the shared edge: in both districts, assigned to the first.
    const onShared = lattice.findIndex((v, i) => i % 2 === 0 && v === 0 && lattice[i + 1] === 0.5) / 2;
    expect(fast.district[onShared]).toBe(0);
    expect(Array.from(fast.zoneMembers[1])).toContain(onShared);
  });

  it('finds points in a drawn polygon (hole, boundary) like turf', () => {
    const positions = Float64Array.from(lattice);
    const expected: number[] = [];
    for (let i = 0; i < lattice.length / 2; i++) {
      if (booleanPointInPolygon([lattice[2 * i], lattice[2 * i + 1]], diamond)) expected.push(i);
    }
    expect(Array.from(pointsInPolygon(positions, buildPointIndex(positions), diamond))).toEqual(expected);
  });

  it('refuses a ring whose ends differ, as turf does', () => {
    const open: Position[][] = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
    ];
    expect(() => new PolygonPart(open)).toThrow('First and last coordinates');
  });
});

import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { toWgs84InPlace } from './crs';

const region = JSON.parse(readFileSync(new URL('../../../geodata/region.json', import.meta.url), 'utf8')) as {
  cityCentre: { point: [number, number] };
};
/** AMap's centre of 天津市 in GCJ-02, as cited in geodata/region.json. */
const CENTRE_GCJ02: [number, number] = [117.190182, 39.125596];
const CENTRE_WGS84 = region.cityCentre.point;
/** The same point in BD-09: gcoord's forward transform of CENTRE_WGS84, rounded to 6 decimals. */
const CENTRE_BD09: [number, number] = [117.196788, 39.131295];
const TOLERANCE = 1e-5;

function converted(points: [number, number][], crs: 'wgs84' | 'gcj02' | 'bd09'): number[] {
  const positions = new Float64Array(points.flat());
  toWgs84InPlace(positions, crs);
  return [...positions];
}

describe('toWgs84InPlace', () => {
  it('leaves WGS-84 untouched', () => {
    expect(converted([CENTRE_WGS84], 'wgs84')).toEqual(CENTRE_WGS84);
  });

  it("converts AMap's GCJ-02 centre of Tianjin to the WGS-84 point in region.json", () => {
    const [lng, lat] = converted([CENTRE_GCJ02], 'gcj02');
    expect(Math.abs(lng - CENTRE_WGS84[0])).toBeLessThan(TOLERANCE);
    expect(Math.abs(lat - CENTRE_WGS84[1])).toBeLessThan(TOLERANCE);
  });

  it('moves Tianjin points by a few hundred metres, as GCJ-02 offsets do', () => {
    const [lng, lat] = converted([CENTRE_GCJ02], 'gcj02');
    expect(CENTRE_GCJ02[0] - lng).toBeGreaterThan(0.005);
    expect(CENTRE_GCJ02[0] - lng).toBeLessThan(0.008);
    expect(Math.abs(CENTRE_GCJ02[1] - lat)).toBeLessThan(0.002);
  });

  it('converts BD-09 and round-trips with gcoord’s forward transform', () => {
    const forward = gcoord.transform([CENTRE_WGS84[0], CENTRE_WGS84[1]], gcoord.WGS84, gcoord.BD09);
    expect(Math.abs(forward[0] - CENTRE_BD09[0])).toBeLessThan(1e-6);
    expect(Math.abs(forward[1] - CENTRE_BD09[1])).toBeLessThan(1e-6);
    const [lng, lat] = converted([CENTRE_BD09], 'bd09');
    expect(Math.abs(lng - CENTRE_WGS84[0])).toBeLessThan(TOLERANCE);
    expect(Math.abs(lat - CENTRE_WGS84[1])).toBeLessThan(TOLERANCE);
  });

  it('converts every pair of a longer array', () => {
    const result = converted([CENTRE_GCJ02, CENTRE_GCJ02, CENTRE_GCJ02], 'gcj02');
    expect(result.slice(4)).toEqual(result.slice(0, 2));
    expect(result[2]).not.toBe(CENTRE_GCJ02[0]);
  });

  it('converts arrays longer than one batch, mixing points inside, at the edge of and outside China', () => {
    const edge: [number, number] = [100, 0.85];
    const paris: [number, number] = [2.3522, 48.8566];
    const points = Array.from({ length: 70_000 }, (_, i) => (i % 2 ? paris : CENTRE_BD09));
    points[2] = edge;
    points[69_998] = edge;
    const result = converted(points, 'bd09');
    const single = (point: [number, number]) => converted([point], 'bd09');
    expect(result.slice(0, 6)).toEqual([...single(points[0]), ...single(points[1]), ...single(points[2])]);
    expect(result.slice(-6)).toEqual([...single(points[69_997]), ...single(points[69_998]), ...single(points[69_999])]);
    expect(Math.abs(result[0] - CENTRE_WGS84[0])).toBeLessThan(TOLERANCE);
  });

  it('leaves points outside China where they are', () => {
    expect(converted([[2.3522, 48.8566]], 'gcj02')).toEqual([2.3522, 48.8566]);
  });

  it('terminates on points at the edge of the GCJ-02 area, where gcoord alone would loop forever', () => {
    const result = converted(
      [
        [100, 0.83],
        [72.005, 30],
      ],
      'gcj02',
    );
    expect(result.every(Number.isFinite)).toBe(true);
    expect(Math.abs(result[0] - 100)).toBeLessThan(0.05);
    expect(Math.abs(result[3] - 30)).toBeLessThan(0.05);
  });
});

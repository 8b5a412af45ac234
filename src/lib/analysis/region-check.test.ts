import { describe, expect, it } from 'vitest';
import { RegionCheck } from './region-check';
import type { Bounds } from '../data/geo';

const TIANJIN: Bounds = [116.7, 38.5, 118.1, 40.3];
const positions = (...pairs: number[][]) => new Float64Array(pairs.flat());

describe('RegionCheck', () => {
  it('counts points outside and gives the extent, with no hint when most are inside', () => {
    const check = new RegionCheck(TIANJIN);
    const result = check.survey(positions([117.2, 39.1], [117.3, 39.2], [121.5, 31.2]), 3);
    expect(result).toEqual({ outside: 1, extent: [117.2, 31.2, 121.5, 39.2], hint: null });
  });

  it('says lng/lat look swapped when most points would fall inside exchanged', () => {
    const check = new RegionCheck(TIANJIN);
    // Latitude 117 is refused as out of range; these rows never reach the accepted points.
    check.refusedPair(39.1, 117.2);
    check.refusedPair(39.2, 117.3);
    expect(check.refusedHint()).toBe('swapped');
  });

  it('says the numbers look projected when they are metres', () => {
    const check = new RegionCheck(TIANJIN);
    check.refusedPair(500000, 4330000);
    check.refusedPair(13046000, 4737000);
    expect(check.refusedHint()).toBe('projected');
  });

  it('gives no hint for points that are simply elsewhere (Shanghai)', () => {
    const check = new RegionCheck(TIANJIN);
    expect(check.survey(positions([121.47, 31.23], [121.5, 31.2]), 2)).toMatchObject({ outside: 2, hint: null });
  });

  it('gives no hint for a few stray rows in a file that is mostly right', () => {
    const check = new RegionCheck(TIANJIN);
    check.refusedPair(39.1, 117.2);
    expect(check.survey(positions([117.2, 39.1], [117.3, 39.2], [117.4, 39.3]), 3).hint).toBeNull();
  });
});

/**
 * Recounting a join under a filter, on the main thread. Apart from join.ts (which joins points to polygons
 * and needs the polygon grid and point-in-polygon tests) so the app's first chunk carries only this.
 */
import type { JoinResult } from './join';

/** Counts of the points that pass a filter. */
export interface FilteredCounts {
  /** Per zone: passing points inside it. */
  zones: Uint32Array;
  /** Per district: passing points assigned to it. */
  districts: Uint32Array;
  /** All passing points, whether or not they fall in any district. */
  total: number;
}

/**
 * Recounts a join for the points whose `pass` entry is 1 (a filter mask, see filter.ts) without touching
 * any geometry, so it can run on the main thread whenever a filter slider moves: one pass over the district
 * column and one over each zone's member list, plain typed-array reads (a few milliseconds for 1M points).
 */
export function countWhere(result: JoinResult, pass: Uint8Array): FilteredCounts {
  const district = result.district;
  if (pass.length !== district.length) {
    throw new RangeError(`mask has ${pass.length} entries for ${district.length} points`);
  }
  const zones = new Uint32Array(result.zoneMembers.length);
  for (let z = 0; z < result.zoneMembers.length; z++) {
    const members = result.zoneMembers[z];
    let n = 0;
    for (let m = 0; m < members.length; m++) n += pass[members[m]];
    zones[z] = n;
  }
  const districts = new Uint32Array(result.districtCounts.length);
  let total = 0;
  for (let i = 0; i < district.length; i++) {
    if (pass[i] === 0) continue;
    total++;
    const d = district[i];
    if (d >= 0) districts[d]++;
  }
  return { zones, districts, total };
}

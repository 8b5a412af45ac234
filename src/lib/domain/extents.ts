/**
 * Boxes the camera fits: the core zones (the opening view) and the whole city.
 * Bounds are [west, south, east, north] in degrees.
 */
import type { Bounds } from '../data/geo';
import type { DistrictFeature, ZoneFeature } from '../data/schemas';
import { boundsOf } from './measure-geometry';

const boxArea = ([west, south, east, north]: Bounds): number => (east - west) * (north - south);

/**
 * The box around the zones after dropping outliers: a zone is dropped when the box around the others
 * is at most 55 % as large, and at most a quarter of the zones are dropped. With the current data
 * this drops only the Wuqing compute cluster (it would double the box), so the opening view shows the
 * central city and Binhai together. Null when there are no zones.
 */
export function coreBounds(zones: readonly ZoneFeature[]): Bounds | null {
  let kept = [...zones];
  const minimum = Math.ceil(zones.length * 0.75);
  while (kept.length > minimum) {
    const whole = boundsOf(kept);
    if (!whole) break;
    let outlier: ZoneFeature | null = null;
    let smallest = boxArea(whole) * 0.55;
    for (const zone of kept) {
      const rest = boundsOf(kept.filter((other) => other !== zone));
      if (rest && boxArea(rest) < smallest) {
        outlier = zone;
        smallest = boxArea(rest);
      }
    }
    if (!outlier) break;
    kept = kept.filter((zone) => zone !== outlier);
  }
  return boundsOf(kept);
}

/** The box around all districts: the whole municipality. */
export function cityBounds(districts: readonly DistrictFeature[]): Bounds | null {
  return boundsOf(districts);
}

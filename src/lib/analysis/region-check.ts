/**
 * Whether an import's points land in the region, and if not, a likely reason: lng/lat swapped, or
 * projected metres instead of degrees. Rows refused for out-of-range numbers count too, since a swapped
 * or projected file usually has nothing in range at all.
 */
import type { Bounds } from '../data/geo';
import type { RegionHint } from './types';

/** Projected coordinates (Gauss-Krüger, UTM, Web Mercator) in metres: 10^5 to 10^7 in absolute value. */
const PROJECTED_MIN = 1e5;
const PROJECTED_MAX = 1e7;
/**
 * A hint is given only when at least this share of all points is astray (outside or refused), and the
 * hint explains at least this share of those: a few stray rows are not a swapped file.
 */
const HINT_SHARE = 0.5;

const within = (lng: number, lat: number, [west, south, east, north]: Bounds) =>
  lng >= west && lng <= east && lat >= south && lat <= north;

const looksProjected = (value: number) => Math.abs(value) >= PROJECTED_MIN && Math.abs(value) < PROJECTED_MAX;

/** Counts, as a parser goes, the refused rows whose numbers hint at a swap or a projection. */
export class RegionCheck {
  private readonly bounds: Bounds | undefined;
  /** Refused rows that had two numbers. */
  private refused = 0;
  private refusedSwapped = 0;
  private refusedProjected = 0;

  constructor(bounds: Bounds | undefined) {
    this.bounds = bounds;
  }

  /** A row or position refused although both of its coordinates are numbers. */
  refusedPair(lng: number, lat: number): void {
    if (!this.bounds || !Number.isFinite(lng) || !Number.isFinite(lat)) return;
    this.refused++;
    if (within(lat, lng, this.bounds)) this.refusedSwapped++;
    if (looksProjected(lng) && looksProjected(lat)) this.refusedProjected++;
  }

  /**
   * Surveys the accepted points (WGS-84 pairs): how many are outside, their extent, and the hint over
   * accepted and refused points together.
   */
  survey(positions: Float64Array, count: number): { outside: number; extent: Bounds; hint: RegionHint | null } {
    let outside = 0;
    let swapped = 0;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let i = 0; i < count; i++) {
      const lng = positions[2 * i];
      const lat = positions[2 * i + 1];
      if (lng < west) west = lng;
      if (lng > east) east = lng;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      if (this.bounds && !within(lng, lat, this.bounds)) {
        outside++;
        if (within(lat, lng, this.bounds)) swapped++;
      }
    }
    const extent: Bounds = count > 0 ? [west, south, east, north] : [0, 0, 0, 0];
    return { outside, extent, hint: this.hint(outside, swapped, count) };
  }

  /** The hint when nothing was accepted. */
  refusedHint(): RegionHint | null {
    return this.hint(0, 0, 0);
  }

  private hint(outside: number, swapped: number, accepted: number): RegionHint | null {
    const astray = outside + this.refused;
    if (astray === 0 || astray < HINT_SHARE * (accepted + this.refused)) return null;
    if (this.refusedProjected >= HINT_SHARE * astray) return 'projected';
    if (swapped + this.refusedSwapped >= HINT_SHARE * astray) return 'swapped';
    return null;
  }
}

/**
 * Reproducible synthetic point layers for tests and benchmarks: the same (count, seed) always gives the
 * same points, on every machine, so a benchmark's 1M points or an e2e test's CSV never has to be committed.
 *
 * The points imitate a planner's import: half cluster around the city centre (where most zones are), some
 * around Binhai and Wuqing, the rest spread over Tianjin's bounding box (so some fall outside the city and
 * in no district, as real data with a few bad rows does).
 */
import type { Bounds } from '../data/geo';

/** Tianjin's bounding box [west, south, east, north] in WGS-84 degrees (geodata/region.json's bounds). */
export const GENERATOR_BOUNDS: Readonly<Bounds> = [116.7, 38.5, 118.1, 40.3];

/** The `kind` labels generateCsv draws from. */
export const GENERATED_KINDS: readonly string[] = ['商务', '物流', '研发', '零售', '文旅'];

/** Header of generateCsv's output. */
export const GENERATED_CSV_HEADER = 'id,lng,lat,area_m2,kind';

/** Where the generated points cluster: share of the points, centre and standard deviation in degrees. */
const CLUSTERS: readonly { share: number; lng: number; lat: number; sdLng: number; sdLat: number }[] = [
  { share: 0.5, lng: 117.2, lat: 39.12, sdLng: 0.05, sdLat: 0.04 }, // city centre: the central zones
  { share: 0.15, lng: 117.7, lat: 39.02, sdLng: 0.06, sdLat: 0.04 }, // Binhai: Yujiapu, Binhai compute, Dongjiang
  { share: 0.05, lng: 117.05, lat: 39.375, sdLng: 0.03, sdLat: 0.03 }, // Wuqing compute zone
];

/**
 * mulberry32: a tiny, fast 32-bit PRNG, good enough for test data (not for anything secret). Returns
 * numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal deviate from two uniforms (Box–Muller; the second deviate is dropped for simplicity). */
function gaussian(random: () => number): number {
  const u = 1 - random(); // (0, 1]: keeps log away from 0
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const clamp = (value: number, min: number, max: number): number => (value < min ? min : value > max ? max : value);

/** `count` points as interleaved lng, lat pairs (WGS-84), all inside GENERATOR_BOUNDS. */
export function generatePoints(count: number, seed: number): Float64Array {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer; got ${count}`);
  const random = mulberry32(seed);
  const [west, south, east, north] = GENERATOR_BOUNDS;
  const positions = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    let pick = random();
    let lng = NaN;
    let lat = NaN;
    for (const cluster of CLUSTERS) {
      if (pick < cluster.share) {
        // Clamped so that a rare far tail cannot leave the box; with these spreads it practically never does.
        lng = clamp(cluster.lng + cluster.sdLng * gaussian(random), west, east);
        lat = clamp(cluster.lat + cluster.sdLat * gaussian(random), south, north);
        break;
      }
      pick -= cluster.share;
    }
    if (Number.isNaN(lng)) {
      lng = west + (east - west) * random();
      lat = south + (north - south) * random();
    }
    positions[2 * i] = lng;
    positions[2 * i + 1] = lat;
  }
  return positions;
}

/**
 * A CSV file of `count` points: header GENERATED_CSV_HEADER, then one row per point of generatePoints(count,
 * seed) in order, with lng/lat to 6 decimals (about 0.1 m), a positive floor area in m² (log-normal, median
 * about 1,100 m², one decimal) and a kind from GENERATED_KINDS. Ids are text (P0000001…) so that an importer
 * offers neither them as a numeric filter nor, with a million distinct values, as a category. Rows end with
 * '\n' except the last, so no empty line follows the data.
 */
export function generateCsv(count: number, seed: number): string {
  const positions = generatePoints(count, seed);
  // A separate stream, so that the attributes do not shift the points away from generatePoints'.
  const random = mulberry32(seed ^ 0x9e3779b9);
  const width = Math.max(7, String(count).length);
  const lines: string[] = [GENERATED_CSV_HEADER];
  for (let i = 0; i < count; i++) {
    const id = `P${String(i + 1).padStart(width, '0')}`;
    const lng = positions[2 * i].toFixed(6);
    const lat = positions[2 * i + 1].toFixed(6);
    const area = Math.max(10, Math.exp(7 + gaussian(random))).toFixed(1);
    const kind = GENERATED_KINDS[Math.floor(random() * GENERATED_KINDS.length)];
    lines.push(`${id},${lng},${lat},${area},${kind}`);
  }
  return lines.join('\n');
}

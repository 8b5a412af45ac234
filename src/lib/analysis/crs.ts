/**
 * Chinese web maps publish coordinates in GCJ-02 (AMap, Tencent) or BD-09 (Baidu), which sit a few hundred
 * metres off WGS-84; the basemap is WGS-84, so imported points are converted once, on import.
 */
import gcoord from 'gcoord';
import type { Bounds } from '../data/geo';
import type { Crs } from './types';

/**
 * The box gcoord treats as China; outside it GCJ-02 equals WGS-84. Copied from gcoord 1.0.7
 * (`isInChinaBbox`) because gcoord does not export it.
 */
const CHINA: Bounds = [72.004, 0.8293, 137.8347, 55.8271];
/**
 * gcoord's GCJ-02 → WGS-84 inverse is a fixed-point iteration without an iteration cap: within about one
 * offset (≤ 0.011°) of the edge of CHINA it steps outside the box, where the forward transform is the
 * identity, and oscillates forever (e.g. 100, 0.83 hangs). Points closer than this margin to the edge are
 * inverted here with a capped loop instead; 0.05° is several times the largest offset.
 */
const EDGE_MARGIN = 0.05;
const EDGE_MAX_ITERATIONS = 20;
const EDGE_TOLERANCE = 1e-9;
/**
 * gcoord.transform formats its input into an assertion message on every call, which costs more than the
 * conversion itself; handing it many points at once as one MultiPoint pays that once per batch. Batches
 * bound the temporary arrays for a million points.
 */
const BATCH = 1 << 16;

type Position = [number, number];

type CrsName = Parameters<typeof gcoord.transform>[1];

/** Converts interleaved lng, lat pairs to WGS-84, overwriting them; WGS-84 input is left untouched. */
export function toWgs84InPlace(positions: Float64Array, crs: Crs): void {
  if (crs === 'wgs84') return;
  const pairs = Math.floor(positions.length / 2);
  for (let start = 0; start < pairs; start += BATCH) {
    const batch = positions.subarray(2 * start, 2 * Math.min(pairs, start + BATCH));
    // gcoord's BD-09 → GCJ-02 step applies everywhere (it is a closed formula, not limited to China).
    if (crs === 'bd09') transformAt(batch, everyIndex(batch), gcoord.BD09, gcoord.GCJ02);
    gcj02ToWgs84(batch);
  }
}

/**
 * Sorts the points by where they are before converting any of them, so that a point that moves across the
 * edge margin is not converted twice.
 */
function gcj02ToWgs84(positions: Float64Array): void {
  const interior: number[] = [];
  const edge: number[] = [];
  for (let i = 0; i + 1 < positions.length; i += 2) {
    if (inside(positions[i], positions[i + 1], CHINA, EDGE_MARGIN)) interior.push(i);
    else if (inside(positions[i], positions[i + 1], CHINA, 0)) edge.push(i);
  }
  transformAt(positions, interior, gcoord.GCJ02, gcoord.WGS84);
  for (const i of edge) [positions[i], positions[i + 1]] = gcj02ToWgs84NearEdge(positions[i], positions[i + 1]);
}

function everyIndex(positions: Float64Array): number[] {
  return Array.from({ length: Math.floor(positions.length / 2) }, (_, k) => 2 * k);
}

/** Runs gcoord.transform, in one call, on the points that start at the given indices of `positions`. */
function transformAt(positions: Float64Array, indices: number[], from: CrsName, to: CrsName): void {
  if (indices.length === 0) return;
  const coordinates = indices.map((i): Position => [positions[i], positions[i + 1]]);
  gcoord.transform({ type: 'MultiPoint', coordinates }, from, to);
  indices.forEach((i, k) => ([positions[i], positions[i + 1]] = coordinates[k]));
}

/** The same fixed-point iteration as gcoord's, but giving up (and keeping the point) if it does not settle. */
function gcj02ToWgs84NearEdge(lng: number, lat: number): Position {
  let wgsLng = lng;
  let wgsLat = lat;
  for (let i = 0; i < EDGE_MAX_ITERATIONS; i++) {
    const [gcjLng, gcjLat] = gcoord.transform([wgsLng, wgsLat], gcoord.WGS84, gcoord.GCJ02);
    const dLng = gcjLng - lng;
    const dLat = gcjLat - lat;
    if (Math.abs(dLng) < EDGE_TOLERANCE && Math.abs(dLat) < EDGE_TOLERANCE) return [wgsLng, wgsLat];
    wgsLng -= dLng;
    wgsLat -= dLat;
  }
  return [lng, lat];
}

function inside(lng: number, lat: number, [west, south, east, north]: Bounds, margin: number): boolean {
  return lng >= west + margin && lng <= east - margin && lat >= south + margin && lat <= north - margin;
}

/**
 * Checks features that a format reader (GeoJSON, Shapefile, KML) produced, keeps the valid ones and logs
 * the rest by feature number, then converts the kept ones from GCJ-02 or BD-09 when the planner says the
 * file is in one of those. The input is untrusted: nothing is used before it is checked.
 */
import type { Position } from 'geojson';
import type { Bounds } from '../data/geo';
import { toWgs84InPlace } from './crs';
import {
  MAX_FEATURES,
  MAX_POSITIONS,
  type FeatureGeometry,
  type FeatureLayerData,
  type FeatureValue,
  type ImportedFeature,
} from './feature-types';
import { ImportError, ProblemLog, type Crs } from './types';

export interface FeatureReadOptions {
  crs: Crs;
  regionBounds?: Bounds;
  onProgress?: (fraction: number) => void;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PROGRESS_EVERY = 1024;

/**
 * Reads raw GeoJSON-like features. Throws an ImportError when none is usable (or the file is too big);
 * otherwise the skipped ones travel with the result.
 */
export function readFeatures(
  raw: readonly unknown[],
  options: FeatureReadOptions,
  source: Pick<FeatureLayerData, 'projection' | 'assumedWgs84'> = { projection: null, assumedWgs84: false },
): FeatureLayerData {
  if (raw.length > MAX_FEATURES) throw new ImportError([{ code: 'too-many-features', limit: MAX_FEATURES }]);
  const log = new ProblemLog();
  const features: ImportedFeature[] = [];
  let positions = 0;
  raw.forEach((candidate, index) => {
    for (const feature of checkFeature(candidate, index, log)) {
      positions += countPositions(feature.geometry);
      if (positions > MAX_POSITIONS)
        throw new ImportError([{ code: 'too-many-points', limit: MAX_POSITIONS, feature: index }]);
      features.push(feature);
    }
    if (index % PROGRESS_EVERY === PROGRESS_EVERY - 1) options.onProgress?.((index + 1) / raw.length);
  });
  options.onProgress?.(1);
  if (features.length === 0) {
    throw new ImportError(log.empty ? [{ code: 'no-features' }] : log.problems, Math.max(log.total, 1));
  }
  convertAll(features, options.crs);
  return {
    features,
    skipped: { problems: log.problems, total: log.total },
    ...source,
    outsideRegion: options.regionBounds ? features.filter((f) => outside(f.geometry, options.regionBounds!)).length : 0,
  };
}

/** The usable features in one raw feature: one, or one per part of a GeometryCollection; none after logging why. */
function checkFeature(candidate: unknown, index: number, log: ProblemLog): ImportedFeature[] {
  const geometry = isObject(candidate) ? candidate.geometry : undefined;
  if (geometry === null || geometry === undefined) {
    log.add({ code: 'missing-geometry', feature: index });
    return [];
  }
  const properties = scalarProperties(isObject(candidate) ? candidate.properties : undefined);
  if (isObject(geometry) && geometry.type === 'GeometryCollection') {
    const members = Array.isArray(geometry.geometries) ? geometry.geometries : [];
    return members.flatMap((member, part) => {
      const checked = checkGeometry(member, index, log, part);
      return checked ? [{ index, part, geometry: checked, properties }] : [];
    });
  }
  const checked = checkGeometry(geometry, index, log);
  return checked ? [{ index, geometry: checked, properties }] : [];
}

function scalarProperties(value: unknown): Record<string, FeatureValue> {
  const out: Record<string, FeatureValue> = {};
  if (!isObject(value)) return out;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    if (entry === null || typeof entry === 'string' || typeof entry === 'boolean') out[key] = entry;
    else if (typeof entry === 'number' && Number.isFinite(entry)) out[key] = entry;
    else if (entry instanceof Date) out[key] = Number.isNaN(entry.getTime()) ? null : entry.toISOString().slice(0, 10);
  }
  return out;
}

class GeometryProblem extends Error {
  constructor(
    readonly kind: 'bad-coordinates' | 'out-of-range' | 'ring' | 'line' | 'empty',
    readonly value = '',
  ) {
    super(kind);
  }
}

function checkGeometry(geometry: unknown, feature: number, log: ProblemLog, part?: number): FeatureGeometry | null {
  const type = isObject(geometry) && typeof geometry.type === 'string' ? geometry.type : typeof geometry;
  const coordinates = isObject(geometry) ? geometry.coordinates : undefined;
  const where = part === undefined ? { feature } : { feature, part };
  try {
    switch (type) {
      case 'Point':
        return { type, coordinates: position(coordinates) };
      case 'MultiPoint':
        return { type, coordinates: nonEmpty(list(coordinates).map(position)) };
      case 'LineString':
        return { type, coordinates: line(coordinates) };
      case 'MultiLineString':
        return { type, coordinates: nonEmpty(list(coordinates).map(line)) };
      case 'Polygon':
        return { type, coordinates: polygon(coordinates) };
      case 'MultiPolygon':
        return { type, coordinates: nonEmpty(list(coordinates).map(polygon)) };
      default:
        log.add({ code: 'unknown-geometry', ...where, type });
        return null;
    }
  } catch (error) {
    if (!(error instanceof GeometryProblem)) throw error;
    if (error.kind === 'bad-coordinates') log.add({ code: 'bad-coordinates', feature });
    else if (error.kind === 'out-of-range') log.add({ code: 'out-of-range', feature, value: error.value });
    else log.add({ code: 'bad-feature-geometry', ...where, detail: error.kind });
    return null;
  }
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new GeometryProblem('bad-coordinates');
  return value;
}

function nonEmpty<T>(items: T[]): T[] {
  if (items.length === 0) throw new GeometryProblem('empty');
  return items;
}

function position(value: unknown): Position {
  if (!Array.isArray(value) || value.length < 2 || !Number.isFinite(value[0]) || !Number.isFinite(value[1])) {
    throw new GeometryProblem('bad-coordinates');
  }
  const [lng, lat] = value as number[];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) throw new GeometryProblem('out-of-range', `${lng}, ${lat}`);
  // The altitude (KML, 3D Shapefiles) is dropped: the map is flat.
  return [lng, lat];
}

function line(value: unknown): Position[] {
  const positions = list(value).map(position);
  if (positions.length < 2) throw new GeometryProblem('line');
  return positions;
}

/** A ring needs three distinct corners; an open ring (common in hand-made files) is closed. */
function ring(value: unknown): Position[] {
  const positions = list(value).map(position);
  const [first, last] = [positions[0], positions[positions.length - 1]];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) positions.push([first[0], first[1]]);
  if (positions.length < 4) throw new GeometryProblem('ring');
  return positions;
}

function polygon(value: unknown): Position[][] {
  return nonEmpty(list(value).map(ring));
}

function positionsOf(geometry: FeatureGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default: {
      const unknown: never = geometry;
      throw new Error(`unknown geometry ${JSON.stringify(unknown)}`);
    }
  }
}

const countPositions = (geometry: FeatureGeometry) => positionsOf(geometry).length;

/** Converts every position in place (the arrays were made by this module, so nobody else holds them). */
function convertAll(features: ImportedFeature[], crs: Crs): void {
  if (crs === 'wgs84') return;
  const all = features.flatMap((feature) => positionsOf(feature.geometry));
  const flat = new Float64Array(all.length * 2);
  all.forEach(([lng, lat], i) => ((flat[2 * i] = lng), (flat[2 * i + 1] = lat)));
  toWgs84InPlace(flat, crs);
  all.forEach((p, i) => ((p[0] = flat[2 * i]), (p[1] = flat[2 * i + 1])));
}

/** True when no position of the geometry lies inside the box. */
function outside(geometry: FeatureGeometry, [west, south, east, north]: Bounds): boolean {
  return !positionsOf(geometry).some(([lng, lat]) => lng >= west && lng <= east && lat >= south && lat <= north);
}

/** The feature's bounds [west, south, east, north]. */
export function featureBounds(geometry: FeatureGeometry): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of positionsOf(geometry)) {
    west = Math.min(west, lng);
    south = Math.min(south, lat);
    east = Math.max(east, lng);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

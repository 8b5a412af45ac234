/**
 * Reads planners' GeoJSON point files (exports from QGIS, ArcGIS, geojson.io, AMap tools). The input is
 * untrusted, so every member is checked before use and problems name the feature index to look at.
 */
import { PointTableBuilder, type RawValue } from './columns';
import { RegionCheck } from './region-check';
import {
  ImportError,
  MAX_POINTS,
  ProblemLog,
  type ImportProblem,
  type ImportWarnings,
  type PointParseOptions,
  type PointTable,
} from './types';

export interface GeoJsonParseResult {
  table: PointTable;
  warnings: ImportWarnings;
}

type JsonObject = Record<string, unknown>;

/** Geometry types that are valid GeoJSON but not points: rejected as unsupported rather than as not GeoJSON. */
const OTHER_GEOMETRIES = new Set(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);
/** JSON.parse is one blocking step, so progress is reported while walking the features instead. */
const PROGRESS_EVERY = 8192;

/**
 * Parses GeoJSON text (a FeatureCollection, one Feature, or a bare Point or MultiPoint) into points; each
 * position of a MultiPoint becomes a point with the feature's properties. Unusable features are left out
 * and listed; throws an ImportError listing the problems when no feature at all can be imported.
 */
export function parseGeoJsonPoints(text: string, options: PointParseOptions): GeoJsonParseResult {
  const features = featuresOf(parseJson(text));
  const reader = new FeatureReader(options);
  for (let index = 0; index < features.length; index++) {
    reader.read(features[index], index);
    if (index % PROGRESS_EVERY === PROGRESS_EVERY - 1) options.onProgress?.((index + 1) / features.length);
  }
  options.onProgress?.(1);
  return reader.finish();
}

function parseJson(text: string): unknown {
  if (!/\S/.test(text)) throw new ImportError([{ code: 'empty' }]);
  try {
    // A UTF-8 BOM is common in files saved by Windows tools, and JSON.parse rejects it.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportError([{ code: 'not-json', detail: error instanceof Error ? error.message : String(error) }]);
  }
}

/** The features to read; a bare geometry is treated as one feature without properties. */
function featuresOf(root: unknown): unknown[] {
  const type = typeName(root);
  if (type === 'FeatureCollection' && isObject(root) && Array.isArray(root.features)) return root.features;
  if (type === 'Feature') return [root];
  if (type === 'Point' || type === 'MultiPoint' || OTHER_GEOMETRIES.has(type)) {
    return [{ type: 'Feature', geometry: root, properties: null }];
  }
  throw new ImportError([{ code: 'not-geojson', type }]);
}

/** The `type` member of a GeoJSON object, or what the value is when it has none ('array', 'null', …). */
function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (isObject(value)) return typeof value.type === 'string' ? value.type : 'object';
  return typeof value;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A position is an array of at least two numbers (a third, the altitude, is ignored). */
function isPosition(value: unknown): value is number[] {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

class FeatureReader {
  private readonly builder = new PointTableBuilder();
  private readonly problems = new ProblemLog();
  private readonly region: RegionCheck;
  private readonly options: PointParseOptions;
  private readonly maxPoints: number;
  private points = 0;
  private skipped = 0;
  private rejected = 0;

  constructor(options: PointParseOptions) {
    this.options = options;
    this.maxPoints = options.maxPoints ?? MAX_POINTS;
    this.region = new RegionCheck(options.regionBounds);
  }

  read(feature: unknown, index: number): void {
    const geometry = isObject(feature) ? feature.geometry : undefined;
    if (geometry === null || geometry === undefined) {
      this.reject({ code: 'missing-geometry', feature: index });
      return;
    }
    const positions = this.positionsOf(geometry, index);
    if (!positions) return;
    if (positions.length === 0) {
      this.skipped++;
      return;
    }
    this.points += positions.length;
    if (this.points > this.maxPoints) {
      throw new ImportError([{ code: 'too-many-points', limit: this.maxPoints, feature: index }]);
    }
    // A feature with one bad position is left out whole: half a MultiPoint would misrepresent it.
    if (!positions.every((position): position is number[] => this.checkPosition(position, index))) return;
    this.store(positions, isObject(feature) ? feature.properties : undefined);
  }

  finish(): GeoJsonParseResult {
    return this.builder.finish(this.options, {
      skipped: this.skipped,
      rejected: this.rejected,
      problems: this.problems,
      region: this.region,
    });
  }

  private reject(problem: ImportProblem): void {
    this.problems.add(problem);
    this.rejected++;
  }

  /** The geometry's positions, not yet checked; null after logging why the geometry is unusable. */
  private positionsOf(geometry: unknown, index: number): unknown[] | null {
    const type = typeName(geometry);
    const coordinates = isObject(geometry) ? geometry.coordinates : undefined;
    if (type !== 'Point' && type !== 'MultiPoint') {
      this.reject({ code: 'unsupported-geometry', feature: index, type });
      return null;
    }
    if (!Array.isArray(coordinates)) {
      this.reject({ code: 'bad-coordinates', feature: index });
      return null;
    }
    // An empty Point ([]) is valid GeoJSON for "no location": skipped, like an empty MultiPoint.
    return type === 'Point' && coordinates.length > 0 ? [coordinates] : coordinates;
  }

  /** Logs the feature's first bad position; false when there was one. */
  private checkPosition(position: unknown, index: number): position is number[] {
    if (!isPosition(position)) {
      this.reject({ code: 'bad-coordinates', feature: index });
      return false;
    }
    const [lng, lat] = position;
    if (Math.abs(lng) > 180 || Math.abs(lat) > 90) {
      this.reject({ code: 'out-of-range', feature: index, value: `${lng}, ${lat}` });
      this.region.refusedPair(lng, lat);
      return false;
    }
    return true;
  }

  /** Stores checked positions, each carrying the scalar properties (objects and arrays are left out). */
  private store(positions: number[][], properties: unknown): void {
    const values = isObject(properties) ? properties : {};
    for (const position of positions) {
      const point = this.builder.addPoint(position[0], position[1]);
      for (const key in values) {
        const value = values[key];
        if (isScalar(value)) this.builder.field(key).set(point, value);
      }
    }
  }
}

function isScalar(value: unknown): value is RawValue {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

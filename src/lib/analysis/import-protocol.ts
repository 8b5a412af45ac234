/**
 * Messages between the page and the import worker. Everything large travels as transferable typed
 * arrays, so a million points reach the map without a copy.
 */
import type { Bounds } from '../data/geo';
import type { JoinPolygon, JoinResult } from './join';
import type { FeatureLayerData } from './feature-types';
import type { Crs, ImportProblem, ImportWarnings, PointTable } from './types';

/** 'shapefile' is a zipped Shapefile; GeoJSON with lines or polygons also comes back as features. */
export type ImportFormat = 'csv' | 'geojson' | 'shapefile' | 'kml' | 'kmz';

export interface ImportRequest {
  file: File;
  format: ImportFormat;
  crs: Crs;
  /** CSV only; detected from the header when absent. */
  lngColumn?: string;
  latColumn?: string;
  zones: JoinPolygon[];
  districts: JoinPolygon[];
  regionBounds: Bounds;
}

export type ImportPhase = 'read' | 'parse' | 'join' | 'index';

export interface ImportOutcome {
  table: PointTable;
  join: JoinResult;
  /** A Flatbush over the points (`Flatbush.from(pointIndex)`), for counting points inside drawn areas. */
  pointIndex: ArrayBuffer;
  warnings: ImportWarnings;
  /** CSV: the coordinate columns used. */
  lngColumn?: string;
  latColumn?: string;
}

export type WorkerMessage =
  | { type: 'progress'; phase: ImportPhase; fraction: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'features-done'; outcome: FeatureLayerData }
  | { type: 'failed'; problems: ImportProblem[]; total: number }
  | { type: 'crashed'; message: string };

/** Every buffer in an outcome, for postMessage's transfer list. */
export function transferablesOf(outcome: ImportOutcome): ArrayBuffer[] {
  const { table, join } = outcome;
  const buffers = [
    table.positions.buffer,
    ...table.numeric.map((field) => field.values.buffer),
    ...table.categories.map((field) => field.codes.buffer),
    join.zoneCounts.buffer,
    join.district.buffer,
    join.districtCounts.buffer,
    ...join.zoneMembers.map((members) => members.buffer),
    outcome.pointIndex,
  ];
  // A buffer may only be listed once; views over one buffer share it.
  return [...new Set(buffers)].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/** CSV, GeoJSON, zipped Shapefile, KML or KMZ, by extension first, then by the first character of the file. */
export function formatOf(name: string, firstChars: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.zip')) return 'shapefile';
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.kmz')) return 'kmz';
  return firstChars
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .startsWith('{')
    ? 'geojson'
    : 'csv';
}

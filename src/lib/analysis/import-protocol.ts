/**
 * Messages between the page and the import worker. Everything large travels as transferable typed
 * arrays, so a million points reach the map without a copy.
 */
import type { Bounds } from '../data/geo';
import type { LocationColumns } from './columns';
import type { TextEncodingName } from './decode';
import type { JoinPolygon, JoinResult } from './join';
import type { FeatureLayerData } from './feature-types';
import type { Crs, ImportProblem, ImportWarnings, PointTable, RegionHint } from './types';

/** 'shapefile' is a zipped Shapefile; GeoJSON with lines or polygons also comes back as features. */
export type ImportFormat = 'csv' | 'geojson' | 'xlsx' | 'shapefile' | 'kml' | 'kmz';

/** A plain, structured-cloneable object: it can be stored and replayed. */
export interface ImportRequest {
  file: File;
  format: ImportFormat;
  crs: Crs;
  /** CSV and xlsx: where the points are; detected from the header names when absent. */
  location?: LocationColumns;
  /** CSV: the text encoding; detected (BOM, strict UTF-8, else GB18030) when absent. */
  encoding?: TextEncodingName;
  /** xlsx: the sheet's name; the first sheet when absent. */
  sheet?: string;
  zones: JoinPolygon[];
  districts: JoinPolygon[];
  regionBounds: Bounds;
}

/** Asks the worker for a workbook's sheets and the header and detected location of one (xlsx). */
export interface PreviewRequest {
  type: 'preview';
  file: File;
  format: ImportFormat;
  sheet?: string;
}

export interface ImportPreview {
  headers: string[];
  location: LocationColumns | null;
  /** CSV: the encoding used (detected or as asked). */
  encoding?: TextEncodingName;
  /** xlsx: every sheet's name and the one previewed. */
  sheets?: string[];
  sheet?: string;
}

export type ImportPhase = 'read' | 'parse' | 'join' | 'index';

/**
 * One timed stage of a point import in the worker: `start` in milliseconds since the epoch (worker and
 * page clocks have different origins), `duration` in milliseconds. The page turns them into
 * performance.measure entries named `atlas:import:<name>`, beside `atlas:import:transfer`.
 */
export interface ImportStage {
  name: 'read' | 'decode' | 'parse' | 'join' | 'index';
  start: number;
  duration: number;
}

export interface ImportOutcome {
  table: PointTable;
  join: JoinResult;
  /** A Flatbush over the points (`Flatbush.from(pointIndex)`), for counting points inside drawn areas. */
  pointIndex: ArrayBuffer;
  warnings: ImportWarnings;
  /** CSV and xlsx: where the points were read from. */
  location?: LocationColumns;
  /** CSV: the encoding used, and how many characters it could not read (U+FFFD). */
  encoding?: TextEncodingName;
  unreadable?: number;
  /** How long each stage took in the worker, and when (epoch ms) the outcome was posted. */
  stages?: ImportStage[];
  postedAt?: number;
}

export type WorkerMessage =
  | { type: 'progress'; phase: ImportPhase; fraction: number }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'features-done'; outcome: FeatureLayerData }
  | { type: 'failed'; problems: ImportProblem[]; total: number; hint: RegionHint | null }
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

/** CSV, GeoJSON, xlsx, zipped Shapefile, KML or KMZ, by extension first, then by the first bytes of the file. */
export function formatOf(name: string, firstChars: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.zip')) return 'shapefile';
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.kmz')) return 'kmz';
  // Without a known extension, a zip (it starts with PK) is taken for a workbook.
  if (firstChars.startsWith('PK\u0003\u0004')) return 'xlsx';
  return firstChars
    .replace(/^\uFEFF/u, '')
    .trimStart()
    .startsWith('{')
    ? 'geojson'
    : 'csv';
}

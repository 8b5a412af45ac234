/**
 * Planners' polygon and line files (land parcels, official boundaries, plans) as plain GeoJSON features
 * in WGS-84, with what was skipped and why. Unlike points these stay objects: files of this kind hold
 * thousands of features, not millions, and each one is profiled on its own.
 */
import type { LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';
import type { ImportProblem } from './types';

export type FeatureGeometry = Polygon | MultiPolygon | LineString | MultiLineString | Point | MultiPoint;

/** A property value as it was in the file; objects and arrays are left out. */
export type FeatureValue = string | number | boolean | null;

export interface ImportedFeature {
  /** 0-based position in the file (a KML Placemark, a Shapefile record, a GeoJSON feature). */
  index: number;
  /** 0-based part of a GeometryCollection (KML MultiGeometry) split into features; absent otherwise. */
  part?: number;
  geometry: FeatureGeometry;
  properties: Record<string, FeatureValue>;
}

/**
 * What a feature file gave: the valid features, and the problems of the ones left out. `skipped` has the
 * same shape a row-based partial import needs (the first problems and how many there were), so one
 * report can list skipped CSV rows and skipped features alike.
 */
export interface FeatureLayerData {
  features: ImportedFeature[];
  skipped: { problems: ImportProblem[]; total: number };
  /** Where the coordinates came from: the .prj's name, or null for files that are WGS-84 by definition. */
  projection: string | null;
  /** A Shapefile without .prj whose coordinates looked like degrees in or near Tianjin: read as WGS-84. */
  assumedWgs84: boolean;
  /** Features whose extent lies entirely outside Tianjin's box (kept). */
  outsideRegion: number;
}

/** The most features one file may hold, and the most positions in all of them: enough for a district's parcels. */
export const MAX_FEATURES = 50_000;
export const MAX_POSITIONS = 5_000_000;

/** Problems particular to feature files; each names the file's part (a member of a zip) or feature. */
export type FeatureProblem =
  | { code: 'bad-zip'; detail: string }
  | { code: 'zip-without-shp'; entries: string[] }
  | { code: 'shp-without-dbf'; part: string }
  | { code: 'prj-missing'; part: string; sample: string }
  | { code: 'prj-unknown'; part: string; name: string }
  | { code: 'bad-shapefile'; part: string; detail: string }
  | { code: 'bad-kml'; part: string; detail: string }
  | { code: 'kmz-without-kml'; entries: string[] }
  | { code: 'bad-feature-geometry'; feature: number; part?: number; detail: 'ring' | 'line' | 'empty' }
  | { code: 'unknown-geometry'; feature: number; part?: number; type: string }
  | { code: 'no-features' }
  | { code: 'too-many-features'; limit: number };

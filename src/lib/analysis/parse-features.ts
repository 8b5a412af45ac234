/**
 * One entry point for polygon and line files, by format, as the import worker calls it. The rule for
 * GeoJSON: a file with any line or polygon is a feature layer (its points come along, drawn as dots); a
 * file of points only keeps the point path (GPU filters, join), as before.
 */
import type { FeatureLayerData } from './feature-types';
import type { ImportFormat } from './import-protocol';
import { readKml, readKmz } from './parse-kml';
import { readShapefileZip } from './parse-shapefile';
import { readFeatures, type FeatureReadOptions } from './read-features';
import { ImportError } from './types';

/** Formats that are always read as feature layers. */
export type FeatureFormat = Extract<ImportFormat, 'shapefile' | 'kml' | 'kmz'>;

export const isFeatureFormat = (format: ImportFormat): format is FeatureFormat =>
  format === 'shapefile' || format === 'kml' || format === 'kmz';

/** A cheap look (no JSON.parse) for a line or polygon geometry anywhere in GeoJSON text. */
export function hasLinesOrPolygons(text: string): boolean {
  return /"type"\s*:\s*"(?:Multi)?(?:Polygon|LineString)"/u.test(text);
}

/** GeoJSON text (already known to hold lines or polygons). */
export function parseGeoJsonFeatures(text: string, options: FeatureReadOptions): FeatureLayerData {
  if (!/\S/u.test(text)) throw new ImportError([{ code: 'empty' }]);
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportError([{ code: 'not-json', detail: error instanceof Error ? error.message : String(error) }]);
  }
  const type = typeof root === 'object' && root !== null && 'type' in root ? String(root.type) : typeof root;
  if (type === 'FeatureCollection') {
    const features = (root as { features?: unknown }).features;
    if (!Array.isArray(features)) throw new ImportError([{ code: 'not-geojson', type }]);
    return readFeatures(features, options);
  }
  if (type === 'Feature') return readFeatures([root], options);
  return readFeatures([{ type: 'Feature', geometry: root, properties: null }], options);
}

/** A binary or XML feature file. `name` names the file in messages about it. */
export async function parseFeatureFile(
  file: Blob,
  name: string,
  format: FeatureFormat,
  options: FeatureReadOptions,
): Promise<FeatureLayerData> {
  switch (format) {
    case 'shapefile': {
      const records = readShapefileZip(new Uint8Array(await file.arrayBuffer()), options.regionBounds);
      return readFeatures(records.features, options, {
        projection: records.projection,
        assumedWgs84: records.assumedWgs84,
      });
    }
    case 'kml':
      return readFeatures(readKml(await file.text(), name), options);
    case 'kmz':
      return readFeatures(readKmz(new Uint8Array(await file.arrayBuffer())), options);
    default: {
      const unknown: never = format;
      throw new Error(`unknown feature format ${String(unknown)}`);
    }
  }
}

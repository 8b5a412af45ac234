/**
 * An official boundary a planner took from an imported file for one zone: what it is, its size limit and
 * its GeoJSON for GIS. Kept in this browser by boundary-store.ts (read and checked there, on demand).
 */
import type { MultiPolygon, Polygon } from 'geojson';

export interface OfficialBoundary {
  zoneId: string;
  geometry: Polygon | MultiPolygon;
  /** The file it came from, shown as text. */
  fileName: string;
  /** When it was taken, YYYY-MM-DD. */
  takenOn: string;
  /** The feature's own name or its number in the file. */
  featureLabel: string;
}

/** Enough for an official boundary from a GIS export; keeps all of them within localStorage's quota. */
export const MAX_BOUNDARY_POSITIONS = 50_000;

export function boundaryPositions(geometry: Polygon | MultiPolygon): number {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat().length : geometry.coordinates.flat(2).length;
}

/** One boundary as GeoJSON for GIS, labelled as user-supplied. */
export function boundaryGeoJson(boundary: OfficialBoundary, zoneName: { zh: string; en: string }): string {
  const feature = {
    type: 'Feature',
    geometry: boundary.geometry,
    properties: {
      zone_id: boundary.zoneId,
      zone_name_zh: zoneName.zh,
      zone_name_en: zoneName.en,
      source_file: boundary.fileName,
      source_feature: boundary.featureLabel,
      taken_on: boundary.takenOn,
      note: 'User-supplied boundary, imported into Tianjin Service Atlas in this browser; not checked by the atlas.',
    },
  };
  return `${JSON.stringify({ type: 'FeatureCollection', features: [feature] }, null, 2)}\n`;
}

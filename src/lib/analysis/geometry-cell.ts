/**
 * Reads a point from one table cell written the way QGIS, geopandas, PostGIS and OpenStreetMap exports
 * write locations into CSV: WKT (`POINT (117.2 39.1)`), EWKT (`SRID=4326;POINT(117.2 39.1)`), a MULTIPOINT
 * holding one point, or a GeoJSON geometry (`{"type":"Point","coordinates":[117.2,39.1]}`).
 */
import { wktToGeoJSON } from 'betterknown';

export type CellPoint =
  | { ok: true; lng: number; lat: number }
  | { ok: false; problem: 'bad' }
  | { ok: false; problem: 'not-point'; type: string }
  | { ok: false; problem: 'srid'; srid: string };

/**
 * Coordinate systems read as they are: WGS-84, and CGCS2000 (EPSG:4490), which differs from WGS-84 by
 * centimetres, far below what a point layer on a city map can show.
 */
const DEGREE_SRIDS = new Set(['4326', '4490']);
const EWKT_PREFIX = /^SRID=(\d+);/i;
const WKT_START = /^(?:SRID=\d+;)?\s*(?:MULTI)?POINT\b/i;
const GEOJSON_START = /^\{\s*"type"\s*:\s*"(?:Multi)?Point"/;

const BAD: CellPoint = { ok: false, problem: 'bad' };

/** True when a cell looks like a point geometry: used to find geometry columns by their content. */
export function looksLikePointGeometry(text: string): boolean {
  const trimmed = text.trim();
  return WKT_START.test(trimmed) || GEOJSON_START.test(trimmed);
}

export function pointOfCell(text: string): CellPoint {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return pointOfGeometry(parseJson(trimmed));
  let wkt = trimmed;
  const srid = EWKT_PREFIX.exec(trimmed);
  if (srid) {
    if (!DEGREE_SRIDS.has(srid[1])) return { ok: false, problem: 'srid', srid: srid[1] };
    // betterknown knows 4326 only; 4490 is read as degrees too (see DEGREE_SRIDS).
    wkt = trimmed.slice(srid[0].length);
  }
  try {
    return pointOfGeometry(wktToGeoJSON(wkt));
  } catch {
    return BAD;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function pointOfGeometry(geometry: unknown): CellPoint {
  if (typeof geometry !== 'object' || geometry === null) return BAD;
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Point') return pointOfPosition(coordinates);
  if (type === 'MultiPoint' && Array.isArray(coordinates)) {
    if (coordinates.length === 1) return pointOfPosition(coordinates[0]);
    return { ok: false, problem: 'not-point', type: `MultiPoint (${coordinates.length})` };
  }
  return typeof type === 'string' ? { ok: false, problem: 'not-point', type } : BAD;
}

/** betterknown reads `POINT (a b)` as [null, null]; only two finite numbers are a position. */
function pointOfPosition(position: unknown): CellPoint {
  if (!Array.isArray(position) || position.length < 2) return BAD;
  const [lng, lat] = position as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    return BAD;
  }
  return { ok: true, lng, lat };
}

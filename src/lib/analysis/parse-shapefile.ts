/**
 * Zipped Shapefiles, as Chinese planning departments hand them out: .shp + .dbf, usually a .prj in
 * CGCS2000 (geographic, EPSG:4490, or a Gauss-Krüger zone such as EPSG:4527 or 4548) and often a .cpg
 * naming the text encoding (GBK when absent, on Chinese Windows). The zip is opened with fflate so that
 * a truncated file is reported as such; shpjs reads the records and reprojects them with proj4 from the
 * .prj. CGCS2000 and WGS-84 differ by centimetres, well below anything this map shows.
 */
import { unzipSync } from 'fflate';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import type { Bounds } from '../data/geo';
import { ImportError } from './types';

export interface ShapefileRecords {
  /** GeoJSON-like features in WGS-84 (or in the file's own numbers when it had no .prj). */
  features: unknown[];
  /** The .prj's name (PROJCS or GEOGCS), or null without one. */
  projection: string | null;
  /** No .prj, but every coordinate looked like degrees near Tianjin. */
  assumedWgs84: boolean;
}

/** How far (degrees) outside Tianjin's box coordinates may lie and still be taken as degrees without a .prj. */
const DEGREE_MARGIN = 5;

const extension = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
const stem = (name: string) => name.slice(0, name.lastIndexOf('.'));

/** Opens a zip; a truncated or corrupt one is an ImportError that says so. */
export function unzipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    const entries = unzipSync(bytes);
    // macOS adds resource forks under __MACOSX/; they are not part of the data.
    return Object.fromEntries(Object.entries(entries).filter(([name]) => !name.startsWith('__MACOSX/')));
  } catch (error) {
    throw new ImportError([{ code: 'bad-zip', detail: error instanceof Error ? error.message : String(error) }]);
  }
}

export function readShapefileZip(bytes: Uint8Array, regionBounds: Bounds | undefined): ShapefileRecords {
  const entries = unzipEntries(bytes);
  const names = Object.keys(entries);
  const shps = names.filter((name) => extension(name) === 'shp');
  if (shps.length === 0) throw new ImportError([{ code: 'zip-without-shp', entries: names.slice(0, 10) }]);
  const sibling = (shp: string, ext: string) =>
    names.find((name) => stem(name).toLowerCase() === stem(shp).toLowerCase() && extension(name) === ext);
  const layers = shps.map((shp) => readLayer(entries, shp, sibling));
  const projections = [...new Set(layers.map((layer) => layer.projection).filter((name) => name !== null))];
  const result = {
    features: layers.flatMap((layer) => layer.features),
    projection: projections.join(', ') || null,
    assumedWgs84: false,
  };
  const withoutPrj = layers.find((layer) => layer.projection === null);
  if (withoutPrj) {
    if (!looksLikeDegreesNear(withoutPrj.features, regionBounds)) {
      throw new ImportError([{ code: 'prj-missing', part: withoutPrj.part, sample: sampleOf(withoutPrj.features) }]);
    }
    result.assumedWgs84 = true;
  }
  return result;
}

function readLayer(
  entries: Record<string, Uint8Array>,
  shp: string,
  sibling: (shp: string, ext: string) => string | undefined,
): { part: string; features: unknown[]; projection: string | null } {
  const dbfName = sibling(shp, 'dbf');
  if (!dbfName) throw new ImportError([{ code: 'shp-without-dbf', part: shp }]);
  const prjName = sibling(shp, 'prj');
  const cpgName = sibling(shp, 'cpg');
  const prj = prjName ? new TextDecoder().decode(entries[prjName]).trim() : null;
  if (prj !== null) checkProjection(prj, prjName!);
  const dbfBytes = entries[dbfName];
  const encoding = dbfEncoding(dbfBytes, cpgName ? new TextDecoder().decode(entries[cpgName]) : null);
  let geometries: unknown[];
  let records: unknown[];
  try {
    geometries = parseShp(view(entries[shp]), prj ?? undefined) as unknown[];
  } catch (error) {
    throw new ImportError([{ code: 'bad-shapefile', part: shp, detail: messageOf(error) }]);
  }
  try {
    records = parseDbf(view(dbfBytes), encoding) as unknown[];
  } catch (error) {
    throw new ImportError([{ code: 'bad-shapefile', part: dbfName, detail: messageOf(error) }]);
  }
  const features = geometries.map((geometry, index) => ({
    type: 'Feature',
    geometry,
    properties: records[index] ?? {},
  }));
  return { part: shp, features, projection: prj === null ? null : projectionName(prj) };
}

/** Throws when proj4 cannot read the .prj (an unknown projection or a damaged file). */
function checkProjection(prj: string, part: string): void {
  try {
    proj4(prj, 'WGS84').forward([500000, 4300000]);
  } catch {
    throw new ImportError([{ code: 'prj-unknown', part, name: projectionName(prj) }]);
  }
}

function projectionName(prj: string): string {
  return /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\s*\[\s*"([^"]*)"/iu.exec(prj)?.[1] ?? prj.slice(0, 60);
}

/**
 * The .cpg's encoding when it names one TextDecoder knows ('936' is what ArcGIS writes for GBK);
 * otherwise UTF-8 when the table is valid UTF-8, else GB18030 (a superset of GBK).
 */
export function dbfEncoding(dbf: Uint8Array, cpg: string | null): string {
  const named = cpg?.trim().replace(/^ANSI\s+/iu, '') ?? '';
  const label = /^(?:936|cp936|windows-936)$/iu.test(named) ? 'gbk' : named;
  if (label) {
    try {
      new TextDecoder(label);
      return label;
    } catch {
      // An unknown label: detect instead.
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const messageOf = (error: unknown) => (error instanceof Error && error.message ? error.message : String(error));

function firstPositions(features: unknown[]): number[][] {
  const out: number[][] = [];
  const walk = (value: unknown): void => {
    if (out.length >= 1000 || !Array.isArray(value)) return;
    if (typeof value[0] === 'number') out.push(value as number[]);
    else value.forEach(walk);
  };
  for (const feature of features) {
    const geometry = (feature as { geometry?: { coordinates?: unknown } | null }).geometry;
    walk(geometry?.coordinates);
  }
  return out;
}

function looksLikeDegreesNear(features: unknown[], bounds: Bounds | undefined): boolean {
  const [west, south, east, north] = bounds ?? [116.7, 38.5, 118.1, 40.3];
  const positions = firstPositions(features);
  return (
    positions.length > 0 &&
    positions.every(
      ([lng, lat]) =>
        lng >= west - DEGREE_MARGIN &&
        lng <= east + DEGREE_MARGIN &&
        lat >= south - DEGREE_MARGIN &&
        lat <= north + DEGREE_MARGIN,
    )
  );
}

function sampleOf(features: unknown[]): string {
  const first = firstPositions(features)[0];
  return first ? `${first[0]}, ${first[1]}` : '—';
}

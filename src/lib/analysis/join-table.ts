/**
 * The spatial join as a table: points per zone or per district with share and density, sortable, and
 * as CSV (UTF-8 with a byte-order mark so that Excel reads the Chinese names).
 */
import area from '@turf/area';
import Papa from 'papaparse';
import type { LocalisedText } from '../data/schemas';
import type { Atlas } from '../data/atlas';
import type { FilteredCounts } from './join';

export type JoinUnit = 'zones' | 'districts';
export type JoinColumn = 'name' | 'count' | 'share' | 'density';

export interface JoinRow {
  id: string;
  name: LocalisedText;
  count: number;
  /** Percent of the passing points. */
  share: number;
  areaKm2: number;
  /** Points per km². */
  density: number;
}

const areaCache = new WeakMap<object, number>();
function areaKm2(geometry: object & Parameters<typeof area>[0]): number {
  let km2 = areaCache.get(geometry);
  if (km2 === undefined) areaCache.set(geometry, (km2 = area(geometry) / 1e6));
  return km2;
}

/** Rows in the order of the atlas (zones as in zones.geojson, districts by adcode). */
export function joinRows(atlas: Atlas, counts: FilteredCounts, unit: JoinUnit): JoinRow[] {
  const features = unit === 'zones' ? atlas.zones : atlas.districts;
  const values = unit === 'zones' ? counts.zones : counts.districts;
  return features.map((feature, index) => {
    const count = values[index] ?? 0;
    const km2 = areaKm2(feature.geometry);
    return {
      id: feature.id,
      name: feature.properties.name,
      count,
      share: counts.total > 0 ? (100 * count) / counts.total : 0,
      areaKm2: km2,
      density: km2 > 0 ? count / km2 : 0,
    };
  });
}

export function sortRows(
  rows: readonly JoinRow[],
  column: JoinColumn,
  direction: 'ascending' | 'descending',
  lang: 'zh' | 'en',
): JoinRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  return [...rows].sort((a, b) => {
    const order = column === 'name' ? collator.compare(a.name[lang], b.name[lang]) : a[column] - b[column];
    return sign * order || a.id.localeCompare(b.id);
  });
}

export function joinCsv(rows: readonly JoinRow[], unit: JoinUnit, layerName: string): string {
  const data = rows.map((row) => ({
    layer: layerName,
    unit: unit === 'zones' ? 'zone' : 'district',
    id: row.id,
    name_zh: row.name.zh,
    name_en: row.name.en,
    points: row.count,
    share_percent: Math.round(row.share * 100) / 100,
    area_km2: Math.round(row.areaKm2 * 1000) / 1000,
    points_per_km2: Math.round(row.density * 100) / 100,
  }));
  // Names come from our own data, but the layer name is a file name: keep spreadsheets from reading
  // anything as a formula.
  return '\uFEFF' + Papa.unparse(data, { newline: '\r\n', quotes: true, escapeFormulae: true });
}

/**
 * The online basemaps' styles (see online.ts): Tianditu's raster tiles or the OSM vector style, with the
 * atlas's districts and labels on top. Loaded the first time an online basemap is chosen.
 */
import type { LayerSpecification, RasterSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { visibility } from '../layers/districts';
import { atlasOverlay, type AtlasStyleInput } from './atlas-overlay';
import { LOCAL_LABEL_FONT, REMOTE_FALLBACK_FONT } from './fonts';
import type { TiandituBasemapId } from './online';

// ---------- Tianditu ----------

/** Tianditu layer codes: the base map and its annotation (labels), Web Mercator ("_w") tiles. */
const TIANDITU_LAYERS: Record<TiandituBasemapId, { base: string; annotation: string }> = {
  'tianditu-vector': { base: 'vec', annotation: 'cva' },
  'tianditu-imagery': { base: 'img', annotation: 'cia' },
};

/** Tile URL templates on Tianditu's eight hosts t0–t7 (WMTS GetTile, key as `tk`). */
export function tiandituTiles(layer: string, key: string): string[] {
  return Array.from(
    { length: 8 },
    (_, host) =>
      `https://t${host}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );
}

const tiandituSource = (layer: string, key: string): RasterSourceSpecification => ({
  type: 'raster',
  tiles: tiandituTiles(layer, key),
  // Tianditu serves 256-pixel tiles up to level 18.
  tileSize: 256,
  maxzoom: 18,
});

/** Raster base and annotation from Tianditu; no glyphs, so the atlas labels use local fonts. */
export function tiandituStyle(basemap: TiandituBasemapId, key: string, input: AtlasStyleInput): StyleSpecification {
  const codes = TIANDITU_LAYERS[basemap];
  const overlay = atlasOverlay(input, { font: LOCAL_LABEL_FONT, districtFillOpacity: 0 });
  return {
    version: 8,
    name: `Tianjin Service Atlas — ${basemap}`,
    sources: {
      'tianditu-base': tiandituSource(codes.base, key),
      'tianditu-annotation': tiandituSource(codes.annotation, key),
      ...overlay.sources,
    },
    layers: [
      { id: 'tianditu-background', type: 'background', paint: { 'background-color': '#e3e3de' } },
      { id: 'tianditu-base', type: 'raster', source: 'tianditu-base' },
      ...overlay.areas,
      ...overlay.zones,
      {
        id: 'tianditu-annotation',
        type: 'raster',
        source: 'tianditu-annotation',
        layout: { visibility: visibility(input.layers.labels) },
      },
      overlay.districtLabels,
      ...overlay.featureLabels,
    ],
  };
}

// ---------- OpenStreetMap vector style ----------

/** The first literal `text-font` the remote style uses, so atlas labels use glyphs its server has. */
function remoteFont(style: StyleSpecification): string[] {
  for (const layer of style.layers) {
    if (layer.type !== 'symbol') continue;
    const font: unknown = layer.layout?.['text-font'];
    if (!Array.isArray(font) || font.length === 0) continue;
    const names = font.filter((name): name is string => typeof name === 'string');
    // A literal list of names, not an expression such as ['step', …].
    if (names.length === font.length) return names;
  }
  return REMOTE_FALLBACK_FONT;
}

/**
 * The remote style (as MapLibre fetched and validated it, see MapView's `transformStyle`) with the
 * atlas districts under its labels and the atlas labels on top.
 */
export function osmStyle(remote: StyleSpecification, input: AtlasStyleInput): StyleSpecification {
  const font = remote.glyphs ? remoteFont(remote) : LOCAL_LABEL_FONT;
  const overlay = atlasOverlay(input, { font, districtFillOpacity: 0 });
  const firstSymbol = remote.layers.findIndex((layer) => layer.type === 'symbol');
  const split = firstSymbol === -1 ? remote.layers.length : firstSymbol;
  const layers: LayerSpecification[] = [
    ...remote.layers.slice(0, split),
    ...overlay.areas,
    ...overlay.zones,
    ...remote.layers.slice(split),
    overlay.districtLabels,
    ...overlay.featureLabels,
  ];
  return { ...remote, sources: { ...remote.sources, ...overlay.sources }, layers };
}

/**
 * MapLibre layers of the embedded basemap: what lies outside the data, the sea, the land and the
 * Haihe with its name. Colours are quiet so the zones' sector colours carry the map.
 */
import type {
  BackgroundLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Lang } from '../../data/atlas';
import { nameProperty, visibility } from './districts';

export const SEA_SOURCE = 'embedded-sea';
export const LAND_SOURCE = 'embedded-land';
export const HAIHE_SOURCE = 'embedded-haihe';
/** The Haihe outside the zones: where its name goes. */
export const HAIHE_LABEL_SOURCE = 'embedded-haihe-label';

export const EMBEDDED_COLORS = {
  /** Beyond the clipped coastline data (neighbouring Hebei, open sea): a neutral grey. */
  outside: '#e3e3de',
  sea: '#c5daea',
  land: '#efede6',
  river: '#8fbfdf',
  riverLabel: '#2f6a96',
} as const;

export const backgroundLayer = {
  id: 'embedded-background',
  type: 'background',
  paint: { 'background-color': EMBEDDED_COLORS.outside },
} satisfies BackgroundLayerSpecification;

export const seaLayer = {
  id: 'embedded-sea',
  type: 'fill',
  source: SEA_SOURCE,
  paint: { 'fill-color': EMBEDDED_COLORS.sea },
} satisfies FillLayerSpecification;

export const landLayer = {
  id: 'embedded-land',
  type: 'fill',
  source: LAND_SOURCE,
  paint: { 'fill-color': EMBEDDED_COLORS.land },
} satisfies FillLayerSpecification;

export const haiheLineLayer = {
  id: 'embedded-haihe',
  type: 'line',
  source: HAIHE_SOURCE,
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  // Pixels: a thread at the whole-city view, a river downtown.
  paint: {
    'line-color': EMBEDDED_COLORS.river,
    'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 8, 1.2, 12, 4, 15, 10],
  },
} satisfies LineLayerSpecification;

export function haiheLabelLayer(lang: Lang, visible: boolean, font: readonly string[]) {
  return {
    id: 'embedded-haihe-label',
    type: 'symbol',
    source: HAIHE_LABEL_SOURCE,
    layout: {
      visibility: visibility(visible),
      // Along the river, on the stretches outside the zones, a little to its north side so the line
      // stays visible; names and symbols placed before it (zones, places, districts) win.
      'symbol-placement': 'line',
      // Pixels between repeated names along the river.
      'symbol-spacing': 220,
      'text-field': ['get', nameProperty(lang)],
      'text-font': [...font],
      // Pixels, with the view.
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 14, 15, 16],
      'text-offset': [0, -0.9],
      'text-letter-spacing': lang === 'zh' ? 0.6 : 0.1,
    },
    paint: {
      'text-color': EMBEDDED_COLORS.riverLabel,
      'text-halo-color': 'rgba(255, 255, 255, 0.95)',
      'text-halo-width': 1.6,
    },
  } satisfies SymbolLayerSpecification;
}

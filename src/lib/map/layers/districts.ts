/**
 * MapLibre layers for the 16 districts: a subtle fill (also what a click on a district hits), the
 * boundaries, an emphasis for the selected and highlighted districts, and the names at `labelPoint`.
 */
import type {
  FillLayerSpecification,
  FilterSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Lang } from '../../data/atlas';

export const DISTRICTS_SOURCE = 'atlas-districts';
export const DISTRICT_LABELS_SOURCE = 'atlas-district-labels';

export const DISTRICT_FILL_LAYER = 'atlas-district-fill';
export const DISTRICT_LINE_LAYER = 'atlas-district-line';
export const DISTRICT_EMPHASIS_FILL_LAYER = 'atlas-district-emphasis-fill';
export const DISTRICT_EMPHASIS_LINE_LAYER = 'atlas-district-emphasis-line';
export const DISTRICT_LABEL_LAYER = 'atlas-district-labels';

const EMPHASIS_COLOR = '#1d3557';

export const visibility = (visible: boolean) => (visible ? ('visible' as const) : ('none' as const));

/** `name_zh` or `name_en`: the label sources carry both, so a language switch only changes the layer. */
export const nameProperty = (lang: Lang) => `name_${lang}` as const;

export interface DistrictLayerOptions {
  visible: boolean;
  /** 0 keeps the fill clickable but invisible (online basemaps draw their own land). */
  fillOpacity: number;
  emphasised: readonly string[];
}

/** Districts whose adcode is one of `ids`. */
export const inEmphasised = (ids: readonly string[]): FilterSpecification => [
  'in',
  ['get', 'adcode'],
  ['literal', [...ids]],
];

export function districtAreaLayers({ visible, fillOpacity, emphasised }: DistrictLayerOptions) {
  return [
    {
      id: DISTRICT_FILL_LAYER,
      type: 'fill',
      source: DISTRICTS_SOURCE,
      layout: { visibility: visibility(visible) },
      paint: { 'fill-color': '#ffffff', 'fill-opacity': fillOpacity },
    } satisfies FillLayerSpecification,
    {
      id: DISTRICT_EMPHASIS_FILL_LAYER,
      type: 'fill',
      source: DISTRICTS_SOURCE,
      filter: inEmphasised(emphasised),
      layout: { visibility: visibility(visible) },
      paint: { 'fill-color': EMPHASIS_COLOR, 'fill-opacity': 0.08 },
    } satisfies FillLayerSpecification,
    {
      id: DISTRICT_LINE_LAYER,
      type: 'line',
      source: DISTRICTS_SOURCE,
      layout: { visibility: visibility(visible), 'line-join': 'round' },
      // Widths in pixels, growing from the whole-city view (zoom 8) to street level (zoom 14).
      paint: {
        'line-color': '#8d96a5',
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.7, 14, 1.8],
      },
    } satisfies LineLayerSpecification,
    {
      id: DISTRICT_EMPHASIS_LINE_LAYER,
      type: 'line',
      source: DISTRICTS_SOURCE,
      filter: inEmphasised(emphasised),
      layout: { visibility: visibility(visible), 'line-join': 'round' },
      paint: { 'line-color': EMPHASIS_COLOR, 'line-width': 2.5 },
    } satisfies LineLayerSpecification,
  ];
}

export function districtLabelLayer(lang: Lang, visible: boolean, font: readonly string[]) {
  return {
    id: DISTRICT_LABEL_LAYER,
    type: 'symbol',
    source: DISTRICT_LABELS_SOURCE,
    layout: {
      visibility: visibility(visible),
      'text-field': ['get', nameProperty(lang)],
      'text-font': [...font],
      // Pixels: readable at the whole-city view (where they are the only names), larger downtown.
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12.5, 12, 15],
      // Room around each name, so place and zone names do not crowd it.
      'text-padding': 4,
      // A name that would cover a place symbol or another name moves off its label point rather than vanish.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
      'text-max-width': 7,
      'text-letter-spacing': lang === 'zh' ? 0.15 : 0.02,
    },
    paint: {
      'text-color': '#465262',
      'text-halo-color': 'rgba(255, 255, 255, 0.9)',
      'text-halo-width': 1.5,
    },
  } satisfies SymbolLayerSpecification;
}

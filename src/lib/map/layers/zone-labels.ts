/**
 * Zone names as a MapLibre symbol layer at a point well inside each zone, from street-block zooms
 * on (at the opening view the zones are too small to carry a name; the tooltip gives it).
 */
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../data/atlas';
import { nameProperty, visibility } from './districts';
import { ZH_MAX_WIDTH_EMS } from './label-text';

export const ZONE_LABELS_SOURCE = 'atlas-zone-labels';
export const ZONE_LABEL_LAYER = 'atlas-zone-labels';

/** From this zoom on, about 1 km of map is 300 px wide here (39° N). */
const MIN_ZOOM = 11.5;

export function zoneLabelLayer(lang: Lang, visible: boolean, font: readonly string[]) {
  return {
    id: ZONE_LABEL_LAYER,
    type: 'symbol',
    source: ZONE_LABELS_SOURCE,
    minzoom: MIN_ZOOM,
    layout: {
      visibility: visibility(visible),
      'text-field': ['get', nameProperty(lang)],
      'text-font': [...font],
      // Pixels.
      'text-size': ['interpolate', ['linear'], ['zoom'], MIN_ZOOM, 11, 15, 13],
      // Chinese names come broken at a word boundary (label-text.ts); MapLibre must not break them again.
      'text-max-width': lang === 'zh' ? ZH_MAX_WIDTH_EMS : 9,
    },
    paint: {
      'text-color': '#2b3340',
      'text-halo-color': 'rgba(255, 255, 255, 0.9)',
      'text-halo-width': 1.4,
    },
  } satisfies SymbolLayerSpecification;
}

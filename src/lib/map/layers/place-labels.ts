/**
 * Place names as a MapLibre symbol layer, so they avoid each other and the district labels. The
 * place symbols (layers/places.ts) are a layer above every label layer: MapLibre places symbols from
 * the top layer down, so no name covers a place symbol.
 */
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../data/atlas';
import { nameProperty, visibility } from './districts';
import { ZH_MAX_WIDTH_EMS } from './label-text';

export const PLACE_LABELS_SOURCE = 'atlas-place-labels';
export const PLACE_LABEL_LAYER = 'atlas-place-labels';

/** Text size in pixels; the offset is in ems, so the text clears the symbol's radius (12 px) and ring. */
const TEXT_SIZE = 12;
const TEXT_OFFSET_EMS = 1.25;
/** Place names from the central-city scale on; the whole-city view names the districts. */
export const PLACE_LABEL_MIN_ZOOM = 9;

export function placeLabelLayer(lang: Lang, visible: boolean, font: readonly string[]) {
  return {
    id: PLACE_LABEL_LAYER,
    type: 'symbol',
    source: PLACE_LABELS_SOURCE,
    // Below this zoom (the whole city) district names come first; places keep their symbols and tooltips.
    minzoom: PLACE_LABEL_MIN_ZOOM,
    layout: {
      visibility: visibility(visible),
      'text-field': ['get', nameProperty(lang)],
      'text-font': [...font],
      'text-size': TEXT_SIZE,
      'text-max-width': lang === 'zh' ? ZH_MAX_WIDTH_EMS : 10,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': TEXT_OFFSET_EMS,
      'text-justify': 'auto',
      // A name that does not fit is dropped, the symbol stays.
      'text-optional': true,
    },
    paint: {
      'text-color': '#1d2430',
      'text-halo-color': 'rgba(255, 255, 255, 0.95)',
      'text-halo-width': 1.5,
    },
  } satisfies SymbolLayerSpecification;
}

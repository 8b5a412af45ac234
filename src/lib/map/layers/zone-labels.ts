/**
 * Zone names as MapLibre symbol layers, legible on a projector: dark text on a wide white halo (the
 * halo, not the zone's pastel fill, is the text's background: 15:1), sized with the view.
 *
 * - From DETAIL_MIN_ZOOM on, each zone carries its full name (broken at a word boundary,
 *   label-text.ts), smaller zones placed first so a corridor's name yields to them.
 * - Below it (the whole city, the core zones) the zones are too small and too close for full names:
 *   each carries its short name beside its shape, and zones closer than CLUSTER_RADIUS pixels share one
 *   label that lists their short names (MapLibre's clustering), so every zone stays identifiable.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../data/atlas';
import { visibility } from './districts';
import { ZH_MAX_WIDTH_EMS } from './label-text';

export const ZONE_LABELS_SOURCE = 'atlas-zone-labels';
export const ZONE_LABEL_LAYER = 'atlas-zone-labels';
export const ZONE_OVERVIEW_LABEL_LAYER = 'atlas-zone-overview-labels';

/** Full names from this zoom on: about 1 km of map is 200 px wide here (39° N). */
export const DETAIL_MIN_ZOOM = 11;
/** Pixels: zones whose label points are closer than this share one listed label below DETAIL_MIN_ZOOM. */
export const CLUSTER_RADIUS = 24;

/** Text sizes in pixels at zoom stops, linear between: never below 12 px, growing with the view. */
export const OVERVIEW_TEXT_SIZES: readonly (readonly [zoom: number, px: number])[] = [
  [7, 12],
  [10, 13.5],
];
export const DETAIL_TEXT_SIZES: readonly (readonly [zoom: number, px: number])[] = [
  [DETAIL_MIN_ZOOM, 13],
  [13, 15],
  [15, 18],
];

const sizeByZoom = (stops: readonly (readonly [number, number])[]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...stops.flat(),
];

/** Near-black text on an almost opaque white halo: the halo is what the text is read against. */
export const ZONE_LABEL_PAINT = {
  'text-color': '#141a24',
  'text-halo-color': 'rgba(255, 255, 255, 0.96)',
  'text-halo-width': 2,
  'text-halo-blur': 0.4,
} as const;

/** The label points' source: clustered below DETAIL_MIN_ZOOM, each cluster listing its zones' short names. */
export function zoneLabelSource(features: GeoJSON.Feature[]): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features },
    cluster: true,
    clusterRadius: CLUSTER_RADIUS,
    clusterMaxZoom: DETAIL_MIN_ZOOM - 1,
    // One short name per line; the order is MapLibre's.
    clusterProperties: {
      list_zh: [
        ['concat', ['accumulated'], '\n', ['get', 'list_zh']],
        ['get', 'short_zh'],
      ],
      list_en: [
        ['concat', ['accumulated'], '\n', ['get', 'list_en']],
        ['get', 'short_en'],
      ],
    },
  };
}

export function zoneOverviewLabelLayer(lang: Lang, visible: boolean, font: readonly string[]) {
  return {
    id: ZONE_OVERVIEW_LABEL_LAYER,
    type: 'symbol',
    source: ZONE_LABELS_SOURCE,
    maxzoom: DETAIL_MIN_ZOOM,
    layout: {
      visibility: visibility(visible),
      // A cluster lists its zones; a lone zone gives its short name.
      'text-field': ['coalesce', ['get', `list_${lang}`], ['get', `short_${lang}`]],
      'text-font': [...font],
      'text-size': sizeByZoom(OVERVIEW_TEXT_SIZES),
      'text-line-height': 1.15,
      // Beside the zone rather than on it (at this scale the zone is a few pixels): the first side
      // that collides with nothing; above or below first, so a name near the map's edge stays in it.
      'text-variable-anchor': [
        'top',
        'bottom',
        'left',
        'right',
        'top-left',
        'bottom-left',
        'top-right',
        'bottom-right',
      ],
      'text-radial-offset': 0.7,
      'text-justify': 'auto',
      'text-max-width': lang === 'zh' ? ZH_MAX_WIDTH_EMS : 10,
      'text-padding': 1,
      // Lists first (they stand for several zones), then lone zones.
      'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'point_count'], 1]],
    },
    paint: { ...ZONE_LABEL_PAINT },
  } satisfies SymbolLayerSpecification;
}

/** `emphasised`: the selected zone and the selection's targets, named before any other zone. */
export function zoneLabelLayer(
  lang: Lang,
  visible: boolean,
  font: readonly string[],
  emphasised: readonly string[] = [],
) {
  return {
    id: ZONE_LABEL_LAYER,
    type: 'symbol',
    source: ZONE_LABELS_SOURCE,
    minzoom: DETAIL_MIN_ZOOM,
    layout: {
      visibility: visibility(visible),
      'text-field': ['get', `name_${lang}`],
      'text-font': [...font],
      'text-size': sizeByZoom(DETAIL_TEXT_SIZES),
      'text-line-height': 1.15,
      // On the zone if there is room, else just beside its label point.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.5,
      'text-justify': 'auto',
      // Chinese names come broken at a word boundary (label-text.ts); MapLibre must not break them again.
      'text-max-width': lang === 'zh' ? ZH_MAX_WIDTH_EMS : 9,
      'text-padding': 2,
      // The selection first, then smaller zones: a corridor's name yields to the zones along it.
      'symbol-sort-key': ['case', ['in', ['get', 'id'], ['literal', [...emphasised]]], -1, ['get', 'size_rank']],
    },
    paint: { ...ZONE_LABEL_PAINT },
  } satisfies SymbolLayerSpecification;
}

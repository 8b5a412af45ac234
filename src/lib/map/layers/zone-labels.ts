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
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  SymbolLayerSpecification,
  VariableAnchorOffsetCollectionSpecification,
} from 'maplibre-gl';
import type { Lang } from '../../data/atlas';
import { visibility } from './districts';
import { ZH_MAX_WIDTH_EMS } from './label-text';

export const ZONE_LABELS_SOURCE = 'atlas-zone-labels';
export const ZONE_LABEL_LAYER = 'atlas-zone-labels';
export const ZONE_OVERVIEW_LABEL_LAYER = 'atlas-zone-overview-labels';
export const ZONE_LIST_LABEL_LAYER = 'atlas-zone-list-labels';

/** Full names from this zoom on: about 1 km of map is 200 px wide here (39° N). */
export const DETAIL_MIN_ZOOM = 11;
/** Pixels: zones whose label points are closer than this share one listed label below DETAIL_MIN_ZOOM. */
export const CLUSTER_RADIUS = 20;

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

/** Where a city-scale label may go, in order: [anchor, [x, y] offset in ems]. */
const OVERVIEW_ANCHORS: VariableAnchorOffsetCollectionSpecification = [
  'left',
  [0.7, 0],
  'right',
  [-0.7, 0],
  'top',
  [0, 0.7],
  'bottom',
  [0, -0.7],
  'left',
  [2.6, 0],
  'right',
  [-2.6, 0],
  'top',
  [0, 2.2],
  'bottom',
  [0, -2.2],
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

/**
 * The lists of neighbouring zones: always drawn (they stand for several zones, and at city scale the
 * hubs crowd the centre), below and to the right of the group, where the city's districts are quiet;
 * other names avoid them.
 */
export function zoneListLabelLayer(lang: Lang, visible: boolean, font: readonly string[]) {
  return {
    id: ZONE_LIST_LABEL_LAYER,
    type: 'symbol',
    source: ZONE_LABELS_SOURCE,
    maxzoom: DETAIL_MIN_ZOOM,
    filter: ['has', 'point_count'],
    layout: {
      visibility: visibility(visible),
      'text-field': ['get', `list_${lang}`],
      'text-font': [...font],
      'text-size': sizeByZoom(OVERVIEW_TEXT_SIZES),
      'text-line-height': 1.15,
      'text-anchor': 'top-left',
      // Ems.
      'text-offset': [0.8, 0.6],
      'text-justify': 'left',
      'text-max-width': lang === 'zh' ? ZH_MAX_WIDTH_EMS : 10,
      'text-allow-overlap': true,
    },
    paint: { ...ZONE_LABEL_PAINT },
  } satisfies SymbolLayerSpecification;
}

export function zoneOverviewLabelLayer(lang: Lang, visible: boolean, font: readonly string[]) {
  return {
    id: ZONE_OVERVIEW_LABEL_LAYER,
    type: 'symbol',
    source: ZONE_LABELS_SOURCE,
    maxzoom: DETAIL_MIN_ZOOM,
    filter: ['!', ['has', 'point_count']],
    layout: {
      visibility: visibility(visible),
      'text-field': ['get', `short_${lang}`],
      'text-font': [...font],
      'text-size': sizeByZoom(OVERVIEW_TEXT_SIZES),
      'text-line-height': 1.15,
      // Beside the zone rather than on it (at this scale the zone is a few pixels): the first side
      // that collides with nothing, close by; then further out, clear of the hub symbols around it.
      'text-variable-anchor-offset': OVERVIEW_ANCHORS,
      'text-justify': 'auto',
      'text-max-width': lang === 'zh' ? ZH_MAX_WIDTH_EMS : 10,
      'text-padding': 1,
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

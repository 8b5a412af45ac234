/**
 * The places as MapLibre layers on the place source (layers/atlas-sources.ts): a symbol per kind
 * (images drawn at runtime, layers/place-icons.ts) and, beneath it, a ring that marks the selected
 * and highlighted places and the one under the pointer (feature state, so no re-layout). The symbols
 * take part in label placement: they are placed first and no name covers them. Pure: specs out.
 */
import type { CircleLayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { PlaceKind } from '../../data/schemas';
import { visibility } from './districts';
import { PLACE_LABELS_SOURCE } from './place-labels';
import { PLACE_ICON_SIZE } from './place-symbols';

export const PLACE_ICON_LAYER_ID = 'atlas-places-icons';
export const PLACE_RING_LAYER_ID = 'atlas-places-rings';

/** The style image of a kind's symbol. */
export const PLACE_IMAGE_PREFIX = 'atlas-place-';
export const placeImageId = (kind: PlaceKind) => `${PLACE_IMAGE_PREFIX}${kind}`;
/** Symbols are drawn at the emphasised size; a plain one is scaled down. */
export const PLACE_IMAGE_SIZE = PLACE_ICON_SIZE.emphasised;

/** Ring radius in pixels: a little wider than the emphasised symbol. */
const RING_RADIUS = 19;
const RING_COLOR = '#1d2430';

const emphasisedState: ExpressionSpecification = ['boolean', ['feature-state', 'emphasised'], false];
const hoveredState: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** The symbol size for each place: emphasised places (by id) larger. */
export function placeIconSize(emphasised: readonly string[]): ExpressionSpecification {
  return ['case', ['in', ['get', 'id'], ['literal', [...emphasised]]], 1, PLACE_ICON_SIZE.normal / PLACE_IMAGE_SIZE];
}

/**
 * `emphasised`: the selected place and the selection's targets, drawn larger. Always placed (symbols
 * may overlap each other) and never covered by a name.
 */
export function placeIconLayer(visible: boolean, emphasised: readonly string[]) {
  return {
    id: PLACE_ICON_LAYER_ID,
    type: 'symbol',
    source: PLACE_LABELS_SOURCE,
    layout: {
      visibility: visibility(visible),
      'icon-image': ['concat', PLACE_IMAGE_PREFIX, ['get', 'kind']],
      'icon-size': placeIconSize(emphasised),
      'icon-allow-overlap': true,
      // Emphasised places over the others.
      'symbol-sort-key': ['case', ['in', ['get', 'id'], ['literal', [...emphasised]]], 1, 0],
    },
  } satisfies SymbolLayerSpecification;
}

/** The ring under emphasised places (solid) and the one under the pointer (lighter). */
export function placeRingLayer(visible: boolean) {
  const opacity: ExpressionSpecification = ['case', emphasisedState, 1, hoveredState, 0.7, 0];
  return {
    id: PLACE_RING_LAYER_ID,
    type: 'circle',
    source: PLACE_LABELS_SOURCE,
    layout: { visibility: visibility(visible) },
    paint: {
      'circle-radius': RING_RADIUS,
      'circle-color': '#ffffff',
      'circle-opacity': ['*', opacity, 0.9],
      'circle-stroke-color': RING_COLOR,
      'circle-stroke-width': 3,
      'circle-stroke-opacity': opacity,
      'circle-pitch-alignment': 'viewport',
    },
  } satisfies CircleLayerSpecification;
}

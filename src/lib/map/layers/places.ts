/**
 * deck.gl layers for the places: a symbol per kind from the runtime icon atlas, and a ring under the
 * selected and highlighted ones. Pure: data in, layers out. Place names are MapLibre labels
 * (layers/place-labels.ts), so they take part in label collision.
 */
import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { PlaceFeature, Position } from '../../data/schemas';
import type { InterleavedProps } from './deck-types';
import type { PlaceIconAtlas } from './place-icons';
import { PLACE_ICON_SIZE } from './place-symbols';

export const PLACE_ICON_LAYER_ID = 'atlas-places-icons';
export const PLACE_RING_LAYER_ID = 'atlas-places-rings';

/** Ring radius in pixels: a little wider than the emphasised symbol. */
const RING_RADIUS = 19;
const RING_COLOR: [number, number, number, number] = [29, 36, 48, 255];

export interface PlaceLayerInput {
  places: readonly PlaceFeature[];
  visible: boolean;
  selectedId: string | null;
  highlightedIds: readonly string[];
  hoveredId: string | null;
  iconAtlas: PlaceIconAtlas;
  beforeId: string;
  /**
   * In the 3D view the symbols are drawn over the extruded blocks (no depth test), so a hub behind or
   * inside a block stays visible.
   */
  overExtrusions?: boolean;
}

/** deck.gl (luma.gl 9) parameters that draw a layer over anything already drawn in 3D. */
export const OVER_EVERYTHING = { depthCompare: 'always', depthWriteEnabled: false } as const;

export function placeIsEmphasised(place: PlaceFeature, input: PlaceLayerInput): boolean {
  return place.id === input.selectedId || input.highlightedIds.includes(place.id);
}

export function placeIconSize(place: PlaceFeature, input: PlaceLayerInput): number {
  return placeIsEmphasised(place, input) || place.id === input.hoveredId
    ? PLACE_ICON_SIZE.emphasised
    : PLACE_ICON_SIZE.normal;
}

const positionOf = (place: PlaceFeature): Position => place.geometry.coordinates;

export function placeLayers(input: PlaceLayerInput) {
  const parameters = input.overExtrusions ? OVER_EVERYTHING : {};
  const sizeKey = JSON.stringify([input.selectedId, input.highlightedIds, input.hoveredId]);

  const rings = new ScatterplotLayer<PlaceFeature, InterleavedProps>({
    id: PLACE_RING_LAYER_ID,
    beforeId: input.beforeId,
    data: input.places.filter((place) => placeIsEmphasised(place, input)),
    visible: input.visible,
    pickable: false,
    radiusUnits: 'pixels',
    getRadius: RING_RADIUS,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
    getFillColor: [255, 255, 255, 230],
    getLineColor: RING_COLOR,
    getPosition: positionOf,
    parameters,
  });

  const icons = new IconLayer<PlaceFeature, InterleavedProps>({
    id: PLACE_ICON_LAYER_ID,
    beforeId: input.beforeId,
    data: input.places,
    visible: input.visible,
    pickable: true,
    iconAtlas: input.iconAtlas.url,
    iconMapping: input.iconAtlas.mapping,
    getIcon: (place) => place.properties.kind,
    getPosition: positionOf,
    sizeUnits: 'pixels',
    getSize: (place) => placeIconSize(place, input),
    updateTriggers: { getSize: sizeKey },
    parameters,
  });

  return [rings, icons] as const;
}

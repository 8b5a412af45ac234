/**
 * Imported polygon and line layers (user-supplied) and the official boundaries taken from them, as
 * deck.gl GeoJsonLayers. Unlike the schematic zones (pastel fill, dashed outline) these have a light
 * fill in a saturated colour and a solid outline; boundaries are a solid dark outline without fill, so
 * they read beside a zone's dashed schematic extent.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import type { OfficialBoundary } from '../../analysis/boundary-store';
import type { FeatureLayerData } from '../../analysis/feature-types';
import type { InterleavedProps } from './deck-types';

/** What the map needs of an imported feature layer. */
export interface FeatureLayerView {
  id: string;
  name: string;
  data: FeatureLayerData;
  visible: boolean;
  /** [r, g, b] */
  color: [number, number, number];
}

export const FEATURES_LAYER_PREFIX = 'imported-features-';
export const BOUNDARIES_LAYER_ID = 'official-boundaries';

/** The feature's position in FeatureLayerData.features, carried for picking. */
export interface FeatureRef {
  index: number;
}

const FILL_ALPHA = 46;
const OPEN_FILL_ALPHA = 110;
const LINE_WIDTH_PX = 2;
const OPEN_LINE_WIDTH_PX = 4;
const BOUNDARY_COLOR: [number, number, number, number] = [20, 20, 20, 235];
const BOUNDARY_WIDTH_PX = 3;

const featuresCache = new WeakMap<FeatureLayerData, Feature[]>();
function geoJsonOf(data: FeatureLayerData): Feature[] {
  let features = featuresCache.get(data);
  if (!features) {
    features = data.features.map((feature, index) => ({
      type: 'Feature',
      geometry: feature.geometry,
      properties: { index } satisfies FeatureRef,
    }));
    featuresCache.set(data, features);
  }
  return features;
}

export function featureLayer(view: FeatureLayerView, openIndex: number | null, beforeId: string) {
  const isOpen = (feature: Feature) => (feature.properties as FeatureRef).index === openIndex;
  return new GeoJsonLayer<FeatureRef, InterleavedProps>({
    id: `${FEATURES_LAYER_PREFIX}${view.id}`,
    beforeId,
    data: geoJsonOf(view.data),
    visible: view.visible,
    filled: true,
    stroked: true,
    getFillColor: (feature) => [...view.color, isOpen(feature) ? OPEN_FILL_ALPHA : FILL_ALPHA],
    getLineColor: [...view.color, 255],
    getLineWidth: (feature) => (isOpen(feature) ? OPEN_LINE_WIDTH_PX : LINE_WIDTH_PX),
    lineWidthUnits: 'pixels',
    pointType: 'circle',
    getPointRadius: 4,
    pointRadiusUnits: 'pixels',
    updateTriggers: { getFillColor: [openIndex], getLineWidth: [openIndex] },
    pickable: true,
  });
}

export function boundariesLayer(boundaries: readonly OfficialBoundary[], visible: boolean, beforeId: string) {
  return new GeoJsonLayer<{ zoneId: string }, InterleavedProps>({
    id: BOUNDARIES_LAYER_ID,
    beforeId,
    data: boundaries.map((boundary) => ({
      type: 'Feature',
      geometry: boundary.geometry,
      properties: { zoneId: boundary.zoneId },
    })),
    visible,
    filled: false,
    stroked: true,
    getLineColor: BOUNDARY_COLOR,
    getLineWidth: BOUNDARY_WIDTH_PX,
    lineWidthUnits: 'pixels',
    pickable: true,
  });
}

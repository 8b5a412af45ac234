/**
 * The deck.gl side of the map, interleaved with MapLibre's layers: the thematic views (district
 * choropleth, zones extruded in 3D) and what users import (points, polygons and lines, official
 * boundaries), with their hover text and picking. The zones and places are MapLibre layers
 * (map/native-layers.ts). Loaded with import() by MapView only when one of these is on the map, so
 * deck.gl stays off the first render.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DistrictFeature, ZoneFeature } from '../data/schemas';
import type { ThematicMode } from '../domain/thematic';
import { choroplethLayer, extrudedZonesLayer } from './layers/thematic';
import type { Lang } from '../data/atlas';
import type { LayerVisibility } from '../state/types';
import { DECK_BEFORE_LAYER } from './basemap/atlas-overlay';
import { pointLayer, POINTS_LAYER_PREFIX, type PointLayerView } from './layers/points';
import type { OfficialBoundary } from '../analysis/boundary-store';
import {
  BOUNDARIES_LAYER_ID,
  boundariesLayer,
  featureLayerIdOf,
  featureLayers,
  type FeatureLayerView,
  type FeatureRef,
} from './layers/features';
import { ZONE_FILL_LAYER_ID } from './layers/zones';
import { importedPointTooltip } from './tooltip';
import { TOOLTIP_STYLE } from './tooltip-style';
import { boundaryTooltip, importedFeatureTooltip } from './feature-tooltip';

export interface DeckInput {
  /** The zones the filter shows (the 3D view's blocks). */
  zones: readonly ZoneFeature[];
  sectorColors: Readonly<Record<string, string>>;
  lang: Lang;
  layers: LayerVisibility;
  /** Presenters' thematic views: a district choropleth or zones extruded by their number of measures. */
  thematic: {
    mode: ThematicMode;
    districts: readonly DistrictFeature[];
    districtCounts: Readonly<Record<string, number>>;
    zoneCounts: Readonly<Record<string, number>>;
  };
  /** Imported point layers, drawn above the zones. */
  points: readonly PointLayerView[];
  /** Identifies the points and their filters; reported back once deck.gl has drawn them (benchmarks, tests). */
  pointsVersion: string;
  /** Imported polygon and line layers (user-supplied), above the zones and below the points. */
  features?: readonly FeatureLayerView[];
  /** The feature whose profile is open, drawn emphasised. */
  openFeature?: { layerId: string; index: number } | null;
  /** Identifies the feature layers; reported back once drawn. */
  featuresVersion?: string;
  /** Official boundaries (user-supplied), beside the zones' schematic extents. */
  boundaries?: readonly OfficialBoundary[];
}

/** An imported feature: `id` is its layer's, `index` its position in the layer. */
export interface Picked {
  kind: 'feature';
  id: string;
  index: number;
}

/** Pixels around the pointer that still count as a hit, for small symbols and thin zones. */
const PICK_RADIUS = 4;

/** What a deck.gl pick hit, by the layer it hit: an imported feature, or null. */
function identify(info: PickingInfo | null): Picked | null {
  if (!info?.object) return null;
  const layerId = featureLayerIdOf(info.layer?.id ?? '');
  if (layerId !== null) {
    const { index } = info.object as FeatureRef;
    return { kind: 'feature', id: layerId, index };
  }
  return null;
}

export class AtlasOverlay {
  readonly #map: MapLibreMap;
  readonly #overlay: MapboxOverlay;
  readonly #ondrawn: () => void;
  readonly #onpointsdrawn: (version: string) => void;
  readonly #onfeaturesdrawn: (version: string) => void;
  #pointsDrawn: string | null = null;
  #featuresDrawn: string | null = null;
  #input: DeckInput | null = null;
  #layers: Layer[] = [];
  #drawn = false;
  /** Whether deck.gl has hover text under the pointer (the map's own hover text then steps aside). */
  hovering = false;
  onhoverchange: (hovering: boolean) => void = () => {};

  /**
   * `ondrawn` runs once, after deck.gl has drawn every layer with its icons loaded; `onpointsdrawn` each
   * time it has drawn a new version of the imported points.
   */
  constructor(
    map: MapLibreMap,
    ondrawn: () => void,
    onpointsdrawn: (version: string) => void = () => {},
    onfeaturesdrawn: (version: string) => void = () => {},
  ) {
    this.#map = map;
    this.#ondrawn = ondrawn;
    this.#onpointsdrawn = onpointsdrawn;
    this.#onfeaturesdrawn = onfeaturesdrawn;
    this.#overlay = new MapboxOverlay({
      // Interleaved: deck.gl draws into MapLibre's WebGL context, beneath the label layers.
      interleaved: true,
      layers: [],
      getTooltip: (info) => this.#tooltip(info),
      onHover: (info) => this.#hover(info),
      onAfterRender: () => this.#afterRender(),
    });
    map.addControl(this.#overlay);
  }

  update(input: DeckInput): void {
    this.#input = input;
    this.#render();
  }

  /** The imported feature at a point of the map (pixels from its top-left corner), if any. */
  pick(point: { x: number; y: number }): Picked | null {
    return identify(this.#overlay.pickObject({ x: point.x, y: point.y, radius: PICK_RADIUS }));
  }

  destroy(): void {
    this.#map.removeControl(this.#overlay);
  }

  #render(): void {
    const input = this.#input;
    if (!input) return;
    const { layers, thematic } = input;
    this.#layers = [
      // Beneath the zones, which stay readable over it.
      ...(thematic.mode === 'choropleth'
        ? [choroplethLayer(thematic.districts, thematic.districtCounts, ZONE_FILL_LAYER_ID)]
        : []),
      ...(thematic.mode === 'extruded' && layers.zones
        ? [extrudedZonesLayer(input.zones, thematic.zoneCounts, input.sectorColors, DECK_BEFORE_LAYER)]
        : []),
      ...(input.features ?? []).flatMap((view) =>
        featureLayers(view, input.openFeature?.layerId === view.id ? input.openFeature.index : null, DECK_BEFORE_LAYER),
      ),
      ...(input.boundaries?.length ? [boundariesLayer(input.boundaries, DECK_BEFORE_LAYER)] : []),
      ...input.points.map((view) => pointLayer(view, DECK_BEFORE_LAYER)),
    ];
    this.#overlay.setProps({ layers: this.#layers });
  }

  #hover(info: PickingInfo): void {
    const hovering = Boolean(info.object) || (info.index >= 0 && Boolean(info.layer));
    if (hovering === this.hovering) return;
    this.hovering = hovering;
    this.onhoverchange(hovering);
  }

  #tooltip(info: PickingInfo) {
    const lang = this.#input?.lang ?? 'zh';
    const layerId = info.layer?.id ?? '';
    if (layerId.startsWith(POINTS_LAYER_PREFIX) && info.index >= 0) {
      const view = this.#input?.points.find((points) => `${POINTS_LAYER_PREFIX}${points.id}` === layerId);
      if (view) return { text: importedPointTooltip(view.name, view.table, info.index, lang), style: TOOLTIP_STYLE };
    }
    const picked = identify(info);
    if (picked?.kind === 'feature') {
      const view = this.#input?.features?.find((entry) => entry.id === picked.id);
      const feature = view?.data.features[picked.index];
      if (view && feature) return { text: importedFeatureTooltip(view.name, feature, lang), style: TOOLTIP_STYLE };
    }
    if (layerId === BOUNDARIES_LAYER_ID && info.object) {
      const { zoneId } = info.object as { zoneId: string };
      const boundary = this.#input?.boundaries?.find((entry) => entry.zoneId === zoneId);
      const zone = this.#input?.zones.find((entry) => entry.id === boundary?.zoneId);
      if (boundary)
        return {
          text: boundaryTooltip(boundary, zone?.properties.name[lang] ?? boundary.zoneId, lang),
          style: TOOLTIP_STYLE,
        };
    }
    return null;
  }

  #afterRender(): void {
    const version = this.#input?.pointsVersion ?? '';
    // Nothing to report before any points were drawn (deck.gl may be loaded ahead of an import).
    const reportable = (this.#input?.points.length ?? 0) > 0 || this.#pointsDrawn !== null;
    if (reportable && version && version !== this.#pointsDrawn && this.#layers.every((layer) => layer.isLoaded)) {
      this.#pointsDrawn = version;
      this.#onpointsdrawn(version);
    }
    const featuresVersion = this.#input?.featuresVersion ?? '';
    if (featuresVersion !== (this.#featuresDrawn ?? '') && this.#layers.every((layer) => layer.isLoaded)) {
      this.#featuresDrawn = featuresVersion;
      this.#onfeaturesdrawn(featuresVersion);
    }
    if (this.#drawn || !this.#layers.every((layer) => layer.isLoaded)) return;
    this.#drawn = true;
    this.#ondrawn();
  }
}

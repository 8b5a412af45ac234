/**
 * The deck.gl side of the map: zones and places drawn interleaved with MapLibre's layers, hover,
 * tooltips and picking. Loaded with import() by MapView so deck.gl stays out of the first chunk.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DistrictFeature, PlaceFeature, ZoneFeature } from '../data/schemas';
import type { ThematicMode } from '../domain/thematic';
import { choroplethLayer, extrudedZonesLayer } from './layers/thematic';
import type { Lang, Selection } from '../data/atlas';
import type { LayerVisibility } from '../state/types';
import { DECK_BEFORE_LAYER } from './basemap/atlas-overlay';
import type { ZonePart } from './layers/deck-types';
import { createPlaceIconAtlas, type PlaceIconAtlas } from './layers/place-icons';
import { PLACE_ICON_LAYER_ID, PLACE_RING_LAYER_ID, placeLayers } from './layers/places';
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
import { ZONE_FILL_LAYER_ID, zoneLayers } from './layers/zones';
import { importedPointTooltip, placeTooltip, zoneTooltip } from './tooltip';
import { boundaryTooltip, importedFeatureTooltip } from './feature-tooltip';

export interface DeckInput {
  zones: readonly ZoneFeature[];
  places: readonly PlaceFeature[];
  sectorColors: Readonly<Record<string, string>>;
  lang: Lang;
  layers: LayerVisibility;
  selection: Selection | null;
  highlight: { zones: readonly string[]; places: readonly string[] };
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

export type Picked =
  | { kind: 'zone'; id: string; feature: ZoneFeature }
  | { kind: 'place'; id: string; feature: PlaceFeature }
  /** An imported feature: `id` is its layer's, `index` its position in the layer. */
  | { kind: 'feature'; id: string; index: number };

/** Pixels around the pointer that still count as a hit, for small symbols and thin zones. */
const PICK_RADIUS = 4;

const TOOLTIP_STYLE: Partial<CSSStyleDeclaration> = {
  backgroundColor: 'rgba(29, 36, 48, 0.92)',
  color: '#ffffff',
  padding: '6px 9px',
  borderRadius: '4px',
  fontSize: '12px',
  lineHeight: '1.5',
  maxWidth: '18rem',
  // Clear of the pointer (deck.gl puts the box's corner at the pointer).
  marginLeft: '14px',
  marginTop: '14px',
};

/** What a deck.gl pick hit, by the layer it hit. */
function identify(info: PickingInfo | null): Picked | null {
  if (!info?.object) return null;
  if (info.layer?.id === ZONE_FILL_LAYER_ID) {
    const part: ZonePart<ZoneFeature> = info.object;
    return { kind: 'zone', id: part.zone.id, feature: part.zone };
  }
  if (info.layer?.id === PLACE_ICON_LAYER_ID) {
    const place: PlaceFeature = info.object;
    return { kind: 'place', id: place.id, feature: place };
  }
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
  readonly #icons: PlaceIconAtlas = createPlaceIconAtlas();
  readonly #ondrawn: () => void;
  readonly #onpointsdrawn: (version: string) => void;
  readonly #onfeaturesdrawn: (version: string) => void;
  #pointsDrawn: string | null = null;
  #featuresDrawn: string | null = null;
  #input: DeckInput | null = null;
  #hovered: Picked | null = null;
  #layers: Layer[] = [];
  #drawn = false;

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
      onHover: (info) => this.#hover(identify(info)),
      onAfterRender: () => this.#afterRender(),
    });
    map.addControl(this.#overlay);
  }

  update(input: DeckInput): void {
    this.#input = input;
    this.#render();
  }

  /** The zone or place at a point of the map (pixels from its top-left corner), if any. */
  pick(point: { x: number; y: number }): Picked | null {
    return identify(this.#overlay.pickObject({ x: point.x, y: point.y, radius: PICK_RADIUS }));
  }

  destroy(): void {
    this.#map.removeControl(this.#overlay);
  }

  #render(): void {
    const input = this.#input;
    if (!input) return;
    const { selection, highlight, layers, thematic } = input;
    const extruded = thematic.mode === 'extruded';
    const selected = (kind: 'zone' | 'place') => (selection?.kind === kind ? selection.id : null);
    const hovered = (kind: 'zone' | 'place') => (this.#hovered?.kind === kind ? this.#hovered.id : null);
    this.#layers = [
      ...(thematic.mode === 'choropleth'
        ? [choroplethLayer(thematic.districts, thematic.districtCounts, DECK_BEFORE_LAYER)]
        : []),
      ...(extruded && layers.zones
        ? [extrudedZonesLayer(input.zones, thematic.zoneCounts, input.sectorColors, DECK_BEFORE_LAYER)]
        : []),
      ...zoneLayers({
        zones: input.zones,
        sectorColors: input.sectorColors,
        visible: layers.zones && !extruded,
        selectedId: selected('zone'),
        highlightedIds: highlight.zones,
        hoveredId: hovered('zone'),
        beforeId: DECK_BEFORE_LAYER,
      }),
      ...placeLayers({
        places: input.places,
        visible: layers.places,
        selectedId: selected('place'),
        highlightedIds: highlight.places,
        hoveredId: hovered('place'),
        iconAtlas: this.#icons,
        beforeId: DECK_BEFORE_LAYER,
        overExtrusions: extruded,
        // No rings without an emphasised place: an empty layer still compiles its shaders before the first draw.
      }).filter((layer) => layer.id !== PLACE_RING_LAYER_ID || (layer.props.data as unknown[]).length > 0),
      ...(input.features ?? []).flatMap((view) =>
        featureLayers(view, input.openFeature?.layerId === view.id ? input.openFeature.index : null, DECK_BEFORE_LAYER),
      ),
      ...(input.boundaries?.length ? [boundariesLayer(input.boundaries, DECK_BEFORE_LAYER)] : []),
      ...input.points.map((view) => pointLayer(view, DECK_BEFORE_LAYER)),
    ];
    this.#overlay.setProps({ layers: this.#layers });
  }

  #hover(picked: Picked | null): void {
    if (picked?.kind === this.#hovered?.kind && picked?.id === this.#hovered?.id) return;
    this.#hovered = picked;
    this.#render();
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
    if (!picked || picked.kind === 'feature') return null;
    const text = picked.kind === 'zone' ? zoneTooltip(picked.feature, lang) : placeTooltip(picked.feature, lang);
    return { text, style: TOOLTIP_STYLE };
  }

  #afterRender(): void {
    const version = this.#input?.pointsVersion ?? '';
    if (version && version !== this.#pointsDrawn && this.#layers.every((layer) => layer.isLoaded)) {
      this.#pointsDrawn = version;
      this.#onpointsdrawn(version);
    }
    const featuresVersion = this.#input?.featuresVersion ?? '';
    if (featuresVersion !== (this.#featuresDrawn ?? '') && this.#layers.every((layer) => layer.isLoaded)) {
      this.#featuresDrawn = featuresVersion;
      this.#onfeaturesdrawn(featuresVersion);
    }
    if (this.#drawn || this.#layers.length === 0 || !this.#layers.every((layer) => layer.isLoaded)) return;
    this.#drawn = true;
    this.#ondrawn();
  }
}

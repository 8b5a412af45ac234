/**
 * What the map's own zone and place layers (MapLibre, layers/zones.ts and layers/places.ts) do beyond
 * drawing: their feature state (each zone's colour, emphasis and whether the filter shows it; which
 * places are emphasised), picking a zone or place at a point, and the hover highlight with its text
 * (plain text, set with textContent). Feature state lives in the style's sources, so it is applied
 * again whenever a style loads (a basemap or language switch).
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { Lang } from '../data/atlas';
import type { PlaceFeature, ZoneFeature } from '../data/schemas';
import { PLACE_LABELS_SOURCE } from './layers/place-labels';
import { PLACE_ICON_LAYER_ID } from './layers/places';
import { ZONE_FILL_LAYER_ID, zoneArea, ZONES_SOURCE, type ZoneState } from './layers/zones';
import { placeTooltip, zoneTooltip } from './tooltip';
import { TOOLTIP_STYLE } from './tooltip-style';

/** Pixels around the pointer that still count as a hit, for small symbols and thin zones. */
const PICK_RADIUS = 4;

export type NativePick = { kind: 'zone'; feature: ZoneFeature } | { kind: 'place'; feature: PlaceFeature };

/** The data the layers draw, looked up by id. */
export interface NativeLookup {
  zone(id: string): ZoneFeature | undefined;
  place(id: string): PlaceFeature | undefined;
}

const idOf = (feature: MapGeoJSONFeature): string | null => {
  const id: unknown = feature.properties.id;
  return typeof id === 'string' ? id : null;
};

export class NativeLayers {
  readonly #map: MapLibreMap;
  readonly #lookup: NativeLookup;
  readonly #tooltip: HTMLDivElement;
  #zoneStates = new Map<string, ZoneState>();
  #emphasisedPlaces = new Set<string>();
  #placeIds: readonly string[] = [];
  #hovered: NativePick | null = null;
  #pointer: { x: number; y: number } | null = null;
  #frame = 0;
  #suppressed = false;
  lang: Lang = 'zh';

  constructor(map: MapLibreMap, lookup: NativeLookup) {
    this.#map = map;
    this.#lookup = lookup;
    this.#tooltip = document.createElement('div');
    this.#tooltip.className = 'atlas-tooltip';
    Object.assign(this.#tooltip.style, TOOLTIP_STYLE, {
      position: 'absolute',
      top: '0',
      left: '0',
      zIndex: '1',
      pointerEvents: 'none',
      whiteSpace: 'pre-line',
      display: 'none',
    });
    map.getContainer().append(this.#tooltip);
    map.on('style.load', this.#applyAll);
    map.on('mousemove', this.#onMove);
    map.on('mouseout', this.#onOut);
    // A moving map slides its features under a still pointer.
    map.on('moveend', this.#onMoveEnd);
  }

  /** Each zone's colour, emphasis and visibility (see zoneStates). */
  setZoneStates(states: Map<string, ZoneState>): void {
    this.#zoneStates = states;
    this.#applyZones();
    // A zone the filter just hid is no longer under the pointer.
    if (this.#hovered?.kind === 'zone' && !states.get(this.#hovered.feature.id)?.shown) this.#setHovered(null);
  }

  /** The places drawn (their ids) and which of them are emphasised (ringed). */
  setPlaces(ids: readonly string[], emphasised: readonly string[]): void {
    this.#placeIds = ids;
    this.#emphasisedPlaces = new Set(emphasised);
    this.#applyPlaces();
    if (this.#hovered?.kind === 'place' && !ids.includes(this.#hovered.feature.id)) this.#setHovered(null);
  }

  /** While deck.gl shows hover text (an imported feature is on top), the map's own steps aside. */
  suppress(suppressed: boolean): void {
    this.#suppressed = suppressed;
    this.#renderTooltip();
  }

  /** The place, else the smallest shown zone, at a point of the map (pixels from its top-left corner). */
  pick(point: { x: number; y: number }): NativePick | null {
    const map = this.#map;
    const box: [PointLike, PointLike] = [
      [point.x - PICK_RADIUS, point.y - PICK_RADIUS],
      [point.x + PICK_RADIUS, point.y + PICK_RADIUS],
    ];
    if (this.#visible(PLACE_ICON_LAYER_ID)) {
      for (const hit of map.queryRenderedFeatures(box, { layers: [PLACE_ICON_LAYER_ID] })) {
        const place = this.#lookup.place(idOf(hit) ?? '');
        if (place) return { kind: 'place', feature: place };
      }
    }
    if (!this.#visible(ZONE_FILL_LAYER_ID)) return null;
    const zonesAt = (where: PointLike | [PointLike, PointLike]) =>
      map
        .queryRenderedFeatures(where, { layers: [ZONE_FILL_LAYER_ID] })
        .map((hit) => idOf(hit))
        .filter((id): id is string => id !== null && this.#zoneStates.get(id)?.shown === true)
        .map((id) => this.#lookup.zone(id))
        .filter((zone): zone is ZoneFeature => zone !== undefined);
    // The zone under the pointer; only where there is none, one whose edge is within the radius.
    let zones = zonesAt([point.x, point.y]);
    if (zones.length === 0) zones = zonesAt(box);
    // A smaller zone is drawn on top of a larger one, so it is the one hit.
    const smallest = zones.reduce<ZoneFeature | null>(
      (best, zone) => (best === null || zoneArea(zone) < zoneArea(best) ? zone : best),
      null,
    );
    return smallest ? { kind: 'zone', feature: smallest } : null;
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    this.#map.off('style.load', this.#applyAll);
    this.#map.off('mousemove', this.#onMove);
    this.#map.off('mouseout', this.#onOut);
    this.#map.off('moveend', this.#onMoveEnd);
    this.#tooltip.remove();
  }

  #visible(layer: string): boolean {
    return this.#map.getLayer(layer) !== undefined && this.#map.getLayoutProperty(layer, 'visibility') !== 'none';
  }

  #applyAll = (): void => {
    this.#applyZones();
    this.#applyPlaces();
    this.#applyHover(this.#hovered, true);
  };

  #applyZones(): void {
    if (!this.#map.getSource(ZONES_SOURCE)) return;
    for (const [id, state] of this.#zoneStates) this.#map.setFeatureState({ source: ZONES_SOURCE, id }, state);
  }

  #applyPlaces(): void {
    if (!this.#map.getSource(PLACE_LABELS_SOURCE)) return;
    for (const id of this.#placeIds) {
      this.#map.setFeatureState({ source: PLACE_LABELS_SOURCE, id }, { emphasised: this.#emphasisedPlaces.has(id) });
    }
  }

  #onMove = (event: MapMouseEvent): void => {
    this.#pointer = { x: event.point.x, y: event.point.y };
    // One pick per frame, however fast the pointer moves.
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#pointer) this.#setHovered(this.pick(this.#pointer));
    });
  };

  #onMoveEnd = (): void => {
    if (this.#pointer) this.#setHovered(this.pick(this.#pointer));
  };

  #onOut = (): void => {
    this.#pointer = null;
    this.#setHovered(null);
  };

  #setHovered(picked: NativePick | null): void {
    const same = picked?.kind === this.#hovered?.kind && picked?.feature.id === this.#hovered?.feature.id;
    if (!same) {
      this.#applyHover(this.#hovered, false);
      this.#hovered = picked;
      this.#applyHover(picked, true);
      this.#map.getCanvas().style.cursor = picked ? 'pointer' : '';
    }
    this.#renderTooltip();
  }

  #applyHover(picked: NativePick | null, hover: boolean): void {
    if (!picked) return;
    const source = picked.kind === 'zone' ? ZONES_SOURCE : PLACE_LABELS_SOURCE;
    if (!this.#map.getSource(source)) return;
    this.#map.setFeatureState({ source, id: picked.feature.id }, { hover });
  }

  #renderTooltip(): void {
    const picked = this.#hovered;
    const pointer = this.#pointer;
    if (!picked || !pointer || this.#suppressed) {
      this.#tooltip.style.display = 'none';
      this.#tooltip.textContent = '';
      return;
    }
    this.#tooltip.textContent =
      picked.kind === 'zone' ? zoneTooltip(picked.feature, this.lang) : placeTooltip(picked.feature, this.lang);
    this.#tooltip.style.transform = `translate(${pointer.x}px, ${pointer.y}px)`;
    this.#tooltip.style.display = 'block';
  }
}

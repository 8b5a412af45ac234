/**
 * Keeps the MapLibre style in step with the requested basemap and the atlas input. A new basemap
 * replaces the style (deck.gl re-inserts its layers on `styledata`). What changes with a sector
 * filter or a selection (the names shown, the places, the emphasis) is patched into the loaded style
 * directly: a style diff compares every source's data, coastline included, on each change. Any other
 * change (language, layers, districts) is applied as a style diff. An online basemap that fails (style, sprite, glyph or tile error, or no
 * configuration) falls back to the embedded one once; it is not retried until another basemap is
 * requested.
 */
import type { ErrorEvent, GeoJSONSource, Map, MapStyleImageMissingEvent, StyleSpecification } from 'maplibre-gl';
import type { LocalisedText } from '../../data/schemas';
import { placeSource, zoneLabelsSource } from '../layers/atlas-sources';
import { DISTRICT_EMPHASIS_FILL_LAYER, DISTRICT_EMPHASIS_LINE_LAYER, inEmphasised } from '../layers/districts';
import { PLACE_LABELS_SOURCE } from '../layers/place-labels';
import { PLACE_ICON_PIXEL_RATIO, placeIconImage } from '../layers/place-icons';
import { PLACE_ICON_LAYER_ID, PLACE_IMAGE_PREFIX, placeIconLayer } from '../layers/places';
import { PLACE_KINDS } from '../layers/place-symbols';
import { ZONE_LABEL_LAYER, ZONE_LABELS_SOURCE, zoneLabelLayer } from '../layers/zone-labels';
import type { AtlasStyleInput } from './atlas-overlay';
import type { EmbeddedBasemapData } from '../../data/load-basemap';
import type { BasemapId } from '../../state/types';
import { embeddedStyle } from './embedded-style';
import { basemapAvailability, fallbackMessage, type OnlineBasemapConfig, type OnlineBasemapId } from './online';

/** The online basemaps' styles: loaded the first time one is chosen, not with the page. */
const loadOnlineStyles = () => import('./online-styles');
type OnlineStyles = Awaited<ReturnType<typeof loadOnlineStyles>>;

/**
 * Sources and layers whose id starts with this belong to the drawing tools (terra-draw), not to the
 * basemap: every style change carries them over, so drawn zones survive a language or basemap switch.
 */
export const KEPT_LAYER_PREFIX = 'atlas-draw';

/** `next` with the drawing tools' sources and layers from `previous` on top. */
export function withKeptLayers(previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  if (!previous) return next;
  const kept = (id: string) => id.startsWith(KEPT_LAYER_PREFIX);
  const sources = Object.entries(previous.sources).filter(([id]) => kept(id));
  const layers = previous.layers.filter((layer) => kept(layer.id));
  if (sources.length === 0 && layers.length === 0) return next;
  return {
    ...next,
    sources: { ...next.sources, ...Object.fromEntries(sources) },
    layers: [...next.layers.filter((layer) => !kept(layer.id)), ...layers],
  };
}

export class BasemapController {
  readonly #map: Map;
  readonly #data: EmbeddedBasemapData;
  readonly #config: OnlineBasemapConfig;
  readonly #onfallback: (message: LocalisedText) => void;
  #input: AtlasStyleInput | null = null;
  /** The input the current style was built from; a diff only runs when it changed. */
  #applied: AtlasStyleInput | null = null;
  #requested: BasemapId | null = null;
  /** The requested basemap that failed; shown as embedded until something else is requested. */
  #failed: BasemapId | null = null;
  #shown: BasemapId | null = null;
  #loaded = false;
  /** The OSM style as MapLibre fetched it, kept to rebuild the atlas layers on top without refetching. */
  #remote: StyleSpecification | null = null;
  #online: OnlineStyles | null = null;
  #onlineLoading: Promise<void> | null = null;
  #destroyed = false;

  constructor(
    map: Map,
    data: EmbeddedBasemapData,
    config: OnlineBasemapConfig,
    onfallback: (message: LocalisedText) => void,
  ) {
    this.#map = map;
    this.#data = data;
    this.#config = config;
    this.#onfallback = onfallback;
    map.on('style.load', this.#onStyleLoad);
    map.on('error', this.#onError);
    map.on('styleimagemissing', this.#onImageMissing);
  }

  /** The basemap on screen (embedded after a fallback). */
  get shown(): BasemapId | null {
    return this.#shown;
  }

  update(requested: BasemapId, input: AtlasStyleInput): void {
    this.#input = input;
    if (requested !== this.#requested) {
      this.#requested = requested;
      this.#failed = null;
    }
    let target = requested === this.#failed ? 'embedded' : requested;
    const availability = basemapAvailability(this.#config)[target];
    if (target !== 'embedded' && !availability.available) {
      this.#fail(target, availability.reason);
      target = 'embedded';
    }
    if (target !== this.#shown) this.#show(target);
    else if (this.#loaded && !this.#patch()) this.#diff();
  }

  destroy(): void {
    this.#destroyed = true;
    this.#map.off('style.load', this.#onStyleLoad);
    this.#map.off('error', this.#onError);
    this.#map.off('styleimagemissing', this.#onImageMissing);
  }

  #show(target: BasemapId): void {
    const input = this.#input;
    if (!input) return;
    if (target !== 'embedded' && !this.#online) {
      // The styles' code first; then whatever is asked for by then is shown (the embedded one stays till then).
      if (this.#onlineLoading) return;
      this.#onlineLoading = loadOnlineStyles().then((styles) => {
        this.#online = styles;
        if (!this.#destroyed && this.#requested && this.#input) this.update(this.#requested, this.#input);
      });
      return;
    }
    const online = this.#online;
    this.#shown = target;
    this.#loaded = false;
    this.#applied = input;
    if (target === 'osm' && !this.#remote) {
      // MapLibre fetches and validates the style; a failure arrives as an 'error' event.
      this.#map.setStyle(this.#config.osmStyleUrl, {
        diff: false,
        transformStyle: (previous, next) => {
          this.#remote = next;
          return withKeptLayers(previous, online ? online.osmStyle(next, this.#input ?? input) : next);
        },
      });
      return;
    }
    const style = this.#style(target, input);
    this.#map.setStyle(style, { diff: false, transformStyle: (previous) => withKeptLayers(previous, style) });
  }

  #style(target: BasemapId, input: AtlasStyleInput): StyleSpecification {
    switch (target) {
      case 'embedded':
        return embeddedStyle(this.#data, input);
      case 'osm':
        return this.#remote && this.#online
          ? this.#online.osmStyle(this.#remote, input)
          : embeddedStyle(this.#data, input);
      case 'tianditu-vector':
      case 'tianditu-imagery':
        // Shown only once its code is here (#show).
        return this.#online
          ? this.#online.tiandituStyle(target, this.#config.tiandituKey, input)
          : embeddedStyle(this.#data, input);
      default: {
        const unknown: never = target;
        throw new Error(`unknown basemap ${String(unknown)}`);
      }
    }
  }

  #fail(basemap: OnlineBasemapId, reason?: LocalisedText): void {
    if (this.#failed === this.#requested) return;
    this.#failed = this.#requested;
    if (basemap === 'osm') this.#remote = null;
    this.#onfallback(fallbackMessage(basemap, reason));
  }

  /** Applies the latest input to the loaded style as a diff (MapLibre fires 'style.load' again after it). */
  #diff(): void {
    const input = this.#input;
    if (!input || !this.#shown || input === this.#applied) return;
    this.#applied = input;
    const style = this.#style(this.#shown, input);
    this.#map.setStyle(style, { diff: true, transformStyle: (previous) => withKeptLayers(previous, style) });
  }

  /**
   * Applies the latest input to the loaded style directly when only what a filter or a selection
   * changes has changed; false when it needs a diff.
   */
  #patch(): boolean {
    const input = this.#input;
    const applied = this.#applied;
    if (!input || !applied) return false;
    if (input === applied) return true;
    const sameStructure =
      input.lang === applied.lang &&
      input.districts === applied.districts &&
      input.allZones === applied.allZones &&
      input.extruded === applied.extruded &&
      (Object.keys(input.layers) as (keyof typeof input.layers)[]).every(
        (key) => input.layers[key] === applied.layers[key],
      );
    if (!sameStructure) return false;
    const map = this.#map;
    const sameIds = (a: readonly string[] = [], b: readonly string[] = []) =>
      a.length === b.length && a.every((id, index) => id === b[index]);
    if (input.zones !== applied.zones) {
      (map.getSource(ZONE_LABELS_SOURCE) as GeoJSONSource | undefined)?.setData(
        zoneLabelsSource(input.zones).data as GeoJSON.FeatureCollection,
      );
    }
    if (input.places !== applied.places) {
      (map.getSource(PLACE_LABELS_SOURCE) as GeoJSONSource | undefined)?.setData(
        placeSource(input.places).data as GeoJSON.FeatureCollection,
      );
    }
    if (!sameIds(input.emphasisedDistricts, applied.emphasisedDistricts)) {
      for (const layer of [DISTRICT_EMPHASIS_FILL_LAYER, DISTRICT_EMPHASIS_LINE_LAYER]) {
        if (map.getLayer(layer)) map.setFilter(layer, inEmphasised(input.emphasisedDistricts));
      }
    }
    if (!sameIds(input.emphasisedZones, applied.emphasisedZones) && map.getLayer(ZONE_LABEL_LAYER)) {
      const { layout } = zoneLabelLayer(input.lang, input.layers.zones, [], input.emphasisedZones);
      map.setLayoutProperty(ZONE_LABEL_LAYER, 'symbol-sort-key', layout['symbol-sort-key']);
    }
    if (!sameIds(input.emphasisedPlaces, applied.emphasisedPlaces) && map.getLayer(PLACE_ICON_LAYER_ID)) {
      const { layout } = placeIconLayer(input.layers.places, input.emphasisedPlaces ?? []);
      map.setLayoutProperty(PLACE_ICON_LAYER_ID, 'icon-size', layout['icon-size']);
      map.setLayoutProperty(PLACE_ICON_LAYER_ID, 'symbol-sort-key', layout['symbol-sort-key']);
    }
    this.#applied = input;
    return true;
  }

  #onStyleLoad = (): void => {
    this.#loaded = true;
    // Changes made while the new style was loading.
    this.#diff();
  };

  #onError = (event: ErrorEvent & { sourceId?: string }): void => {
    const shown = this.#shown;
    if (shown && shown !== 'embedded') {
      // A late tile error from a style already replaced is not about the basemap on screen.
      if (event.sourceId && !this.#map.getSource(event.sourceId)) return;
      this.#fail(shown);
      this.#show('embedded');
      return;
    }
    if (event.sourceId && !this.#map.getSource(event.sourceId)) return;
    console.error(event.error);
  };

  /** The place symbols, drawn when the style first asks for them (a new style keeps none). */
  #onImageMissing = (event: MapStyleImageMissingEvent): void => {
    const kind = PLACE_KINDS.find((entry) => `${PLACE_IMAGE_PREFIX}${entry}` === event.id);
    if (!kind || this.#map.hasImage(event.id)) return;
    this.#map.addImage(event.id, placeIconImage(kind), { pixelRatio: PLACE_ICON_PIXEL_RATIO });
  };
}

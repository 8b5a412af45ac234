/**
 * The app's state as runes. Everything here also lives in the URL (see url.ts) except the camera
 * request and notices, which are events rather than state.
 */
import type { Atlas, Lang, Selection } from '../data/atlas';
import type { Bounds, CameraView } from '../data/geo';
import type { LocalisedText } from '../data/schemas';
import type { ThematicMode } from '../domain/thematic';
import type { BasemapId, CameraRequest, LayerVisibility, PackageLang, PanelId } from './types';
import { knownIds, type KnownIds, type UrlState } from './url';

export class AppState {
  lang = $state<Lang>('zh');
  selection = $state<Selection | null>(null);
  sectors = $state<string[]>([]);
  layers = $state<LayerVisibility>({ zones: true, places: true, districts: true, labels: true });
  basemap = $state<BasemapId>('embedded');
  view = $state<CameraView | null>(null);
  body = $state<string | null>(null);
  panel = $state<PanelId>('filters');
  package = $state<string | null>(null);
  packageLang = $state<PackageLang | null>(null);
  compare = $state<string[]>([]);
  tour = $state<string | null>(null);
  step = $state(0);
  presenter = $state(false);
  thematic = $state<ThematicMode>('none');
  camera = $state.raw<CameraRequest | null>(null);
  notice = $state<LocalisedText | null>(null);

  readonly atlas: Atlas;
  readonly known: KnownIds;
  /** The view the page opened with; the map starts there (null: fit the core zones). */
  readonly initialView: CameraView | null;

  constructor(atlas: Atlas, initial: UrlState) {
    this.atlas = atlas;
    this.known = knownIds(atlas);
    this.initialView = initial.view;
    this.apply(initial);
  }

  /**
   * Takes on a state (a link, back/forward). Objects equal to the current ones are kept, so that applying
   * the same state again re-renders nothing (Svelte already skips equal primitives).
   */
  apply(state: UrlState): void {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    this.lang = state.lang;
    if (!same(this.selection, state.selection)) this.selection = state.selection;
    if (!same(this.sectors, state.sectors)) this.sectors = state.sectors;
    if (!same(this.layers, state.layers)) this.layers = state.layers;
    this.basemap = state.basemap;
    if (!same(this.view, state.view)) this.view = state.view;
    this.body = state.body;
    this.panel = state.panel;
    this.package = state.package;
    this.packageLang = state.packageLang;
    if (!same(this.compare, state.compare)) this.compare = state.compare;
    this.tour = state.tour;
    this.step = state.step;
    this.presenter = state.presenter;
    this.thematic = state.thematic;
  }

  get urlState(): UrlState {
    return {
      lang: this.lang,
      selection: this.selection,
      sectors: this.sectors,
      layers: this.layers,
      basemap: this.basemap,
      view: this.view,
      body: this.body,
      panel: this.panel,
      package: this.package,
      packageLang: this.packageLang,
      compare: this.compare,
      tour: this.tour,
      step: this.step,
      presenter: this.presenter,
      thematic: this.thematic,
    };
  }

  setSector(id: string, enabled: boolean): void {
    const others = this.sectors.filter((sector) => sector !== id);
    this.sectors = enabled ? this.known.sectors.filter((sector) => sector === id || others.includes(sector)) : others;
  }

  setAllSectors(enabled: boolean): void {
    this.sectors = enabled ? [...this.known.sectors] : [];
  }

  fitBounds(bounds: Bounds | null): void {
    if (bounds) this.camera = { bounds, nonce: (this.camera?.nonce ?? 0) + 1 };
  }

  /** `framed`: fit the view to the uncovered part of the map with its target (a tour step). */
  flyTo(view: CameraView, framed?: { target: Bounds | null }): void {
    this.camera = { view, nonce: (this.camera?.nonce ?? 0) + 1, ...(framed ? { framed } : {}) };
  }
}

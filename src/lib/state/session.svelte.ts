/**
 * The session: one owner for the app's state. It holds the URL-backed state (AppState), the planner's
 * analysis (AnalysisState) and the tour controller, keeps the URL, history and title in step with
 * them, and is the only place where an operation touches more than one of them. Each rule that spans
 * two stores lives in one method here:
 *
 * - a selection, an open candidate zone and an open imported feature exclude each other (select,
 *   openCandidate, openFeature, candidate drawn or picked on the map);
 * - the thematic view and the point choropleth exclude each other (setThematic, setPointChoropleth);
 * - a dropped or chosen file opens the analysis panel (importFile);
 * - imported layers kept in this browser come back when the page connects, not in the presenter's window
 *   (connect);
 * - presenting a tour drives selection, sectors, layers and camera, and leaving restores them
 *   (present, exitTour; the steps themselves in TourController).
 *
 * Components read from the session and report through callbacks that call these methods; none writes
 * a store directly.
 */
import { untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { Polygon } from 'geojson';
import type { Atlas, Selection } from '../data/atlas';
import type { CameraView } from '../data/geo';
import { loadEmbeddedBasemap, type EmbeddedBasemapResult } from '../data/load-basemap';
import type { LocalisedText } from '../data/schemas';
import type { CandidateZone } from '../analysis/candidate';
import type { TextEncodingName } from '../analysis/decode';
import type { OpenResult } from '../analysis/layer-store';
import type { PlaceFeature, PublishedMeasure, Tour, ZoneFeature } from '../data/schemas';
import { cityBounds, coreBounds } from '../domain/extents';
import { sectorCounts, type SectorCount, visibleMeasures, visiblePlaces, visibleZones } from '../domain/filters';
import { boundsOf } from '../domain/measure-geometry';
import type { SearchEntry, Searcher } from '../domain/search';
import { boundsOfSelection, highlightOf, type Highlight } from '../domain/selection';
import { districtMeasureCounts, zoneMeasureCounts, type ThematicMode } from '../domain/thematic';
import { t } from '../i18n/messages';
import { AnalysisState, type LayerFilterChange, type PendingImport } from './analysis.svelte';
import type { BoundaryTakeResult } from './features.svelte';
import { AppState } from './app.svelte';
import { SavedLayers } from './saved-layers.svelte';
import { TourController } from './tour-controller';
import type { BasemapId, DrawTool, LayerVisibility, Measurement, PackageLang, PageId, PanelId } from './types';
import { pageOf, parseUrlState, stateHref, type UrlState } from './url';

/** What the session needs of the browser window; tests pass a stand-in. */
export interface SessionHost {
  location: { pathname: string; search: string; origin: string };
  history: { replaceState(data: unknown, unused: string, url: string): void };
  document: { title: string; documentElement: { lang: string } };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface SessionOptions {
  /** Where candidate zones are kept (null: not kept). */
  storage: Storage | null;
  /** Loads the embedded basemap's files; the page's default fetches them from /data/basemap/. */
  loadBasemap?: () => Promise<EmbeddedBasemapResult>;
  /** The page's origin and path, which links are made from. */
  location?: { origin: string; pathname: string };
  /** Opens the store of imported layers kept in this browser; the page's default opens IndexedDB. */
  openLayerStore?: () => Promise<OpenResult>;
}

/** The map's thematic view and the counts it colours by. */
export interface ThematicView {
  mode: ThematicMode;
  districtCounts: Record<string, number>;
  zoneCounts: Record<string, number>;
}

/** What the analysis components may read; writes go through AnalysisActions. */
export type AnalysisView = Readonly<
  Pick<
    AnalysisState,
    | 'layers'
    | 'activeLayer'
    | 'active'
    | 'pending'
    | 'preparing'
    | 'review'
    | 'running'
    | 'failure'
    | 'choropleth'
    | 'candidates'
    | 'activeCandidate'
    | 'candidate'
    | 'tool'
    | 'measurement'
    | 'storageProblem'
    | 'pointsInside'
    | 'saved'
    | 'features'
    | 'streamed'
  >
>;

/** What the components for imported polygon and line layers and official boundaries can ask for. */
export interface FeatureActions {
  setFeatureLayerVisible(id: string, visible: boolean): void;
  removeFeatureLayer(id: string): void;
  openFeature(layerId: string, index: number, fly?: boolean): void;
  closeFeature(): void;
  takeBoundary(zoneId: string, featureLabel: string): BoundaryTakeResult;
  removeBoundary(zoneId: string): void;
  showBoundary(zoneId: string): void;
}

/** Everything the analysis components can ask for. */
export interface AnalysisActions {
  importFile(file: File): void;
  editImport(pending: PendingImport | null): void;
  runImport(pending: PendingImport): void;
  /** Reads the file's header again with another text encoding (CSV) or sheet (xlsx). */
  rereadImport(pending: PendingImport, change: { encoding?: TextEncodingName; sheet?: string }): void;
  /** Imports the valid points of a file with problems, or drops it. */
  acceptImport(): void;
  discardImport(): void;
  zoomToLayer(id: string): void;
  cancelImport(): void;
  dismissImportFailure(): void;
  setActiveLayer(id: string): void;
  setLayerFilter(id: string, change: LayerFilterChange): void;
  removeLayer(id: string): void;
  setPointChoropleth(on: boolean): void;
  setTool(tool: DrawTool): void;
  openCandidate(id: string): void;
  closeCandidate(): void;
  updateCandidate(id: string, change: Partial<Omit<CandidateZone, 'id'>>): void;
  deleteCandidate(id: string): void;
  forgetSavedLayer(key: number): void;
  dismissSavedProblems(): void;
}

export class Session implements AnalysisActions, FeatureActions {
  readonly atlas: Atlas;
  readonly app: AppState;
  readonly analysis: AnalysisState;
  readonly tours: TourController;

  /**
   * Search over the atlas's names: built on first use (its code loads then) or once the map has drawn
   * (`prepareSearch`); null until then.
   */
  search = $state.raw<Searcher | null>(null);
  #searchReady: Promise<void> | null = null;

  // What never changes while the page is open.
  readonly sectorCounts: ReadonlyMap<string, SectorCount>;
  readonly districtCounts: Record<string, number>;
  readonly zoneCounts: Record<string, number>;
  /** sector id → '#rrggbb' */
  readonly sectorColors: Record<string, string>;

  /** The embedded basemap's files once loaded (the site package's map draws them too). */
  basemap = $state.raw<EmbeddedBasemapResult | null>(null);
  readonly #loadBasemap: () => Promise<EmbeddedBasemapResult>;
  #basemapPromise: Promise<EmbeddedBasemapResult> | null = null;

  /** The page's path, from the host once connected. */
  #pathname = $state('/');
  #origin = $state('');

  constructor(atlas: Atlas, initial: UrlState, options: SessionOptions) {
    this.atlas = atlas;
    this.app = new AppState(atlas, initial);
    this.analysis = new AnalysisState(atlas, options.storage, new SavedLayers(options.openLayerStore));
    this.tours = new TourController(this.app);
    this.#loadBasemap = options.loadBasemap ?? (() => loadEmbeddedBasemap());
    this.#origin = options.location?.origin ?? '';
    this.#pathname = options.location?.pathname ?? '/';
    this.sectorCounts = sectorCounts(atlas);
    this.districtCounts = districtMeasureCounts(atlas);
    this.zoneCounts = zoneMeasureCounts(atlas);
    this.sectorColors = Object.fromEntries(atlas.sectors.sectors.map((sector) => [sector.id, sector.color]));

    // Derived in the constructor, where the stores they read exist.
    // A new set on every change, never mutated: it needs no reactivity of its own.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.enabledSectors = $derived(new Set(this.app.sectors));
    this.zones = $derived(visibleZones(this.atlas, this.enabledSectors));
    this.places = $derived(visiblePlaces(this.atlas, this.enabledSectors));
    this.measures = $derived(visibleMeasures(this.atlas, this.enabledSectors, this.app.body));
    const everySector: ReadonlySet<string> = new SvelteSet(this.atlas.sectors.sectors.map((sector) => sector.id));
    this.measuresHiddenBySectors = $derived(
      visibleMeasures(this.atlas, everySector, this.app.body).length - this.measures.length,
    );
    this.highlight = $derived(highlightOf(this.atlas, this.app.selection));
    this.page = $derived(pageOf(this.app));
    this.tour = $derived(
      this.app.tour ? (this.atlas.tours.find((candidate) => candidate.id === this.app.tour) ?? null) : null,
    );
    this.presenting = $derived(this.tour !== null && !this.app.presenter);
    this.openCandidateZone = $derived(this.presenting ? null : this.analysis.candidate);
    this.thematicView = $derived.by((): ThematicView => {
      const points = this.analysis.districtChoropleth;
      return points
        ? { mode: 'choropleth', districtCounts: points, zoneCounts: this.zoneCounts }
        : { mode: this.app.thematic, districtCounts: this.districtCounts, zoneCounts: this.zoneCounts };
    });
    this.href = $derived(stateHref(this.#pathname, this.app.urlState, this.app.known));
    this.link = $derived(`${this.#origin}${this.href}`);
  }

  // ---------- what the page shows ----------

  readonly enabledSectors: ReadonlySet<string>;
  readonly zones: ZoneFeature[];
  readonly places: PlaceFeature[];
  readonly measures: PublishedMeasure[];
  /** Measures the body filter lets through that the sector filter hides (the browser says so and offers all). */
  readonly measuresHiddenBySectors: number;
  readonly highlight: Highlight;
  readonly page: PageId;
  readonly tour: Tour | null;
  /** This window shows a tour full screen (the presenter view shows notes instead). */
  readonly presenting: boolean;
  /** The candidate zone whose profile is open (not while presenting). */
  readonly openCandidateZone: CandidateZone | null;
  /** What the map's thematic view shows: the point choropleth wins while it is on. */
  readonly thematicView: ThematicView;
  /** This state's own path and query. */
  readonly href: string;
  /** This state's own full link (the site package prints it as a QR code). */
  readonly link: string;

  /** Builds the search (once); resolves when `search` is set. */
  prepareSearch(): Promise<void> {
    this.#searchReady ??= import('../domain/search').then(({ buildSearchIndex, search }) => {
      const index = buildSearchIndex(this.atlas);
      this.search = (query, limit) => search(index, query, limit);
    });
    return this.#searchReady;
  }

  /** The embedded basemap's files, loaded once for the page (the map and the package map share them). */
  embeddedBasemap(): Promise<EmbeddedBasemapResult> {
    this.#basemapPromise ??= this.#loadBasemap().then((result) => {
      this.basemap = result;
      return result;
    });
    return this.#basemapPromise;
  }

  // ---------- the URL, history and title ----------

  /**
   * Keeps the URL, the title and the page language in step with the state, applies back/forward,
   * follows tour steps and other windows, and fits a linked selection. Returns the function that stops.
   */
  connect(host: SessionHost): () => void {
    this.#pathname = host.location.pathname;
    this.#origin = host.location.origin;
    const stopEffects = $effect.root(() => {
      $effect(() => {
        const href = this.href;
        if (href !== `${host.location.pathname}${host.location.search}`) host.history.replaceState(null, '', href);
      });
      $effect(() => {
        host.document.title = t(this.app.lang, 'appTitle');
        host.document.documentElement.lang = this.app.lang === 'zh' ? 'zh-CN' : 'en';
      });
      // Only the tour and the step drive this; what applying the step sets must not re-trigger it.
      $effect(() => {
        void [this.app.tour, this.app.step, this.app.presenter];
        untrack(() => this.tours.applyStep());
      });
    });
    const onpopstate = () => this.applyUrl(host.location.search, host);
    host.addEventListener('popstate', onpopstate);
    const stopTours = this.tours.connect();
    // Layers kept in this browser come back (not in the presenter's second window, which draws no points).
    if (!this.app.presenter) void this.analysis.restoreSaved();
    // A link that names a selection but no view opens on the selection.
    const app = this.app;
    if (app.selection && !app.initialView && !app.tour) this.showSelection();
    return () => {
      stopEffects();
      stopTours();
      host.removeEventListener('popstate', onpopstate);
    };
  }

  /** Takes on the state a URL describes (back/forward), bad values as defaults, and rewrites the URL. */
  applyUrl(search: string, host: Pick<SessionHost, 'history' | 'location'>): void {
    const state = parseUrlState(search, this.app.known);
    this.app.apply(state);
    if (state.view) this.app.flyTo(state.view);
    // A URL whose values were all defaults or garbage may leave the state as it was; rewrite it anyway.
    host.history.replaceState(null, '', stateHref(host.location.pathname, this.app.urlState, this.app.known));
  }

  // ---------- selecting ----------

  /** Selects an item and closes any candidate profile; `fly` also moves the map to it (not for map clicks). */
  select(selection: Selection | null, fly = true): void {
    this.analysis.activeCandidate = null;
    this.analysis.features.open = null;
    this.app.selection = selection;
    if (selection && fly) this.app.fitBounds(boundsOfSelection(this.atlas, selection));
  }

  /** Moves the map back to the current selection. */
  showSelection(): void {
    const selection = this.app.selection;
    if (selection) this.app.fitBounds(boundsOfSelection(this.atlas, selection));
  }

  chooseSearchResult(result: SearchEntry): void {
    if (result.kind === 'body') this.showBody(result.id);
    else this.select({ kind: result.kind, id: result.id });
  }

  /** Filters the measures browser by a responsible body and shows it. */
  showBody(body: string | null): void {
    this.app.body = body;
    if (body !== null) this.app.panel = 'measures';
  }

  // ---------- the map's options ----------

  setLang(lang: 'zh' | 'en'): void {
    this.app.lang = lang;
  }
  setPanel(panel: PanelId): void {
    this.app.panel = panel;
  }
  setSector(sector: string, on: boolean): void {
    this.app.setSector(sector, on);
  }
  setAllSectors(on: boolean): void {
    this.app.setAllSectors(on);
  }
  /** Shows every measure the body filter lets through: turns every sector back on, keeps the body. */
  showAllMeasures(): void {
    this.app.setAllSectors(true);
  }
  setLayer(layer: keyof LayerVisibility, on: boolean): void {
    this.app.layers = { ...this.app.layers, [layer]: on };
  }
  setBasemap(basemap: BasemapId): void {
    this.app.basemap = basemap;
  }
  /** An online basemap failed: back to the embedded one, and say why. */
  basemapFailed(message: LocalisedText): void {
    this.app.basemap = 'embedded';
    this.app.notice = message;
  }
  dismissNotice(): void {
    this.app.notice = null;
  }
  viewChanged(view: CameraView): void {
    this.app.view = view;
  }
  /** The whole municipality. */
  fitCity(): void {
    this.app.fitBounds(cityBounds(this.atlas.districts));
  }
  /** The core zones: the opening view. */
  fitCore(): void {
    this.app.fitBounds(coreBounds(this.atlas.zones));
  }

  /** The presenters' thematic view; it replaces the point choropleth. */
  setThematic(mode: ThematicMode): void {
    this.app.thematic = mode;
    this.analysis.choropleth = false;
  }

  /** The district choropleth of imported points; it replaces the thematic view. */
  setPointChoropleth(on: boolean): void {
    this.analysis.choropleth = on;
    if (on) this.app.thematic = 'none';
  }

  // ---------- pages ----------

  openPackage(zoneId: string | null): void {
    this.app.compare = [];
    this.app.package = zoneId;
  }
  setPackageLang(lang: PackageLang): void {
    this.app.packageLang = lang;
  }
  /** Zones side by side (an empty list goes back to the map). */
  setCompare(zoneIds: string[]): void {
    this.app.package = null;
    this.app.compare = zoneIds;
  }

  // ---------- presenting ----------

  present(tourId: string): void {
    this.tours.start(tourId);
  }
  goToStep(step: number): void {
    this.app.step = step;
  }
  exitTour(): void {
    this.tours.exit();
  }
  openPresenterWindow(): void {
    this.tours.openPresenterWindow();
  }

  // ---------- the planner's analysis ----------

  /** A file chosen or dropped anywhere: the analysis panel opens on its import settings. */
  importFile(file: File): void {
    this.app.panel = 'analysis';
    void this.analysis.prepare(file);
  }
  editImport(pending: PendingImport | null): void {
    this.analysis.pending = pending;
  }
  runImport(pending: PendingImport): void {
    this.analysis.run(pending);
  }
  rereadImport(pending: PendingImport, change: { encoding?: TextEncodingName; sheet?: string }): void {
    void this.analysis.prepare(pending.file, change);
  }
  acceptImport(): void {
    this.analysis.acceptReview();
  }
  discardImport(): void {
    this.analysis.discardReview();
  }
  /** Fits the map to a layer's points (a lone point or a tight cluster gets some room around it). */
  zoomToLayer(id: string): void {
    const extent = this.analysis.extentOf(id);
    if (!extent) return;
    const [west, south, east, north] = extent;
    const pad = Math.max(0, 0.01 - Math.min(east - west, north - south) / 2);
    this.app.fitBounds([west - pad, south - pad, east + pad, north + pad]);
  }
  cancelImport(): void {
    this.analysis.cancelImport();
  }
  dismissImportFailure(): void {
    this.analysis.failure = null;
  }
  setActiveLayer(id: string): void {
    this.analysis.activeLayer = id;
  }
  setLayerFilter(id: string, change: LayerFilterChange): void {
    this.analysis.setFilter(id, change);
  }
  removeLayer(id: string): void {
    this.analysis.removeLayer(id);
  }
  setTool(tool: DrawTool): void {
    this.analysis.tool = tool;
  }
  forgetSavedLayer(key: number): void {
    this.analysis.forgetSaved(key);
  }
  dismissSavedProblems(): void {
    this.analysis.saved.dismissProblems();
  }

  /** Opens a candidate zone's profile instead of the selection and shows it on the map. */
  openCandidate(id: string): void {
    const found = this.analysis.candidates.find((entry) => entry.id === id);
    if (!found) return;
    this.app.selection = null;
    this.analysis.features.open = null;
    this.analysis.activeCandidate = id;
    this.app.fitBounds(boundsOf([{ geometry: found.geometry }]));
  }
  closeCandidate(): void {
    this.analysis.activeCandidate = null;
  }
  updateCandidate(id: string, change: Partial<Omit<CandidateZone, 'id'>>): void {
    this.analysis.updateCandidate(id, change);
  }
  deleteCandidate(id: string): void {
    this.analysis.deleteCandidate(id);
  }

  /** A candidate zone closed on the map: named, kept, opened instead of the selection; the tool stops. */
  candidateDrawn(drawn: { id: string; geometry: Polygon }): void {
    const name = this.analysis.nextCandidateName((n) => t(this.app.lang, 'candidateName', { n }));
    if (this.analysis.addCandidate({ id: drawn.id, name, geometry: drawn.geometry, sectors: [] })) {
      this.app.selection = null;
      this.analysis.tool = 'none';
    }
  }
  candidateReshaped(drawn: { id: string; geometry: Polygon }): void {
    this.analysis.updateCandidate(drawn.id, { geometry: drawn.geometry });
  }
  /** A candidate picked on the map while editing opens instead of the selection (null: nothing picked). */
  candidatePicked(id: string | null): void {
    if (id === null) return;
    this.app.selection = null;
    this.analysis.activeCandidate = id;
  }
  measured(measurement: Measurement | null): void {
    this.analysis.measurement = measurement;
  }

  // ---------- imported polygons and lines, official boundaries ----------

  /** The imported feature whose profile is open (not while presenting). */
  get openedFeature() {
    return this.presenting ? null : this.analysis.features.opened;
  }
  setFeatureLayerVisible(id: string, visible: boolean): void {
    this.analysis.setFeatureLayerVisible(id, visible);
  }
  removeFeatureLayer(id: string): void {
    this.analysis.removeFeatureLayer(id);
  }
  /** Opens an imported feature's profile instead of the selection or a candidate; `fly` shows it. */
  openFeature(layerId: string, index: number, fly = false): void {
    const layer = this.analysis.features.layers.find((entry) => entry.id === layerId);
    const feature = layer?.data.features[index];
    if (!feature) return;
    this.app.selection = null;
    this.analysis.activeCandidate = null;
    this.analysis.features.open = { layerId, index };
    const bounds = fly ? boundsOf([feature]) : null;
    if (bounds) this.app.fitBounds(bounds);
  }
  closeFeature(): void {
    this.analysis.features.open = null;
  }
  takeBoundary(zoneId: string, featureLabel: string): BoundaryTakeResult {
    return this.analysis.features.takeBoundary(zoneId, featureLabel);
  }
  removeBoundary(zoneId: string): void {
    this.analysis.features.removeBoundary(zoneId);
  }
  /** Selects the zone and frames its schematic extent and its official boundary together. */
  showBoundary(zoneId: string): void {
    const boundary = this.analysis.features.boundaryOf(zoneId);
    const zone = this.atlas.zones.find((entry) => entry.id === zoneId);
    if (!zone) return;
    this.select({ kind: 'zone', id: zoneId }, false);
    const bounds = boundsOf(boundary ? [zone, boundary] : [zone]);
    if (bounds) this.app.fitBounds(bounds);
  }
}

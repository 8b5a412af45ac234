/**
 * The planner's analysis session as runes: imported point layers with their filters and counts, the
 * import in progress, candidate zones (persisted in the browser) and the drawing tool. Not in the URL:
 * a million points cannot travel in a link, and candidate zones belong to this browser.
 */
import type { Atlas } from '../data/atlas';
import type { Bounds } from '../data/geo';
import type { DrawTool, Measurement } from './types';
import type { CandidateZone } from '../analysis/candidate';
import type { LocationColumns } from '../analysis/columns';
import type { TextEncodingName } from '../analysis/decode';
import type { PreviewResult } from '../analysis/import-client';
import type { ImportFormat, ImportOutcome, ImportPhase, ImportRequest } from '../analysis/import-protocol';
import type { Polygon } from 'geojson';
import type { FilteredCounts } from '../analysis/counts';
import type { JoinPolygon, JoinResult } from '../analysis/join';
import type { PointsInside } from '../analysis/point-layer';
import {
  MAX_CANDIDATES,
  type Crs,
  type ImportProblem,
  type ImportWarnings,
  type PointTable,
  type RegionHint,
} from '../analysis/types';
import type { ImportSettings, LayerDisplay, SavedLayer } from '../analysis/layer-store';
import type { FeatureLayerData } from '../analysis/feature-types';
import { SavedLayers } from './saved-layers.svelte';
import { FeatureLayers, type FeatureLayerState } from './features.svelte';
import { StreamedLayers } from './streamed.svelte';

/** Colours for imported layers: dark and saturated, apart from the zones' pastel sector palette. */
const LAYER_COLORS: ReadonlyArray<[number, number, number]> = [
  [118, 42, 131],
  [0, 90, 110],
  [140, 81, 10],
  [40, 40, 40],
];

export interface PointLayerState {
  id: string;
  /** The file name, shown as text. */
  name: string;
  format: ImportFormat;
  crs: Crs;
  table: PointTable;
  join: JoinResult;
  /** The points inside an area (the worker's point index). */
  inside: PointsInside;
  /** Region check, problems left out, extent. */
  warnings: ImportWarnings;
  /** CSV: the encoding read with, and characters it could not read. */
  encoding?: TextEncodingName;
  unreadable: number;
  color: [number, number, number];
  visible: boolean;
  /** Numeric filter: index into table.numeric and the inclusive range shown. */
  field: number | null;
  range: [number, number] | null;
  /** Category filter: index into table.categories and the codes shown. */
  category: number | null;
  allowed: number[];
  /** 1 for each point that passes the filter. */
  mask: Uint8Array;
  passing: number;
  counts: FilteredCounts;
}

/** A change to a point layer's filter or visibility. */
export type LayerFilterChange = Partial<Pick<PointLayerState, 'field' | 'range' | 'category' | 'allowed' | 'visible'>>;

/**
 * The import settings the planner sees and edits before anything is parsed. A plain object (the File
 * included) that can be stored and replayed.
 */
export interface PendingImport {
  file: File;
  format: ImportFormat;
  /** CSV and xlsx: the header row, for choosing the location columns. */
  headers: string[];
  /** CSV and xlsx: where the points are; empty names mean “not chosen yet”. */
  location: LocationColumns;
  /** Whether `location` was recognised from the file (false: the planner has to choose). */
  detected: boolean;
  crs: Crs;
  /** CSV: the text encoding, as detected or as the planner chose. */
  encoding?: TextEncodingName;
  /** xlsx: the sheets of the workbook and the one to import. */
  sheets?: string[];
  sheet?: string;
}

/** An import that found problems: the valid points wait for the planner to import them or cancel. */
export interface ImportReview {
  pending: PendingImport;
  outcome: ImportOutcome;
}

export interface RunningImportState {
  fileName: string;
  phase: ImportPhase;
  fraction: number;
  cancel: () => void;
}

export interface ImportFailure {
  fileName: string;
  problems: ImportProblem[];
  total: number;
  hint: RegionHint | null;
}

/** Enough of a file to tell its format. */
const SNIFF_BYTES = 1024;
/** Enough of a CSV to read its header and sample rows. */
const HEADER_BYTES = 256 * 1024;

/**
 * A CSV's header, read here from the file's start (a few hundred KB: no need for a worker); a workbook
 * has to be unpacked whole, so previewFile reads it in the import worker.
 */
async function csvPreviewOf(file: File, encoding: TextEncodingName | undefined): Promise<PreviewResult> {
  // The CSV reader loads with the first import, not with the page.
  const [{ csvPreview }, { decodeText }] = await Promise.all([
    import('../analysis/parse-csv'),
    import('../analysis/decode'),
  ]);
  const head = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  const decoded = decodeText(head, encoding ?? null, file.size > HEADER_BYTES);
  const { headers, location } = csvPreview(decoded.text);
  return { status: 'done', preview: { headers, location, encoding: decoded.encoding } };
}

/** True when the settings name every column the location needs. */
export function locationChosen(location: LocationColumns): boolean {
  return location.kind === 'lnglat' ? location.lng !== '' && location.lat !== '' : location.column !== '';
}

/** The browser's localStorage, or null where it is refused (some private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** How a polygon/line layer is shown, in the stored form point layers use (it has no filter). */
const featureDisplayOf = (layer: FeatureLayerState): LayerDisplay => ({
  name: layer.name,
  color: [layer.color[0], layer.color[1], layer.color[2]],
  visible: layer.visible,
  field: null,
  range: null,
  category: null,
  allowed: [],
});

/** What of an import is stored to replay it: everything but the file itself and its header row. */
function settingsOf({ file, headers, ...settings }: PendingImport): ImportSettings {
  void [file, headers];
  return settings;
}

/** The import's client (its worker and what talks to it): loaded when a file is first chosen, not with the page. */
const loadImportClient = () => import('../analysis/import-client');

/** A point layer's main-thread code (points inside drawn areas, filters, counts): loads with the first import. */
const loadPointLayer = () => import('../analysis/point-layer');
type PointLayerModule = Awaited<ReturnType<typeof loadPointLayer>>;

const polygonsForJoin = (features: ReadonlyArray<{ id: string; geometry: JoinPolygon['geometry'] }>) =>
  features.map((feature) => ({ id: feature.id, geometry: feature.geometry }));

export class AnalysisState {
  layers = $state.raw<PointLayerState[]>([]);
  activeLayer = $state<string | null>(null);
  pending = $state.raw<PendingImport | null>(null);
  /** The file whose header is being read (before `pending`). */
  preparing = $state<string | null>(null);
  review = $state.raw<ImportReview | null>(null);
  running = $state.raw<RunningImportState | null>(null);
  failure = $state.raw<ImportFailure | null>(null);
  /** District choropleth of the active layer's (filtered) points. */
  choropleth = $state(false);

  candidates = $state.raw<CandidateZone[]>([]);
  activeCandidate = $state<string | null>(null);
  tool = $state<DrawTool>('none');
  measurement = $state.raw<Measurement | null>(null);
  /** A stored set of candidates that could not be read, or a browser that refused to store them. */
  storageProblem = $state<'unreadable' | 'unsaved' | null>(null);
  /** Imported layers kept in this browser (IndexedDB) and replayed on the next visit. */
  readonly saved: SavedLayers;

  /** Polygon and line layers and the official boundaries taken from them (features.svelte.ts). */
  readonly features: FeatureLayers;

  /** A FlatGeobuf streamed by view, with whole-file counts (streamed.svelte.ts). */
  readonly streamed = new StreamedLayers();

  readonly #atlas: Atlas;
  readonly #storage: Storage | null;
  #nextLayer = 1;
  /** A point layer's main-thread code, once the first layer is added. */
  #points: PointLayerModule | null = null;

  constructor(atlas: Atlas, storage: Storage | null, saved = new SavedLayers()) {
    this.#atlas = atlas;
    this.#storage = storage;
    this.saved = saved;
    this.features = new FeatureLayers(atlas, storage);
    if (storage) this.#candidatesRead = this.#readCandidates(storage);
  }

  /** Settles once the stored candidate zones are read (their check, with zod, loads then). */
  #candidatesRead: Promise<void> = Promise.resolve();

  async #readCandidates(storage: Storage): Promise<void> {
    const { loadCandidates } = await import('../analysis/candidate-store');
    const loaded = loadCandidates(storage);
    if (loaded.error) this.storageProblem = 'unreadable';
    if (loaded.candidates.length === 0) return;
    // Any drawn in the meantime follow the stored ones.
    // A lookup used once, here: it needs no reactivity.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const stored = new Set(loaded.candidates.map((candidate) => candidate.id));
    this.candidates = [...loaded.candidates, ...this.candidates.filter((candidate) => !stored.has(candidate.id))];
  }

  get active(): PointLayerState | null {
    return this.layers.find((layer) => layer.id === this.activeLayer) ?? null;
  }

  get candidate(): CandidateZone | null {
    return this.candidates.find((entry) => entry.id === this.activeCandidate) ?? null;
  }

  /** Names the layers and their filters: the map reports back which version it has drawn. */
  readonly pointsVersion = $derived(
    this.layers
      .map((layer) => [
        layer.id,
        layer.visible,
        layer.field,
        layer.range?.join('~'),
        layer.category,
        layer.allowed.join('.'),
      ])
      .map((parts) => parts.join(':'))
      .join('|'),
  );

  /** District adcode → passing points of the active layer, when the point choropleth is on. */
  get districtChoropleth(): Record<string, number> | null {
    const active = this.active;
    if (!active || !this.choropleth) return null;
    return Object.fromEntries(
      this.#atlas.districts.map((district, index) => [district.id, active.counts.districts[index] ?? 0]),
    );
  }

  /** The points of each layer inside an area, and how many of them pass the layer's filter. */
  pointsInside(geometry: Polygon): Array<{ id: string; name: string; count: number; passing: number }> {
    return this.layers.map((layer) => {
      const hits = layer.inside(geometry);
      let passing = 0;
      for (const index of hits) passing += layer.mask[index];
      return { id: layer.id, name: layer.name, count: hits.length, passing };
    });
  }

  /** The first “Candidate n” not taken yet, worded by `nameOf`. */
  nextCandidateName(nameOf: (n: number) => string): string {
    const taken = this.candidates.map((entry) => entry.name);
    let n = this.candidates.length + 1;
    while (taken.includes(nameOf(n))) n += 1;
    return nameOf(n);
  }

  // ---------- import ----------

  /** Reads the header (CSV, xlsx) in a worker and asks for the settings; nothing is imported yet. */
  async prepare(file: File, change: { encoding?: TextEncodingName; sheet?: string } = {}): Promise<void> {
    // A FlatGeobuf (dropped on the panel or the map) is streamed by view, not imported whole.
    if (file.name.toLowerCase().endsWith('.fgb')) return this.streamed.open({ kind: 'file', file });
    const [head, client] = await Promise.all([file.slice(0, SNIFF_BYTES).text(), loadImportClient()]);
    const format = client.formatOf(file.name, head);
    this.failure = null;
    this.review = null;
    // The import usually follows: its worker loads while the file is previewed and the settings read.
    client.warmImportWorker();
    const base = { file, format, crs: this.pending?.file === file ? this.pending.crs : ('wgs84' as Crs) };
    if (format !== 'csv' && format !== 'xlsx') {
      // GeoJSON, Shapefile, KML: the location is in the file; only the CRS is asked.
      this.pending = { ...base, headers: [], location: { kind: 'lnglat', lng: '', lat: '' }, detected: true };
      return;
    }
    this.preparing = file.name;
    const result =
      format === 'csv'
        ? await csvPreviewOf(file, change.encoding)
        : await client.previewFile({ file, format, ...(change.sheet !== undefined ? { sheet: change.sheet } : {}) });
    if (this.preparing !== file.name) return;
    this.preparing = null;
    if (result.status === 'failed') {
      this.pending = null;
      this.failure = { fileName: file.name, problems: result.problems, total: result.total, hint: result.hint };
      return;
    }
    const { headers, location, encoding, sheets, sheet } = result.preview;
    this.pending = {
      ...base,
      headers,
      location: location ?? { kind: 'lnglat', lng: '', lat: '' },
      detected: location !== null,
      ...(encoding ? { encoding } : {}),
      ...(sheets && sheet !== undefined ? { sheets, sheet } : {}),
    };
  }

  /** The request a pending import makes: plain data that a stored import can replay. */
  requestOf(pending: PendingImport): ImportRequest {
    return {
      file: pending.file,
      format: pending.format,
      crs: pending.crs,
      ...(pending.format === 'csv' || pending.format === 'xlsx' ? { location: pending.location } : {}),
      ...(pending.encoding ? { encoding: pending.encoding } : {}),
      ...(pending.sheet !== undefined ? { sheet: pending.sheet } : {}),
      zones: polygonsForJoin(this.#atlas.zones),
      districts: polygonsForJoin(this.#atlas.districts),
      regionBounds: this.#atlas.region.bounds,
    };
  }

  /**
   * Runs the import in a worker; earlier layers stay whatever happens. A clean file becomes a layer at
   * once; a file with problems waits in `review` for the planner to import the valid points or cancel.
   */
  run(pending: PendingImport): void {
    this.running?.cancel();
    this.pending = null;
    this.failure = null;
    this.review = null;
    // The client is loaded by then (prepare loads it); a cancel before the job starts stops it as it starts.
    const started = loadImportClient().then((client) =>
      client.startImport(this.requestOf(pending), (phase, fraction) => {
        if (this.running?.fileName === pending.file.name) this.running = { ...this.running, phase, fraction };
      }),
    );
    const cancel = () => void started.then((job) => job.cancel());
    this.running = { fileName: pending.file.name, phase: 'read', fraction: 0, cancel };
    void started
      .then((job) => Promise.all([job.result, loadPointLayer()]))
      .then(([result, points]) => {
        if (this.running?.cancel === cancel) this.running = null;
        if (result.status === 'features') this.#addFeatures(pending, result.outcome);
        else if (result.status === 'done') {
          if (result.outcome.warnings.rejected > 0) this.review = { pending, outcome: result.outcome };
          else this.#add(pending, result.outcome, points);
        } else if (result.status === 'failed') {
          this.failure = {
            fileName: pending.file.name,
            problems: result.problems,
            total: result.total,
            hint: result.hint,
          };
        }
      });
  }

  /** Imports the valid points of the file under review. */
  acceptReview(): void {
    const review = this.review;
    if (!review) return;
    this.review = null;
    // Loaded with the import that is under review.
    void loadPointLayer().then((points) => this.#add(review.pending, review.outcome, points));
  }

  /** Drops the file under review: nothing is imported. */
  discardReview(): void {
    this.review = null;
  }

  cancelImport(): void {
    this.running?.cancel();
    this.running = null;
  }

  /** The extent of a layer, for zooming the map to it. */
  extentOf(id: string): Bounds | null {
    return this.layers.find((layer) => layer.id === id)?.warnings.extent ?? null;
  }

  /** `restored`: a layer kept in this browser, replayed; it takes back its colour and filter. */
  #add(pending: PendingImport, outcome: ImportOutcome, points: PointLayerModule, restored?: SavedLayer): void {
    this.#points = points;
    const { table, join } = outcome;
    const mask = new Uint8Array(table.count).fill(1);
    const id = `layer-${this.#nextLayer}`;
    const layer: PointLayerState = {
      id,
      name: pending.file.name,
      format: pending.format,
      crs: pending.crs,
      table,
      join,
      inside: points.pointQuery(table.positions, outcome.pointIndex),
      warnings: outcome.warnings,
      ...(outcome.encoding ? { encoding: outcome.encoding } : {}),
      unreadable: outcome.unreadable ?? 0,
      color: restored?.display.color ?? LAYER_COLORS[(this.#nextLayer - 1) % LAYER_COLORS.length],
      visible: true,
      field: table.numeric.length > 0 ? 0 : null,
      range: table.numeric.length > 0 ? [table.numeric[0].min, table.numeric[0].max] : null,
      category: null,
      allowed: [],
      mask,
      passing: table.count,
      counts: points.countWhere(join, mask),
    };
    this.#nextLayer += 1;
    performance.mark('atlas:points-added', { detail: id });
    this.layers = [...this.layers, layer];
    this.activeLayer = id;
    if (restored) {
      this.saved.attach(restored.key, id);
      this.setFilter(id, points.filterOf(table, restored.display));
    } else this.saved.keep(id, pending.file, settingsOf(pending), points.displayOf(layer));
  }

  /** A polygon/line layer; kept in this browser like point layers. */
  #addFeatures(pending: PendingImport, data: FeatureLayerData, restored?: SavedLayer): void {
    const id = this.features.add(pending.file, { format: pending.format, crs: pending.crs }, data);
    if (restored) {
      this.saved.attach(restored.key, id);
      if (!restored.display.visible) this.features.setVisible(id, false);
    } else {
      const layer = this.features.layers.find((entry) => entry.id === id);
      if (layer) this.saved.keep(id, pending.file, settingsOf(pending), featureDisplayOf(layer));
    }
  }

  removeFeatureLayer(id: string): void {
    this.features.remove(id);
    this.saved.layerRemoved(id);
  }

  setFeatureLayerVisible(id: string, visible: boolean): void {
    this.features.setVisible(id, visible);
    const layer = this.features.layers.find((entry) => entry.id === id);
    if (layer) this.saved.displayChanged(id, featureDisplayOf(layer));
  }

  removeLayer(id: string): void {
    this.layers = this.layers.filter((layer) => layer.id !== id);
    if (this.activeLayer === id) this.activeLayer = this.layers[0]?.id ?? null;
    if (this.layers.length === 0) this.choropleth = false;
    this.saved.layerRemoved(id);
  }

  // ---------- layers kept in this browser ----------

  #restoreJob: { key: number; cancel: () => void } | null = null;

  /** Replays the imports kept in this browser, one after another; the page stays usable meanwhile. */
  async restoreSaved(): Promise<void> {
    const stored = await this.saved.load();
    for (const [index, entry] of stored.entries()) {
      try {
        await this.#restore(entry, index + 1, stored.length);
      } catch (error) {
        // Not the file's fault (no worker, out of memory): said on the entry, the others still come back.
        this.saved.restoring = null;
        this.saved.restoreFailed(entry.key, [{ code: 'crashed', detail: String(error) }]);
      }
    }
  }

  async #restore(entry: SavedLayer, index: number, total: number): Promise<void> {
    if (!this.saved.has(entry.key)) return;
    const file = await this.saved.file(entry.key);
    if (!file) throw new Error('file missing');
    const pending: PendingImport = { ...entry.settings, file, headers: [] };
    const progress = { fileName: file.name, index, total };
    this.saved.restoring = { ...progress, phase: 'read', fraction: 0 };
    const { startImport } = await loadImportClient();
    const job = startImport(this.requestOf(pending), (phase, fraction) => {
      this.saved.restoring = { ...progress, phase, fraction };
    });
    this.#restoreJob = { key: entry.key, cancel: job.cancel };
    const [result, points] = await Promise.all([job.result, loadPointLayer()]);
    this.#restoreJob = null;
    this.saved.restoring = null;
    if (!this.saved.has(entry.key)) return;
    if (result.status === 'done') this.#add(pending, result.outcome, points, entry);
    else if (result.status === 'features') this.#addFeatures(pending, result.outcome, entry);
    else if (result.status === 'failed') this.saved.restoreFailed(entry.key, result.problems);
  }

  /** Deletes a layer kept in this browser, and the layer it drew (or stops its restore). */
  forgetSaved(key: number): void {
    if (this.#restoreJob?.key === key) this.#restoreJob.cancel();
    const layerId = this.saved.forget(key);
    if (layerId?.startsWith('features-')) this.removeFeatureLayer(layerId);
    else if (layerId) this.removeLayer(layerId);
  }

  // ---------- filters ----------

  /** Changes a layer's filter and recounts what passes (one pass over the points, on this thread). */
  setFilter(id: string, change: LayerFilterChange): void {
    // Loaded with the first layer: without one there is nothing to filter.
    const points = this.#points;
    if (!points) return;
    this.layers = this.layers.map((layer) => {
      if (layer.id !== id) return layer;
      const next = { ...layer, ...change };
      if ('field' in change && !('range' in change)) {
        const field = next.field === null ? null : next.table.numeric[next.field];
        next.range = field ? [field.min, field.max] : null;
      }
      if ('category' in change && !('allowed' in change)) {
        const field = next.category === null ? null : next.table.categories[next.category];
        next.allowed = field ? field.labels.map((_, code) => code) : [];
      }
      if (Object.keys(change).some((key) => key !== 'visible')) {
        // A fresh mask: the map and the table compare by identity.
        const { mask, passing } = points.filterMask(next.table, {
          field: next.field,
          range: next.range,
          category: next.category,
          allowed: next.category === null ? null : next.allowed,
        });
        next.mask = mask;
        next.passing = passing;
        next.counts = points.countWhere(next.join, mask);
      }
      return next;
    });
    const changed = this.layers.find((layer) => layer.id === id);
    if (changed) this.saved.displayChanged(id, points.displayOf(changed));
  }

  // ---------- candidate zones ----------

  addCandidate(candidate: CandidateZone): boolean {
    if (this.candidates.length >= MAX_CANDIDATES) return false;
    this.candidates = [...this.candidates, candidate];
    this.activeCandidate = candidate.id;
    this.#save();
    return true;
  }

  updateCandidate(id: string, change: Partial<Omit<CandidateZone, 'id'>>): void {
    this.candidates = this.candidates.map((candidate) =>
      candidate.id === id ? { ...candidate, ...change } : candidate,
    );
    this.#save();
  }

  deleteCandidate(id: string): void {
    this.candidates = this.candidates.filter((candidate) => candidate.id !== id);
    if (this.activeCandidate === id) this.activeCandidate = null;
    this.#save();
  }

  /** Stores the candidates once the stored ones are read (saving sooner would overwrite them). */
  #save(): void {
    const storage = this.#storage;
    if (!storage) return;
    void this.#candidatesRead
      .then(() => import('../analysis/candidate-store'))
      .then(({ saveCandidates }) => {
        this.storageProblem = saveCandidates(storage, this.candidates) ? null : 'unsaved';
      });
  }
}

/**
 * The planner's analysis session as runes: imported point layers with their filters and counts, the
 * import in progress, candidate zones (persisted in the browser) and the drawing tool. Not in the URL:
 * a million points cannot travel in a link, and candidate zones belong to this browser.
 */
import Flatbush from 'flatbush';
import type { Atlas } from '../data/atlas';
import type { DrawTool, Measurement } from './types';
import type { CandidateZone } from '../analysis/candidate';
import { loadCandidates, MAX_CANDIDATES, saveCandidates } from '../analysis/candidate-store';
import { filterMask } from '../analysis/filter';
import { startImport } from '../analysis/import-client';
import { formatOf, type ImportFormat, type ImportOutcome, type ImportPhase } from '../analysis/import-protocol';
import type { Polygon } from 'geojson';
import { countWhere, pointsInPolygon, type FilteredCounts, type JoinPolygon, type JoinResult } from '../analysis/join';
import type { Crs, ImportProblem, ImportWarnings, PointTable } from '../analysis/types';
import { FeatureLayers } from './features.svelte';

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
  index: Flatbush;
  warnings: ImportWarnings;
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

export interface PendingImport {
  file: File;
  format: ImportFormat;
  /** CSV: the header row, for choosing the coordinate columns. */
  headers: string[];
  lngColumn: string;
  latColumn: string;
  crs: Crs;
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
}

/** Enough of a CSV to read its header row. */
const HEADER_BYTES = 64 * 1024;

/** The browser's localStorage, or null where it is refused (some private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const polygonsForJoin = (features: ReadonlyArray<{ id: string; geometry: JoinPolygon['geometry'] }>) =>
  features.map((feature) => ({ id: feature.id, geometry: feature.geometry }));

export class AnalysisState {
  layers = $state.raw<PointLayerState[]>([]);
  activeLayer = $state<string | null>(null);
  pending = $state.raw<PendingImport | null>(null);
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

  /** Polygon and line layers and the official boundaries taken from them (features.svelte.ts). */
  readonly features: FeatureLayers;

  readonly #atlas: Atlas;
  readonly #storage: Storage | null;
  #nextLayer = 1;

  constructor(atlas: Atlas, storage: Storage | null) {
    this.#atlas = atlas;
    this.#storage = storage;
    this.features = new FeatureLayers(atlas, storage);
    if (storage) {
      const loaded = loadCandidates(storage);
      this.candidates = loaded.candidates;
      if (loaded.error) this.storageProblem = 'unreadable';
    }
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
      const hits = pointsInPolygon(layer.table.positions, layer.index, geometry);
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

  /** Reads the header (CSV) and asks for the settings; nothing is parsed until the user confirms. */
  async prepare(file: File): Promise<void> {
    const head = await file.slice(0, HEADER_BYTES).text();
    // The CSV reader loads with the first import, not with the page.
    const [{ csvHeaders }, { detectCoordinateColumns }] = await Promise.all([
      import('../analysis/parse-csv'),
      import('../analysis/columns'),
    ]);
    const format = formatOf(file.name, head);
    const headers = format === 'csv' ? csvHeaders(head) : [];
    const detected = detectCoordinateColumns(headers);
    this.failure = null;
    this.pending = {
      file,
      format,
      headers,
      lngColumn: detected.lng ?? headers[0] ?? '',
      latColumn: detected.lat ?? headers[1] ?? '',
      crs: 'wgs84',
    };
  }

  /** Runs the import in a worker; earlier layers stay whatever happens. */
  run(pending: PendingImport): void {
    this.running?.cancel();
    this.pending = null;
    this.failure = null;
    const request = {
      file: pending.file,
      format: pending.format,
      crs: pending.crs,
      ...(pending.format === 'csv' ? { lngColumn: pending.lngColumn, latColumn: pending.latColumn } : {}),
      zones: polygonsForJoin(this.#atlas.zones),
      districts: polygonsForJoin(this.#atlas.districts),
      regionBounds: this.#atlas.region.bounds,
    };
    const job = startImport(request, (phase, fraction) => {
      if (this.running?.fileName === pending.file.name) this.running = { ...this.running, phase, fraction };
    });
    this.running = { fileName: pending.file.name, phase: 'read', fraction: 0, cancel: job.cancel };
    void job.result.then((result) => {
      this.running = null;
      if (result.status === 'done') this.#add(pending, result.outcome);
      else if (result.status === 'features')
        this.features.add(pending.file, { format: pending.format, crs: pending.crs }, result.outcome);
      else if (result.status === 'failed')
        this.failure = { fileName: pending.file.name, problems: result.problems, total: result.total };
    });
  }

  cancelImport(): void {
    this.running?.cancel();
    this.running = null;
  }

  #add(pending: PendingImport, outcome: ImportOutcome): void {
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
      index: Flatbush.from(outcome.pointIndex),
      warnings: outcome.warnings,
      color: LAYER_COLORS[(this.#nextLayer - 1) % LAYER_COLORS.length],
      visible: true,
      field: table.numeric.length > 0 ? 0 : null,
      range: table.numeric.length > 0 ? [table.numeric[0].min, table.numeric[0].max] : null,
      category: null,
      allowed: [],
      mask,
      passing: table.count,
      counts: countWhere(join, mask),
    };
    this.#nextLayer += 1;
    performance.mark('atlas:points-added', { detail: id });
    this.layers = [...this.layers, layer];
    this.activeLayer = id;
  }

  removeLayer(id: string): void {
    this.layers = this.layers.filter((layer) => layer.id !== id);
    if (this.activeLayer === id) this.activeLayer = this.layers[0]?.id ?? null;
    if (this.layers.length === 0) this.choropleth = false;
  }

  // ---------- filters ----------

  /** Changes a layer's filter and recounts what passes (one pass over the points, on this thread). */
  setFilter(id: string, change: LayerFilterChange): void {
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
        const { mask, passing } = filterMask(next.table, {
          field: next.field,
          range: next.range,
          category: next.category,
          allowed: next.category === null ? null : next.allowed,
        });
        next.mask = mask;
        next.passing = passing;
        next.counts = countWhere(next.join, mask);
      }
      return next;
    });
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

  #save(): void {
    if (!this.#storage) return;
    this.storageProblem = saveCandidates(this.#storage, this.candidates) ? null : 'unsaved';
  }
}

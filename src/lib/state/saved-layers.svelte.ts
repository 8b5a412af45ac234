/**
 * Imported layers kept in this browser, as runes: what is stored (file name, date, size), which layer on
 * the map each one drew, the restore in progress, and what went wrong (storage full, no storage, records
 * that could not be read). AnalysisState tells it when a layer is imported, refiltered or removed; the
 * IndexedDB work is in analysis/layer-store.ts, loaded only when first needed.
 */
import type { ImportPhase } from '../analysis/import-protocol';
import type {
  DroppedLayer,
  ImportSettings,
  LayerDisplay,
  LayerStore,
  OpenResult,
  SavedLayer,
} from '../analysis/layer-store';
import type { ImportProblem } from '../analysis/types';

export interface SavedEntry {
  key: number;
  fileName: string;
  /** ms since the epoch */
  savedAt: number;
  /** bytes */
  size: number;
  /** The layer it drew in this visit, once imported or restored. */
  layerId: string | null;
  /** Why it could not be restored in this visit. */
  problems: ImportProblem[] | null;
}

/** What the planner must be told about storage. */
export type SaveProblem =
  /** No IndexedDB, or it is refused (private mode, storage disabled): nothing is kept. */
  | { kind: 'unavailable' }
  /** The database was upgraded by a newer version of the atlas: nothing is kept. */
  | { kind: 'other-version' }
  | { kind: 'full'; fileName: string; usedBytes: number | null; quotaBytes: number | null }
  | { kind: 'failed'; fileName: string; detail: string };

export interface RestoreProgress {
  fileName: string;
  /** 1-based */
  index: number;
  total: number;
  phase: ImportPhase;
  fraction: number;
}

const entryOf = (layer: SavedLayer): SavedEntry => ({
  key: layer.key,
  fileName: layer.fileName,
  savedAt: layer.savedAt,
  size: layer.size,
  layerId: null,
  problems: null,
});

export class SavedLayers {
  entries = $state.raw<SavedEntry[]>([]);
  problem = $state.raw<SaveProblem | null>(null);
  /** Records found unreadable and deleted on this visit. */
  dropped = $state.raw<DroppedLayer[]>([]);
  restoring = $state.raw<RestoreProgress | null>(null);
  /** The stored list has been read (or found unavailable). */
  loaded = $state(false);

  readonly #open: () => Promise<OpenResult>;
  #store: Promise<LayerStore | null> | null = null;
  /** layer id → its stored key (null: it could not be stored). Bookkeeping, never drawn: not reactive. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #keys = new Map<string, Promise<number | null>>();

  /** `open` gives the store; the page's default opens IndexedDB. */
  constructor(open?: () => Promise<OpenResult>) {
    this.#open = open ?? (async () => (await import('../analysis/layer-store')).openLayerStore());
  }

  #connect(): Promise<LayerStore | null> {
    this.#store ??= this.#open().then(
      (result) => {
        if (result.ok) return result.store;
        this.problem = { kind: result.reason };
        return null;
      },
      () => {
        this.problem = { kind: 'unavailable' };
        return null;
      },
    );
    return this.#store;
  }

  has(key: number): boolean {
    return this.entries.some((entry) => entry.key === key);
  }

  /** Reads what this browser keeps, for replaying; unreadable records are dropped and reported. */
  async load(): Promise<SavedLayer[]> {
    try {
      return await this.#list();
    } finally {
      this.loaded = true;
    }
  }

  async #list(): Promise<SavedLayer[]> {
    const store = await this.#connect();
    if (!store) return [];
    try {
      const { layers, dropped } = await store.list();
      this.dropped = dropped;
      // A layer imported while the list was read is listed already.
      const fresh = layers.filter((layer) => !this.has(layer.key));
      this.entries = [...fresh.map(entryOf), ...this.entries];
      return fresh;
    } catch (error) {
      this.problem = { kind: 'failed', fileName: '', detail: String(error) };
      return [];
    }
  }

  /** The original file of a stored layer, or null if it cannot be read. */
  async file(key: number): Promise<File | null> {
    const store = await this.#connect();
    return store ? store.file(key).catch(() => null) : null;
  }

  /** Keeps a newly imported layer's file, settings and display. */
  keep(layerId: string, file: File, settings: ImportSettings, display: LayerDisplay): void {
    const key = this.#connect().then(async (store) => {
      if (!store) return null;
      const result = await store.save(file, file.name, settings, display);
      if (!result.ok) {
        this.problem =
          result.reason === 'full'
            ? { kind: 'full', fileName: file.name, usedBytes: result.usedBytes, quotaBytes: result.quotaBytes }
            : { kind: 'failed', fileName: file.name, detail: result.detail };
        return null;
      }
      const entry: SavedEntry = {
        key: result.key,
        fileName: file.name,
        savedAt: result.savedAt,
        size: file.size,
        layerId,
        problems: null,
      };
      this.entries = [...this.entries, entry];
      if (this.problem?.kind === 'full' || this.problem?.kind === 'failed') this.problem = null;
      return result.key;
    });
    this.#keys.set(layerId, key);
  }

  /** A stored layer was replayed and drew `layerId`. */
  attach(key: number, layerId: string): void {
    this.#keys.set(layerId, Promise.resolve(key));
    this.entries = this.entries.map((entry) => (entry.key === key ? { ...entry, layerId, problems: null } : entry));
  }

  restoreFailed(key: number, problems: ImportProblem[]): void {
    this.entries = this.entries.map((entry) => (entry.key === key ? { ...entry, problems } : entry));
  }

  /** Stores a layer's new display; calls made in order are written in order. */
  displayChanged(layerId: string, display: LayerDisplay): void {
    const key = this.#keys.get(layerId);
    if (!key) return;
    void key.then(async (stored) => {
      const store = stored === null ? null : await this.#connect();
      if (!store || stored === null) return;
      const result = await store.updateDisplay(stored, display);
      if (!result.ok) {
        const fileName = this.entries.find((entry) => entry.key === stored)?.fileName ?? '';
        this.problem =
          result.reason === 'full'
            ? { kind: 'full', fileName, usedBytes: result.usedBytes, quotaBytes: result.quotaBytes }
            : { kind: 'failed', fileName, detail: result.detail };
      }
    });
  }

  /** The layer left the map: its stored copy goes too, or it would come back on the next visit. */
  layerRemoved(layerId: string): void {
    const key = this.#keys.get(layerId);
    this.#keys.delete(layerId);
    void key?.then((stored) => (stored === null ? undefined : this.forget(stored)));
  }

  /** Deletes a stored layer; returns the layer it drew in this visit, if any. */
  forget(key: number): string | null {
    const entry = this.entries.find((candidate) => candidate.key === key);
    this.entries = this.entries.filter((candidate) => candidate.key !== key);
    if (entry?.layerId) this.#keys.delete(entry.layerId);
    void this.#connect().then((store) => store?.remove(key).catch(() => undefined));
    return entry?.layerId ?? null;
  }

  dismissProblems(): void {
    this.dropped = [];
    if (this.problem?.kind === 'full' || this.problem?.kind === 'failed') this.problem = null;
  }
}

/**
 * Imported polygon and line layers, the feature whose profile is open, and the official boundaries taken
 * from them (kept in this browser). Each layer keeps its File and the plain import settings it was read
 * with, so that it can be stored and read again exactly as it was imported.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Atlas } from '../data/atlas';
import { boundaryPositions, MAX_BOUNDARY_POSITIONS, type OfficialBoundary } from '../analysis/official-boundary';
import type { FeatureLayerData, ImportedFeature } from '../analysis/feature-types';
import type { ImportFormat } from '../analysis/import-protocol';
import type { Crs } from '../analysis/types';

/** Outline colours for imported feature layers: saturated, apart from the zones' pastels and the point colours. */
const FEATURE_COLORS: ReadonlyArray<[number, number, number]> = [
  [197, 27, 125],
  [27, 120, 55],
  [33, 102, 172],
  [153, 52, 4],
];

/** What re-reads a feature layer: the file plus these (serialisable) settings. */
export interface FeatureImportSettings {
  format: ImportFormat;
  crs: Crs;
}

export interface FeatureLayerState {
  id: string;
  /** The file name, shown as text. */
  name: string;
  file: File;
  settings: FeatureImportSettings;
  data: FeatureLayerData;
  color: [number, number, number];
  visible: boolean;
}

export interface OpenFeature {
  layerId: string;
  /** Index into the layer's data.features. */
  index: number;
}

export type BoundaryTakeResult = 'taken' | 'not-polygon' | 'too-large' | 'unknown-zone';

export class FeatureLayers {
  layers = $state.raw<FeatureLayerState[]>([]);
  open = $state.raw<OpenFeature | null>(null);
  boundaries = $state.raw<OfficialBoundary[]>([]);
  /** Stored boundaries that could not be read, or a browser that refused to store them. */
  boundaryProblem = $state<'unreadable' | 'unsaved' | null>(null);

  readonly #atlas: Atlas;
  readonly #storage: Storage | null;
  #next = 1;

  constructor(atlas: Atlas, storage: Storage | null) {
    this.#atlas = atlas;
    this.#storage = storage;
    if (storage) this.#boundariesRead = this.#readBoundaries(storage);
  }

  /** Settles once the stored boundaries are read (their check, with zod, loads then). */
  #boundariesRead: Promise<void> = Promise.resolve();

  async #readBoundaries(storage: Storage): Promise<void> {
    const { loadBoundaries } = await import('../analysis/boundary-store');
    // Read once here and never changed: it needs no reactivity.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const loaded = loadBoundaries(storage, new Set(this.#atlas.zones.map((zone) => zone.id)));
    if (loaded.error) this.boundaryProblem = 'unreadable';
    if (loaded.boundaries.length === 0) return;
    // One taken in the meantime replaces the stored one for its zone.
    // A lookup used once, here: it needs no reactivity.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const taken = new Set(this.boundaries.map((boundary) => boundary.zoneId));
    this.boundaries = [...loaded.boundaries.filter((boundary) => !taken.has(boundary.zoneId)), ...this.boundaries];
  }

  /** The open feature with its layer, if both still exist. */
  get opened(): { layer: FeatureLayerState; feature: ImportedFeature } | null {
    const open = this.open;
    const layer = open ? this.layers.find((entry) => entry.id === open.layerId) : undefined;
    const feature = open ? layer?.data.features[open.index] : undefined;
    return layer && feature ? { layer, feature } : null;
  }

  /** Names the layers and their visibility: the map reports back which version it has drawn. */
  get version(): string {
    return this.layers.map((layer) => `${layer.id}:${layer.visible}`).join('|');
  }

  add(file: File, settings: FeatureImportSettings, data: FeatureLayerData): string {
    const id = `features-${this.#next}`;
    const color = FEATURE_COLORS[(this.#next - 1) % FEATURE_COLORS.length];
    this.#next += 1;
    this.layers = [...this.layers, { id, name: file.name, file, settings, data, color, visible: true }];
    return id;
  }

  remove(id: string): void {
    this.layers = this.layers.filter((layer) => layer.id !== id);
    if (this.open?.layerId === id) this.open = null;
  }

  setVisible(id: string, visible: boolean): void {
    this.layers = this.layers.map((layer) => (layer.id === id ? { ...layer, visible } : layer));
  }

  boundaryOf(zoneId: string | null): OfficialBoundary | null {
    return this.boundaries.find((boundary) => boundary.zoneId === zoneId) ?? null;
  }

  /** Takes the open feature as the official boundary of a zone, replacing an earlier one. */
  // The date is read once, when the boundary is taken: it needs no reactivity.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  takeBoundary(zoneId: string, featureLabel: string, today: Date = new Date()): BoundaryTakeResult {
    const opened = this.opened;
    if (!this.#atlas.zones.some((zone) => zone.id === zoneId)) return 'unknown-zone';
    const geometry = opened?.feature.geometry;
    if (!opened || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      return 'not-polygon';
    }
    if (boundaryPositions(geometry) > MAX_BOUNDARY_POSITIONS) return 'too-large';
    const boundary: OfficialBoundary = {
      zoneId,
      geometry: structuredClone(geometry) as Polygon | MultiPolygon,
      fileName: opened.layer.name,
      takenOn: localDate(today),
      featureLabel,
    };
    this.boundaries = [...this.boundaries.filter((entry) => entry.zoneId !== zoneId), boundary];
    this.#save();
    return 'taken';
  }

  removeBoundary(zoneId: string): void {
    this.boundaries = this.boundaries.filter((entry) => entry.zoneId !== zoneId);
    this.#save();
  }

  /** Stores the boundaries once the stored ones are read (saving sooner would overwrite them). */
  #save(): void {
    const storage = this.#storage;
    if (!storage) return;
    void this.#boundariesRead
      .then(() => import('../analysis/boundary-store'))
      .then(({ saveBoundaries }) => {
        this.boundaryProblem = saveBoundaries(storage, this.boundaries) ? null : 'unsaved';
      });
  }
}

/** YYYY-MM-DD in the browser's time zone (the day the planner sees on the calendar). */
function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A FlatGeobuf streamed by view: only the points in the map's current box are in memory (at most
 * VIEW_CAP, an even sample beyond that, and said so), and the per-zone counts of the whole file are made
 * by going through it in a worker. Kept apart from the imported layers: it is never stored in the
 * browser, and its counts cover the whole file whatever is in view.
 */
import type { Bounds } from '../data/geo';
import type { FgbInfo } from '../analysis/fgb-read';
import type { FilteredCounts, JoinPolygon } from '../analysis/join';
import type { RunningCount, StreamedFile, StreamFailure } from '../analysis/stream-client';
import type { StreamInput } from '../analysis/stream-protocol';
import type { PointTable } from '../analysis/types';

/** The stream's client (its worker, FlatGeobuf reading): loaded when a file is first opened, not with the page. */
const loadClient = () => import('../analysis/stream-client');
type StreamClient = Awaited<ReturnType<typeof loadClient>>;

/** The most points drawn for one view; more than this and a spread sample is drawn instead. */
export const VIEW_CAP = 200_000;

/** The colour of streamed points: apart from the imported layers' palette. */
const STREAM_COLOR: [number, number, number] = [178, 24, 43];

export interface StreamedLayerState {
  id: string;
  /** The file name or URL, shown as text. */
  name: string;
  info: FgbInfo;
  visible: boolean;
  color: [number, number, number];
  /** The points of the last view read, and whether they are a sample. */
  view: { table: PointTable; sampled: boolean } | null;
  /** Whole-file counts, once made. */
  counts: FilteredCounts | null;
}

export interface StreamProgress {
  read: number;
  total: number;
}

export class StreamedLayers {
  layer = $state.raw<StreamedLayerState | null>(null);
  /** A file being opened (its name). */
  opening = $state<string | null>(null);
  failure = $state.raw<{ name: string; problem: StreamFailure } | null>(null);
  counting = $state.raw<StreamProgress | null>(null);
  /** Bumped on every new view, for the map's drawn-version handshake. */
  viewVersion = $state(0);

  #client: StreamClient | null = null;
  #file: StreamedFile | null = null;
  #input: StreamInput | null = null;
  #bounds: Bounds | null = null;
  #count: RunningCount | null = null;
  #next = 1;

  /** Opens a FlatGeobuf; the current streamed layer is replaced only when the new one opens. */
  async open(input: StreamInput): Promise<void> {
    const name = input.kind === 'file' ? input.file.name : input.url;
    this.opening = name;
    this.failure = null;
    const client = await loadClient();
    this.#client = client;
    const { isFailure } = client;
    const opened = await client.StreamedFile.open(input);
    if (this.opening !== name) {
      if (!isFailure(opened)) opened.close();
      return;
    }
    this.opening = null;
    if (isFailure(opened)) {
      this.failure = { name, problem: opened };
      return;
    }
    this.remove();
    this.#file = opened;
    this.#input = input;
    this.layer = {
      id: `stream-${this.#next++}`,
      name,
      info: opened.info,
      visible: true,
      color: STREAM_COLOR,
      view: null,
      counts: null,
    };
    if (this.#bounds) void this.#read(this.#bounds);
  }

  /** The map's box changed: read what is in it. */
  setBounds(bounds: Bounds): void {
    this.#bounds = bounds;
    if (this.#file) void this.#read(bounds);
  }

  async #read(bounds: Bounds): Promise<void> {
    const file = this.#file;
    const client = this.#client;
    if (!file || !client) return;
    const result = await file.view(bounds, VIEW_CAP);
    if (result === null || file !== this.#file || !this.layer) return;
    if (client.isFailure(result)) {
      this.failure = { name: this.layer.name, problem: result };
      return;
    }
    const table: PointTable = { count: result.count, positions: result.positions, numeric: [], categories: [] };
    this.layer = { ...this.layer, view: { table, sampled: result.sampled } };
    this.viewVersion += 1;
  }

  setVisible(visible: boolean): void {
    if (this.layer) this.layer = { ...this.layer, visible };
  }

  /** Counts every point of the file per zone and district, with progress; a second call restarts. */
  count(zones: JoinPolygon[], districts: JoinPolygon[]): void {
    const input = this.#input;
    const layer = this.layer;
    const client = this.#client;
    if (!input || !layer || !client) return;
    this.#count?.cancel();
    this.counting = { read: 0, total: layer.info.count };
    const job = client.countStreamed(input, zones, districts, (read, total) => {
      if (this.#count === job) this.counting = { read, total };
    });
    this.#count = job;
    void job.result.then((result) => {
      if (this.#count !== job) return;
      this.#count = null;
      this.counting = null;
      if (result === null || !this.layer || this.layer.id !== layer.id) return;
      if (client.isFailure(result)) this.failure = { name: layer.name, problem: result };
      else this.layer = { ...this.layer, counts: result };
    });
  }

  cancelCount(): void {
    this.#count?.cancel();
    this.#count = null;
    this.counting = null;
  }

  remove(): void {
    this.cancelCount();
    this.#file?.close();
    this.#file = null;
    this.#input = null;
    this.layer = null;
  }
}

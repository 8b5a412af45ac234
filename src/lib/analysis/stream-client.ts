/**
 * The page's side of a streamed FlatGeobuf: one worker per layer answers view requests (the latest one
 * wins: a view asked while another is read waits, and is replaced by any newer one); a count runs in a
 * worker of its own, so views stay quick meanwhile, and is cancelled by terminating it.
 */
import type { Bounds } from '../data/geo';
import type { FgbInfo, StreamProblemCode } from './fgb-read';
import type { JoinPolygon } from './join';
import type { StreamInput, StreamReply, StreamRequest } from './stream-protocol';

export interface StreamFailure {
  code: StreamProblemCode;
  detail: string;
}

export interface ViewResult {
  positions: Float64Array;
  count: number;
  sampled: boolean;
}

export interface CountResult {
  zones: Uint32Array;
  districts: Uint32Array;
  total: number;
}

function worker(): Worker {
  return new Worker(new URL('./stream.worker.ts', import.meta.url), { type: 'module' });
}

const crash = (event: ErrorEvent): StreamFailure => {
  event.preventDefault();
  return { code: 'corrupt', detail: event.message || 'worker error' };
};

export class StreamedFile {
  readonly info: FgbInfo;
  readonly #worker: Worker;
  #nextId = 1;
  #inFlight = false;
  #queued: { box: Bounds; cap: number; resolve: (result: ViewResult | StreamFailure | null) => void } | null = null;
  #waiting = new Map<number, (result: ViewResult | StreamFailure) => void>();

  private constructor(info: FgbInfo, running: Worker) {
    this.info = info;
    this.#worker = running;
    running.onmessage = (event: MessageEvent<StreamReply>) => {
      const reply = event.data;
      if (reply.type === 'view') this.#settle(reply.id, reply);
      else if (reply.type === 'failed') this.#settleAll(reply);
    };
    running.onerror = (event) => this.#settleAll(crash(event));
  }

  /** Opens the file in a worker; a file that cannot be streamed gives its problem and no worker stays. */
  static open(input: StreamInput): Promise<StreamedFile | StreamFailure> {
    const running = worker();
    return new Promise((resolve) => {
      running.onmessage = (event: MessageEvent<StreamReply>) => {
        const reply = event.data;
        if (reply.type === 'opened') resolve(new StreamedFile(reply.info, running));
        else if (reply.type === 'failed') {
          running.terminate();
          resolve({ code: reply.code, detail: reply.detail });
        }
      };
      running.onerror = (event) => {
        running.terminate();
        resolve(crash(event));
      };
      running.postMessage({ type: 'open', input } satisfies StreamRequest);
    });
  }

  /** The points in `box`; a request made while another is read replaces any waiting one. */
  view(box: Bounds, cap: number): Promise<ViewResult | StreamFailure | null> {
    if (this.#inFlight) {
      // The waiting request is superseded: null tells its caller to drop it.
      this.#queued?.resolve(null);
      return new Promise((resolve) => (this.#queued = { box, cap, resolve }));
    }
    return this.#send(box, cap);
  }

  #send(box: Bounds, cap: number): Promise<ViewResult | StreamFailure> {
    const id = this.#nextId++;
    this.#inFlight = true;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#worker.postMessage({ type: 'view', id, box, cap } satisfies StreamRequest);
    });
  }

  #settle(id: number, result: ViewResult): void {
    this.#waiting.get(id)?.(result);
    this.#waiting.delete(id);
    this.#next();
  }

  #settleAll(failure: StreamFailure): void {
    for (const resolve of this.#waiting.values()) resolve(failure);
    this.#waiting.clear();
    this.#next();
  }

  #next(): void {
    this.#inFlight = false;
    const queued = this.#queued;
    this.#queued = null;
    if (queued) void this.#send(queued.box, queued.cap).then(queued.resolve);
  }

  close(): void {
    this.#worker.terminate();
  }
}

export interface RunningCount {
  result: Promise<CountResult | StreamFailure | null>;
  cancel(): void;
}

/** Counts every point of the file per zone and district; `onProgress` gets points read and the total. */
export function countStreamed(
  input: StreamInput,
  zones: JoinPolygon[],
  districts: JoinPolygon[],
  onProgress: (read: number, total: number) => void,
): RunningCount {
  const running = worker();
  let settle: (value: CountResult | StreamFailure | null) => void = () => {};
  const result = new Promise<CountResult | StreamFailure | null>((resolve) => {
    settle = (value) => {
      running.terminate();
      resolve(value);
    };
  });
  running.onmessage = (event: MessageEvent<StreamReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') onProgress(reply.read, reply.total);
    else if (reply.type === 'counted') settle({ zones: reply.zones, districts: reply.districts, total: reply.total });
    else if (reply.type === 'failed') settle({ code: reply.code, detail: reply.detail });
  };
  running.onerror = (event) => settle(crash(event));
  running.postMessage({ type: 'count', input, zones, districts } satisfies StreamRequest);
  return { result, cancel: () => settle(null) };
}

export const isFailure = (value: unknown): value is StreamFailure =>
  typeof value === 'object' && value !== null && 'code' in value;

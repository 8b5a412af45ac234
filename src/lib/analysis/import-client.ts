/**
 * The page's side of an import: a worker per file (and one to read a table's header), relays
 * progress, and cancels by terminating it, which stops the work at once however far it got. While
 * the header is read and the user reviews the settings, the import's worker is started and loads its
 * code, so the import itself does not wait for a worker to start.
 */
import type { FeatureLayerData } from './feature-types';
import type {
  ImportOutcome,
  ImportPhase,
  ImportPreview,
  ImportRequest,
  PreviewRequest,
  WorkerMessage,
} from './import-protocol';
import type { ImportProblem, RegionHint } from './types';

// The page loads this module when a file is chosen; what it decides first (the format) comes with it.
export { formatOf } from './import-protocol';

export type ImportResult =
  | { status: 'done'; outcome: ImportOutcome }
  | { status: 'features'; outcome: FeatureLayerData }
  | { status: 'failed'; problems: ImportProblem[]; total: number; hint: RegionHint | null }
  | { status: 'cancelled' };

export type PreviewResult =
  | { status: 'done'; preview: ImportPreview }
  | { status: 'failed'; problems: ImportProblem[]; total: number; hint: RegionHint | null };

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel(): void;
}

function crashed(detail: string) {
  return { status: 'failed' as const, problems: [{ code: 'crashed' as const, detail }], total: 1, hint: null };
}

const spawn = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead of the next request (each request gets a worker of its own, used once). */
let spare: Worker | null = null;

/** The spare worker if one was started, else a new one. */
function takeWorker(): Worker {
  const worker = spare ?? spawn();
  spare = null;
  return worker;
}

/** Runs one request in a worker of its own and settles on its final message. */
function inWorker<T>(
  request: ImportRequest | PreviewRequest,
  onMessage: (message: WorkerMessage, settle: (value: T) => void) => void,
  onCrash: (detail: string) => T,
): { result: Promise<T>; settle: (value: T) => void } {
  const worker = takeWorker();
  let settle: (value: T) => void = () => {};
  const result = new Promise<T>((resolve) => {
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
  });
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => onMessage(event.data, settle);
  worker.onerror = (event) => {
    event.preventDefault();
    settle(onCrash(event.message || 'worker error'));
  };
  worker.postMessage(request);
  return { result, settle };
}

/**
 * The worker's stage timings as performance.measure entries on the page's timeline, and the transfer
 * (from the worker's postMessage to its arrival here) as `atlas:import:transfer`, for the benchmark.
 */
function measureStages(outcome: ImportOutcome): void {
  const origin = performance.timeOrigin;
  for (const stage of outcome.stages ?? []) {
    performance.measure(`atlas:import:${stage.name}`, { start: stage.start - origin, duration: stage.duration });
  }
  if (outcome.postedAt !== undefined) {
    performance.measure('atlas:import:transfer', { start: outcome.postedAt - origin, end: performance.now() });
  }
}

export function startImport(
  request: ImportRequest,
  onProgress: (phase: ImportPhase, fraction: number) => void,
): RunningImport {
  const { result, settle } = inWorker<ImportResult>(
    request,
    (message, done) => {
      switch (message.type) {
        case 'progress':
          onProgress(message.phase, message.fraction);
          break;
        case 'done':
          measureStages(message.outcome);
          done({ status: 'done', outcome: message.outcome });
          break;
        case 'features-done':
          done({ status: 'features', outcome: message.outcome });
          break;
        case 'failed':
          done({ status: 'failed', problems: message.problems, total: message.total, hint: message.hint });
          break;
        case 'crashed':
          done(crashed(message.message));
          break;
        case 'preview':
          break;
      }
    },
    crashed,
  );
  return { result, cancel: () => settle({ status: 'cancelled' }) };
}

/** The header, detected location and encoding or sheets of a table file, read in a worker. */
export function previewFile(request: Omit<PreviewRequest, 'type'>): Promise<PreviewResult> {
  return inWorker<PreviewResult>(
    { type: 'preview', ...request },
    (message, done) => {
      if (message.type === 'preview') done({ status: 'done', preview: message.preview });
      else if (message.type === 'failed')
        done({ status: 'failed', problems: message.problems, total: message.total, hint: message.hint });
      else if (message.type === 'crashed') done(crashed(message.message));
    },
    crashed,
  ).result;
}

/**
 * Starts the next request's worker now (a file was chosen: its import is likely to follow), so that
 * it has loaded its code by the time the import starts. Does nothing if one is already waiting.
 */
export function warmImportWorker(): void {
  // Where there are no workers (a test's plain Node), the import says so itself when it starts one.
  if (typeof Worker === 'undefined') return;
  spare ??= spawn();
}

/**
 * The page's side of an import: starts a worker per file, relays progress, and cancels by terminating
 * it, which stops the work at once however far it got.
 */
import type { FeatureLayerData } from './feature-types';
import type { ImportOutcome, ImportPhase, ImportRequest, WorkerMessage } from './import-protocol';
import type { ImportProblem } from './types';

export type ImportResult =
  | { status: 'done'; outcome: ImportOutcome }
  | { status: 'features'; outcome: FeatureLayerData }
  | { status: 'failed'; problems: ImportProblem[]; total: number }
  | { status: 'cancelled' };

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel(): void;
}

export function startImport(
  request: ImportRequest,
  onProgress: (phase: ImportPhase, fraction: number) => void,
): RunningImport {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (result: ImportResult) => void = () => {};
  const result = new Promise<ImportResult>((resolve) => {
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
  });
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    switch (message.type) {
      case 'progress':
        onProgress(message.phase, message.fraction);
        break;
      case 'done':
        settle({ status: 'done', outcome: message.outcome });
        break;
      case 'features-done':
        settle({ status: 'features', outcome: message.outcome });
        break;
      case 'failed':
        settle({ status: 'failed', problems: message.problems, total: message.total });
        break;
      case 'crashed':
        settle({ status: 'failed', problems: [{ code: 'crashed', detail: message.message }], total: 1 });
        break;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ status: 'failed', problems: [{ code: 'crashed', detail: event.message || 'worker error' }], total: 1 });
  };
  worker.postMessage(request);
  return { result, cancel: () => settle({ status: 'cancelled' }) };
}

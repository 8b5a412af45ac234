/**
 * Parses an imported file, converts it to WGS-84, joins it to zones and districts and indexes it, off
 * the main thread. Progress is posted as it goes; the page cancels by terminating the worker.
 */
import { buildPointIndex, joinPoints } from './join';
import { parseCsvPoints } from './parse-csv';
import { parseGeoJsonPoints } from './parse-geojson';
import { hasLinesOrPolygons, isFeatureFormat, parseFeatureFile, parseGeoJsonFeatures } from './parse-features';
import {
  transferablesOf,
  type ImportOutcome,
  type ImportPhase,
  type ImportRequest,
  type WorkerMessage,
} from './import-protocol';
import { ImportError, MAX_FILE_BYTES, type ImportWarnings, type PointTable } from './types';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/** Progress, at most every 50 ms so that posting does not slow the work down. */
function reporter(phase: ImportPhase) {
  let last = 0;
  return (fraction: number) => {
    const now = performance.now();
    if (now - last < 50 && fraction < 1) return;
    last = now;
    post({ type: 'progress', phase, fraction });
  };
}

async function run(request: ImportRequest): Promise<void> {
  const { file, format, crs, regionBounds } = request;
  if (file.size > MAX_FILE_BYTES)
    throw new ImportError([{ code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES }]);
  post({ type: 'progress', phase: 'read', fraction: 0 });
  if (isFeatureFormat(format)) {
    const outcome = await parseFeatureFile(file, file.name, format, {
      crs,
      regionBounds,
      onProgress: reporter('parse'),
    });
    post({ type: 'features-done', outcome });
    return;
  }
  const text = await file.text();
  const onProgress = reporter('parse');
  if (format === 'geojson' && hasLinesOrPolygons(text)) {
    post({ type: 'features-done', outcome: parseGeoJsonFeatures(text, { crs, regionBounds, onProgress }) });
    return;
  }
  let parsed: { table: PointTable; warnings: ImportWarnings; lngColumn?: string; latColumn?: string };
  if (format === 'csv') {
    parsed = parseCsvPoints(text, {
      crs,
      regionBounds,
      onProgress,
      ...(request.lngColumn ? { lngColumn: request.lngColumn } : {}),
      ...(request.latColumn ? { latColumn: request.latColumn } : {}),
    });
  } else {
    parsed = parseGeoJsonPoints(text, { crs, regionBounds, onProgress });
  }
  const { table, warnings } = parsed;
  const join = joinPoints(table.positions, request.zones, request.districts, reporter('join'));
  post({ type: 'progress', phase: 'index', fraction: 0 });
  // Flatbush allocates a plain ArrayBuffer (never a SharedArrayBuffer).
  const pointIndex = buildPointIndex(table.positions).data as ArrayBuffer;
  const outcome: ImportOutcome = {
    table,
    join,
    pointIndex,
    warnings,
    ...(parsed.lngColumn && parsed.latColumn ? { lngColumn: parsed.lngColumn, latColumn: parsed.latColumn } : {}),
  };
  post({ type: 'done', outcome }, transferablesOf(outcome));
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  run(event.data).catch((error: unknown) => {
    if (error instanceof ImportError) post({ type: 'failed', problems: error.problems, total: error.total });
    else post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) });
  });
};

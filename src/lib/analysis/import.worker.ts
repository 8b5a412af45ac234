/**
 * Parses an imported file, converts it to WGS-84, joins it to zones and districts and indexes it, off
 * the main thread. Progress is posted as it goes; the page cancels by terminating the worker. Also reads
 * a workbook's sheets and header for the import settings (it has to be unpacked for that).
 */
import { decodeText } from './decode';
import { buildPointIndex, joinPoints } from './join';
import { parseCsvFile } from './csv-fast';
import { parseGeoJsonPoints } from './parse-geojson';
import { hasLinesOrPolygons, isFeatureFormat, parseFeatureFile, parseGeoJsonFeatures } from './parse-features';
import {
  transferablesOf,
  type ImportOutcome,
  type ImportPhase,
  type ImportPreview,
  type ImportRequest,
  type ImportStage,
  type PreviewRequest,
  type WorkerMessage,
} from './import-protocol';
import type { LocationColumns } from './columns';
import type { FeatureLayerData } from './feature-types';
import { ImportError, MAX_FILE_BYTES, type ImportWarnings, type PointTable } from './types';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/** The stages timed so far in this import, posted with the outcome (see ImportStage). */
let stages: ImportStage[] = [];

/** Runs one stage of the import, as a performance.measure in the worker and an entry in `stages`. */
async function timed<T>(name: ImportStage['name'], work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  const end = performance.now();
  performance.measure(`atlas:import:${name}`, { start, end });
  stages.push({ name, start: performance.timeOrigin + start, duration: end - start });
  return result;
}

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

/**
 * The worker that indexes the points while this one joins them (index.worker.ts). Started with a point
 * import, so its code has loaded by the time parsing is done; null where workers cannot start workers.
 */
function startIndexer(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module', name: 'atlas-index' });
  } catch {
    return null;
  }
}

/** The point index's data, built by `indexer` from a copy of the positions, or here if it cannot. */
function indexBeside(indexer: Worker | null, positions: Float64Array): Promise<ArrayBuffer> {
  const here = () => buildPointIndex(positions).data as ArrayBuffer;
  if (!indexer) return Promise.resolve().then(here);
  return new Promise<ArrayBuffer>((resolve) => {
    indexer.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      indexer.terminate();
      resolve(event.data);
    };
    indexer.onerror = (event) => {
      event.preventDefault();
      indexer.terminate();
      resolve(here());
    };
    // A copy: these positions are joined here and then posted to the page.
    const copy = positions.slice();
    indexer.postMessage(copy, { transfer: [copy.buffer] });
  });
}

/** The spreadsheet reader loads only for .xlsx files: it stays out of the CSV path. */
const loadXlsx = () => import('./parse-xlsx');

function checkSize(file: File): void {
  if (file.size > MAX_FILE_BYTES)
    throw new ImportError([{ code: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES }]);
}

/** A workbook's sheets and the header of one (CSV headers are read on the page, from the file's start). */
async function preview(request: PreviewRequest): Promise<ImportPreview> {
  checkSize(request.file);
  if (request.format !== 'xlsx') throw new Error(`no preview for ${request.format}`);
  const { readWorkbook, sheetPreview } = await loadXlsx();
  const workbook = await readWorkbook(await request.file.arrayBuffer());
  const { headers, location, sheets, sheet } = sheetPreview(workbook, request.sheet);
  return { headers, location, sheets, sheet };
}

interface Parsed {
  table: PointTable;
  warnings: ImportWarnings;
  location?: LocationColumns;
  encoding?: ImportOutcome['encoding'];
  unreadable?: number;
}

/** Lines and polygons: a Shapefile, KML/KMZ, or GeoJSON that holds any. */
interface ParsedFeatures {
  features: FeatureLayerData;
}

async function parse(request: ImportRequest): Promise<Parsed | ParsedFeatures> {
  const { file, format, crs, regionBounds } = request;
  const onProgress = reporter('parse');
  if (isFeatureFormat(format))
    return { features: await parseFeatureFile(file, file.name, format, { crs, regionBounds, onProgress }) };
  const location = request.location ? { location: request.location } : {};
  if (format === 'xlsx') {
    const { readWorkbook, pickSheet, parseSheetPoints } = await loadXlsx();
    const sheet = pickSheet(await readWorkbook(await file.arrayBuffer()), request.sheet);
    return parseSheetPoints(sheet, { crs, regionBounds, onProgress, ...location });
  }
  const bytes = await timed('read', async () => new Uint8Array(await file.arrayBuffer()));
  if (format === 'csv') {
    // The fast path decodes only what it needs, so decoding is part of parsing here.
    return timed('parse', () =>
      parseCsvFile(bytes, request.encoding ?? null, { crs, regionBounds, onProgress, ...location }),
    );
  }
  const decoded = await timed('decode', () => decodeText(bytes, request.encoding ?? null));
  const extra = { encoding: decoded.encoding, unreadable: decoded.unreadable };
  if (hasLinesOrPolygons(decoded.text))
    return { features: parseGeoJsonFeatures(decoded.text, { crs, regionBounds, onProgress }) };
  return { ...parseGeoJsonPoints(decoded.text, { crs, regionBounds, onProgress }), ...extra };
}

async function run(request: ImportRequest): Promise<void> {
  stages = [];
  checkSize(request.file);
  post({ type: 'progress', phase: 'read', fraction: 0 });
  const indexer = isFeatureFormat(request.format) ? null : startIndexer();
  const parsed = await parse(request).catch((error: unknown) => {
    indexer?.terminate();
    throw error;
  });
  if ('features' in parsed) {
    indexer?.terminate();
    post({ type: 'features-done', outcome: parsed.features });
    return;
  }
  const { table } = parsed;
  // The index is built beside the join; 'index' times what is left of it once the join is done.
  // Flatbush allocates a plain ArrayBuffer (never a SharedArrayBuffer).
  const indexing = indexBeside(indexer, table.positions);
  const join = await timed('join', () =>
    joinPoints(table.positions, request.zones, request.districts, reporter('join')),
  );
  post({ type: 'progress', phase: 'index', fraction: 0 });
  const pointIndex = await timed('index', () => indexing);
  const outcome: ImportOutcome = {
    ...parsed,
    join,
    pointIndex,
    stages,
    postedAt: performance.timeOrigin + performance.now(),
  };
  post({ type: 'done', outcome }, transferablesOf(outcome));
}

const isPreview = (request: ImportRequest | PreviewRequest): request is PreviewRequest =>
  'type' in request && request.type === 'preview';

self.onmessage = (event: MessageEvent<ImportRequest | PreviewRequest>) => {
  const request = event.data;
  const work = isPreview(request)
    ? preview(request).then((result) => post({ type: 'preview', preview: result }))
    : run(request);
  work.catch((error: unknown) => {
    if (error instanceof ImportError)
      post({ type: 'failed', problems: error.problems, total: error.total, hint: error.hint });
    else post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) });
  });
};

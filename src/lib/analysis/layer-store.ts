/**
 * Imported layers kept in this browser (IndexedDB) so that a reload loses nothing: the original file, the
 * settings it was imported with (enough to replay the import) and how the layer was shown. Nothing is
 * sent anywhere. What comes back is untrusted: every record is validated, and one that cannot be read
 * (damaged, written by another version of the atlas, its file missing) is deleted and reported instead of
 * breaking the page. A browser that refuses storage (private mode, storage full) is reported too.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { z } from '../data/zod';
import type { LocationColumns } from './columns';
import type { TextEncodingName } from './decode';
import type { ImportFormat } from './import-protocol';
import { CRS_OPTIONS, MAX_CATEGORIES } from './types';

export const LAYER_DB_NAME = 'tianjin-service-atlas';
/** The IndexedDB version: which object stores exist. */
export const LAYER_DB_VERSION = 1;
/** The layout of one stored record; a record of another layout is dropped. */
export const LAYER_RECORD_SCHEMA = 1;

const IMPORT_FORMATS = ['csv', 'geojson', 'xlsx', 'shapefile', 'kml', 'kmz'] as const satisfies readonly ImportFormat[];
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const satisfies readonly TextEncodingName[];
const column = z.string().max(1000);

const locationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lnglat'), lng: column, lat: column }),
  z.strictObject({ kind: z.literal('geometry'), column }),
]) satisfies z.ZodType<LocationColumns>;

/**
 * How the file was imported: everything a PendingImport holds but the file itself (and the header row,
 * which is read again). Every field is checked; a record with an unknown field is dropped as damaged.
 */
export const importSettingsSchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS),
  crs: z.enum(CRS_OPTIONS),
  location: locationSchema,
  detected: z.boolean(),
  encoding: z.enum(ENCODINGS).optional(),
  sheets: z.array(z.string().max(1000)).max(1000).optional(),
  sheet: z.string().max(1000).optional(),
});
export type ImportSettings = z.infer<typeof importSettingsSchema>;

const byte = z.number().int().min(0).max(255);
const label = z.string().max(1000);

/** How a layer is shown. Fields and categories are kept by name, so they survive a change of column order. */
export const layerDisplaySchema = z.strictObject({
  name: z.string().max(1000),
  color: z.tuple([byte, byte, byte]),
  visible: z.boolean(),
  field: label.nullable(),
  range: z.tuple([z.number(), z.number()]).nullable(),
  category: label.nullable(),
  allowed: z.array(label).max(MAX_CATEGORIES),
});
export type LayerDisplay = z.infer<typeof layerDisplaySchema>;

const recordSchema = z.strictObject({
  schema: z.literal(LAYER_RECORD_SCHEMA),
  fileName: z.string().min(1).max(1000),
  /** ms since the epoch */
  savedAt: z.number().int().nonnegative(),
  /** bytes */
  size: z.number().int().nonnegative(),
  /** The file's MIME type, as the browser gave it. */
  type: z.string().max(200),
  settings: importSettingsSchema,
  display: layerDisplaySchema,
});
type LayerRecord = z.infer<typeof recordSchema>;

interface LayerDb extends DBSchema {
  /** One record per layer; the key is also the key of its file. */
  layers: { key: number; value: unknown };
  /** The original files, as Blobs. */
  files: { key: number; value: unknown };
}

/** A stored layer as read back and validated. */
export interface SavedLayer {
  key: number;
  fileName: string;
  savedAt: number;
  size: number;
  settings: ImportSettings;
  display: LayerDisplay;
}

/** A stored record that could not be read back; it has been deleted. */
export interface DroppedLayer {
  /** The file name if the record still said it. */
  fileName: string | null;
  reason: 'other-version' | 'damaged' | 'file-missing';
  detail: string;
}

export type SaveResult =
  | { ok: true; key: number; savedAt: number }
  /** Bytes used and available to this site, where the browser says. */
  | { ok: false; reason: 'full'; usedBytes: number | null; quotaBytes: number | null }
  | { ok: false; reason: 'failed'; detail: string };

export type UpdateResult = { ok: true } | Exclude<SaveResult, { ok: true }>;

export interface LayerStore {
  /** Every readable layer, oldest first; unreadable records are deleted and listed in `dropped`. */
  list(): Promise<{ layers: SavedLayer[]; dropped: DroppedLayer[] }>;
  /** The original file of a stored layer (null if it is gone). */
  file(key: number): Promise<File | null>;
  save(file: Blob, fileName: string, settings: ImportSettings, display: LayerDisplay): Promise<SaveResult>;
  updateDisplay(key: number, display: LayerDisplay): Promise<UpdateResult>;
  remove(key: number): Promise<void>;
  close(): void;
}

export type OpenResult =
  | { ok: true; store: LayerStore }
  /** `unavailable`: no IndexedDB or it is refused (private mode, disabled); `other-version`: a newer atlas wrote it. */
  | { ok: false; reason: 'unavailable' | 'other-version'; detail: string };

export interface LayerStoreOptions {
  /** Bytes used and available (navigator.storage.estimate where the browser has it). */
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  /** ms since the epoch */
  now?: () => number;
}

function browserEstimate(): Promise<{ usage?: number; quota?: number }> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.estimate !== 'function') return Promise.resolve({});
  return navigator.storage.estimate();
}

const errorName = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : '');
const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** Opens (and on first use creates) the store; never throws. */
export async function openLayerStore(options: LayerStoreOptions = {}): Promise<OpenResult> {
  if (typeof indexedDB === 'undefined') return { ok: false, reason: 'unavailable', detail: 'no IndexedDB' };
  let db: IDBPDatabase<LayerDb>;
  try {
    db = await openDB<LayerDb>(LAYER_DB_NAME, LAYER_DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains('layers'))
          database.createObjectStore('layers', { autoIncrement: true });
        if (!database.objectStoreNames.contains('files')) database.createObjectStore('files');
      },
      // Another tab opens a newer version: let it, rather than blocking it.
      blocking() {
        db.close();
      },
    });
  } catch (error) {
    if (errorName(error) === 'VersionError') return { ok: false, reason: 'other-version', detail: errorText(error) };
    return { ok: false, reason: 'unavailable', detail: errorText(error) };
  }
  return { ok: true, store: layerStore(db, options.estimate ?? browserEstimate, options.now ?? Date.now) };
}

function layerStore(
  db: IDBPDatabase<LayerDb>,
  estimate: () => Promise<{ usage?: number; quota?: number }>,
  now: () => number,
): LayerStore {
  async function failure(error: unknown): Promise<Exclude<SaveResult, { ok: true }>> {
    if (errorName(error) !== 'QuotaExceededError') return { ok: false, reason: 'failed', detail: errorText(error) };
    const used = await estimate().catch(() => ({}) as { usage?: number; quota?: number });
    return { ok: false, reason: 'full', usedBytes: used.usage ?? null, quotaBytes: used.quota ?? null };
  }

  async function remove(key: number): Promise<void> {
    const tx = db.transaction(['layers', 'files'], 'readwrite');
    await Promise.all([tx.objectStore('layers').delete(key), tx.objectStore('files').delete(key), tx.done]);
  }

  return {
    async list() {
      const tx = db.transaction(['layers', 'files'], 'readonly');
      const layers = tx.objectStore('layers');
      const files = tx.objectStore('files');
      const [keys, values] = await Promise.all([layers.getAllKeys(), layers.getAll()]);
      const fileKeys = new Set(await files.getAllKeys());
      await tx.done;
      const kept: SavedLayer[] = [];
      const dropped: DroppedLayer[] = [];
      for (const [index, key] of keys.entries()) {
        const checked = checkRecord(values[index], fileKeys.has(key));
        if ('record' in checked) {
          const { fileName, savedAt, size, settings, display } = checked.record;
          kept.push({ key, fileName, savedAt, size, settings, display });
        } else {
          dropped.push(checked.dropped);
          await remove(key);
        }
      }
      kept.sort((a, b) => a.savedAt - b.savedAt || a.key - b.key);
      return { layers: kept, dropped };
    },

    async file(key) {
      const [record, blob] = await Promise.all([db.get('layers', key), db.get('files', key)]);
      const parsed = recordSchema.safeParse(record);
      if (!parsed.success || !(blob instanceof Blob)) return null;
      return new File([blob], parsed.data.fileName, { type: parsed.data.type });
    },

    async save(file, fileName, settings, display) {
      const record: LayerRecord = {
        schema: LAYER_RECORD_SCHEMA,
        fileName,
        savedAt: now(),
        size: file.size,
        type: file.type,
        settings,
        display,
      };
      let tx: IDBPTransaction<LayerDb, Array<'layers' | 'files'>, 'readwrite'> | null = null;
      try {
        tx = db.transaction(['layers', 'files'], 'readwrite');
        // Handled here so that an aborted transaction is never an unhandled rejection; awaited below.
        const done = tx.done;
        done.catch(() => undefined);
        const key = await tx.objectStore('layers').add(record);
        await tx.objectStore('files').put(file, key);
        await done;
        return { ok: true, key, savedAt: record.savedAt };
      } catch (error) {
        // Nothing half-written: the record without its file is rolled back.
        const cause = tx?.error ?? error;
        try {
          tx?.abort();
        } catch {
          // already finished
        }
        return failure(errorName(error) === 'QuotaExceededError' ? error : cause);
      }
    },

    async updateDisplay(key, display) {
      try {
        const tx = db.transaction('layers', 'readwrite');
        const update = tx.store.get(key).then(async (stored) => {
          const parsed = recordSchema.safeParse(stored);
          if (parsed.success) await tx.store.put({ ...parsed.data, display }, key);
        });
        await Promise.all([update, tx.done]);
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },

    remove,

    close() {
      db.close();
    },
  };
}

function checkRecord(value: unknown, hasFile: boolean): { record: LayerRecord } | { dropped: DroppedLayer } {
  const fileName =
    typeof value === 'object' && value !== null && 'fileName' in value && typeof value.fileName === 'string'
      ? value.fileName.slice(0, 200)
      : null;
  if (typeof value === 'object' && value !== null && 'schema' in value && value.schema !== LAYER_RECORD_SCHEMA)
    return { dropped: { fileName, reason: 'other-version', detail: `schema ${String(value.schema)}` } };
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) return { dropped: { fileName, reason: 'damaged', detail: z.prettifyError(parsed.error) } };
  if (!hasFile) return { dropped: { fileName, reason: 'file-missing', detail: 'no file stored' } };
  return { record: parsed.data };
}

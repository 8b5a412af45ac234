import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LAYER_DB_NAME,
  LAYER_DB_VERSION,
  openLayerStore,
  type ImportSettings,
  type LayerDisplay,
  type LayerStore,
  type LayerStoreOptions,
} from './layer-store';

const settings: ImportSettings = {
  format: 'csv',
  crs: 'gcj02',
  location: { kind: 'lnglat', lng: '经度', lat: '纬度' },
  detected: true,
  encoding: 'gb18030',
};
const display: LayerDisplay = {
  name: '企业名录.csv',
  color: [118, 42, 131],
  visible: true,
  field: 'area_m2',
  range: [10, 500],
  category: 'kind',
  allowed: ['商务', '物流'],
};
const csv = () => new Blob(['名称,经度,纬度\n甲,117.2,39.1\n'], { type: 'text/csv' });

const stores: LayerStore[] = [];
async function open(options: LayerStoreOptions = {}): Promise<LayerStore> {
  const opened = await openLayerStore({ now: () => Date.UTC(2026, 11, 2, 8), ...options });
  if (!opened.ok) throw new Error(`not opened: ${opened.detail}`);
  stores.push(opened.store);
  return opened.store;
}

/** Writes a record as some other code (or a damaged disk) might have left it. */
async function putRaw(record: unknown, file: Blob | null = csv()): Promise<void> {
  const db = await openDB(LAYER_DB_NAME, LAYER_DB_VERSION);
  const key = await db.add('layers', record);
  if (file) await db.put('files', file, key);
  db.close();
}

beforeEach(async () => {
  // A fresh database for every test.
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(LAYER_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
});
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the layer store', () => {
  it('keeps a file, its import settings and its display, and gives them back', async () => {
    const store = await open();
    const saved = await store.save(csv(), '企业名录.csv', { ...settings, encoding: 'gb18030' }, display);
    expect(saved).toEqual({ ok: true, key: expect.any(Number), savedAt: Date.UTC(2026, 11, 2, 8) });
    if (!saved.ok) return;

    // A second visit: a new connection reads the same data.
    store.close();
    const again = await open();
    const { layers, dropped } = await again.list();
    expect(dropped).toEqual([]);
    expect(layers).toEqual([
      {
        key: saved.key,
        fileName: '企业名录.csv',
        savedAt: Date.UTC(2026, 11, 2, 8),
        size: csv().size,
        settings: { ...settings, encoding: 'gb18030' },
        display,
      },
    ]);
    const file = await again.file(saved.key);
    expect(file?.name).toBe('企业名录.csv');
    expect(await file?.text()).toBe('名称,经度,纬度\n甲,117.2,39.1\n');
  });

  it('lists layers oldest first and updates how one is shown', async () => {
    let clock = 1000;
    const store = await open({ now: () => clock++ });
    const first = await store.save(csv(), 'a.csv', settings, display);
    const second = await store.save(csv(), 'b.csv', settings, { ...display, name: 'b.csv' });
    if (!first.ok || !second.ok) throw new Error('not saved');
    await store.updateDisplay(first.key, { ...display, visible: false, range: [20, 30], allowed: [] });
    const { layers } = await store.list();
    expect(layers.map((layer) => layer.fileName)).toEqual(['a.csv', 'b.csv']);
    expect(layers[0].display).toEqual({ ...display, visible: false, range: [20, 30], allowed: [] });
    expect(layers[1].display.name).toBe('b.csv');
  });

  it('removes a layer and its file', async () => {
    const store = await open();
    const saved = await store.save(csv(), 'a.csv', settings, display);
    if (!saved.ok) throw new Error('not saved');
    await store.remove(saved.key);
    expect((await store.list()).layers).toEqual([]);
    expect(await store.file(saved.key)).toBeNull();
  });

  it('drops a damaged record with a message naming its file, and keeps the others', async () => {
    const store = await open();
    await store.save(csv(), 'good.csv', settings, display);
    await putRaw({ schema: 1, fileName: 'bad.csv', savedAt: 1, size: 10, type: '', settings, display: 'red' });
    await putRaw({ schema: 1, fileName: 'no-format.csv', savedAt: 1, size: 10, type: '', settings: {}, display });
    await putRaw('not even an object');
    await putRaw({
      ...{ schema: 1, fileName: 'unsupported.csv', savedAt: 1, size: 10, type: '' },
      settings: { ...settings, format: 'dwg' },
      display,
    });

    const { layers, dropped } = await store.list();
    expect(layers.map((layer) => layer.fileName)).toEqual(['good.csv']);
    expect(dropped.map(({ fileName, reason }) => [fileName, reason])).toEqual([
      ['bad.csv', 'damaged'],
      ['no-format.csv', 'damaged'],
      [null, 'damaged'],
      ['unsupported.csv', 'damaged'],
    ]);
    expect(dropped[0].detail).toMatch(/display/u);
    // Dropped means deleted: the next visit reads a clean store.
    expect((await store.list()).dropped).toEqual([]);
  });

  it('drops a record whose file is missing', async () => {
    const store = await open();
    await putRaw({ schema: 1, fileName: 'lost.csv', savedAt: 1, size: 10, type: '', settings, display }, null);
    const { layers, dropped } = await store.list();
    expect(layers).toEqual([]);
    expect(dropped).toEqual([{ fileName: 'lost.csv', reason: 'file-missing', detail: expect.any(String) }]);
  });

  it('drops a record of another schema version, and says that a newer database cannot be opened', async () => {
    const store = await open();
    await putRaw({ schema: 2, fileName: 'future.csv', savedAt: 1, size: 10, type: '', settings, display });
    const { layers, dropped } = await store.list();
    expect(layers).toEqual([]);
    expect(dropped).toEqual([{ fileName: 'future.csv', reason: 'other-version', detail: 'schema 2' }]);
    store.close();

    // A newer atlas upgraded the database itself.
    const newer = await openDB(LAYER_DB_NAME, LAYER_DB_VERSION + 1);
    newer.close();
    const opened = await openLayerStore();
    expect(opened).toMatchObject({ ok: false, reason: 'other-version' });
  });

  it('reports storage full with the space used and available, and keeps nothing half-written', async () => {
    const store = await open({ estimate: async () => ({ usage: 52_428_800, quota: 62_914_560 }) });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saved = await store.save(csv(), 'big.csv', settings, display);
    expect(saved).toEqual({ ok: false, reason: 'full', usedBytes: 52_428_800, quotaBytes: 62_914_560 });
    vi.restoreAllMocks();
    expect(await store.list()).toEqual({ layers: [], dropped: [] });
  });

  it('reports storage full without numbers where the browser gives none', async () => {
    const store = await open({ estimate: () => Promise.reject(new Error('no estimate')) });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await store.save(csv(), 'big.csv', settings, display)).toEqual({
      ok: false,
      reason: 'full',
      usedBytes: null,
      quotaBytes: null,
    });
  });

  it('reports any other refusal as a failure with its reason, not as storage full', async () => {
    const store = await open();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
    });
    expect(await store.save(csv(), 'a.csv', settings, display)).toEqual({
      ok: false,
      reason: 'failed',
      detail: expect.stringMatching(/UnknownError/u),
    });
  });

  it('says when the browser has no IndexedDB (some private modes)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openLayerStore()).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

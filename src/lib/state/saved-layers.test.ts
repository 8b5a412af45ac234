import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LAYER_DB_NAME, openLayerStore, type LayerDisplay } from '../analysis/layer-store';
import { SavedLayers } from './saved-layers.svelte';

const display: LayerDisplay = {
  name: 'sites.csv',
  color: [0, 90, 110],
  visible: true,
  field: null,
  range: null,
  category: null,
  allowed: [],
};
const settings = {
  format: 'csv',
  crs: 'wgs84',
  location: { kind: 'lnglat', lng: 'lng', lat: 'lat' },
  detected: true,
} as const;
const file = (name = 'sites.csv') => new File(['id,lng,lat\n1,117.2,39.1\n'], name, { type: 'text/csv' });

beforeEach(async () => {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(LAYER_DB_NAME);
    request.onsuccess = () => resolve();
  });
});

describe('layers kept in this browser', () => {
  it('keeps an imported layer with its later filter, lists it on the next visit, and forgets it', async () => {
    const visit = new SavedLayers();
    expect(await visit.load()).toEqual([]);
    visit.keep('layer-1', file(), settings, display);
    visit.displayChanged('layer-1', { ...display, visible: false });
    await vi.waitFor(() => expect(visit.entries).toHaveLength(1));
    expect(visit.entries[0]).toMatchObject({ fileName: 'sites.csv', size: file().size, layerId: 'layer-1' });

    const next = new SavedLayers();
    await vi.waitFor(async () => expect((await next.load())[0]?.display.visible).toBe(false));
    expect(next.entries.map((entry) => [entry.fileName, entry.layerId])).toEqual([['sites.csv', null]]);
    const key = next.entries[0].key;
    expect(await (await next.file(key))?.text()).toBe('id,lng,lat\n1,117.2,39.1\n');

    next.attach(key, 'layer-7');
    next.layerRemoved('layer-7');
    await vi.waitFor(() => expect(next.entries).toEqual([]));
    await vi.waitFor(async () => expect(await new SavedLayers().load()).toEqual([]));
  });

  it('says when the browser keeps nothing, and imports still work without it', async () => {
    const visit = new SavedLayers(async () => ({ ok: false, reason: 'unavailable', detail: 'no IndexedDB' }));
    expect(await visit.load()).toEqual([]);
    expect(visit.problem).toEqual({ kind: 'unavailable' });
    visit.keep('layer-1', file(), settings, display);
    visit.displayChanged('layer-1', display);
    visit.layerRemoved('layer-1');
    expect(visit.entries).toEqual([]);
  });

  it('says which file was not saved when storage is full, with the space used', async () => {
    const visit = new SavedLayers(() =>
      openLayerStore({ estimate: async () => ({ usage: 300 * 1024 * 1024, quota: 310 * 1024 * 1024 }) }),
    );
    await visit.load();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    visit.keep('layer-1', file('big.csv'), settings, display);
    await vi.waitFor(() => expect(visit.problem).not.toBeNull());
    put.mockRestore();
    expect(visit.problem).toEqual({
      kind: 'full',
      fileName: 'big.csv',
      usedBytes: 300 * 1024 * 1024,
      quotaBytes: 310 * 1024 * 1024,
    });
    expect(visit.entries).toEqual([]);

    // The next file fits: the message goes.
    visit.keep('layer-2', file('small.csv'), settings, display);
    await vi.waitFor(() => expect(visit.entries).toHaveLength(1));
    expect(visit.problem).toBeNull();
  });
});

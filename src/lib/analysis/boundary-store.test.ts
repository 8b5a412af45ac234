import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/support/memory-storage';
import { boundaryGeoJson, type OfficialBoundary } from './official-boundary';
import { BOUNDARIES_KEY, loadBoundaries, saveBoundaries } from './boundary-store';

const boundary: OfficialBoundary = {
  zoneId: 'xiaobailou-cbd',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [117.2, 39.11],
        [117.21, 39.11],
        [117.21, 39.12],
        [117.2, 39.11],
      ],
    ],
  },
  fileName: '批复范围.zip',
  takenOn: '2026-12-02',
  featureLabel: '小白楼',
};
const known = new Set(['xiaobailou-cbd']);

describe('official boundaries in the browser', () => {
  it('come back as they were stored', () => {
    const storage = new MemoryStorage();
    expect(saveBoundaries(storage, [boundary])).toBe(true);
    expect(loadBoundaries(storage, known)).toEqual({ boundaries: [boundary], error: null });
  });

  it('are refused when tampered with, reporting why and leaving the stored value alone', () => {
    const storage = new MemoryStorage();
    const tampered = { ...boundary, geometry: { type: 'Polygon', coordinates: [[[500, 39]]] } };
    storage.setItem(BOUNDARIES_KEY, JSON.stringify({ version: 1, boundaries: [tampered] }));
    const loaded = loadBoundaries(storage, known);
    expect(loaded.boundaries).toEqual([]);
    expect(loaded.error).toMatch(/coordinates/u);
    expect(storage.getItem(BOUNDARIES_KEY)).toContain('500');
    storage.setItem(BOUNDARIES_KEY, '{not json');
    expect(loadBoundaries(storage, known).error).not.toBeNull();
  });

  it('drop a boundary of a zone the atlas no longer has', () => {
    const storage = new MemoryStorage();
    saveBoundaries(storage, [boundary, { ...boundary, zoneId: 'gone' }]);
    expect(loadBoundaries(storage, known).boundaries.map((entry) => entry.zoneId)).toEqual(['xiaobailou-cbd']);
  });

  it('say when the browser refuses to store them', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveBoundaries(full, [boundary])).toBe(false);
  });

  it('export as GeoJSON labelled user-supplied, with the file and date', () => {
    const json = JSON.parse(boundaryGeoJson(boundary, { zh: '小白楼中央商务区', en: 'Xiaobailou CBD' })) as {
      features: Array<{ geometry: unknown; properties: Record<string, string> }>;
    };
    expect(json.features[0].geometry).toEqual(boundary.geometry);
    expect(json.features[0].properties).toMatchObject({
      zone_id: 'xiaobailou-cbd',
      source_file: '批复范围.zip',
      taken_on: '2026-12-02',
    });
    expect(json.features[0].properties.note).toMatch(/User-supplied/u);
  });
});

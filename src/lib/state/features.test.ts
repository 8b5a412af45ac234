// @vitest-environment jsdom
import type { Polygon } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/support/memory-storage';
import { realAtlas } from '../../../tests/support/atlas';
import type { OfficialBoundary } from '../analysis/official-boundary';
import { BOUNDARIES_KEY, saveBoundaries } from '../analysis/boundary-store';
import { FeatureLayers } from './features.svelte';

const atlas = realAtlas();

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [117.19, 39.11],
      [117.21, 39.11],
      [117.21, 39.13],
      [117.19, 39.11],
    ],
  ],
};
const boundary = (zoneId: string): OfficialBoundary => ({
  zoneId,
  geometry: square,
  fileName: 'zones.shp',
  takenOn: '2026-11-30',
  featureLabel: '1',
});
const storedZones = (storage: MemoryStorage) =>
  (JSON.parse(storage.getItem(BOUNDARIES_KEY) ?? '{}') as { boundaries?: OfficialBoundary[] }).boundaries?.map(
    (entry) => entry.zoneId,
  );

/** Feature layers with one imported polygon open, ready to be taken as a boundary. */
function withOpenPolygon(storage: MemoryStorage): FeatureLayers {
  const layers = new FeatureLayers(atlas, storage as unknown as Storage);
  const id = layers.add(
    new File(['{}'], 'parcels.geojson'),
    { format: 'geojson', crs: 'wgs84' },
    {
      features: [{ index: 0, geometry: square, properties: {} }],
      skipped: { problems: [], total: 0 },
      projection: null,
      assumedWgs84: false,
      outsideRegion: 0,
    },
  );
  layers.open = { layerId: id, index: 0 };
  return layers;
}

describe('FeatureLayers: official boundaries kept in this browser', () => {
  it('come back on the next visit; one taken before they are read replaces only its own zone', async () => {
    const storage = new MemoryStorage();
    saveBoundaries(storage, [boundary('xiaobailou-cbd'), boundary('jiefang-north-road')]);

    const layers = withOpenPolygon(storage);
    // Taken at once, before the stored ones are read (their check loads on demand).
    expect(layers.takeBoundary('xiaobailou-cbd', '1')).toBe('taken');
    await vi.waitFor(() =>
      expect(layers.boundaries.map((entry) => entry.zoneId)).toEqual(['jiefang-north-road', 'xiaobailou-cbd']),
    );
    expect(layers.boundaryOf('xiaobailou-cbd')?.fileName).toBe('parcels.geojson');
    await vi.waitFor(() => expect(storedZones(storage)).toEqual(['jiefang-north-road', 'xiaobailou-cbd']));
    expect(layers.boundaryProblem).toBeNull();
  });

  it('a damaged stored value is reported and left as it was', async () => {
    const storage = new MemoryStorage();
    storage.setItem(BOUNDARIES_KEY, '{"version":1,"boundaries":[{"zoneId":""}]}');
    const layers = new FeatureLayers(atlas, storage as unknown as Storage);
    await vi.waitFor(() => expect(layers.boundaryProblem).toBe('unreadable'));
    expect(layers.boundaries).toEqual([]);
    expect(storage.getItem(BOUNDARIES_KEY)).toBe('{"version":1,"boundaries":[{"zoneId":""}]}');
  });
});

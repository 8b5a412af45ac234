import { describe, expect, it } from 'vitest';
import { geojson } from 'flatgeobuf';
import type { Bounds } from '../data/geo';
import { blobSource, openFgb, readBox, scanPoints, StreamError } from './fgb-read';
import { fgbOfPoints } from './fgb-write';
import { generatePoints } from './generate';
import type { PointTable } from './types';

function tableOf(count: number, seed = 7): PointTable {
  const positions = generatePoints(count, seed);
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = i % 10 === 0 ? NaN : i;
  return {
    count,
    positions,
    numeric: [{ name: 'area_m2', values, min: 1, max: count - 1, missing: Math.ceil(count / 10) }],
    categories: [{ name: 'kind', codes: Uint16Array.from({ length: count }, (_, i) => i % 3), labels: ['', 'a', 'b'] }],
  };
}

const bytesOf = (parts: Uint8Array[]) => new Blob(parts.map((part) => part.slice()));

function inside(positions: Float64Array, box: Bounds): string[] {
  const found: string[] = [];
  for (let i = 0; i < positions.length / 2; i++) {
    const [x, y] = [positions[2 * i], positions[2 * i + 1]];
    if (x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]) found.push(`${x},${y}`);
  }
  return found.sort();
}

describe('indexed FlatGeobuf of points', () => {
  const table = tableOf(20_000);
  const blob = bytesOf(fgbOfPoints(table));

  it('is read back by the flatgeobuf package, by bounding box through its own index, with the properties', async () => {
    const box = { minX: 117.1, minY: 39.05, maxX: 117.25, maxY: 39.15 };
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const found: string[] = [];
    const kinds = new Set<unknown>();
    for await (const feature of geojson.deserialize(bytes, { rect: box })) {
      const [x, y] = (feature.geometry as { coordinates: number[] }).coordinates;
      found.push(`${x},${y}`);
      kinds.add(feature.properties?.kind);
    }
    // An empty category is no property at all.
    expect([...kinds].sort()).toEqual(['a', 'b', undefined]);
    expect(found.sort()).toEqual(inside(table.positions, [box.minX, box.minY, box.maxX, box.maxY]));
    expect(found.length).toBeGreaterThan(100);
  });

  it('gives every point in a box, and only those, reading slices of the file', async () => {
    const file = await openFgb(blobSource(blob));
    expect(file.info.count).toBe(20_000);
    expect(file.info.columns).toEqual(['area_m2', 'kind']);
    for (const box of [
      [117.1, 39.05, 117.25, 39.15],
      [116.0, 38.0, 119.0, 41.0],
      [100, 10, 101, 11],
    ] as Bounds[]) {
      const view = await readBox(file, box, 1_000_000);
      expect(view.sampled).toBe(false);
      const found: string[] = [];
      for (let i = 0; i < view.count; i++) found.push(`${view.positions[2 * i]},${view.positions[2 * i + 1]}`);
      expect(found.sort()).toEqual(inside(table.positions, box));
    }
  });

  it('samples whole tree nodes across the view when there are more points than the cap', async () => {
    const file = await openFgb(blobSource(blob));
    const view = await readBox(file, [116.0, 38.0, 119.0, 41.0], 2_000);
    expect(view.sampled).toBe(true);
    expect(view.count).toBeLessThanOrEqual(2_000);
    expect(view.count).toBeGreaterThan(1_800);
    // Spread over the city, not one corner: points on both sides of the median longitude.
    const lngs = Array.from({ length: view.count }, (_, i) => view.positions[2 * i]).sort((a, b) => a - b);
    expect(lngs[0]).toBeLessThan(117.0);
    expect(lngs[lngs.length - 1]).toBeGreaterThan(117.5);
  });

  it('goes through every point in batches', async () => {
    const file = await openFgb(blobSource(blob));
    const seen: string[] = [];
    const progress: number[] = [];
    const read = await scanPoints(
      file,
      3_000,
      (positions, count) => {
        for (let i = 0; i < count; i++) seen.push(`${positions[2 * i]},${positions[2 * i + 1]}`);
      },
      (done) => progress.push(done),
    );
    expect(read).toBe(20_000);
    expect(seen.sort()).toEqual(inside(table.positions, [-180, -90, 180, 90]));
    expect(progress[progress.length - 1]).toBe(20_000);
  });
});

describe('broken FlatGeobuf files', () => {
  const blob = bytesOf(fgbOfPoints(tableOf(5_000)));

  it('says truncated when features are missing', async () => {
    const file = await openFgb(blobSource(blob.slice(0, blob.size - 5000)));
    await expect(scanPoints(file, 1000, () => {})).rejects.toMatchObject({ code: 'truncated' });
    await expect(readBox(file, [116, 38, 119, 41], 1_000_000)).rejects.toMatchObject({ code: 'truncated' });
  });

  it('says truncated when the index itself is cut', async () => {
    await expect(openFgb(blobSource(blob.slice(0, 2000)))).rejects.toMatchObject({ code: 'truncated' });
  });

  it('says not-fgb for other files', async () => {
    const error = await openFgb(blobSource(new Blob(['id,lng,lat\n1,117,39\n']))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StreamError);
    expect(error).toMatchObject({ code: 'not-fgb' });
  });
});

import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import { basemapData } from '../../../tests/support/map-data';
import { linesOutsideZones } from './haihe-label';

const river = basemapData().haihe.features[0]!.geometry.coordinates;
const zones = realAtlas().zones;

describe('linesOutsideZones', () => {
  it('keeps the whole river when no zone is drawn', () => {
    const lines = linesOutsideZones(river, [], { name: 'haihe' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.geometry.coordinates[0]).toEqual(river[0]);
    expect(lines[0]!.geometry.coordinates.at(-1)).toEqual(river.at(-1));
    expect(lines[0]!.properties).toEqual({ name: 'haihe' });
  });

  it('leaves out the stretches through the Haihe corridor and every other zone, keeping open stretches', () => {
    const lines = linesOutsideZones(river, zones, {});
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const points = line.geometry.coordinates;
      for (let index = 0; index + 1 < points.length; index += 1) {
        const [a, b] = [points[index]!, points[index + 1]!];
        const middle = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
        for (const zone of zones) expect(booleanPointInPolygon(middle, zone.geometry), zone.id).toBe(false);
      }
    }
    // Downtown the river runs inside 海河沿线: no label line starts west of its eastern end there.
    const corridor = zones.find((zone) => zone.id === 'haihe-waterfront')!;
    const runsThroughCorridor = lines.some((line) =>
      line.geometry.coordinates.some((point) =>
        booleanPointInPolygon(point, corridor.geometry, { ignoreBoundary: true }),
      ),
    );
    expect(runsThroughCorridor).toBe(false);
  });
});

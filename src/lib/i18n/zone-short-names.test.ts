import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import { ZONE_SHORT_NAMES, zoneShortName } from './zone-short-names';

describe('zone short names', () => {
  const zones = realAtlas().zones;

  it('name every zone of the data, and no other', () => {
    expect(Object.keys(ZONE_SHORT_NAMES).sort()).toEqual(zones.map((zone) => zone.id).sort());
  });

  it('are shorter than the full names and short enough for a city-scale map', () => {
    for (const zone of zones) {
      const short = zoneShortName(zone.id, zone.properties.name);
      expect([...short.zh].length, zone.id).toBeLessThanOrEqual(Math.min(6, [...zone.properties.name.zh].length));
      expect(short.en.length, zone.id).toBeLessThanOrEqual(Math.min(17, zone.properties.name.en.length));
    }
  });
});

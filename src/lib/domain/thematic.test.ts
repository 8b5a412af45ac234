import { describe, expect, it } from 'vitest';
import { classOf, countClasses, districtMeasureCounts, zoneMeasureCounts } from './thematic';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();

describe('thematic counts', () => {
  it('counts measures per district and per zone', () => {
    const districts = districtMeasureCounts(atlas);
    expect(Object.keys(districts)).toHaveLength(16);
    expect(districts['120116']).toBeGreaterThanOrEqual(2);
    const zones = zoneMeasureCounts(atlas);
    expect(zones['haihe-liulin-design']).toBe(1);
    expect(zones['binhai-compute']).toBeGreaterThanOrEqual(2);
  });

  it('puts 0 in a class of its own and covers the maximum', () => {
    const classes = countClasses([0, 1, 2, 3, 9]);
    expect(classes[0]).toMatchObject({ from: 0, to: 0 });
    expect(classes.at(-1)?.to).toBe(9);
    expect(classOf(9, classes)).toBe(classes.at(-1));
    expect(classOf(1, classes)).toBe(classes[1]);
    expect(classes.length).toBeLessThanOrEqual(5);
    expect(countClasses([0, 0])).toHaveLength(1);
  });
});

/**
 * Numbers for the thematic views presenters switch on: measures linked to each district (choropleth)
 * and to each zone (extruded 3D), with class breaks for the legend. Pure.
 */
import type { Atlas } from '../data/atlas';
import { districtOverview, zoneMeasures } from './relations';

export type ThematicMode = 'none' | 'choropleth' | 'extruded';
export const THEMATIC_MODES: readonly ThematicMode[] = ['none', 'choropleth', 'extruded'];

/** Measures linked to each district itself or to its zones and places (district overview). */
export function districtMeasureCounts(atlas: Atlas): Record<string, number> {
  return Object.fromEntries(
    atlas.districts.map((district) => [district.id, districtOverview(atlas, district.id)?.measures.length ?? 0]),
  );
}

/** Measures linked to each zone: explicit, inferred and district relations (not sector or citywide). */
export function zoneMeasureCounts(atlas: Atlas): Record<string, number> {
  return Object.fromEntries(
    atlas.zones.map((zone) => {
      const relations = zoneMeasures(atlas, zone.id);
      return [
        zone.id,
        relations ? relations.explicit.length + relations.inferred.length + relations.district.length : 0,
      ];
    }),
  );
}

export interface ClassBreak {
  /** Inclusive range of counts in the class. */
  from: number;
  to: number;
  /** #rrggbb */
  color: string;
}

/** ColorBrewer YlGnBu, 5 classes: sequential and colour-blind safe. */
const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

/**
 * Classes for whole-number counts: 0 on its own (no link is news for a planner), then equal intervals up
 * to the maximum, at most four of them.
 */
export function countClasses(values: readonly number[]): ClassBreak[] {
  const max = Math.max(0, ...values);
  const classes: ClassBreak[] = [{ from: 0, to: 0, color: SEQUENTIAL[0] }];
  if (max === 0) return classes;
  const step = Math.ceil(max / 4);
  for (let from = 1, index = 1; from <= max; from += step, index += 1) {
    classes.push({ from, to: Math.min(max, from + step - 1), color: SEQUENTIAL[index] });
  }
  return classes;
}

/** The class a count falls in. */
export function classOf(count: number, classes: readonly ClassBreak[]): ClassBreak {
  return classes.find((entry) => count >= entry.from && count <= entry.to) ?? classes[classes.length - 1];
}

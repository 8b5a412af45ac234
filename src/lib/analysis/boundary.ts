/**
 * A planner's official boundary of a zone against the atlas's schematic extent: the area of each, the
 * shared area and the overlap as intersection over union (IoU, 1 = the same shape). Areas are geodesic
 * (turf), in km².
 */
import area from '@turf/area';
import { feature, featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';

export interface BoundaryComparison {
  schematicKm2: number;
  officialKm2: number;
  /** Area inside both. */
  sharedKm2: number;
  /** schematic + official − shared. */
  unionKm2: number;
  /** shared / union, 0–1. */
  iou: number;
  /** official − schematic: positive when the official boundary is larger. */
  differenceKm2: number;
}

export function compareBoundaries(
  schematic: Polygon | MultiPolygon,
  official: Polygon | MultiPolygon,
): BoundaryComparison {
  const schematicM2 = area(schematic);
  const officialM2 = area(official);
  const shared = intersect(featureCollection<Polygon | MultiPolygon>([feature(schematic), feature(official)]));
  const sharedM2 = shared ? area(shared) : 0;
  const unionM2 = schematicM2 + officialM2 - sharedM2;
  return {
    schematicKm2: schematicM2 / 1e6,
    officialKm2: officialM2 / 1e6,
    sharedKm2: sharedM2 / 1e6,
    unionKm2: unionM2 / 1e6,
    iou: unionM2 > 0 ? sharedM2 / unionM2 : 0,
    differenceKm2: (officialM2 - schematicM2) / 1e6,
  };
}

/**
 * Where the Haihe's name may go: the river line less the stretches that run through a zone. The
 * 海河沿线 and 海河柳林 zones follow the river downtown, and a river name drawn over a zone's fill reads
 * as that zone's name; along these runs the name stays on open land (and yields to zone names, which
 * MapLibre places first). Worked out when the data is published (pipeline/publish.ts writes
 * basemap/haihe-label.geojson), not in the browser: it depends on the river and the zones alone.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position, ZoneFeature } from '../data/schemas';

/** Degrees: the river is tested against the zones in steps no longer than this (about 110 m). */
const STEP_DEGREES = 0.001;

/** The parts of `line` outside every zone, as separate lines, each with `properties`. */
export function linesOutsideZones<P extends Record<string, unknown>>(
  line: readonly Position[],
  zones: readonly ZoneFeature[],
  properties: P,
): Array<{ type: 'Feature'; properties: P; geometry: { type: 'LineString'; coordinates: Position[] } }> {
  const inside = (point: Position) => zones.some((zone) => booleanPointInPolygon(point, zone.geometry));
  const runs: Position[][] = [];
  let run: Position[] = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (let index = 0; index + 1 < line.length; index += 1) {
    const [ax, ay] = line[index]!;
    const [bx, by] = line[index + 1]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / STEP_DEGREES));
    for (let step = 0; step < steps; step += 1) {
      const start: Position = [ax + ((bx - ax) * step) / steps, ay + ((by - ay) * step) / steps];
      const end: Position = [ax + ((bx - ax) * (step + 1)) / steps, ay + ((by - ay) * (step + 1)) / steps];
      if (inside([(start[0] + end[0]) / 2, (start[1] + end[1]) / 2])) {
        close();
        continue;
      }
      if (run.length === 0) run.push(start);
      run.push(end);
    }
  }
  close();
  return runs.map((coordinates) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } }));
}

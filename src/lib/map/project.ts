/**
 * Where a [lng, lat] appears on the map, for end-to-end tests that click a zone or place. The map
 * container `.atlas-map` carries its camera as data attributes after every move: `data-center`
 * ("lng,lat"), `data-zoom`, `data-bearing`, `data-pitch`; with the container's size these give any
 * point's pixel position, and `interiorPoint` gives a point well inside a zone to aim at. Pure, no
 * DOM: tests import it in Node.
 */
import type { CameraView } from '../data/geo';
import type { Position } from '../data/schemas';

export { interiorPoint } from './interior-point';

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_SIZE_AT_ZOOM_0 = 512;

function mercator([lng, lat]: Position, worldSize: number): [number, number] {
  const x = ((lng + 180) / 360) * worldSize;
  const latRadians = (lat * Math.PI) / 180;
  const y = ((Math.PI - Math.log(Math.tan(Math.PI / 4 + latRadians / 2))) / (2 * Math.PI)) * worldSize;
  return [x, y];
}

/** Reads the camera from the map container's data attributes; null until the map has loaded. */
export function parseCameraAttributes(attributes: {
  center?: string | null;
  zoom?: string | null;
  bearing?: string | null;
  pitch?: string | null;
}): CameraView | null {
  const center = (attributes.center ?? '').split(',').map(Number);
  const [zoom, bearing, pitch] = [attributes.zoom, attributes.bearing, attributes.pitch].map((value) =>
    Number(value ?? NaN),
  );
  if (center.length !== 2 || ![...center, zoom, bearing, pitch].every(Number.isFinite)) return null;
  return { center: [center[0], center[1]], zoom, bearing, pitch };
}

/**
 * Pixel position of `position` from the map container's top-left corner, for a map of `size` CSS
 * pixels. Exact for an unpitched map (any bearing); throws for a pitched one.
 */
export function projectToScreen(
  position: Position,
  view: CameraView,
  size: { width: number; height: number },
): [x: number, y: number] {
  if (Math.abs(view.pitch) > 1e-6) throw new Error('projectToScreen supports unpitched views only');
  const worldSize = WORLD_SIZE_AT_ZOOM_0 * 2 ** view.zoom;
  const [x, y] = mercator(position, worldSize);
  const [centerX, centerY] = mercator(view.center, worldSize);
  const angle = (-view.bearing * Math.PI) / 180;
  const [dx, dy] = [x - centerX, y - centerY];
  return [
    size.width / 2 + dx * Math.cos(angle) - dy * Math.sin(angle),
    size.height / 2 + dx * Math.sin(angle) + dy * Math.cos(angle),
  ];
}

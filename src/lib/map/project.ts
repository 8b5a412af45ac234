/**
 * Where a [lng, lat] appears on the map, for end-to-end tests that click a zone or place. The map
 * container `.atlas-map` carries its camera as data attributes after every move: `data-center`
 * ("lng,lat"), `data-zoom`, `data-bearing`, `data-pitch`; with the container's size these give any
 * point's pixel position, and `interiorPoint` gives a point well inside a zone to aim at. Pure, no
 * DOM: tests import it in Node.
 */
import type { CameraView } from '../data/geo';
import type { Position } from '../data/schemas';
import { screenPoint } from '../domain/framing';

export { interiorPoint } from './interior-point';

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
 * pixels, at any bearing and pitch (MapLibre's perspective camera, domain/framing.ts); NaN for a point
 * behind the horizon.
 */
export function projectToScreen(
  position: Position,
  view: CameraView,
  size: { width: number; height: number },
): [x: number, y: number] {
  return screenPoint([position[0], position[1]], view.center, view.zoom, size, {
    pitch: view.pitch,
    bearing: view.bearing,
  });
}

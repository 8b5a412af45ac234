/**
 * Framing: where the camera goes for a selection, a district, a tour step or any box, as one rule.
 *
 * The target is centred in the part of the map that nothing covers (the legend, a tour caption, a
 * notice), with a margin, and never framed tighter than `minExtentKm` across: the embedded basemap has
 * no streets, so a small schematic extent is shown with its surroundings (the Haihe, district lines,
 * neighbouring zones and hubs) rather than filling the screen. Pure Web-Mercator arithmetic with
 * MapLibre's 512 px tiles and, for a tilted map (the 3D view), MapLibre's perspective camera: the
 * target's corners are projected as MapLibre draws them, so the far side shrinks and the near side
 * grows, and the whole target still lies in the uncovered part.
 */
import type { Bounds, CameraView, LngLat } from '../data/geo';

/** Map size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** Pixels covered at each edge of the map. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A box on the map in CSS pixels, relative to the map's top-left corner. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FramingOptions {
  /** Never frame less than this many km across (in both directions), so context stays in view. */
  minExtentKm: number;
  /** Never zoom in further than this. */
  maxZoom: number;
  /** Pixels kept clear between the target and the uncovered rectangle's edges (room for the names beside it). */
  margin: number;
  /**
   * Pixels kept clear left and right of the target: at city scale a zone's name is drawn beside it
   * (zone-labels.ts, to the right first), about 100 px for “FTZ Dongjiang” or 自贸东疆片区 at 13 px, so
   * the outermost zones' names must not run off the map or under a panel.
   */
  labelRoom: number;
}

/** About 14 km: the Haihe, district lines and names, hubs and the neighbouring zones stay in view around a small zone. */
export const FRAMING: FramingOptions = { minExtentKm: 14, maxZoom: 14, margin: 48, labelRoom: 100 };

const TILE_SIZE = 512;
const KM_PER_DEGREE = 111.32;
const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
/**
 * Whatever covers the map, at least this share of each dimension is left to frame in (a tour caption
 * covers most of a phone's map; the target still goes in the strip above it).
 */
const MIN_FREE_SHARE = 0.15;
/** The margin never takes more than this share of the free width or height. */
const MAX_MARGIN_SHARE = 0.1;
/** The room for names beside the target never takes more than this share of the free width (phones). */
export const MAX_LABEL_ROOM_SHARE = 0.2;

/** Longitude and latitude to Web-Mercator world units (0–1, y down). */
export function toWorld([lng, lat]: LngLat): [number, number] {
  const phi = (lat * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
}

export function fromWorld([x, y]: [number, number]): LngLat {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

const scaleAt = (zoom: number) => TILE_SIZE * 2 ** zoom;

/**
 * MapLibre's vertical field of view (its default, 36.87°, whose half-angle has a tangent of exactly
 * 1/3): the camera is 1.5 map heights from the centre of the map.
 */
const CAMERA_DISTANCE_PER_HEIGHT = 0.5 / Math.tan(0.6435011087932844 / 2);

/** A tilted, possibly rotated camera: pitch and bearing in degrees, as MapLibre takes them. */
interface Tilt {
  pitch: number;
  bearing: number;
}

/** `[dx, dy]` turned as a map rotated `bearing` degrees clockwise from north turns it on screen. */
function rotate([dx, dy]: [number, number], bearing: number): [number, number] {
  const angle = (-bearing * Math.PI) / 180;
  return [dx * Math.cos(angle) - dy * Math.sin(angle), dx * Math.sin(angle) + dy * Math.cos(angle)];
}

/**
 * Where a point `dx, dy` pixels (at the current zoom, y down) from the map centre on the ground
 * appears relative to the screen centre; null behind (or too near) the horizon.
 */
function perspective(offset: [number, number], tilt: Tilt, height: number): [number, number] | null {
  const [dx, dy] = rotate(offset, tilt.bearing);
  const angle = (tilt.pitch * Math.PI) / 180;
  const distance = CAMERA_DISTANCE_PER_HEIGHT * height;
  // Ahead of the centre is up on the screen; depth grows with the distance ahead.
  const ahead = -dy;
  const depth = distance + ahead * Math.sin(angle);
  if (depth <= distance * 0.05) return null;
  const scale = distance / depth;
  return [dx * scale, -ahead * Math.cos(angle) * scale];
}

/**
 * Turns what covers the map into edge insets. A box along a whole edge (a caption, a notice) covers
 * that edge; a box in a corner (the legend) is counted against the side that leaves the larger
 * uncovered rectangle. Boxes that miss the map are ignored.
 */
export function coverInsets(size: Size, covers: readonly ScreenRect[]): Insets {
  const insets = { ...NO_INSETS };
  for (const rect of covers) {
    const left = Math.max(0, rect.left);
    const top = Math.max(0, rect.top);
    const right = Math.min(size.width, rect.right);
    const bottom = Math.min(size.height, rect.bottom);
    if (right <= left || bottom <= top) continue;
    // Each option: how much it takes from one edge.
    const options: [keyof Insets, number][] = [
      ['top', bottom],
      ['bottom', size.height - top],
      ['left', right],
      ['right', size.width - left],
    ];
    let best: [keyof Insets, number] | null = null;
    let bestArea = -1;
    for (const [edge, amount] of options) {
      const next = { ...insets, [edge]: Math.max(insets[edge], amount) };
      const area = Math.max(0, size.width - next.left - next.right) * Math.max(0, size.height - next.top - next.bottom);
      if (area > bestArea) {
        bestArea = area;
        best = [edge, amount];
      }
    }
    if (best) insets[best[0]] = Math.max(insets[best[0]], best[1]);
  }
  return insets;
}

/** The insets scaled down where they would leave less than MIN_FREE_SHARE of a dimension free. */
function usableInsets(size: Size, insets: Insets): Insets {
  const fit = (a: number, b: number, length: number): [number, number] => {
    const most = length * (1 - MIN_FREE_SHARE);
    const sum = a + b;
    return sum > most && sum > 0 ? [(a * most) / sum, (b * most) / sum] : [a, b];
  };
  const [left, right] = fit(insets.left, insets.right, size.width);
  const [top, bottom] = fit(insets.top, insets.bottom, size.height);
  return { top, right, bottom, left };
}

/** The box grown around its centre to at least `km` across in each direction. */
export function withMinimumExtent([west, south, east, north]: Bounds, km: number): Bounds {
  const midLat = (south + north) / 2;
  const midLng = (west + east) / 2;
  const halfLat = km / 2 / KM_PER_DEGREE;
  const halfLng = km / 2 / (KM_PER_DEGREE * Math.cos((midLat * Math.PI) / 180));
  const [w, e] = east - west >= 2 * halfLng ? [west, east] : [midLng - halfLng, midLng + halfLng];
  const [s, n] = north - south >= 2 * halfLat ? [south, north] : [midLat - halfLat, midLat + halfLat];
  return [w, s, e, n];
}

/**
 * The uncovered rectangle less the margins (wider at the sides: room for names), in pixels, with its
 * centre's offset from the map's centre.
 */
function freeArea(size: Size, insets: Insets, options: FramingOptions) {
  const { margin, labelRoom } = options;
  const usable = usableInsets(size, insets);
  const freeWidth = size.width - usable.left - usable.right;
  const freeHeight = size.height - usable.top - usable.bottom;
  const side = Math.max(
    Math.min(margin, freeWidth * MAX_MARGIN_SHARE),
    Math.min(labelRoom, freeWidth * MAX_LABEL_ROOM_SHARE),
  );
  const width = Math.max(1, freeWidth - 2 * side);
  const height = Math.max(1, freeHeight - 2 * Math.min(margin, freeHeight * MAX_MARGIN_SHARE));
  // Where the centre of the free area lies relative to the map's centre, in pixels.
  const offset: [number, number] = [(usable.left - usable.right) / 2, (usable.top - usable.bottom) / 2];
  return { width, height, offset };
}

/** The map centre that puts `world` (world units) at the free area's centre at `zoom`. */
function centreFor(world: [number, number], offset: [number, number], zoom: number): LngLat {
  const scale = scaleAt(zoom);
  return fromWorld([world[0] - offset[0] / scale, world[1] - offset[1] / scale]);
}

/** The camera that shows `bounds` whole in the uncovered part of the map, north up, tilted `pitch` degrees. */
export function frameBounds(
  bounds: Bounds,
  size: Size,
  insets: Insets = NO_INSETS,
  options: FramingOptions = FRAMING,
  pitch = 0,
): { center: LngLat; zoom: number; bearing: number; pitch: number } {
  const [west, south, east, north] = withMinimumExtent(bounds, options.minExtentKm);
  const [x0, y0] = toWorld([west, north]);
  const [x1, y1] = toWorld([east, south]);
  const free = freeArea(size, insets, options);
  const fit = Math.log2(Math.min(free.width / ((x1 - x0) * TILE_SIZE), free.height / ((y1 - y0) * TILE_SIZE)));
  const flatZoom = Math.min(options.maxZoom, fit);
  if (pitch < 0.5) {
    const center = centreFor([(x0 + x1) / 2, (y0 + y1) / 2], free.offset, flatZoom);
    return { center, zoom: flatZoom, bearing: 0, pitch };
  }
  return { ...framePitched([x0, y0, x1, y1], size, free, { pitch, bearing: 0 }, flatZoom), bearing: 0, pitch };
}

type WorldBox = [x0: number, y0: number, x1: number, y1: number];
type Free = ReturnType<typeof freeArea>;

/**
 * The screen box (relative to the screen centre) of a world box seen from `centre` at `zoom` with
 * `tilt`; null if part of it lies behind the horizon. The image of a box is a convex quadrilateral,
 * so its corners are the extremes.
 */
function projectedBox(box: WorldBox, centre: [number, number], zoom: number, tilt: Tilt, height: number) {
  const scale = scaleAt(zoom);
  const corners = [
    [box[0], box[1]],
    [box[2], box[1]],
    [box[0], box[3]],
    [box[2], box[3]],
  ].map(([x, y]) => perspective([(x! - centre[0]) * scale, (y! - centre[1]) * scale], tilt, height));
  if (corners.some((corner) => corner === null)) return null;
  const xs = corners.map((corner) => corner![0]);
  const ys = corners.map((corner) => corner![1]);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/**
 * The ground centre (world units) that puts the middle of the box's tilted projection at the free
 * area's centre, found by a few corrections: a shift of the ground by one pixel moves the screen by
 * about one pixel across and cos(pitch) pixels up or down.
 */
function pitchedCentre(box: WorldBox, free: Free, zoom: number, tilt: Tilt, height: number): [number, number] | null {
  const scale = scaleAt(zoom);
  const squash = Math.cos((tilt.pitch * Math.PI) / 180);
  let centre: [number, number] = [
    (box[0] + box[2]) / 2 - free.offset[0] / scale,
    (box[1] + box[3]) / 2 - free.offset[1] / scale,
  ];
  for (let step = 0; step < 40; step += 1) {
    const projected = projectedBox(box, centre, zoom, tilt, height);
    if (!projected) return null;
    const errorX = (projected.left + projected.right) / 2 - free.offset[0];
    const errorY = (projected.top + projected.bottom) / 2 - free.offset[1];
    if (Math.abs(errorX) < 0.01 && Math.abs(errorY) < 0.01) break;
    // The screen error, turned back onto the ground.
    const [shiftX, shiftY] = rotate([errorX, errorY / squash], -tilt.bearing);
    centre = [centre[0] + shiftX / scale, centre[1] + shiftY / scale];
  }
  return centre;
}

/** The largest zoom (up to `maxZoom`) at which the tilted box fits the free area, centred in it. */
function framePitched(box: WorldBox, size: Size, free: Free, tilt: Tilt, maxZoom: number) {
  const fits = (zoom: number) => {
    const centre = pitchedCentre(box, free, zoom, tilt, size.height);
    const projected = centre && projectedBox(box, centre, zoom, tilt, size.height);
    if (!centre || !projected) return null;
    const ok = projected.right - projected.left <= free.width && projected.bottom - projected.top <= free.height;
    return ok ? centre : null;
  };
  // Tilting shrinks the far side but can grow the near side past the flat fit; search below it.
  let low = maxZoom - 6;
  let high = maxZoom;
  let best = fits(high);
  if (best) return { center: fromWorld(best), zoom: high };
  best = fits(low);
  for (let step = 0; step < 30; step += 1) {
    const middle = (low + high) / 2;
    const centre = fits(middle);
    if (centre) {
      low = middle;
      best = centre;
    } else high = middle;
  }
  const centre = best ?? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  return { center: fromWorld(centre), zoom: low };
}

/**
 * A prepared view (a tour step's camera): its centre goes to the uncovered part's centre, and its zoom
 * is capped so that at least `minExtentKm` around the centre — and the whole `target`, when given —
 * fit there. Bearing and pitch are kept.
 */
export function frameView(
  view: CameraView,
  size: Size,
  insets: Insets = NO_INSETS,
  target: Bounds | null = null,
  options: FramingOptions = FRAMING,
): CameraView {
  const free = freeArea(size, insets, options);
  const centre = toWorld(view.center);
  // The box that must fit: the minimum extent around the centre, grown to reach the target's edges.
  const [west, south, east, north] = withMinimumExtent([...view.center, ...view.center], options.minExtentKm);
  const [ax0, ay0] = toWorld([west, north]);
  const [ax1, ay1] = toWorld([east, south]);
  let halfX = (ax1 - ax0) / 2;
  let halfY = (ay1 - ay0) / 2;
  if (target) {
    const [tx0, ty0] = toWorld([target[0], target[3]]);
    const [tx1, ty1] = toWorld([target[2], target[1]]);
    halfX = Math.max(halfX, Math.abs(tx0 - centre[0]), Math.abs(tx1 - centre[0]));
    halfY = Math.max(halfY, Math.abs(ty0 - centre[1]), Math.abs(ty1 - centre[1]));
  }
  const fit = Math.log2(Math.min(free.width / (2 * halfX * TILE_SIZE), free.height / (2 * halfY * TILE_SIZE)));
  const zoom = Math.min(view.zoom, options.maxZoom, fit);
  if (view.pitch >= 0.5) {
    // Tilted: the box around the centre is framed as MapLibre will draw it.
    const box: WorldBox = [centre[0] - halfX, centre[1] - halfY, centre[0] + halfX, centre[1] + halfY];
    const pitched = framePitched(box, size, free, view, zoom);
    return { ...pitched, bearing: view.bearing, pitch: view.pitch };
  }
  return { center: centreFor(centre, free.offset, zoom), zoom, bearing: view.bearing, pitch: view.pitch };
}

/**
 * Where `lngLat` appears on a map showing `center` at `zoom`, tilted and rotated as `tilt` says
 * (north up and flat by default), in pixels from the map's top-left corner; NaN behind the horizon.
 */
export function screenPoint(
  lngLat: LngLat,
  center: LngLat,
  zoom: number,
  size: Size,
  tilt: Tilt = { pitch: 0, bearing: 0 },
): [number, number] {
  const scale = scaleAt(zoom);
  const [x, y] = toWorld(lngLat);
  const [cx, cy] = toWorld(center);
  const [sx, sy] = perspective([(x - cx) * scale, (y - cy) * scale], tilt, size.height) ?? [NaN, NaN];
  return [size.width / 2 + sx, size.height / 2 + sy];
}

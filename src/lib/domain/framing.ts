/**
 * Framing: where the camera goes for a selection, a district, a tour step or any box, as one rule.
 *
 * The target is centred in the part of the map that nothing covers (the legend, a tour caption, a
 * notice), with a margin, and never framed tighter than `minExtentKm` across: the embedded basemap has
 * no streets, so a small schematic extent is shown with its surroundings (the Haihe, district lines,
 * neighbouring zones and hubs) rather than filling the screen. Pure Web-Mercator arithmetic with
 * MapLibre's 512 px tiles; pitch is ignored (the target is framed as if seen from above).
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
  /** Pixels kept clear between the target and the uncovered rectangle's edges. */
  margin: number;
}

/** About 14 km: the Haihe, district lines and names, hubs and the neighbouring zones stay in view around a small zone. */
export const FRAMING: FramingOptions = { minExtentKm: 14, maxZoom: 14, margin: 32 };

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

/** The uncovered rectangle less the margin, in pixels, with its centre's offset from the map's centre. */
function freeArea(size: Size, insets: Insets, margin: number) {
  const usable = usableInsets(size, insets);
  const freeWidth = size.width - usable.left - usable.right;
  const freeHeight = size.height - usable.top - usable.bottom;
  const width = Math.max(1, freeWidth - 2 * Math.min(margin, freeWidth * MAX_MARGIN_SHARE));
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

/** The camera that shows `bounds` whole in the uncovered part of the map, north up. */
export function frameBounds(
  bounds: Bounds,
  size: Size,
  insets: Insets = NO_INSETS,
  options: FramingOptions = FRAMING,
): { center: LngLat; zoom: number } {
  const [west, south, east, north] = withMinimumExtent(bounds, options.minExtentKm);
  const [x0, y0] = toWorld([west, north]);
  const [x1, y1] = toWorld([east, south]);
  const free = freeArea(size, insets, options.margin);
  const fit = Math.log2(Math.min(free.width / ((x1 - x0) * TILE_SIZE), free.height / ((y1 - y0) * TILE_SIZE)));
  const zoom = Math.min(options.maxZoom, fit);
  return { center: centreFor([(x0 + x1) / 2, (y0 + y1) / 2], free.offset, zoom), zoom };
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
  const free = freeArea(size, insets, options.margin);
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
  return { center: centreFor(centre, free.offset, zoom), zoom, bearing: view.bearing, pitch: view.pitch };
}

/** Where `lngLat` appears on a north-up, unpitched map showing `center` at `zoom`, in pixels. */
export function screenPoint(lngLat: LngLat, center: LngLat, zoom: number, size: Size): [number, number] {
  const scale = scaleAt(zoom);
  const [x, y] = toWorld(lngLat);
  const [cx, cy] = toWorld(center);
  return [size.width / 2 + (x - cx) * scale, size.height / 2 + (y - cy) * scale];
}

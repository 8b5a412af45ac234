/**
 * A static Web Mercator projection for SVG maps (the site package prints one): project [lng, lat] into
 * a width × height box and turn GeoJSON geometry into SVG path data. Pure; no DOM, no WebGL, so the
 * printed map is vector, crisp at any resolution, and drawn even where WebGL is unavailable.
 */
import type { AreaGeometry, Position } from '../data/schemas';
import { polygonsOf } from './geometry';

/** [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

/** Mean Earth radius, km (IUGG), for the scale bar. */
const EARTH_RADIUS_KM = 6371.0088;

function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return Math.log((1 + sin) / (1 - sin)) / 2;
}

export interface StaticMap {
  width: number;
  height: number;
  /** Pixel position of [lng, lat]; y grows downwards. */
  project(position: Position): [number, number];
  /** SVG path data for polygons (closed) or a line. */
  path(geometry: AreaGeometry | { type: 'LineString'; coordinates: Position[] }): string;
  /** Kilometres per pixel at the map's centre latitude. */
  kmPerPixel: number;
  /** The extent actually shown (the requested one grown to the box's aspect ratio). */
  extent: Extent;
}

/** Fits `extent` into a width × height box (pixels), keeping the aspect ratio and centring it. */
export function createStaticMap([west, south, east, north]: Extent, width: number, height: number): StaticMap {
  const x = (lng: number) => (lng * Math.PI) / 180;
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  const scale = Math.min(width / (x(east) - x(west)), height / (top - bottom));
  const offsetX = (width - (x(east) - x(west)) * scale) / 2 - x(west) * scale;
  const offsetY = (height - (top - bottom) * scale) / 2 + top * scale;
  const project = ([lng, lat]: Position): [number, number] => [
    x(lng) * scale + offsetX,
    offsetY - mercatorY(lat) * scale,
  ];
  const unprojectLng = (px: number) => (((px - offsetX) / scale) * 180) / Math.PI;
  const unprojectLat = (py: number) => (Math.atan(Math.sinh((offsetY - py) / scale)) * 180) / Math.PI;
  const centreLat = (unprojectLat(0) + unprojectLat(height)) / 2;
  const format = ([px, py]: [number, number]) => `${px.toFixed(1)} ${py.toFixed(1)}`;
  const ring = (positions: readonly Position[], close: boolean) =>
    positions.map((position, index) => `${index === 0 ? 'M' : 'L'}${format(project(position))}`).join('') +
    (close ? 'Z' : '');
  return {
    width,
    height,
    project,
    path(geometry) {
      if (geometry.type === 'LineString') return ring(geometry.coordinates, false);
      return polygonsOf(geometry)
        .flatMap((rings) => rings.map((positions) => ring(positions, true)))
        .join('');
    },
    kmPerPixel: (Math.cos((centreLat * Math.PI) / 180) * EARTH_RADIUS_KM) / scale,
    extent: [unprojectLng(0), unprojectLat(height), unprojectLng(width), unprojectLat(0)],
  };
}

/**
 * The extent around `bounds` that spans at least `minimumSpanKm` in both directions (so a small zone
 * is shown with its surroundings), plus a margin of 15 % on each side.
 */
export function extentAround([west, south, east, north]: Extent, minimumSpanKm: number): Extent {
  const centreLng = (west + east) / 2;
  const centreLat = (south + north) / 2;
  const kmPerDegreeLat = (Math.PI * EARTH_RADIUS_KM) / 180;
  const kmPerDegreeLng = kmPerDegreeLat * Math.cos((centreLat * Math.PI) / 180);
  const halfLng = Math.max((east - west) / 2, minimumSpanKm / 2 / kmPerDegreeLng) * 1.15;
  const halfLat = Math.max((north - south) / 2, minimumSpanKm / 2 / kmPerDegreeLat) * 1.15;
  return [centreLng - halfLng, centreLat - halfLat, centreLng + halfLng, centreLat + halfLat];
}

/** A round scale-bar length (1, 2 or 5 × 10ⁿ km) no longer than `maximumKm`. */
export function niceScaleKm(maximumKm: number): number {
  const power = 10 ** Math.floor(Math.log10(maximumKm));
  return [5, 2, 1].map((step) => step * power).find((length) => length <= maximumKm) ?? power;
}

/** A box in pixels: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

export interface LabelRequest {
  id: string;
  text: string;
  /** What the label names: a point (offset around it), or an area's pixel box (inside, then around it). */
  anchor: { kind: 'point'; at: [number, number]; radius: number } | { kind: 'area'; box: Box };
  fontSize: number;
  /** Higher is placed first; a lower-priority label that collides is dropped. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text position for SVG <text> with the given text-anchor (y is the baseline). */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  fontSize: number;
  box: Box;
}

/** Approximate rendered width of a label: CJK characters are square, Latin ones about 0.58 em. */
export function labelWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text)
    width += /[\u2E80-\uFFEF]/u.test(char) ? fontSize : char === ' ' ? 0.3 * fontSize : 0.63 * fontSize;
  return width;
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Greedy label placement: labels in order of priority, each at the first of its candidate positions
 * whose box stays inside the map and overlaps neither a placed label nor an obstacle (markers, the
 * scale bar); a label with no free position is dropped. Boxes include a small halo margin.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const halo = 2;
  const ordered = [...requests].sort((a, b) => b.priority - a.priority);
  for (const request of ordered) {
    const w = labelWidth(request.text, request.fontSize);
    const h = request.fontSize * 1.15;
    // Candidates as [left, top] of the label box.
    const candidates: Array<[number, number]> = [];
    if (request.anchor.kind === 'point') {
      const [x, y] = request.anchor.at;
      const r = request.anchor.radius + 3;
      candidates.push(
        [x + r, y - h / 2], // right
        [x - r - w, y - h / 2], // left
        [x - w / 2, y - r - h], // above
        [x - w / 2, y + r], // below
        [x + r * 0.7, y - r * 0.7 - h], // above right
        [x + r * 0.7, y + r * 0.7], // below right
        [x - r * 0.7 - w, y - r * 0.7 - h], // above left
        [x - r * 0.7 - w, y + r * 0.7], // below left
      );
    } else {
      const [left, top, right, bottom] = request.anchor.box;
      const cx = (left + right) / 2;
      const cy = (top + bottom) / 2;
      candidates.push(
        [cx - w / 2, cy - h / 2], // centre
        [cx - w / 2, top - h - 4], // above the area
        [cx - w / 2, bottom + 4], // below
        [right + 4, cy - h / 2], // right
        [left - 4 - w, cy - h / 2], // left
        [cx - w / 2, cy - h * 1.6], // a little up
        [cx - w / 2, cy + h * 0.6], // a little down
      );
    }
    for (const [candidateLeft, top] of candidates) {
      // An area's label may slide sideways to stay inside the map (it still names the area).
      const left =
        request.anchor.kind === 'area' ? Math.min(Math.max(candidateLeft, halo), width - w - halo) : candidateLeft;
      const box: Box = [left - halo, top - halo, left + w + halo, top + h + halo];
      if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
      if (taken.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      placed.push({
        id: request.id,
        text: request.text,
        x: left + w / 2,
        y: top + request.fontSize * 0.88,
        textAnchor: 'middle',
        fontSize: request.fontSize,
        box,
      });
      break;
    }
  }
  return placed;
}

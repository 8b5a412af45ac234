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
  /** A second line under the first: the English name on a bilingual map (smaller), or the rest of a long name. */
  subText?: string;
  /** The second line's size relative to the first (0.82 unless given). */
  subScale?: number;
  /**
   * What the label names: a point (offset around it); an area's pixel box (inside, then around it); or a
   * feature the label must not cover (`beside`: around its box, then further out with a leader line).
   */
  anchor:
    { kind: 'point'; at: [number, number]; radius: number } | { kind: 'area'; box: Box } | { kind: 'beside'; box: Box };
  fontSize: number;
  /** Higher is placed first; a lower-priority label that collides is dropped. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  subText?: string;
  /** Text position for SVG <text> with the given text-anchor (y is the first line's baseline). */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  fontSize: number;
  /** Font size and baseline offset of the second line, when there is one. */
  subFontSize: number;
  subDy: number;
  box: Box;
  /** A line from the label to what it names, when it stands away from it: [x1, y1, x2, y2]. */
  leader?: [number, number, number, number];
}

/** A bilingual label's second line is this much smaller than its first. */
const SUB_SCALE = 0.82;

/**
 * A long name in two lines, broken at the space nearest its middle (names without spaces, such as
 * Chinese ones, stay whole): [first, rest] or [name].
 */
export function wrapName(text: string, maximumWidth: number, fontSize: number): [string] | [string, string] {
  if (labelWidth(text, fontSize) <= maximumWidth) return [text];
  const spaces = [...text.matchAll(/ /gu)].map((match) => match.index);
  if (spaces.length === 0) return [text];
  const middle = text.length / 2;
  const at = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Approximate rendered width of a label: CJK characters are square, Latin ones about 0.58 em. */
export function labelWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text)
    width += /[\u2E80-\uFFEF]/u.test(char) ? fontSize : char === ' ' ? 0.3 * fontSize : 0.63 * fontSize;
  return width;
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The point of `box` nearest to (x, y). */
function nearestOnBox([left, top, right, bottom]: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, left), right), Math.min(Math.max(y, top), bottom)];
}

/** Candidate [left, top] positions of a w × h label for its anchor, best first. */
function candidatesFor(anchor: LabelRequest['anchor'], w: number, h: number): Array<[number, number]> {
  if (anchor.kind === 'point') {
    const [x, y] = anchor.at;
    const r = anchor.radius + 3;
    return [
      [x + r, y - h / 2], // right
      [x - r - w, y - h / 2], // left
      [x - w / 2, y - r - h], // above
      [x - w / 2, y + r], // below
      [x + r * 0.7, y - r * 0.7 - h], // above right
      [x + r * 0.7, y + r * 0.7], // below right
      [x - r * 0.7 - w, y - r * 0.7 - h], // above left
      [x - r * 0.7 - w, y + r * 0.7], // below left
    ];
  }
  const [left, top, right, bottom] = anchor.box;
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  if (anchor.kind === 'area') {
    return [
      [cx - w / 2, cy - h / 2], // centre
      [cx - w / 2, top - h - 4], // above the area
      [cx - w / 2, bottom + 4], // below
      [right + 4, cy - h / 2], // right
      [left - 4 - w, cy - h / 2], // left
      [cx - w / 2, cy - h * 1.6], // a little up
      [cx - w / 2, cy + h * 0.6], // a little down
    ];
  }
  // Beside: around the box, nearest first, then further out (the label then gets a leader line).
  const around: Array<[number, number]> = [];
  for (const gap of [5, 18, 34, 54]) {
    around.push(
      [right + gap, cy - h / 2], // right
      [left - gap - w, cy - h / 2], // left
      [cx - w / 2, top - gap - h], // above
      [cx - w / 2, bottom + gap], // below
      [right + gap * 0.7, top - gap * 0.7 - h], // above right
      [right + gap * 0.7, bottom + gap * 0.7], // below right
      [left - gap * 0.7 - w, top - gap * 0.7 - h], // above left
      [left - gap * 0.7 - w, bottom + gap * 0.7], // below left
    );
  }
  return around;
}

/**
 * Greedy label placement: labels in order of priority, each at the first of its candidate positions
 * whose box stays inside the map and overlaps neither a placed label nor an obstacle (markers, the
 * scale bar); a label with no free position is dropped. Boxes include a small halo margin. A `beside`
 * label never covers its own feature's box; when it stands away from it, it gets a leader line.
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
    const subFontSize = request.fontSize * (request.subScale ?? SUB_SCALE);
    const lineHeight = request.fontSize * 1.15;
    const subHeight = request.subText ? subFontSize * 1.15 : 0;
    const w = Math.max(
      labelWidth(request.text, request.fontSize),
      request.subText ? labelWidth(request.subText, subFontSize) : 0,
    );
    const h = lineHeight + subHeight;
    const own = request.anchor.kind === 'beside' ? [request.anchor.box] : [];
    for (const [candidateLeft, top] of candidatesFor(request.anchor, w, h)) {
      // An area's label may slide sideways to stay inside the map (it still names the area).
      const left =
        request.anchor.kind === 'area' ? Math.min(Math.max(candidateLeft, halo), width - w - halo) : candidateLeft;
      const box: Box = [left - halo, top - halo, left + w + halo, top + h + halo];
      if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
      if (taken.some((other) => overlaps(box, other)) || own.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      // Text hugs the side facing what it names: the width is an estimate, and a centred label whose
      // estimate runs long would stand away from its dot.
      const anchorBox: Box =
        request.anchor.kind === 'point'
          ? [request.anchor.at[0], request.anchor.at[1], request.anchor.at[0], request.anchor.at[1]]
          : request.anchor.box;
      const textAnchor: PlacedLabel['textAnchor'] =
        request.anchor.kind === 'area'
          ? 'middle'
          : left + w <= anchorBox[0]
            ? 'end'
            : left >= anchorBox[2]
              ? 'start'
              : 'middle';
      const label: PlacedLabel = {
        id: request.id,
        text: request.text,
        subText: request.subText,
        x: textAnchor === 'end' ? left + w : textAnchor === 'start' ? left : left + w / 2,
        y: top + request.fontSize * 0.88,
        textAnchor,
        fontSize: request.fontSize,
        subFontSize,
        subDy: lineHeight * 0.15 + subFontSize * 1.05,
        box,
      };
      if (request.anchor.kind === 'beside') {
        const [x, y] = nearestOnBox(request.anchor.box, left + w / 2, top + h / 2);
        const [lx, ly] = nearestOnBox([left, top, left + w, top + h], x, y);
        if (Math.hypot(lx - x, ly - y) > 8) label.leader = [lx, ly, x, y];
      }
      placed.push(label);
      break;
    }
  }
  return placed;
}

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

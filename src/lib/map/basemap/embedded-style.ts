/**
 * The embedded offline basemap: a complete MapLibre style built from the published data alone. No
 * `glyphs` and no `sprite`, so labels are drawn with local CSS fonts and nothing is fetched; every
 * source is inline GeoJSON.
 */
import bbox from '@turf/bbox';
import type { Feature, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { EmbeddedBasemapData } from '../../data/load-basemap';
import type { LandCollection } from '../../data/schemas';
import {
  backgroundLayer,
  HAIHE_LABEL_SOURCE,
  HAIHE_SOURCE,
  haiheLabelLayer,
  haiheLineLayer,
  LAND_SOURCE,
  landLayer,
  SEA_SOURCE,
  seaLayer,
} from '../layers/embedded-base';
import { atlasOverlay, type AtlasStyleInput } from './atlas-overlay';
import { LOCAL_LABEL_FONT } from './fonts';

/**
 * Degrees the land and sea are continued beyond the box the coastline was clipped to, and how far the
 * camera may look past it (`maxBounds`): no view the app offers shows where the data ends.
 */
export const BEYOND_CLIP_DEGREES = 3;

const EPSILON = 1e-9;
type Box = [west: number, south: number, east: number, north: number];

const rectangle = ([west, south, east, north]: Box, beyondClip: boolean): Feature<Polygon> => ({
  type: 'Feature',
  properties: { beyondClip },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  },
});

/** The clip box the land was cut to (its bounding box), grown by BEYOND_CLIP_DEGREES; null without land. */
export function beyondClipBounds(land: LandCollection): Box | null {
  if (land.features.length === 0) return null;
  const [west, south, east, north] = bbox(land);
  const d = BEYOND_CLIP_DEGREES;
  return [west - d, south - d, east + d, north + d];
}

/**
 * Schematic land beyond the clip box: wherever the land runs along an edge of the box, it is continued
 * straight outwards (and past a corner it fills), so the land does not stop at a visible rectangle. It
 * says nothing about the coast outside the box (drawn nowhere); everything else beyond is drawn as sea.
 */
export function landBeyondClip(land: LandCollection): Feature<Polygon>[] {
  if (land.features.length === 0) return [];
  const [west, south, east, north] = bbox(land);
  const d = BEYOND_CLIP_DEGREES;
  const on = (value: number, edge: number) => Math.abs(value - edge) < EPSILON;
  const out: Feature<Polygon>[] = [];
  const corners = new Set<string>();
  for (const feature of land.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const ring of polygons.flatMap((polygon) => polygon)) {
      for (let index = 0; index + 1 < ring.length; index += 1) {
        const [ax, ay] = ring[index]!;
        const [bx, by] = ring[index + 1]!;
        for (const [cx, cy] of [
          [ax, ay],
          [bx, by],
        ] as const) {
          if ((on(cx, west) || on(cx, east)) && (on(cy, south) || on(cy, north))) corners.add(`${cx},${cy}`);
        }
        const [lo, hi] = [Math.min(ax, bx), Math.max(ax, bx)];
        const [low, high] = [Math.min(ay, by), Math.max(ay, by)];
        if (on(ax, west) && on(bx, west) && high > low) out.push(rectangle([west - d, low, west, high], true));
        if (on(ax, east) && on(bx, east) && high > low) out.push(rectangle([east, low, east + d, high], true));
        if (on(ay, south) && on(by, south) && hi > lo) out.push(rectangle([lo, south - d, hi, south], true));
        if (on(ay, north) && on(by, north) && hi > lo) out.push(rectangle([lo, north, hi, north + d], true));
      }
    }
  }
  for (const corner of corners) {
    const [x, y] = corner.split(',').map(Number) as [number, number];
    const [x0, x1] = on(x, west) ? [west - d, west] : [east, east + d];
    const [y0, y1] = on(y, south) ? [south - d, south] : [north, north + d];
    out.push(rectangle([x0, y0, x1, y1], true));
  }
  return out;
}

/** The sea: everything the land does not cover, out to the furthest the camera may look. */
function seaFeatures(land: LandCollection): Feature<Polygon>[] {
  const bounds = beyondClipBounds(land);
  return bounds ? [rectangle(bounds, false)] : [];
}

type HaiheFeature = Feature<EmbeddedBasemapData['haihe']['features'][number]['geometry']> & {
  properties: { name_zh: string; name_en: string };
};
interface BaseFeatures {
  sea: Feature<Polygon>[];
  land: Feature[];
  haihe: HaiheFeature[];
}
/** What the style builds from the basemap's files, once per data. */
const baseFeatures = new WeakMap<EmbeddedBasemapData, BaseFeatures>();
function baseOf(data: EmbeddedBasemapData): BaseFeatures {
  const cached = baseFeatures.get(data);
  if (cached) return cached;
  const base: BaseFeatures = {
    sea: seaFeatures(data.land),
    land: [...data.land.features, ...landBeyondClip(data.land)],
    haihe: data.haihe.features.map((feature) => ({
      type: 'Feature' as const,
      properties: { name_zh: feature.properties.name.zh, name_en: feature.properties.name.en },
      geometry: feature.geometry,
    })),
  };
  baseFeatures.set(data, base);
  return base;
}
export function embeddedStyle(data: EmbeddedBasemapData, input: AtlasStyleInput): StyleSpecification {
  const overlay = atlasOverlay(input, { font: LOCAL_LABEL_FONT, districtFillOpacity: 0.55 });
  const base = baseOf(data);
  const haihe = base.haihe;
  return {
    version: 8,
    name: 'Tianjin Service Atlas — embedded basemap',
    sources: {
      [SEA_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: base.sea } },
      [LAND_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: base.land } },
      [HAIHE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: haihe } },
      // The name only where the river runs outside the zones (domain/haihe-label.ts, worked out when published).
      [HAIHE_LABEL_SOURCE]: { type: 'geojson', data: data.haiheLabel },
      ...overlay.sources,
    },
    layers: [
      backgroundLayer,
      seaLayer,
      landLayer,
      ...overlay.areas,
      haiheLineLayer,
      ...overlay.zones,
      overlay.districtLabels,
      haiheLabelLayer(input.lang, input.layers.labels, LOCAL_LABEL_FONT),
      ...overlay.featureLabels,
    ],
  };
}

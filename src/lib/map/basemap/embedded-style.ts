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

/** The box the coastline data was clipped to: water inside it is sea, beyond it is unknown. */
function seaFeatures(land: LandCollection): Feature<Polygon>[] {
  if (land.features.length === 0) return [];
  const [west, south, east, north] = bbox(land);
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }];
}

export function embeddedStyle(data: EmbeddedBasemapData, input: AtlasStyleInput): StyleSpecification {
  const overlay = atlasOverlay(input, { font: LOCAL_LABEL_FONT, districtFillOpacity: 0.55 });
  const haihe = data.haihe.features.map((feature) => ({
    type: 'Feature' as const,
    properties: { name_zh: feature.properties.name.zh, name_en: feature.properties.name.en },
    geometry: feature.geometry,
  }));
  return {
    version: 8,
    name: 'Tianjin Service Atlas — embedded basemap',
    sources: {
      [SEA_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: seaFeatures(data.land) } },
      [LAND_SOURCE]: { type: 'geojson', data: data.land },
      [HAIHE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: haihe } },
      ...overlay.sources,
    },
    layers: [
      backgroundLayer,
      seaLayer,
      landLayer,
      ...overlay.areas,
      haiheLineLayer,
      overlay.districtLabels,
      haiheLabelLayer(input.lang, input.layers.labels, LOCAL_LABEL_FONT),
      ...overlay.featureLabels,
    ],
  };
}

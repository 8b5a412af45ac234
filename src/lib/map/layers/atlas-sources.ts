/**
 * The atlas's own MapLibre sources, drawn on every basemap: districts (areas and label points) and
 * the label points of zones and places (the zones and places themselves are deck.gl's). Inline GeoJSON built from the data the map is given; no request is made.
 */
import type { Feature } from 'geojson';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import type { DistrictFeature, PlaceFeature, ZoneFeature } from '../../data/schemas';
import { interiorPoint } from '../interior-point';
import { labelText } from './label-text';
import { DISTRICT_LABELS_SOURCE, DISTRICTS_SOURCE } from './districts';
import { PLACE_LABELS_SOURCE } from './place-labels';
import area from '@turf/area';
import { zoneShortName } from '../../i18n/zone-short-names';
import { ZONE_LABELS_SOURCE, zoneLabelSource } from './zone-labels';

export interface AtlasSourceInput {
  districts: readonly DistrictFeature[];
  zones: readonly ZoneFeature[];
  places: readonly PlaceFeature[];
}

const geojson = (features: Feature[]): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features },
});

export function atlasSources({
  districts,
  zones,
  places,
}: AtlasSourceInput): Record<string, GeoJSONSourceSpecification> {
  return {
    [DISTRICTS_SOURCE]: geojson(
      districts.map((district) => ({
        type: 'Feature',
        properties: { adcode: district.id, name_zh: district.properties.name.zh, name_en: district.properties.name.en },
        geometry: district.geometry,
      })),
    ),
    [DISTRICT_LABELS_SOURCE]: geojson(
      districts.map((district) => ({
        type: 'Feature',
        properties: { adcode: district.id, name_zh: district.properties.name.zh, name_en: district.properties.name.en },
        geometry: { type: 'Point', coordinates: district.properties.labelPoint },
      })),
    ),
    [ZONE_LABELS_SOURCE]: zoneLabelSource(zoneLabelFeatures(zones)),
    [PLACE_LABELS_SOURCE]: geojson(
      places.map((place) => ({
        type: 'Feature',
        properties: {
          id: place.id,
          name_zh: labelText(place.properties.name.zh, 'zh'),
          name_en: labelText(place.properties.name.en, 'en'),
        },
        geometry: place.geometry,
      })),
    ),
  };
}

/** A zone's area and label point, computed once per zone (every style change rebuilds the sources). */
const zoneGeometryFacts = new WeakMap<ZoneFeature, { area: number; point: [number, number] }>();
function factsOf(zone: ZoneFeature) {
  let facts = zoneGeometryFacts.get(zone);
  if (!facts) {
    facts = { area: area(zone.geometry), point: interiorPoint(zone.geometry) as [number, number] };
    zoneGeometryFacts.set(zone, facts);
  }
  return facts;
}

/** Zone label points with full and short names, ranked by size (0: the smallest zone). */
function zoneLabelFeatures(zones: readonly ZoneFeature[]): Feature[] {
  const bySize = [...zones].sort((a, b) => factsOf(a).area - factsOf(b).area).map((zone) => zone.id);
  return zones.map((zone) => {
    const short = zoneShortName(zone.id, zone.properties.name);
    return {
      type: 'Feature',
      properties: {
        id: zone.id,
        name_zh: labelText(zone.properties.name.zh, 'zh'),
        name_en: labelText(zone.properties.name.en, 'en'),
        short_zh: short.zh,
        short_en: labelText(short.en, 'en'),
        size_rank: bySize.indexOf(zone.id),
      },
      geometry: { type: 'Point', coordinates: factsOf(zone).point },
    };
  });
}

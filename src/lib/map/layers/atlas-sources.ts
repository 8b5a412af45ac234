/**
 * The atlas's own MapLibre sources, drawn on every basemap: districts (areas and label points), every
 * zone (its shape; what is shown is feature state), the label points of the zones the filter shows,
 * and the places (symbols and names). Inline GeoJSON built from the data the map is given; no request
 * is made. Each source is built once per input list, so a style rebuilt for another reason (a language)
 * hands MapLibre the same objects.
 */
import type { Feature } from 'geojson';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import type { DistrictFeature, PlaceFeature, ZoneFeature } from '../../data/schemas';
import { interiorPoint } from '../interior-point';
import { labelText } from './label-text';
import { DISTRICT_LABELS_SOURCE, DISTRICTS_SOURCE } from './districts';
import { PLACE_LABELS_SOURCE } from './place-labels';
import { zoneShortName } from '../../i18n/zone-short-names';
import { ZONE_LABELS_SOURCE, zoneLabelSource } from './zone-labels';
import { zoneArea, zoneSource, ZONES_SOURCE } from './zones';

export interface AtlasSourceInput {
  districts: readonly DistrictFeature[];
  /** Every zone of the atlas (the map shows or hides each by feature state). */
  allZones: readonly ZoneFeature[];
  /** The zones the filter shows: their names. */
  zones: readonly ZoneFeature[];
  places: readonly PlaceFeature[];
}

const geojson = (features: Feature[]): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features },
});

/** `build(list)`, once per list (by identity). */
function cachedBy<T extends object, R>(build: (list: T) => R): (list: T) => R {
  const cache = new WeakMap<T, R>();
  return (list) => {
    let value = cache.get(list);
    if (value === undefined) {
      value = build(list);
      cache.set(list, value);
    }
    return value;
  };
}

const districtSource = cachedBy((districts: readonly DistrictFeature[]) =>
  geojson(
    districts.map((district) => ({
      type: 'Feature',
      properties: { adcode: district.id, name_zh: district.properties.name.zh, name_en: district.properties.name.en },
      geometry: district.geometry,
    })),
  ),
);

const districtLabelSource = cachedBy((districts: readonly DistrictFeature[]) =>
  geojson(
    districts.map((district) => ({
      type: 'Feature',
      properties: { adcode: district.id, name_zh: district.properties.name.zh, name_en: district.properties.name.en },
      geometry: { type: 'Point', coordinates: district.properties.labelPoint },
    })),
  ),
);

/** The zones' label points (clustered below DETAIL_MIN_ZOOM). */
export const zoneLabelsSource = cachedBy((zones: readonly ZoneFeature[]) => zoneLabelSource(zoneLabelFeatures(zones)));

/** The places: symbols, rings and names; `promoteId` makes the place's id its feature-state key. */
export const placeSource = cachedBy((places: readonly PlaceFeature[]): GeoJSONSourceSpecification => ({
  ...geojson(
    places.map((place) => ({
      type: 'Feature',
      properties: {
        id: place.id,
        kind: place.properties.kind,
        name_zh: labelText(place.properties.name.zh, 'zh'),
        name_en: labelText(place.properties.name.en, 'en'),
      },
      geometry: place.geometry,
    })),
  ),
  promoteId: 'id',
}));

export function atlasSources({
  districts,
  allZones,
  zones,
  places,
}: AtlasSourceInput): Record<string, GeoJSONSourceSpecification> {
  return {
    [DISTRICTS_SOURCE]: districtSource(districts),
    [DISTRICT_LABELS_SOURCE]: districtLabelSource(districts),
    [ZONES_SOURCE]: zoneSource(allZones),
    [ZONE_LABELS_SOURCE]: zoneLabelsSource(zones),
    [PLACE_LABELS_SOURCE]: placeSource(places),
  };
}

/** A zone's area and label point, computed once per zone (every style change rebuilds the sources). */
const zoneGeometryFacts = new WeakMap<ZoneFeature, { area: number; point: [number, number] }>();
function factsOf(zone: ZoneFeature) {
  let facts = zoneGeometryFacts.get(zone);
  if (!facts) {
    facts = { area: zoneArea(zone), point: interiorPoint(zone.geometry) as [number, number] };
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

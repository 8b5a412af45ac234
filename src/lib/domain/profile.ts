/**
 * A zone's profile for the site package: size, place, distances to the hubs an investor asks about,
 * what is nearby, the measures that apply and who is responsible. Pure; computed from the atlas with
 * turf, never typed in.
 */
import area from '@turf/area';
import booleanIntersects from '@turf/boolean-intersects';
import centroid from '@turf/centroid';
import length from '@turf/length';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import { lineString } from '@turf/helpers';
import type {
  AreaGeometry,
  DistrictFeature,
  LocalisedText,
  PlaceFeature,
  Position,
  Provenance,
  PublishedDesignation,
  ZoneFeature,
} from '../data/schemas';
import type { Atlas } from '../data/atlas';
import { polygonsOf } from './geometry';
import { bodiesOf, zoneMeasures, type BodyTally, type MeasuresByRelation } from './relations';

/** Other zones and places within this distance (km) are listed as nearby. */
export const NEARBY_RADIUS_KM = 5;

export type HubKind = 'airport' | 'port' | 'station' | 'city-centre';

export interface HubDistance {
  hub: HubKind;
  /** The place's id; null for the city centre. */
  id: string | null;
  name: LocalisedText;
  /** Straight-line (great-circle) distance from the zone's nearest edge, km; 0 when the hub is inside. */
  km: number;
}

export interface NearbyItem {
  kind: 'zone' | 'place';
  id: string;
  name: LocalisedText;
  /** Edge-to-edge (zones) or edge-to-point (places) distance, km. */
  km: number;
}

export interface ZoneProfile {
  zone: ZoneFeature;
  areaKm2: number;
  perimeterKm: number;
  /** [lng, lat] */
  centroid: Position;
  districts: DistrictFeature[];
  hubs: HubDistance[];
  nearby: NearbyItem[];
  measures: MeasuresByRelation;
  /**
   * What the text of the measures that name the zone or are linked to it (explicit and inferred) names:
   * zones, platforms, pilots, with what the map shows for each. District-level measures are left out:
   * they name the zone's district among much else.
   */
  designations: PublishedDesignation[];
  bodies: Array<BodyTally & { districtGovernment: boolean }>;
  provenance: Provenance;
}

export interface CityCentre {
  point: Position;
  name: LocalisedText;
}

/** Rounds to 0.1 km: the zones are schematic, so more precision would be invented. */
const roundKm = (km: number) => Math.round(km * 10) / 10;

/**
 * Great-circle distance in km from a point to the zone's nearest edge, 0 inside it. Investors ask how
 * far the airport is from the site, which is not the distance to the site's centroid.
 */
export function distanceToZoneKm(geometry: AreaGeometry, point: Position): number {
  return Math.max(0, pointToPolygonDistance(point, geometry, { units: 'kilometers' }));
}

/**
 * Shortest distance in km between two zones' boundaries, 0 when they overlap or touch. Measured from
 * each zone's vertices to the other zone, so it is exact to the vertex spacing.
 */
export function zoneToZoneKm(a: AreaGeometry, b: AreaGeometry): number {
  if (booleanIntersects(a, b)) return 0;
  const vertices = (geometry: AreaGeometry) => polygonsOf(geometry).flatMap((rings) => rings[0]);
  const fromA = Math.min(...vertices(a).map((vertex) => distanceToZoneKm(b, vertex)));
  const fromB = Math.min(...vertices(b).map((vertex) => distanceToZoneKm(a, vertex)));
  return Math.min(fromA, fromB);
}

export function perimeterKm(geometry: AreaGeometry): number {
  return polygonsOf(geometry)
    .flatMap((rings) => rings)
    .reduce((sum, ring) => sum + length(lineString(ring), { units: 'kilometers' }), 0);
}

function nearestOfKind(
  geometry: AreaGeometry,
  places: readonly PlaceFeature[],
  kind: PlaceFeature['properties']['kind'],
) {
  return places
    .filter((place) => place.properties.kind === kind)
    .map((place) => ({ place, km: distanceToZoneKm(geometry, place.geometry.coordinates) }))
    .sort((a, b) => a.km - b.km)[0];
}

/** Distances from an area's nearest edge to the airport, the port, the main stations and the city centre. */
export function hubDistances(
  geometry: AreaGeometry,
  places: readonly PlaceFeature[],
  cityCentre: CityCentre,
): HubDistance[] {
  const hubs: HubDistance[] = [];
  const airport = nearestOfKind(geometry, places, 'airport');
  if (airport)
    hubs.push({ hub: 'airport', id: airport.place.id, name: airport.place.properties.name, km: roundKm(airport.km) });
  const port = nearestOfKind(geometry, places, 'port');
  if (port) hubs.push({ hub: 'port', id: port.place.id, name: port.place.properties.name, km: roundKm(port.km) });
  for (const station of places.filter((place) => place.properties.kind === 'railway-station')) {
    const km = distanceToZoneKm(geometry, station.geometry.coordinates);
    hubs.push({ hub: 'station', id: station.id, name: station.properties.name, km: roundKm(km) });
  }
  hubs.push({
    hub: 'city-centre',
    id: null,
    name: cityCentre.name,
    km: roundKm(distanceToZoneKm(geometry, cityCentre.point)),
  });
  return hubs;
}

function nearbyItems(zone: ZoneFeature, atlas: Atlas): NearbyItem[] {
  const zones = atlas.zones
    .filter((other) => other.id !== zone.id)
    .map((other) => ({
      kind: 'zone' as const,
      id: other.id,
      name: other.properties.name,
      km: zoneToZoneKm(zone.geometry, other.geometry),
    }));
  const places = atlas.places.map((place) => ({
    kind: 'place' as const,
    id: place.id,
    name: place.properties.name,
    km: distanceToZoneKm(zone.geometry, place.geometry.coordinates),
  }));
  return [...zones, ...places]
    .filter((item) => item.km <= NEARBY_RADIUS_KM)
    .sort((a, b) => a.km - b.km)
    .map((item) => ({ ...item, km: roundKm(item.km) }));
}

/** The designations the given measures name, each once, in gazetteer order. */
export function designationsNamedBy(
  atlas: Pick<Atlas, 'gazetteer' | 'designationsByMeasure'>,
  measureIds: readonly string[],
): PublishedDesignation[] {
  const named = new Set(measureIds.flatMap((id) => atlas.designationsByMeasure.get(id) ?? []));
  return (atlas.gazetteer ?? []).filter((designation) => named.has(designation));
}

export function zoneProfile(atlas: Atlas, cityCentre: CityCentre, zoneId: string): ZoneProfile | null {
  const zone = atlas.zoneById.get(zoneId);
  const measures = zoneMeasures(atlas, zoneId);
  if (!zone || !measures) return null;
  const linked = [...measures.explicit, ...measures.inferred, ...measures.district].map((entry) => entry.measure);
  const [lng, lat] = centroid(zone.geometry).geometry.coordinates;
  return {
    zone,
    areaKm2: area(zone.geometry) / 1e6,
    perimeterKm: perimeterKm(zone.geometry),
    centroid: [lng, lat],
    districts: zone.properties.districts
      .map((adcode) => atlas.districtById.get(adcode))
      .filter((district): district is DistrictFeature => district !== undefined),
    hubs: hubDistances(zone.geometry, atlas.places, cityCentre),
    nearby: nearbyItems(zone, atlas),
    measures,
    designations: designationsNamedBy(
      atlas,
      [...measures.explicit, ...measures.inferred].map((entry) => entry.measure.id),
    ),
    bodies: bodiesOf(linked).map((body) => ({ ...body, districtGovernment: body.kind === 'district-government' })),
    provenance: zone.properties.provenance,
  };
}

/**
 * The sector and body filters of the left panel: which zones, places and measures stay on screen.
 * Pure; the enabled sectors come from the filter state as a set of sector ids.
 */
import type { PlaceFeature, PublishedMeasure, ZoneFeature } from '../data/schemas';
import type { Atlas } from '../data/atlas';

/** Per sector: how many zones carry it and how many measures belong to it, over the whole atlas. */
export interface SectorCount {
  zones: number;
  measures: number;
}

/** True when any of the zone's (or place's) sectors is enabled; a feature with no sector never shows. */
export function zoneVisible(zone: ZoneFeature | PlaceFeature, enabledSectors: ReadonlySet<string>): boolean {
  return zone.properties.sectors.some((sector) => enabledSectors.has(sector));
}

/** The zones with at least one enabled sector, in zones.geojson order. */
export function visibleZones(atlas: Atlas, enabled: ReadonlySet<string>): ZoneFeature[] {
  return atlas.zones.filter((zone) => zoneVisible(zone, enabled));
}

/** The places with at least one enabled sector, in places.geojson order. */
export function visiblePlaces(atlas: Atlas, enabled: ReadonlySet<string>): PlaceFeature[] {
  return atlas.places.filter((place) => zoneVisible(place, enabled));
}

/** Measures of an enabled sector that, when `body` (a body's zh name) is given, list that body; document order. */
export function visibleMeasures(atlas: Atlas, enabled: ReadonlySet<string>, body: string | null): PublishedMeasure[] {
  return atlas.measures.filter(
    (measure) =>
      enabled.has(measure.sector) && (body === null || measure.bodies.some((listed) => listed.name.zh === body)),
  );
}

/** Counts for every sector of sectors.json (zero when nothing has it), keyed by sector id, in sectors.json order. */
export function sectorCounts(atlas: Atlas): ReadonlyMap<string, SectorCount> {
  const counts = new Map<string, SectorCount>(
    atlas.sectors.sectors.map((sector) => [sector.id, { zones: 0, measures: 0 }]),
  );
  for (const zone of atlas.zones) {
    // A zone that lists a sector twice is still one zone.
    for (const sector of new Set(zone.properties.sectors)) {
      const count = counts.get(sector);
      if (count) count.zones += 1;
    }
  }
  for (const measure of atlas.measures) {
    const count = counts.get(measure.sector);
    if (count) count.measures += 1;
  }
  return counts;
}

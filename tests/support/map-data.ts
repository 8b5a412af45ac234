/**
 * The real published data for the map's unit tests: the atlas (zones, places, districts, sectors)
 * and the embedded basemap files. Node-only; import it from tests only.
 */
import { readGeodataFiles } from '../../scripts/geodata-io';
import { haiheFile, haiheLabelFile, landFile } from '../../src/lib/data/schemas';
import { publishedFiles, realAtlas } from './atlas';
import type { AtlasStyleInput } from '../../src/lib/map/basemap/atlas-overlay';
import type { EmbeddedBasemapData } from '../../src/lib/data/load-basemap';

export function basemapData(): EmbeddedBasemapData {
  const files = readGeodataFiles();
  return {
    land: landFile.parse(JSON.parse(files['land.geojson'])),
    haihe: haiheFile.parse(JSON.parse(files['haihe.geojson'])),
    haiheLabel: haiheLabelFile.parse(JSON.parse(publishedFiles()['basemap/haihe-label.geojson'])),
  };
}

export function styleInput(overrides: Partial<AtlasStyleInput> = {}): AtlasStyleInput {
  const atlas = realAtlas();
  return {
    districts: atlas.districts,
    allZones: atlas.zones,
    zones: atlas.zones,
    places: atlas.places,
    lang: 'zh',
    layers: { zones: true, places: true, districts: true, labels: true },
    emphasisedDistricts: [],
    ...overrides,
  };
}

export function sectorColors(): Record<string, string> {
  return Object.fromEntries(realAtlas().sectors.sectors.map((sector) => [sector.id, sector.color]));
}

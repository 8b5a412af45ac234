/**
 * The real atlas for unit tests: geodata/ validated and published exactly as the build does, then
 * indexed. Node-only (reads files); import it from tests only.
 */
import { readGeodataFiles } from '../../../scripts/geodata-io';
import { publishData } from '../data/publish';
import {
  districtsFile,
  placesFile,
  publishedLinksFile,
  publishedMeasuresFile,
  sectorsFile,
  toursFile,
  zonesFile,
} from '../data/schemas';
import { validateGeodata } from '../data/validate';
import { regionFile } from '../data/region';
import { createAtlas, type Atlas } from './atlas';

let cached: Atlas | null = null;

export function realAtlas(): Atlas {
  if (cached) return cached;
  const { dataset } = validateGeodata(readGeodataFiles());
  if (!dataset) throw new Error('geodata/ does not validate');
  const published = publishData(dataset);
  const measures = publishedMeasuresFile.parse(JSON.parse(published['measures.json']));
  cached = createAtlas({
    policy: measures.policy,
    translationNote: measures.translation.note,
    measures: measures.measures,
    links: publishedLinksFile.parse(JSON.parse(published['links.json'])).links,
    zones: zonesFile.parse(JSON.parse(published['zones.geojson'])).features,
    places: placesFile.parse(JSON.parse(published['places.geojson'])).features,
    districts: districtsFile.parse(JSON.parse(published['districts.geojson'])).features,
    sectors: sectorsFile.parse(JSON.parse(published['sectors.json'])),
    region: regionFile.parse(JSON.parse(published['region.json'])),
    tours: toursFile.parse(JSON.parse(published['tours.json'])).tours,
  });
  return cached;
}

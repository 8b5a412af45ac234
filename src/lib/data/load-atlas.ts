import { createAtlas, type Atlas } from '../domain/atlas';
import { loadPublished } from './load';
import { regionFile } from './region';
import {
  districtsFile,
  placesFile,
  publishedLinksFile,
  publishedMeasuresFile,
  sectorsFile,
  zonesFile,
} from './schemas';

/** Loads and validates every /data/ file the app needs; rejects with a DataLoadError naming the file. */
export async function loadAtlas(fetcher: typeof fetch = fetch): Promise<Atlas> {
  const [measures, links, zones, places, districts, sectors, region] = await Promise.all([
    loadPublished('measures.json', publishedMeasuresFile, fetcher),
    loadPublished('links.json', publishedLinksFile, fetcher),
    loadPublished('zones.geojson', zonesFile, fetcher),
    loadPublished('places.geojson', placesFile, fetcher),
    loadPublished('districts.geojson', districtsFile, fetcher),
    loadPublished('sectors.json', sectorsFile, fetcher),
    loadPublished('region.json', regionFile, fetcher),
  ]);
  return createAtlas({
    policy: measures.policy,
    translationNote: measures.translation.note,
    measures: measures.measures,
    links: links.links,
    zones: zones.features,
    places: places.features,
    districts: districts.features,
    sectors,
    region,
  });
}

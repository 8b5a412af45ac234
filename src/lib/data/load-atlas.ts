import { createAtlas, type Atlas } from '../domain/atlas';
import { loadPublished } from './load';
import { regionFile } from './region';
import {
  districtsFile,
  placesFile,
  publishedLinksFile,
  publishedMeasuresFile,
  sectorsFile,
  toursFile,
  zonesFile,
} from './schemas';

/** Loads and validates every /data/ file the app needs; rejects with a DataLoadError naming the file. */
export async function loadAtlas(fetcher: typeof fetch = fetch): Promise<Atlas> {
  const [measures, links, zones, places, districts, sectors, region, tours] = await Promise.all([
    loadPublished('measures.json', publishedMeasuresFile, fetcher),
    loadPublished('links.json', publishedLinksFile, fetcher),
    loadPublished('zones.geojson', zonesFile, fetcher),
    loadPublished('places.geojson', placesFile, fetcher),
    loadPublished('districts.geojson', districtsFile, fetcher),
    loadPublished('sectors.json', sectorsFile, fetcher),
    loadPublished('region.json', regionFile, fetcher),
    loadPublished('tours.json', toursFile, fetcher),
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
    tours: tours.tours,
  });
}

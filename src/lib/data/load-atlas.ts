/**
 * The one way the atlas is built from the published /data/ files: each file checked against its schema
 * (a file that fails is named), then indexed. The app fetches the files; tests and scripts hand over the
 * files the build publishes.
 */
import type { z } from 'zod';
import { createAtlas, type Atlas } from './atlas';
import { fetchPublished, parsePublished } from './load';
import { regionFile } from './region';
import {
  districtsFile,
  placesFile,
  publishedGazetteerFile,
  publishedLinksFile,
  publishedMeasuresFile,
  sectorsFile,
  toursFile,
  zonesFile,
} from './schemas';

/** The published files the atlas is built from, by file name under /data/. */
export const ATLAS_FILES = [
  'measures.json',
  'links.json',
  'zones.geojson',
  'places.geojson',
  'districts.geojson',
  'sectors.json',
  'region.json',
  'tours.json',
  'gazetteer.json',
] as const;

export type AtlasFileName = (typeof ATLAS_FILES)[number];

/**
 * Builds the atlas from the published files' parsed JSON (`read` gives each file's); throws a
 * DataLoadError naming a file that does not match its schema.
 */
export function atlasFromFiles(read: (name: AtlasFileName) => unknown): Atlas {
  const file = <T extends z.ZodType>(name: AtlasFileName, schema: T) => parsePublished(name, schema, read(name));
  const measures = file('measures.json', publishedMeasuresFile);
  return createAtlas({
    policy: measures.policy,
    translationNote: measures.translation.note,
    measures: measures.measures,
    links: file('links.json', publishedLinksFile).links,
    zones: file('zones.geojson', zonesFile).features,
    places: file('places.geojson', placesFile).features,
    districts: file('districts.geojson', districtsFile).features,
    sectors: file('sectors.json', sectorsFile),
    region: file('region.json', regionFile),
    tours: file('tours.json', toursFile).tours,
    gazetteer: file('gazetteer.json', publishedGazetteerFile).designations,
  });
}

/** Fetches every /data/ file the app needs and builds the atlas; rejects with a DataLoadError naming the file. */
export async function loadAtlas(fetcher: typeof fetch = fetch): Promise<Atlas> {
  const files = await Promise.all(
    ATLAS_FILES.map(async (name) => [name, await fetchPublished(name, fetcher)] as const),
  );
  const byName = new Map<AtlasFileName, unknown>(files);
  return atlasFromFiles((name) => byName.get(name));
}

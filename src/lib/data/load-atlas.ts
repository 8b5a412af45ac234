/**
 * The one way the atlas is built from the published /data/ files: each file checked against its schema
 * (a file that fails is named), then indexed. The app fetches the files; tests and scripts hand over the
 * files the build publishes.
 */
import type { z } from 'zod';
import { createAtlas, type Atlas, type AtlasData } from './atlas';
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

/** The atlas's input from the published files' parsed JSON, each checked by `check` (the schema, or trusted as is). */
function atlasInput(check: <T extends z.ZodType>(name: AtlasFileName, schema: T) => z.infer<T>): AtlasData {
  const measures = check('measures.json', publishedMeasuresFile);
  return {
    policy: measures.policy,
    translationNote: measures.translation.note,
    measures: measures.measures,
    links: check('links.json', publishedLinksFile).links,
    zones: check('zones.geojson', zonesFile).features,
    places: check('places.geojson', placesFile).features,
    districts: check('districts.geojson', districtsFile).features,
    sectors: check('sectors.json', sectorsFile),
    region: check('region.json', regionFile),
    tours: check('tours.json', toursFile).tours,
    gazetteer: check('gazetteer.json', publishedGazetteerFile).designations,
  };
}

/**
 * Builds the atlas from the published files' parsed JSON (`read` gives each file's); throws a
 * DataLoadError naming a file that does not match its schema.
 */
export function atlasFromFiles(read: (name: AtlasFileName) => unknown): Atlas {
  return createAtlas(atlasInput((name, schema) => parsePublished(name, schema, read(name))));
}

/** Checks every published file against its schema; throws a DataLoadError naming the first that does not match. */
export function checkAtlasFiles(read: (name: AtlasFileName) => unknown): void {
  atlasInput((name, schema) => parsePublished(name, schema, read(name)));
}

/** The atlas, and `verify`: checks every file against its schema, rejecting with a DataLoadError naming one that fails. */
export interface LoadedAtlas {
  atlas: Atlas;
  verify: () => Promise<void>;
}

/**
 * Fetches every /data/ file the app needs and builds the atlas; rejects with a DataLoadError naming a
 * file that could not be fetched or parsed. The files are this site's own, checked against their schemas
 * when they were published (`npm run validate`), so the atlas is built from them as they are and the
 * check runs again in the browser with `verify`, which the app calls once the map has drawn: checking
 * first held the map back (zod on the main thread). Nothing from them is ever rendered as HTML.
 */
export async function loadAtlas(fetcher: typeof fetch = fetch): Promise<LoadedAtlas> {
  const files = await Promise.all(
    ATLAS_FILES.map(async (name) => [name, await fetchPublished(name, fetcher)] as const),
  );
  // For benchmarks: the start-up stages (bench/browser.ts reads these marks).
  performance.mark('atlas:data-fetched');
  const byName = new Map<AtlasFileName, unknown>(files);
  const read = (name: AtlasFileName) => byName.get(name);
  const verify = async () => checkAtlasFiles(read);
  let atlas: Atlas;
  try {
    atlas = createAtlas(atlasInput((name) => read(name) as never));
  } catch (error) {
    // A file that breaks the atlas: the schema names it.
    await verify();
    throw error;
  }
  performance.mark('atlas:data-indexed');
  return { atlas, verify };
}

/**
 * The one way the atlas is built from the published /data/ files. The app builds it from the files as
 * published and checks them against their schemas after the first map render (`verify`, from
 * atlas-check.ts, loaded then: zod is not on the path to the first map); tests and scripts build it with
 * every file checked first (`atlasFromFiles`).
 */
import { createAtlas, type Atlas, type AtlasData } from './atlas';
import { fetchPublished } from './load';
import type { RegionFile } from './region';
import type {
  DistrictCollection,
  PlaceCollection,
  PublishedGazetteerFile,
  PublishedLinksFile,
  PublishedMeasuresFile,
  SectorsFile,
  ToursFile,
  ZoneCollection,
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

/** What each published file holds once it matches its schema. */
export interface AtlasFiles {
  'measures.json': PublishedMeasuresFile;
  'links.json': PublishedLinksFile;
  'zones.geojson': ZoneCollection;
  'places.geojson': PlaceCollection;
  'districts.geojson': DistrictCollection;
  'sectors.json': SectorsFile;
  'region.json': RegionFile;
  'tours.json': ToursFile;
  'gazetteer.json': PublishedGazetteerFile;
}

/** Reads one published file as its schema's type (checked, or trusted as published). */
export type ReadAtlasFile = <N extends AtlasFileName>(name: N) => AtlasFiles[N];

/** The atlas's input from the published files. */
export function atlasInput(read: ReadAtlasFile): AtlasData {
  const measures = read('measures.json');
  return {
    policy: measures.policy,
    translationNote: measures.translation.note,
    measures: measures.measures,
    links: read('links.json').links,
    zones: read('zones.geojson').features,
    places: read('places.geojson').features,
    districts: read('districts.geojson').features,
    sectors: read('sectors.json'),
    region: read('region.json'),
    tours: read('tours.json').tours,
    gazetteer: read('gazetteer.json').designations,
  };
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
  const verify = async () => (await import('./atlas-check')).checkAtlasFiles(read);
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

/**
 * The published /data/ files checked against their schemas: before the atlas is built (tests, scripts)
 * or after the app's first map render (load-atlas.ts loads this module then, with zod).
 */
import type { z } from 'zod';
import { createAtlas, type Atlas } from './atlas';
import { atlasInput, type AtlasFileName, type AtlasFiles } from './load-atlas';
import { parsePublished } from './load';
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

const SCHEMAS: { [N in AtlasFileName]: z.ZodType<AtlasFiles[N]> } = {
  'measures.json': publishedMeasuresFile,
  'links.json': publishedLinksFile,
  'zones.geojson': zonesFile,
  'places.geojson': placesFile,
  'districts.geojson': districtsFile,
  'sectors.json': sectorsFile,
  'region.json': regionFile,
  'tours.json': toursFile,
  'gazetteer.json': publishedGazetteerFile,
};

/** Reads each file checked against its schema; a mismatch throws a DataLoadError naming the file. */
const checked =
  (read: (name: AtlasFileName) => unknown) =>
  <N extends AtlasFileName>(name: N): AtlasFiles[N] =>
    parsePublished(name, SCHEMAS[name], read(name));

/**
 * Builds the atlas from the published files' parsed JSON (`read` gives each file's); throws a
 * DataLoadError naming a file that does not match its schema.
 */
export function atlasFromFiles(read: (name: AtlasFileName) => unknown): Atlas {
  return createAtlas(atlasInput(checked(read)));
}

/** Checks every published file against its schema; throws a DataLoadError naming the first that does not match. */
export function checkAtlasFiles(read: (name: AtlasFileName) => unknown): void {
  atlasInput(checked(read));
}

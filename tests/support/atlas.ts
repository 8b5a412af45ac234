/**
 * The real atlas for unit tests: geodata/ validated and published exactly as the build does, then built
 * by the app's own loader (atlasFromFiles). Node-only (reads files).
 */
import type { Atlas } from '../../src/lib/data/atlas';
import { atlasFromFiles } from '../../src/lib/data/atlas-check';
import { publishData } from '../../src/lib/pipeline/publish';
import { validateGeodata } from '../../src/lib/pipeline/validate';
import { readGeodataFiles } from '../../scripts/geodata-io';

let cached: Atlas | null = null;

/** The files `npm run build` publishes under /data/, as text by file name. */
export function publishedFiles(): Record<string, string> {
  const { dataset } = validateGeodata(readGeodataFiles());
  if (!dataset) throw new Error('geodata/ does not validate');
  return publishData(dataset);
}

export function realAtlas(): Atlas {
  if (cached) return cached;
  const published = publishedFiles();
  cached = atlasFromFiles((name) => JSON.parse(published[name]) as unknown);
  return cached;
}

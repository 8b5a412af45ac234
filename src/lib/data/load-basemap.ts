/** The basemap-only files of the embedded basemap, from this site's /data/basemap/. */
import { loadPublished } from './load';
import { haiheFile, landFile, type HaiheCollection, type LandCollection } from './schemas';

/** What the embedded basemap draws beneath the atlas: land (and so the sea) and the Haihe. */
export interface EmbeddedBasemapData {
  land: LandCollection;
  haihe: HaiheCollection;
}

export interface EmbeddedBasemapResult {
  data: EmbeddedBasemapData;
  /** Which file failed and why, for the user to be told; null when both loaded. */
  problem: string | null;
}

/**
 * Loads and validates land and Haihe. If they cannot be loaded the map still works on a plain
 * background (districts, zones and places come from the atlas); `problem` says which file failed.
 */
export async function loadEmbeddedBasemap(fetcher: typeof fetch = fetch): Promise<EmbeddedBasemapResult> {
  try {
    const [land, haihe] = await Promise.all([
      loadPublished('basemap/land.geojson', landFile, fetcher),
      loadPublished('basemap/haihe.geojson', haiheFile, fetcher),
    ]);
    return { data: { land, haihe }, problem: null };
  } catch (error) {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    return { data: { land: empty, haihe: empty }, problem: error instanceof Error ? error.message : String(error) };
  }
}

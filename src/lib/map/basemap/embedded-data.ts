/** The basemap-only files of the embedded basemap, from this site's /data/basemap/. */
import { loadPublished } from '../../data/load';
import { haiheFile, landFile } from '../../data/schemas';
import type { EmbeddedBasemapData } from './embedded-style';

/**
 * Loads and validates land and Haihe. If they cannot be loaded the map still works on a plain
 * background (districts, zones and places come from the app); `problem` says which file failed, for
 * the user to be told.
 */
export async function loadEmbeddedBasemap(
  fetcher: typeof fetch = fetch,
): Promise<{ data: EmbeddedBasemapData; problem: string | null }> {
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

/** The basemap-only files of the embedded basemap, from this site's /data/basemap/. */
import { loadPublished } from '../../data/load';
import { haiheFile, landFile } from '../../data/schemas';
import type { EmbeddedBasemapData } from './embedded-style';

/**
 * Loads and validates land and Haihe. If they cannot be loaded the map still works on a plain
 * background (districts, zones and places come from the app), and the problem is logged.
 */
export async function loadEmbeddedBasemap(fetcher: typeof fetch = fetch): Promise<EmbeddedBasemapData> {
  try {
    const [land, haihe] = await Promise.all([
      loadPublished('basemap/land.geojson', landFile, fetcher),
      loadPublished('basemap/haihe.geojson', haiheFile, fetcher),
    ]);
    return { land, haihe };
  } catch (error) {
    console.error(error);
    return { land: { type: 'FeatureCollection', features: [] }, haihe: { type: 'FeatureCollection', features: [] } };
  }
}

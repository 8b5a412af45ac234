/** The basemap-only files of the embedded basemap, from this site's /data/basemap/. */
import { DataLoadError, fetchPublished, parsePublished } from './load';
import type { HaiheCollection, HaiheLabelCollection, LandCollection } from './schemas';

/** What the embedded basemap draws beneath the atlas: land (and so the sea), the Haihe and its name. */
export interface EmbeddedBasemapData {
  land: LandCollection;
  haihe: HaiheCollection;
  /** Where the Haihe's name goes: the river outside the zones (worked out when the data is published). */
  haiheLabel: HaiheLabelCollection;
}

export interface EmbeddedBasemapResult {
  data: EmbeddedBasemapData;
  /** Which file failed and why, for the user to be told; null when both loaded. */
  problem: string | null;
}

const LAND = 'basemap/land.geojson';
const HAIHE = 'basemap/haihe.geojson';
const HAIHE_LABEL = 'basemap/haihe-label.geojson';

/** A published file that is at least a feature collection (what the map needs to draw it at all). */
async function fetchCollection(file: string, fetcher: typeof fetch): Promise<unknown> {
  const raw = await fetchPublished(file, fetcher);
  const shape = raw as { type?: unknown; features?: unknown } | null;
  if (typeof raw !== 'object' || shape?.type !== 'FeatureCollection' || !Array.isArray(shape.features))
    throw new DataLoadError(file, 'is not a GeoJSON FeatureCollection');
  return raw;
}

/**
 * Loads land, the Haihe and its label lines. They are this site's own files, checked against their schemas when published
 * (`npm run validate`); the browser checks them again after the first map render
 * (`verifyEmbeddedBasemap`). If they cannot be loaded the map still works on a plain background
 * (districts, zones and places come from the atlas); `problem` says which file failed.
 */
export async function loadEmbeddedBasemap(fetcher: typeof fetch = fetch): Promise<EmbeddedBasemapResult> {
  try {
    const [land, haihe, haiheLabel] = await Promise.all([
      fetchCollection(LAND, fetcher),
      fetchCollection(HAIHE, fetcher),
      fetchCollection(HAIHE_LABEL, fetcher),
    ]);
    return {
      data: {
        land: land as LandCollection,
        haihe: haihe as HaiheCollection,
        haiheLabel: haiheLabel as HaiheLabelCollection,
      },
      problem: null,
    };
  } catch (error) {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    return {
      data: { land: empty, haihe: empty, haiheLabel: empty },
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Checks the loaded files against their schemas; throws a DataLoadError naming one that does not match. */
export async function verifyEmbeddedBasemap(data: EmbeddedBasemapData): Promise<void> {
  const { haiheFile, haiheLabelFile, landFile } = await import('./schemas');
  parsePublished(LAND, landFile, data.land);
  parsePublished(HAIHE, haiheFile, data.haihe);
  parsePublished(HAIHE_LABEL, haiheLabelFile, data.haiheLabel);
}

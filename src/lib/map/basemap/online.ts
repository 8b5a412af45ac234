/**
 * The opt-in online basemaps: an OpenStreetMap-based vector style (URL from VITE_OSM_STYLE_URL) and
 * Tianditu vector or imagery raster tiles (key from VITE_TIANDITU_KEY). Each gets the atlas's
 * districts and labels on top, like the embedded basemap. Here: their configuration, availability and
 * names; the styles themselves are built by online-styles.ts, loaded when one is first chosen.
 */
import type { LocalisedText } from '../../data/schemas';
import type { BasemapId } from '../../state/types';

export type OnlineBasemapId = Exclude<BasemapId, 'embedded'>;
export type TiandituBasemapId = Exclude<OnlineBasemapId, 'osm'>;

export interface OnlineBasemapConfig {
  /** Empty: the OSM basemap is unavailable. */
  osmStyleUrl: string;
  /** Empty: both Tianditu basemaps are unavailable. */
  tiandituKey: string;
}

export interface BasemapAvailability {
  available: boolean;
  /** Why it is unavailable, for the basemap picker. */
  reason?: LocalisedText;
}

export const BASEMAP_NAMES: Record<BasemapId, LocalisedText> = {
  embedded: { zh: '内置离线底图', en: 'embedded offline basemap' },
  osm: { zh: 'OpenStreetMap 矢量底图', en: 'OpenStreetMap vector basemap' },
  'tianditu-vector': { zh: '天地图矢量底图', en: 'Tianditu vector basemap' },
  'tianditu-imagery': { zh: '天地图影像底图', en: 'Tianditu imagery basemap' },
};

const NO_OSM_STYLE: LocalisedText = {
  zh: '未配置 OpenStreetMap 样式地址（VITE_OSM_STYLE_URL）',
  en: 'No OpenStreetMap style URL configured (VITE_OSM_STYLE_URL)',
};
const NO_TIANDITU_KEY: LocalisedText = {
  zh: '未配置天地图密钥（VITE_TIANDITU_KEY）',
  en: 'No Tianditu key configured (VITE_TIANDITU_KEY)',
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Reads the build-time configuration (Vite env); values that are not strings count as unset. */
export function basemapConfig(
  env: { VITE_OSM_STYLE_URL?: unknown; VITE_TIANDITU_KEY?: unknown } = import.meta.env,
): OnlineBasemapConfig {
  return { osmStyleUrl: text(env.VITE_OSM_STYLE_URL), tiandituKey: text(env.VITE_TIANDITU_KEY) };
}

export function basemapAvailability(
  config: OnlineBasemapConfig = basemapConfig(),
): Record<BasemapId, BasemapAvailability> {
  const osm = config.osmStyleUrl ? { available: true } : { available: false, reason: NO_OSM_STYLE };
  const tianditu = config.tiandituKey ? { available: true } : { available: false, reason: NO_TIANDITU_KEY };
  return { embedded: { available: true }, osm, 'tianditu-vector': tianditu, 'tianditu-imagery': tianditu };
}

/** What the map says after it fell back to the embedded basemap. */
export function fallbackMessage(basemap: OnlineBasemapId, reason?: LocalisedText): LocalisedText {
  const name = BASEMAP_NAMES[basemap];
  return {
    zh: `${name.zh}无法加载${reason ? `（${reason.zh}）` : ''}，已切换回内置离线底图。`,
    en: `The ${name.en} could not be loaded${reason ? ` (${reason.en})` : ''}; switched back to the embedded offline basemap.`,
  };
}

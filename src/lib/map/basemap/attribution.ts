/**
 * Credits shown in the map's attribution control, per basemap and language. Plain text: MapLibre
 * renders attribution as HTML, so nothing here may come from data.
 */
import type { Lang } from '../../data/atlas';
import type { BasemapId } from '../../state/types';

/** land.geojson is OpenStreetMap coastline data (ODbL). */
const OSM_LAND = { zh: '陆地 © OpenStreetMap contributors', en: 'Land © OpenStreetMap contributors' };
/** District boundaries: AMap data as published in Apache ECharts' China cities dataset (geodata/README.md). */
const DISTRICTS = {
  zh: '行政区界：高德地图数据（经 ECharts 中国城市数据集发布）',
  en: 'District boundaries: AMap (Gaode) data, as published in the ECharts China cities dataset',
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

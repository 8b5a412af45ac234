/** Interface text added to finish the handouts and plain-language labels, zh and en. */
import type { Lang } from '../data/atlas';

export const handoutMessages = {
  compareMapCredit: {
    zh: '地图：© OpenStreetMap 贡献者；行政区划：高德地图。',
    en: 'Maps: © OpenStreetMap contributors; districts: AMap.',
  },
  centreCoordinates: { zh: '中心点坐标', en: 'Centre point' },
  extentAccuracy: { zh: '范围精度', en: 'How exact the outline is' },
} as const satisfies Record<string, Record<Lang, string>>;

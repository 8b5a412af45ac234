/**
 * Short names of the zones for the map at city scale, where a full name (金街国际消费中心城市标志区,
 * "Jiefang North Road Financial and Historical-Cultural Area") would cover the neighbouring zones.
 * Chinese short names are the zones' own aliases; English ones shorten the official translation.
 * Map labels only: panels, search and packages keep the full names. A unit test checks that every
 * zone in the data has one.
 */
import type { LocalisedText } from '../data/schemas';

export const ZONE_SHORT_NAMES: Readonly<Record<string, LocalisedText>> = {
  'xiaobailou-cbd': { zh: '小白楼', en: 'Xiaobailou CBD' },
  'jiefang-north-road': { zh: '解放北路', en: 'Jiefang N. Road' },
  jinjie: { zh: '金街', en: 'Jinjie' },
  'yuanyang-wanghai-shipping': { zh: '远洋—旺海', en: 'Yuanyang–Wanghai' },
  wudadao: { zh: '五大道', en: 'Wudadao' },
  'haihe-liulin-design': { zh: '海河柳林', en: 'Haihe Liulin' },
  'project-117': { zh: '117项目', en: '117 Project' },
  'necc-tianjin': { zh: '国家会展中心', en: 'NECC' },
  'binhai-compute': { zh: '滨海算力', en: 'Binhai computing' },
  'wuqing-compute': { zh: '武清算力', en: 'Wuqing computing' },
  'haihe-waterfront': { zh: '海河沿线', en: 'Haihe riverside' },
  'yujiapu-finance': { zh: '于家堡', en: 'Yujiapu' },
  dongjiang: { zh: '东疆', en: 'Dongjiang' },
  'station-areas': { zh: '站产城', en: 'Station areas' },
  'ftz-dongjiang': { zh: '自贸东疆片区', en: 'FTZ Dongjiang' },
  'ftz-airport': { zh: '自贸机场片区', en: 'FTZ Airport' },
  'ftz-binhai-cbd': { zh: '自贸商务片区', en: 'FTZ Binhai CBD' },
};

/** The zone's short name, or its full name if it has none. */
export function zoneShortName(id: string, name: LocalisedText): LocalisedText {
  return ZONE_SHORT_NAMES[id] ?? name;
}

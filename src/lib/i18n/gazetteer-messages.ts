/** Interface text for the gazetteer (what the text names and what the map shows for it) and link wording, zh and en. */
import type { Lang } from '../data/atlas';
import type { GazetteerStatus, MeasureLink, PublishedMeasure } from '../data/schemas';

export const gazetteerMessages = {
  designationsHeading: { zh: '原文点名的名称', en: 'Names in the text' },
  designationsIntro: {
    zh: '措施原文中出现的区域、平台、试点等名称，以及地图能否标出它们。',
    en: 'Areas, platforms, pilots and other designations the measure’s text names, and whether the map can show them.',
  },
  statusFeature: { zh: '地图已标出', en: 'On the map' },
  statusDistrict: { zh: '以所在区表示', en: 'Shown by its district' },
  statusCitywide: { zh: '全市范围', en: 'Whole city' },
  statusUnmapped: { zh: '无法在地图上标出', en: 'Not on the map' },
  designationShownAs: { zh: '地图上：', en: 'On the map:' },
  designationSource: { zh: '来源', en: 'Source' },
  designationNamedBy: { zh: '见措施{measures}', en: '{count|Measure|Measures} {measures}' },
  packageDesignationsHeading: { zh: '措施原文点名的地点和项目', en: 'Places and programmes the measures name' },
  packageDesignationsIntro: {
    zh: '上列措施原文中出现的园区、平台、试点等名称，以及本图能否标出它们。示意范围不是官方边界。',
    en: 'The areas, platforms and pilot programmes named in the measures above, and whether this map shows them. Extents on the map are sketches, not official boundaries.',
  },
  relationArea: { zh: '原文所指地区的示意', en: 'Stands for an area the text names' },
  relationAreaHint: {
    zh: '原文点名的是所在区或泛指的地区，地图上的范围或位置是项目的示意放置。',
    en: 'The text names the district or area in general; the extent or point on the map is the project’s placement.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A measure's number as the text writes it: （十三）, （一）1．→ （一）1; in English its id, 1.1. */
export function measureNumber(measure: Pick<PublishedMeasure, 'id' | 'citation'>, lang: Lang): string {
  if (lang === 'en') return measure.id;
  return /^（[^）]+）(?:\d+(?=．))?/u.exec(measure.citation.zh)?.[0] ?? measure.citation.zh;
}

export type GazetteerMessageKey = keyof typeof gazetteerMessages;

export const STATUS_LABEL: Record<GazetteerStatus, GazetteerMessageKey> = {
  feature: 'statusFeature',
  district: 'statusDistrict',
  citywide: 'statusCitywide',
  unmapped: 'statusUnmapped',
};

/**
 * The message key for a link's relation, in the vocabulary the project uses everywhere: the text names
 * this zone or place; the text names the area this schematic extent stands for; the text names its
 * district; inferred (with rationale).
 */
export function relationLabelKey(
  link: Pick<MeasureLink, 'relation' | 'names'>,
): 'relationExplicit' | 'relationArea' | 'relationDistrict' | 'relationInferred' {
  if (link.relation === 'explicit') return link.names === 'area' ? 'relationArea' : 'relationExplicit';
  return link.relation === 'district' ? 'relationDistrict' : 'relationInferred';
}

/**
 * The heading for a zone's or place's explicit links: when every one names only the area its schematic
 * extent stands for (the computing clusters, the airport, the station areas), it says so.
 */
export function explicitGroupKey(
  entries: ReadonlyArray<{ link: Pick<MeasureLink, 'relation' | 'names'> }>,
): 'relationExplicit' | 'relationArea' {
  return entries.length > 0 && entries.every(({ link }) => link.names === 'area') ? 'relationArea' : 'relationExplicit';
}

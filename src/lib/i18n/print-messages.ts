/**
 * Interface text of the printed handouts (site package, compare page), zh and en, and the
 * punctuation each language uses around it: full-width in Chinese, English typography in English.
 */
import type { Lang } from '../data/atlas';

export const printMessages = {
  policyLine: {
    zh: '{issuer}《{title}》（{date}），根据{basis}（{number}）制定',
    en: '{issuer}, “{title}” ({date}), implementing “{basis}” ({number})',
  },
  dataSources: { zh: '数据来源', en: 'Data sources' },
  compareLanguage: { zh: '对比语言', en: 'Compare in' },
  comparePrintNote: {
    zh: '面积、距离均按示意范围计算；英文为非官方译文，以中文原文为准。',
    en: 'Areas and distances are computed from schematic extents; English is an unofficial translation, the Chinese text is authoritative.',
  },
  packageMapShort: { zh: '位置', en: 'Location' },
  sameSectorShort: { zh: '同行业措施', en: 'Same-sector measures' },
  citywideShort: { zh: '全市适用', en: 'Citywide' },
} as const satisfies Record<string, Record<Lang, string>>;

/** “Label：” in Chinese, “Label: ” in English. */
export function withColon(lang: Lang, label: string): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}

/** “（text）” in Chinese, “ (text)” in English. */
export function inParens(lang: Lang, text: string): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** Separators of a list: 、/，/； in Chinese, comma or semicolon in English. */
export function listJoin(
  lang: Lang,
  items: readonly string[],
  strength: 'comma' | 'semicolon' | 'enum' = 'comma',
): string {
  const zh = { comma: '，', semicolon: '；', enum: '、' }[strength];
  const en = strength === 'semicolon' ? '; ' : ', ';
  return items.join(lang === 'zh' ? zh : en);
}

/** A State Council document number in the reader's language: 国发〔2026〕7号 → Guo Fa [2026] No. 7. */
export function documentNumber(lang: Lang, number: string): string {
  if (lang === 'zh') return number;
  const match = /^国发〔(\d{4})〕(\d+)号$/u.exec(number);
  return match ? `Guo Fa [${match[1]}] No. ${match[2]}` : number;
}

/**
 * Finds, by pattern, every wording in a measure's text that may be a named designation: a name ending in
 * a designation suffix (示范区, 试点, 基地, 平台, 中心, 片区, 集聚区, 口岸, 标志区, 协同区, …) and every quoted
 * term “…”. The gazetteer (geodata/gazetteer.json) must account for each hit: the validator and a unit
 * test fail when one is left out. The finder over-reports on purpose — generic kinds of facility and
 * programme titles are hits too, and the gazetteer says what each one is.
 */

/** Endings that mark a designation, longest first so a hit ends at the fullest suffix. */
export const DESIGNATION_SUFFIXES = [
  '创新发展示范区',
  '示范区',
  '试验区',
  '试点地区',
  '试点城市',
  '试点',
  '基地',
  '平台',
  '中心城区',
  '中心',
  '片区',
  '集聚区',
  '聚集区',
  '口岸',
  '标志区',
  '协同区',
  '商务区',
  '文化区',
  '产业园',
  '专板',
  '交易市场',
  '枢纽',
] as const;

/** Words that, right after a suffix, show it is part of a common noun rather than a designation's end. */
const NOT_AN_ENDING = ['企业', '城市标志区'];

export interface DesignationHit {
  /** `suffix`: a wording ending in a designation suffix; `quoted`: a term in “…”. */
  kind: 'suffix' | 'quoted';
  /** The suffix, or the quoted term without its quotes. */
  text: string;
  /** Offsets in the measure text (UTF-16), end exclusive; for quoted terms, inside the quotes. */
  start: number;
  end: number;
}

const SUFFIX_PATTERN = new RegExp(DESIGNATION_SUFFIXES.join('|'), 'gu');
const QUOTED_PATTERN = /“([^”]+)”/gu;

/** Every designation-like hit in a text, in order of position. */
export function findDesignationHits(text: string): DesignationHit[] {
  const hits: DesignationHit[] = [];
  for (const match of text.matchAll(SUFFIX_PATTERN)) {
    const end = match.index + match[0].length;
    const after = text.slice(end);
    if (NOT_AN_ENDING.some((word) => after.startsWith(word))) continue;
    hits.push({ kind: 'suffix', text: match[0], start: match.index, end });
  }
  for (const match of text.matchAll(QUOTED_PATTERN)) {
    hits.push({ kind: 'quoted', text: match[1], start: match.index + 1, end: match.index + 1 + match[1].length });
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every [start, end) where `wording` occurs in `text`. */
export function occurrences(text: string, wording: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (wording === '') return found;
  for (let index = text.indexOf(wording); index !== -1; index = text.indexOf(wording, index + 1)) {
    found.push([index, index + wording.length]);
  }
  return found;
}

/**
 * The hits in `text` that no wording in `covered` accounts for: a hit is accounted for when an
 * occurrence of a wording spans it (a suffix hit must end where the wording ends or inside it).
 */
export function uncoveredHits(text: string, covered: readonly string[]): DesignationHit[] {
  const spans = covered.flatMap((wording) => occurrences(text, wording));
  return findDesignationHits(text).filter((hit) => !spans.some(([start, end]) => start <= hit.start && hit.end <= end));
}

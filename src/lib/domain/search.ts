/**
 * The search box: zones, places, districts, measures and bodies by Chinese or English name, alias,
 * citation or measure number. The index holds about 120 entries, so a plain substring scan is enough.
 */
import type { Alias, LocalisedText } from '../data/schemas';
import type { Atlas } from '../data/atlas';

export type SearchKind = 'zone' | 'place' | 'district' | 'measure' | 'body';

export interface SearchEntry {
  kind: SearchKind;
  /** The zone, place or measure id, the district's adcode, or a body's zh name. */
  id: string;
  label: LocalisedText;
  /** Every wording the entry can be found by, as written in the data. */
  terms: string[];
}

/** A term in the two forms a query is compared with. */
interface Key {
  /** normalise(term): what matching uses. */
  strict: string;
  /** The term with case, width and spacing folded but punctuation kept: `1.3` stays apart from `13`. */
  literal: string;
}

interface IndexedEntry {
  entry: SearchEntry;
  /** The terms, without empty or repeated ones. */
  keys: Key[];
}

export interface SearchIndex {
  readonly entries: readonly IndexedEntry[];
}

/** Longer queries are cut to this many characters (code points); the longest term, a body's English name, has 99. */
const MAX_QUERY_LENGTH = 100;

/** Result order among equally good matches. */
const KIND_ORDER: Record<SearchKind, number> = { zone: 0, place: 1, district: 2, measure: 3, body: 4 };

/**
 * Folds full-width to half-width forms (NFKC), lower-cases, and drops whitespace, punctuation, symbols
 * and invisible characters, so that `（一）2．` and `(一)2.` or `Liu Lin` and `liulin` compare equal.
 */
export function normalise(text: string): string {
  return literal(text).replace(/[\p{P}\p{S}]/gu, '');
}

/** NFKC, lower case, without whitespace or invisible characters; punctuation kept. */
function literal(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{White_Space}\p{C}]/gu, '');
}

/** A district's name without its 区 / 新区 (District / New Area) suffix: 滨海, Binhai. */
function shortDistrictNames(name: LocalisedText): string[] {
  return [name.zh.replace(/(新区|区)$/u, ''), name.en.replace(/\s+(New Area|District)$/u, '')];
}

/** Builds the index once per atlas; every zone, place, district, measure and body gets one entry. */
/**
 * The aliases that are names. An alias with context words (滨海新区 + 算力 for the Binhai compute
 * cluster) names the zone only in a sentence about that context, so it is not a search term.
 */
function names(aliases: readonly Alias[]): string[] {
  return aliases.filter((alias) => !alias.context || alias.context.length === 0).map((alias) => alias.text);
}

export function buildSearchIndex(atlas: Atlas): SearchIndex {
  const entries: SearchEntry[] = [
    ...atlas.zones.map((zone): SearchEntry => {
      const { name, aliases } = zone.properties;
      return { kind: 'zone', id: zone.id, label: name, terms: [name.zh, name.en, ...names(aliases)] };
    }),
    ...atlas.places.map((place): SearchEntry => {
      const { name, aliases } = place.properties;
      return { kind: 'place', id: place.id, label: name, terms: [name.zh, name.en, ...names(aliases)] };
    }),
    ...atlas.districts.map((district): SearchEntry => {
      const { name, aliases } = district.properties;
      return {
        kind: 'district',
        id: district.id,
        label: name,
        terms: [name.zh, name.en, ...names(aliases), ...shortDistrictNames(name)],
      };
    }),
    ...atlas.measures.map((measure): SearchEntry => ({
      kind: 'measure',
      id: measure.id,
      label: measure.citation,
      terms: [measure.citation.zh, measure.citation.en, measure.title.zh, measure.title.en, measure.id],
    })),
    ...atlas.bodies.map((body): SearchEntry => ({
      kind: 'body',
      id: body.name.zh,
      label: body.name,
      terms: [body.name.zh, body.name.en],
    })),
  ];
  return {
    entries: entries.map((entry) => {
      const keys = new Map<string, Key>();
      for (const term of entry.terms) {
        const key = { strict: normalise(term), literal: literal(term) };
        if (key.strict.length > 0 && !keys.has(key.literal)) keys.set(key.literal, key);
      }
      return { entry, keys: [...keys.values()] };
    }),
  };
}

/**
 * 0 exact with punctuation too, 1 exact, 2 prefix, 3 substring; null when the key does not contain the
 * query. Rank 0 only splits exact ties, such as measure 13 and measure 1.3 for the query `13`.
 */
function keyRank(key: Key, query: Key): number | null {
  if (key.literal === query.literal) return 0;
  if (key.strict === query.strict) return 1;
  if (key.strict.startsWith(query.strict)) return 2;
  if (key.strict.includes(query.strict)) return 3;
  return null;
}

/** The best rank over an entry's keys, or null when none matches. */
function matchRank(keys: readonly Key[], query: Key): number | null {
  let best: number | null = null;
  for (const key of keys) {
    const rank = keyRank(key, query);
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/**
 * Entries matching the query, best first: exact term > prefix > substring, then zone, place, district,
 * measure, body, then the shorter label. An empty query, or one of punctuation only, finds nothing.
 */
/** Search over a built index: the query and the most results wanted. */
export type Searcher = (query: string, limit: number) => SearchEntry[];

export function search(index: SearchIndex, query: string, limit = 10): SearchEntry[] {
  // Cut before normalising so that a huge paste costs nothing; slicing code units first keeps it cheap.
  const cut = Array.from(query.slice(0, MAX_QUERY_LENGTH * 2))
    .slice(0, MAX_QUERY_LENGTH)
    .join('');
  const needle: Key = { strict: normalise(cut), literal: literal(cut) };
  const count = Number.isNaN(limit) ? 0 : Math.max(0, Math.floor(limit));
  if (needle.strict.length === 0 || count === 0) return [];
  const hits: Array<{ entry: SearchEntry; rank: number }> = [];
  for (const { entry, keys } of index.entries) {
    const rank = matchRank(keys, needle);
    if (rank !== null) hits.push({ entry, rank });
  }
  return hits
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
        a.entry.label.zh.length - b.entry.label.zh.length ||
        a.entry.label.en.length - b.entry.label.en.length,
    )
    .slice(0, count)
    .map(({ entry }) => entry);
}

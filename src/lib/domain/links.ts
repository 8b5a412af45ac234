import type { Alias, InferredLinksFile, LinkTarget, MeasureLink, TargetKind } from '../data/schemas';
import { splitSentences } from './sentences';

/** Anything a measure can link to, with the wordings that name it in the text. */
export interface LinkCandidate {
  target: LinkTarget;
  aliases: readonly Alias[];
}

export interface LinkableMeasure {
  id: string;
  text: string;
}

/** True when the sentence contains the alias and every context word the alias requires. */
export function aliasMatches(sentence: string, alias: Alias): boolean {
  return sentence.includes(alias.text) && (alias.context ?? []).every((word) => sentence.includes(word));
}

/**
 * Finds every target a measure's text names, sentence by sentence. Each target is reported once per
 * measure, with the first sentence that names it as evidence and the wording that matched.
 */
export function findNamedTargets(
  measure: LinkableMeasure,
  candidates: readonly LinkCandidate[],
): Array<{ target: LinkTarget; sentence: string; match: string; names: 'feature' | 'area' }> {
  const found: Array<{ target: LinkTarget; sentence: string; match: string; names: 'feature' | 'area' }> = [];
  const sentences = splitSentences(measure.text);
  for (const candidate of candidates) {
    // Longest wording first, so the evidence shows the fullest name the text uses.
    const aliases = [...candidate.aliases].sort((a, b) => b.text.length - a.text.length);
    search: for (const sentence of sentences) {
      for (const alias of aliases) {
        if (aliasMatches(sentence, alias)) {
          found.push({ target: candidate.target, sentence, match: alias.text, names: alias.names ?? 'feature' });
          break search;
        }
      }
    }
  }
  return found;
}

const RELATION_ORDER = { explicit: 0, district: 1, inferred: 2 } as const;
const KIND_ORDER: Record<TargetKind, number> = { zone: 0, place: 1, district: 2 };

/**
 * Builds every measure → target link:
 * - `explicit`: the text names a zone or place (evidence: the sentence); `names: 'area'` when the wording
 *   names the district or area the schematic extent stands for (the placement is the project's);
 * - `district`: the text names a district (evidence: the sentence);
 * - `inferred`: curated in geodata/links.json with a rationale, never found automatically.
 * A curated link that duplicates one the text already makes explicit is dropped: explicit wins.
 */
export function buildLinks(
  measures: readonly LinkableMeasure[],
  namedPlaces: readonly LinkCandidate[],
  districts: readonly LinkCandidate[],
  curated: InferredLinksFile,
): MeasureLink[] {
  const links: MeasureLink[] = [];
  const key = (measure: string, target: LinkTarget) => `${measure}|${target.kind}|${target.id}`;
  const seen = new Set<string>();
  for (const measure of measures) {
    for (const { target, sentence, match, names } of findNamedTargets(measure, namedPlaces)) {
      links.push({ measure: measure.id, target, relation: 'explicit', evidence: { sentence, match }, names });
      seen.add(key(measure.id, target));
    }
    for (const { target, sentence, match } of findNamedTargets(measure, districts)) {
      links.push({ measure: measure.id, target, relation: 'district', evidence: { sentence, match } });
      seen.add(key(measure.id, target));
    }
  }
  for (const link of curated.inferred) {
    if (seen.has(key(link.measure, link.target))) continue;
    seen.add(key(link.measure, link.target));
    links.push({ measure: link.measure, target: link.target, relation: 'inferred', rationale: link.rationale });
  }
  const measureOrder = new Map(measures.map((measure, index) => [measure.id, index]));
  return links.sort(
    (a, b) =>
      (measureOrder.get(a.measure) ?? 0) - (measureOrder.get(b.measure) ?? 0) ||
      RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] ||
      KIND_ORDER[a.target.kind] - KIND_ORDER[b.target.kind] ||
      a.target.id.localeCompare(b.target.id),
  );
}

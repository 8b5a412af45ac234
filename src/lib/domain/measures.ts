import type { BodiesFile, MeasuresEnglishFile, PublishedMeasure, SectorsFile } from '../data/schemas';
import type { ParsedPolicy } from '../policy/parse';
import { toChineseNumeral } from '../policy/numerals';

/** zh `（一）2．设计服务`, en `Measure 1.2 · Design services`. */
export function citation(group: number, item: number | null, titleZh: string, titleEn: string) {
  const id = item === null ? `${group}` : `${group}.${item}`;
  return {
    zh: `（${toChineseNumeral(group)}）${item === null ? '' : `${item}．`}${titleZh}`,
    en: `Measure ${id} · ${titleEn}`,
  };
}

/** The sector whose `groups` contain the policy group, or undefined. */
export function sectorOfGroup(sectors: SectorsFile, group: number): string | undefined {
  return sectors.sectors.find((sector) => sector.groups.includes(group))?.id;
}

/**
 * Joins the parsed policy with its sectors, unofficial English and body names into the published
 * measure records. Throws naming the measure when a piece is missing; the validator checks these
 * first so that a build never gets here with incomplete data.
 */
export function buildMeasures(
  policy: ParsedPolicy,
  sectors: SectorsFile,
  english: MeasuresEnglishFile,
  bodies: BodiesFile,
): PublishedMeasure[] {
  const bodyByName = new Map(bodies.bodies.map((body) => [body.zh, body]));
  return policy.measures.map((measure) => {
    const translation = english.measures[measure.id];
    const part = policy.parts.find((candidate) => candidate.number === measure.part);
    const group = policy.groups.find((candidate) => candidate.number === measure.group);
    const partEn = english.parts[String(measure.part)];
    const groupEn = english.groups[String(measure.group)];
    const sector = sectorOfGroup(sectors, measure.group);
    if (!translation || !partEn || !groupEn) throw new Error(`measure ${measure.id} has no English translation`);
    if (!part || !group) throw new Error(`measure ${measure.id} has no part or group`);
    if (!sector) throw new Error(`measure ${measure.id}: no sector lists group ${measure.group}`);
    return {
      id: measure.id,
      part: measure.part,
      group: measure.group,
      item: measure.item,
      sector,
      citation: citation(measure.group, measure.item, measure.title, translation.title),
      title: { zh: measure.title, en: translation.title },
      partTitle: { zh: part.title, en: partEn },
      groupTitle: { zh: group.title, en: groupEn },
      text: measure.text,
      summary: translation.summary,
      bodies: measure.bodies.map(({ name, lead }) => {
        const body = bodyByName.get(name);
        if (!body) throw new Error(`measure ${measure.id}: body ${name} is not in bodies.json`);
        return { name: { zh: body.zh, en: body.en }, kind: body.kind, lead };
      }),
      sourceLine: measure.line,
    };
  });
}

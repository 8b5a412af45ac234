/**
 * The measures browser's outline: measures grouped by part and group, in document order.
 */
import type { LocalisedText, PublishedMeasure } from '../data/schemas';
import { toChineseNumeral } from '../policy/numerals';

export interface OutlineGroup {
  number: number;
  /** zh `（一）完善科技服务体系`, en `1 · Improve the science and technology services system` */
  label: LocalisedText;
  measures: PublishedMeasure[];
}

export interface OutlinePart {
  number: number;
  title: LocalisedText;
  groups: OutlineGroup[];
}

export function measuresByPart(measures: readonly PublishedMeasure[]): OutlinePart[] {
  const parts: OutlinePart[] = [];
  for (const measure of measures) {
    let part = parts.find((candidate) => candidate.number === measure.part);
    if (!part) {
      part = { number: measure.part, title: measure.partTitle, groups: [] };
      parts.push(part);
    }
    let group = part.groups.find((candidate) => candidate.number === measure.group);
    if (!group) {
      group = {
        number: measure.group,
        label: {
          zh: `（${toChineseNumeral(measure.group)}）${measure.groupTitle.zh}`,
          en: `${measure.group} · ${measure.groupTitle.en}`,
        },
        measures: [],
      };
      part.groups.push(group);
    }
    group.measures.push(measure);
  }
  return parts;
}

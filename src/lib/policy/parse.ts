import { parseResponsibleBodies, splitResponsibility, type ResponsibleBody } from './bodies';
import { parseChineseNumeral } from './numerals';

export type { ResponsibleBody } from './bodies';

export interface PolicyPart {
  number: number;
  title: string;
  line: number;
}

export interface PolicyGroup {
  number: number;
  part: number;
  title: string;
  line: number;
}

export interface ParsedMeasure {
  /** "1.2" for group 1 item 2; "13" for a group without items. */
  id: string;
  part: number;
  group: number;
  item: number | null;
  /** The item's title (设计服务), or the group's title when the group has no items. */
  title: string;
  /** The measure's own text, without its title and without the responsibility parenthesis. */
  text: string;
  bodies: ResponsibleBody[];
  /** 1-based line in the source where the measure starts. */
  line: number;
}

export interface ParsedPolicy {
  /** Everything before the first part heading (notice, title, preamble). */
  frontMatter: string;
  parts: PolicyPart[];
  groups: PolicyGroup[];
  measures: ParsedMeasure[];
  /** Paragraphs after the last measure (the closing instructions). */
  closing: string;
}

export class PolicyParseError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'PolicyParseError';
    this.line = line;
  }
}

const PART_HEADING = /^([一二三四五六七八九十]+)、\s*(\S.*)$/u;
const GROUP_HEADING = /^（([一二三四五六七八九十]+)）\s*(\S.*)$/u;
const ITEM_HEADING = /^(\d{1,2})[．.]\s*([^。]{1,30})。\s*(.*)$/u;
/** Word-processor page artefacts (field codes, page numbers) that are not part of the text. */
const PAGE_ARTEFACT = /^(PAGE|— *\d+ *—|- *\d+ *-)$/u;

interface OpenMeasure {
  part: number;
  group: number;
  item: number | null;
  title: string;
  line: number;
  paragraphs: string[];
}

/**
 * Parses a Chinese policy document written in the usual numbering conventions:
 * parts 一、…, groups （一）… numbered through the whole document, items 1．… restarting in each
 * group, and every measure closing with a responsibility parenthesis （…按职责分工负责/牵头负责）.
 * Throws PolicyParseError naming the line of the first break in those conventions.
 */
export function parsePolicy(source: string): ParsedPolicy {
  const lines = source.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const frontMatter: string[] = [];
  const closing: string[] = [];
  let closingLine = 0;
  const parts: PolicyPart[] = [];
  const groups: PolicyGroup[] = [];
  const measures: ParsedMeasure[] = [];
  let open: OpenMeasure | null = null;
  let currentGroup: PolicyGroup | null = null;
  let itemsInGroup = 0;
  let groupHasMeasure = false;

  const closeMeasure = (paragraph: string, lineNumber: number): boolean => {
    if (!open) return false;
    const split = splitResponsibility(paragraph);
    open.paragraphs.push(split ? split.text : paragraph);
    if (!split) return false;
    let bodies: ResponsibleBody[];
    try {
      bodies = parseResponsibleBodies(split.inner);
    } catch (error) {
      throw new PolicyParseError(lineNumber, (error as Error).message);
    }
    const id = open.item === null ? `${open.group}` : `${open.group}.${open.item}`;
    measures.push({
      id,
      part: open.part,
      group: open.group,
      item: open.item,
      title: open.title,
      text: open.paragraphs.join('\n'),
      bodies,
      line: open.line,
    });
    open = null;
    return true;
  };

  const requireClosed = (lineNumber: number, what: string): void => {
    if (open) {
      throw new PolicyParseError(
        lineNumber,
        `${what} starts before the measure begun on line ${open.line} closed with its responsibility parenthesis （…负责）`,
      );
    }
  };

  /** Unnumbered text is only allowed after the last measure; seen before a heading it is a stray paragraph. */
  const rejectStrayText = (): void => {
    if (closing.length > 0) {
      const after = measures.at(-1)?.id ?? '?';
      throw new PolicyParseError(
        closingLine,
        `unnumbered paragraph after measure ${after} closed; it belongs to no measure`,
      );
    }
  };

  const finishGroup = (lineNumber: number): void => {
    if (currentGroup && !groupHasMeasure) {
      throw new PolicyParseError(
        lineNumber,
        `group （${currentGroup.number}） on line ${currentGroup.line} has no text`,
      );
    }
  };

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '' || PAGE_ARTEFACT.test(line)) return;

    const part = PART_HEADING.exec(line);
    const group = GROUP_HEADING.exec(line);
    const item = parts.length > 0 ? ITEM_HEADING.exec(line) : null;

    if (part && parseChineseNumeral(part[1]) !== null) {
      requireClosed(lineNumber, 'a part heading');
      finishGroup(lineNumber);
      const number = parseChineseNumeral(part[1]) ?? 0;
      const expected = parts.length + 1;
      if (number !== expected)
        throw new PolicyParseError(lineNumber, `part ${part[1]}、 found where part ${expected} was expected`);
      rejectStrayText();
      parts.push({ number, title: part[2].trim(), line: lineNumber });
      currentGroup = null;
      return;
    }

    if (parts.length === 0) {
      if (group || ITEM_HEADING.test(line)) {
        throw new PolicyParseError(lineNumber, 'numbered heading before the first part heading (一、…)');
      }
      frontMatter.push(line);
      return;
    }

    if (group && parseChineseNumeral(group[1]) !== null) {
      requireClosed(lineNumber, 'a group heading');
      finishGroup(lineNumber);
      const number = parseChineseNumeral(group[1]) ?? 0;
      const expected = groups.length + 1;
      if (number !== expected)
        throw new PolicyParseError(lineNumber, `group （${group[1]}） found where group ${expected} was expected`);
      rejectStrayText();
      currentGroup = { number, part: parts.length, title: group[2].trim(), line: lineNumber };
      groups.push(currentGroup);
      itemsInGroup = 0;
      groupHasMeasure = false;
      return;
    }

    if (item) {
      requireClosed(lineNumber, 'an item');
      if (!currentGroup) throw new PolicyParseError(lineNumber, `item ${item[1]}． outside any group （…）`);
      const number = Number(item[1]);
      if (groupHasMeasure && itemsInGroup === 0) {
        throw new PolicyParseError(
          lineNumber,
          `item ${number}． follows unnumbered text in group （${currentGroup.number}）`,
        );
      }
      if (number !== itemsInGroup + 1) {
        throw new PolicyParseError(
          lineNumber,
          `item ${number}． found where item ${itemsInGroup + 1} was expected in group （${currentGroup.number}）`,
        );
      }
      rejectStrayText();
      itemsInGroup = number;
      groupHasMeasure = true;
      open = {
        part: currentGroup.part,
        group: currentGroup.number,
        item: number,
        title: item[2].trim(),
        line: lineNumber,
        paragraphs: [],
      };
      closeMeasure(item[3], lineNumber);
      return;
    }

    // An unnumbered paragraph: the continuation of an open measure, the text of a group without
    // items, or the closing text after the last measure.
    if (open) {
      closeMeasure(line, lineNumber);
      return;
    }
    if (currentGroup && !groupHasMeasure) {
      groupHasMeasure = true;
      open = {
        part: currentGroup.part,
        group: currentGroup.number,
        item: null,
        title: currentGroup.title,
        line: lineNumber,
        paragraphs: [],
      };
      closeMeasure(line, lineNumber);
      return;
    }
    if (closing.length === 0) closingLine = lineNumber;
    closing.push(line);
  });

  if (open !== null) {
    const unclosed: OpenMeasure = open;
    throw new PolicyParseError(unclosed.line, 'measure never closes with its responsibility parenthesis （…负责）');
  }
  finishGroup(lines.length);
  if (parts.length === 0) throw new PolicyParseError(1, 'no part heading (一、…) found');
  for (const part of parts) {
    if (!groups.some((group) => group.part === part.number)) {
      throw new PolicyParseError(part.line, `part ${part.number} has no groups`);
    }
  }

  return { frontMatter: frontMatter.join('\n'), parts, groups, measures, closing: closing.join('\n') };
}

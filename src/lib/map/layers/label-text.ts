/**
 * Label text for MapLibre symbol layers. MapLibre breaks Chinese text between any two characters, so a
 * long name can break inside a quotation (“117项目 / ”及周边区域). Long Chinese names get one explicit
 * line break here instead, at a word boundary and never inside quotation marks or brackets; the layers
 * then use a `text-max-width` wide enough that MapLibre adds no break of its own.
 */

/** Chinese names longer than this many characters are put on two lines. */
export const ZH_WRAP_AFTER = 8;
/** `text-max-width` (ems) for Chinese labels: wider than any line this module makes. */
export const ZH_MAX_WIDTH_EMS = 12;

const OPENING = '“‘（(《「';
const CLOSING = '”’）)》」';
/** Words after which a name breaks well (place-name and cluster words of this atlas's names). */
const GOOD_AFTER = ['中心', '新区', '区', '路', '街', '港', '站', '航运', '设计', '计算', '滨海', '国际'];

/** Positions (1 … length-1) where a break leaves no quotation or bracket open on either line. */
function allowedBreaks(text: string): number[] {
  const chars = [...text];
  const allowed: number[] = [];
  let depth = 0;
  for (let index = 0; index < chars.length - 1; index += 1) {
    const char = chars[index]!;
    if (OPENING.includes(char)) depth += 1;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
    const next = chars[index + 1]!;
    // Never split a dash or an enumeration comma from the word before it.
    if (depth === 0 && !'—、·'.includes(next) && !'—、·'.includes(char)) allowed.push(index + 1);
  }
  // At least two characters on each line.
  return allowed.filter((position) => position >= 2 && position <= chars.length - 2);
}

function goodBreak(text: string, position: number): boolean {
  const chars = [...text];
  const before = chars.slice(0, position).join('');
  const after = chars[position]!;
  return (
    CLOSING.includes(chars[position - 1]!) ||
    OPENING.includes(after) ||
    GOOD_AFTER.some((word) => before.endsWith(word))
  );
}

/** Spaces inside quotation marks or brackets become no-break spaces, so MapLibre keeps “117 Project” whole. */
function keepQuotesWhole(name: string): string {
  let depth = 0;
  // Straight quotes ("117 Project") open and close alike.
  let straight = false;
  return [...name]
    .map((char) => {
      if (OPENING.includes(char)) depth += 1;
      else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
      else if (char === '"') straight = !straight;
      return char === ' ' && (depth > 0 || straight) ? '\u00a0' : char;
    })
    .join('');
}

/**
 * A Chinese label on one or two lines; an English one is left to MapLibre, which breaks it at spaces,
 * except inside quotation marks or brackets.
 */
export function labelText(name: string, lang: 'zh' | 'en'): string {
  if (lang === 'en') return keepQuotesWhole(name);
  const chars = [...name];
  if (chars.length <= ZH_WRAP_AFTER) return name;
  const allowed = allowedBreaks(name);
  if (allowed.length === 0) return name;
  const middle = chars.length / 2;
  const preferred = allowed.filter((position) => goodBreak(name, position));
  const candidates = preferred.length > 0 ? preferred : allowed;
  const best = candidates.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a));
  return `${chars.slice(0, best).join('')}\n${chars.slice(best).join('')}`;
}

export interface ResponsibleBody {
  /** The body's name exactly as the text writes it, e.g. 市新闻出版局（市版权局）. */
  name: string;
  /** True when the text says the body leads (牵头). */
  lead: boolean;
}

const OPENERS: Readonly<Record<string, string>> = { '）': '（', '〕': '〔', ')': '(' };

/** Role phrases that close a clause of the responsibility parenthesis, longest first. */
const ROLE_SUFFIXES: ReadonlyArray<{ suffix: string; lead: boolean }> = [
  { suffix: '按职责分工负责', lead: false },
  { suffix: '牵头负责', lead: true },
  { suffix: '配合', lead: false },
  { suffix: '牵头', lead: true },
  { suffix: '负责', lead: false },
];

/**
 * Finds the responsibility parenthesis that closes a measure paragraph:
 * `…（市科技局、市教委按职责分工负责）` or `…〔…、市新闻出版局（市版权局）、…按职责分工负责〕`.
 * Returns the paragraph text without it and the inner text, or null when the paragraph does not
 * end with one (a parenthesis that does not end in 负责/牵头/配合 is ordinary text).
 */
export function splitResponsibility(paragraph: string): { text: string; inner: string } | null {
  const trimmed = paragraph.trimEnd();
  const closer = trimmed.at(-1);
  if (closer === undefined || !(closer in OPENERS)) return null;
  const opener = OPENERS[closer];
  let depth = 0;
  for (let index = trimmed.length - 1; index >= 0; index -= 1) {
    const char = trimmed[index];
    if (char === closer) depth += 1;
    else if (char === opener) {
      depth -= 1;
      if (depth === 0) {
        const inner = trimmed.slice(index + 1, -1).trim();
        if (!ROLE_SUFFIXES.some(({ suffix }) => inner.endsWith(suffix))) return null;
        return { text: trimmed.slice(0, index).trimEnd(), inner };
      }
    }
  }
  return null;
}

/** Splits on a separator only where no parenthesis is open, so 市新闻出版局（市版权局） stays whole. */
function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '（' || char === '(' || char === '〔') depth += 1;
    if (char === '）' || char === ')' || char === '〕') depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * Reads the bodies from a responsibility parenthesis. Clauses are separated by ，or ；, each ends
 * with its role: `市工业和信息化局牵头负责`, `A、B按职责分工负责`, or `A牵头，B、C配合`.
 * Throws with a message naming the clause that has no recognisable role.
 */
export function parseResponsibleBodies(inner: string): ResponsibleBody[] {
  const bodies: ResponsibleBody[] = [];
  for (const clause of splitTopLevel(inner, '，；,;')) {
    const role = ROLE_SUFFIXES.find(({ suffix }) => clause.endsWith(suffix));
    if (!role) throw new Error(`responsibility clause “${clause}” does not end with a role (负责/牵头/配合)`);
    const names = splitTopLevel(clause.slice(0, -role.suffix.length), '、');
    if (names.length === 0) throw new Error(`responsibility clause “${clause}” names no body`);
    for (const name of names) {
      if (!bodies.some((body) => body.name === name)) bodies.push({ name, lead: role.lead });
    }
  }
  return bodies;
}

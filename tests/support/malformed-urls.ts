/**
 * Seeded generator of malformed query strings for the URL fuzz tests: random text, huge numbers, NaN,
 * out-of-range coordinates, unknown ids, repeated keys, very long values. None of them holds a valid
 * value, so every one must open the default state.
 */
import { mulberry32 } from '../../src/lib/analysis/generate';

/**
 * The window property that a markup payload's handler sets if it ever runs. Tests assert it is never
 * set: `FUZZ_MARKER in window` must stay false.
 */
export const FUZZ_MARKER = '__fuzzed';

/** Matches any element that a markup payload would add to the document if it were rendered as HTML. */
export const FUZZ_INJECTED_SELECTOR = `img[src="x"], [onerror*="${FUZZ_MARKER}"]`;

const KEYS = [
  'lang',
  'sel',
  'sectors',
  'layers',
  'basemap',
  'view',
  'body',
  'panel',
  'package',
  'pkglang',
  'compare',
  'tour',
  'step',
  'presenter',
  'theme',
];

export function malformedQueries(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const text = (length: number) =>
    Array.from({ length }, () =>
      String.fromCodePoint(pick([32, 48, 65, 97, 0x4e00, 0x1f600, 0x2028]) + Math.floor(random() * 60)),
    ).join('');
  const values: Array<() => string> = [
    () => text(1 + Math.floor(random() * 12)),
    () => pick(['NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '99999999999999999999', '0x1F', '-0', '']),
    () => `${pick(['zone', 'place', 'district', 'measure', 'x', ''])}:${text(5)}`,
    () => `${random() * 720 - 360},${random() * 360 - 180},${random() * 60 - 20}`,
    () =>
      `${pick(['200', '-181', '117.2'])},${pick(['95', '-91', 'NaN', '39.1'])},${pick(['99', '-5', '1e9'])},${pick(['720', 'x'])}`,
    () => 'x'.repeat(2000 + Math.floor(random() * 20_000)),
    () => `<img src=x onerror="window.${FUZZ_MARKER}=true">${text(3)}`,
    () => `javascript:alert(${Math.floor(random() * 100)})`,
    () => `%${pick(['ZZ', '00', 'E4%B8', 'FF'])}`,
    () => Array.from({ length: 50 }, () => text(3)).join(','),
  ];
  const queries: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const parts: string[] = [];
    const pairs = 1 + Math.floor(random() * 5);
    for (let pair = 0; pair < pairs; pair += 1) {
      const key = random() < 0.85 ? pick(KEYS) : text(4);
      const value = pick(values)();
      // Mostly encoded, sometimes raw: browsers pass on whatever was typed or pasted.
      const encoded = random() < 0.8 ? encodeURIComponent(value) : value.replaceAll('#', '');
      parts.push(`${encodeURIComponent(key)}=${encoded}`);
      // Repeated keys: the first value wins, and it is malformed too.
      if (random() < 0.2) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(pick(values)())}`);
    }
    queries.push(`?${parts.join('&')}`);
  }
  return queries;
}

/**
 * The validator fuzzed with mutated copies of the real geodata: whatever the mutation, it either accepts
 * the data or rejects it with errors that name the file (and the feature, when one can be named) — it
 * never throws. Seeded, so a failure reproduces.
 */
import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../tests/support/geodata';
import { mulberry32 } from '../analysis/generate';
import { formatIssue, validateGeodata } from './validate';

const real = readGeodataFiles();
const JSON_FILES = Object.keys(real).filter((file) => /\.(json|geojson)$/u.test(file));
/** Mutations per run: each is a full validation (~0.3 s). */
const RUNS = 60;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const REPLACEMENTS: Json[] = [
  null,
  '',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(5000),
  -1,
  0,
  1e308,
  -1e308,
  [],
  {},
  [[[]]],
  [200, 95],
  true,
];

/** Every path to a value in the document, to pick one at random. */
function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  return out;
}

interface Mutation {
  text: string;
  /** The feature the mutation went inside, when it kept its id. */
  feature: string | null;
}

function mutate(text: string, random: () => number): Mutation {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const operation = Math.floor(random() * 10);
  // Broken text rather than a broken value.
  if (operation === 0) return { text: text.slice(0, Math.floor(random() * text.length)), feature: null };
  if (operation === 1) return { text: `${text}${pick(['}', ',', 'garbage', '\u0000'])}`, feature: null };
  const document = JSON.parse(text) as Json;
  const all = paths(document).filter((path) => path.length > 0);
  const path = pick(all);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key], document) as
    Json[] | Record<string, Json>;
  const key = path[path.length - 1];
  const featureId = (): string | null => {
    if (path[0] !== 'features' || path.length < 3) return null;
    const features = (document as { features?: Json }).features;
    const feature = Array.isArray(features) ? features[Number(path[1])] : null;
    const id = feature && typeof feature === 'object' && !Array.isArray(feature) ? feature.id : null;
    return typeof id === 'string' ? id : null;
  };
  const before = featureId();
  const current = (parent as Record<string | number, Json>)[key];
  switch (operation) {
    case 2:
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 3:
      // Swapped coordinates, or a number made huge or negative.
      if (Array.isArray(current) && current.length === 2 && current.every((item) => typeof item === 'number'))
        (parent as Record<string | number, Json>)[key] = [current[1], current[0]];
      else
        (parent as Record<string | number, Json>)[key] =
          typeof current === 'number' ? -current * 1e6 : pick(REPLACEMENTS);
      break;
    case 4:
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      else (parent as Record<string, Json>)[`${String(key)}_extra`] = current;
      break;
    case 5:
      (parent as Record<string | number, Json>)[key] = Array.isArray(current) ? {} : [current];
      break;
    default:
      (parent as Record<string | number, Json>)[key] = pick(REPLACEMENTS);
  }
  const after = featureId();
  return { text: JSON.stringify(document), feature: before !== null && before === after ? before : null };
}

describe('validator fuzz', () => {
  it(`never throws on ${RUNS} mutated copies of the real geodata, and names the file of every error`, () => {
    const random = mulberry32(20261130);
    let rejected = 0;
    let featureChecks = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const file = JSON_FILES[Math.floor(random() * JSON_FILES.length)];
      const mutation = mutate(real[file], random);
      const files = { ...real, [file]: mutation.text };
      let result: ReturnType<typeof validateGeodata> | undefined;
      expect(() => (result = validateGeodata(files)), `mutation ${run} of ${file}`).not.toThrow();
      if (!result) throw new Error('no result');
      if (result.errors.length === 0) {
        expect(result.dataset, `accepted mutation ${run} of ${file} gives a dataset`).not.toBeNull();
        continue;
      }
      rejected += 1;
      expect(result.dataset).toBeNull();
      for (const issue of result.errors) {
        expect(Object.keys(real), `mutation ${run} of ${file}: ${formatIssue(issue)}`).toContain(issue.file);
        expect(issue.message.length).toBeGreaterThan(0);
        expect(formatIssue(issue)).toMatch(new RegExp(`^geodata/${issue.file.replace(/[.]/gu, '\\.')}`, 'u'));
      }
      // A mutation inside a feature that the file's checks catch is reported against that feature.
      const inFile = result.errors.filter((issue) => issue.file === file);
      if (mutation.feature !== null && inFile.length > 0) {
        featureChecks += 1;
        const ids = inFile.map((issue) => issue.id);
        expect(ids, `mutation ${run} inside ${file} › ${mutation.feature}`).toContain(mutation.feature);
      }
    }
    // The mutations are not all harmless: most must be caught.
    expect(rejected).toBeGreaterThan(RUNS / 2);
    // And enough of them land inside features for the naming check to mean something.
    expect(featureChecks).toBeGreaterThan(5);
  }, 120_000);

  it('rejects a policy text whose numbering is broken, naming the line', () => {
    const text = real['policies/tianjin-service-measures-2026.txt'];
    const broken = text.replace('（十三）', '（十五）');
    const result = validateGeodata({ ...real, 'policies/tianjin-service-measures-2026.txt': broken });
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.map((issue) => formatIssue(issue)).join('\n')).toMatch(/tianjin-service-measures-2026/u);
  });
});

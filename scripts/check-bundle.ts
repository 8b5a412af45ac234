/**
 * `npm run check:bundle` (part of `npm test`, after the build): fails when the JavaScript loaded before
 * the first map render exceeds its gzip budget, when the map with deck.gl (thematic views, imported
 * data; never the first view) exceeds its own, or when a built file holds something that looks like a
 * secret.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chunkBySource,
  criticalChunks,
  findSecrets,
  gzipBytes,
  privateEnvValues,
  type Manifest,
} from './bundle-budget';

/**
 * gzip KiB of JavaScript before the first map render (zones, places and labels are MapLibre's): MapLibre
 * (~229 KiB of it), Svelte, the map, the top bar and the data loaders. The goal (#14). Not in it:
 * zod (the data is checked after the first render), the sidebar and the detail panels (requested beside
 * the map), the analysis tools, the search index, and the words of all of those (i18n/tool-messages.ts).
 */
export const FIRST_RENDER_BUDGET_KIB = 300;
/** gzip KiB including deck.gl (loaded lazily, for the thematic views and imported data). */
export const FULL_RENDER_BUDGET_KIB = 610;

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('dist/.vite/manifest.json is missing: run `npm run build` first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const sizeOf = (keys: readonly string[]) =>
  keys
    .map((key) => manifest[key].file)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipBytes(readFileSync(join(dist, file))), 0);

const critical = criticalChunks(manifest);
const firstKiB = sizeOf(critical) / 1024;
const deck = chunkBySource(manifest, 'src/lib/map/deck-overlay.ts');
if (!deck) throw new Error('no deck-overlay chunk in the manifest: is deck.gl still loaded lazily?');
if (critical.includes(deck)) throw new Error('deck.gl is in the first chunk graph: it must stay lazy');
const deckKeys = [deck, ...(manifest[deck].imports ?? [])].filter((key) => !critical.includes(key));
const fullKiB = firstKiB + sizeOf(deckKeys) / 1024;

let failed = false;
const report = (label: string, kib: number, budget: number) => {
  const ok = kib <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${kib.toFixed(1)} KiB gzip (budget ${budget} KiB)`);
};
report('JavaScript before the first map render', firstKiB, FIRST_RENDER_BUDGET_KIB);
report('with deck.gl (thematic views, imported data; loaded when first needed)', fullKiB, FULL_RENDER_BUDGET_KIB);

const envFiles = readdirSync(root).filter((name) => name.startsWith('.env'));
const privateValues = envFiles.flatMap((name) => privateEnvValues(readFileSync(join(root, name), 'utf8')));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
for (const file of walk(dist).filter((path) => /\.(js|html|json|css|map)$/u.test(path))) {
  const secrets = findSecrets(readFileSync(file, 'utf8'), privateValues);
  if (secrets.length > 0) {
    failed = true;
    console.log(`FAIL ${file.slice(root.length)}: looks like it contains ${secrets.join(', ')}`);
  }
}
if (!failed) console.log('ok   no secrets found in dist/');
process.exit(failed ? 1 : 0);

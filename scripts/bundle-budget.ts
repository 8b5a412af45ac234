/**
 * What the built site ships before its first map render, from Vite's manifest: the entry chunk and
 * every chunk it imports statically (what the browser must load and run before MapLibre draws), gzip
 * sizes. Also a scan of the built files for secrets. Pure functions here; the CLI is check-bundle.ts.
 */
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The entry chunk and its static imports, transitively: keys of the manifest. */
export function criticalChunks(manifest: Manifest): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen];
}

/** A chunk's key in the manifest whose source path contains `fragment`, e.g. 'deck-overlay'. */
export function chunkBySource(manifest: Manifest, fragment: string): string | null {
  return Object.keys(manifest).find((key) => key.includes(fragment)) ?? null;
}

export const gzipBytes = (content: Uint8Array | string): number => gzipSync(content, { level: 9 }).length;

/** Patterns that look like credentials; a hit in the built site fails the build check. */
const SECRET_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/u],
  ['AWS access key', /\bAKIA[0-9A-Z]{16}\b/u],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/u],
  ['OpenAI-style key', /\bsk-[A-Za-z0-9]{32,}\b/u],
  ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/u],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/u],
];

/**
 * Names of what looks secret in a built file: credential patterns, and the values of environment
 * variables that are not meant for the browser (anything not prefixed VITE_, at least 8 characters).
 */
export function findSecrets(content: string, privateValues: readonly string[] = []): string[] {
  const found = SECRET_PATTERNS.filter(([, pattern]) => pattern.test(content)).map(([name]) => name);
  for (const value of privateValues)
    if (value.length >= 8 && content.includes(value)) found.push('a private .env value');
  return found;
}

/** The values of non-VITE_ variables in a .env file's text. */
export function privateEnvValues(envText: string): string[] {
  return envText
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('=', 2) as [string, string | undefined])
    .filter(([key, value]) => !key.trim().startsWith('VITE_') && value !== undefined)
    .map(([, value]) => (value ?? '').trim().replace(/^["']|["']$/gu, ''))
    .filter((value) => value.length > 0);
}

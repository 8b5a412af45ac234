// The lint config's layer rules: a backwards import must fail `npm run lint`, a forward one must pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** The no-restricted-imports messages for one import line in a file at `filePath`. */
async function restricted(filePath: string, specifier: string): Promise<string[]> {
  const script = `import { thing } from '${specifier}';\nexport const used = thing;\n`;
  const code = filePath.endsWith('.svelte') ? `<script lang="ts">\n${script}</script>\n<p>{used}</p>\n` : script;
  const [result] = await eslint.lintText(code, { filePath });
  // A file that does not parse reports no rule at all: that must not pass as "allowed".
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the one-way flow of src/lib', () => {
  it.each([
    ['src/lib/data/load.ts', '../state/app.svelte'],
    ['src/lib/data/load.ts', '../domain/atlas'],
    ['src/lib/domain/profile.ts', '../analysis/types'],
    ['src/lib/domain/profile.ts', '../pipeline/validate'],
    ['src/lib/analysis/join.ts', '../i18n/messages'],
    ['src/lib/i18n/messages.ts', '../state/types'],
    ['src/lib/state/session.svelte.ts', '../map/draw'],
    ['src/lib/state/session.svelte.ts', '../ui/AtlasView.svelte'],
    ['src/lib/map/layers/points.ts', '../../ui/download'],
    ['src/lib/ui/package/SitePackage.svelte', '../../pipeline/publish'],
    ['src/lib/policy/parse.ts', '../data/schemas'],
  ])('%s may not import %s', async (file, specifier) => {
    const messages = await restricted(file, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/imports flow one way/u);
  });

  it.each([
    ['src/lib/data/load-atlas.ts', './atlas'],
    ['src/lib/domain/profile.ts', '../data/schemas'],
    ['src/lib/state/session.svelte.ts', '../analysis/candidate'],
    ['src/lib/map/MapView.svelte', '../state/types'],
    ['src/lib/map/basemap/online.ts', '../layers/districts'],
    ['src/lib/ui/analysis/JoinTable.svelte', '../../analysis/join-table'],
    ['src/lib/ui/Sidebar.svelte', './analysis/AnalysisPanel.svelte'],
    ['src/lib/ui/MapArea.svelte', '../map/MapView.svelte'],
    ['src/lib/domain/profile.test.ts', '../../../tests/support/atlas'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toEqual([]);
  });

  it('keeps scripts/ and tests/ out of app code, and e2e code out of unit tests', async () => {
    expect(await restricted('src/lib/domain/profile.ts', '../../../tests/support/atlas')).toHaveLength(1);
    expect(await restricted('src/lib/data/load.ts', '../../../scripts/geodata-io')).toHaveLength(1);
    expect(await restricted('src/lib/state/url.test.ts', '../../../tests/e2e/fixtures')).toHaveLength(1);
    expect(await restricted('src/lib/state/url.test.ts', '../../../scripts/chromium')).toHaveLength(1);
  });
});

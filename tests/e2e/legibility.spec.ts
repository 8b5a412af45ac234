/**
 * Tests that see: on each key screen of the map page, in Chinese and English, every visible text must
 * reach WCAG AA contrast against the background it is actually drawn on (tests/support/contrast.ts),
 * and axe-core must find no violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contrastKit, type ContrastProblem } from '../support/contrast';
import { expect, test } from './fixtures';
import { waitForMap } from './map-helpers';

type Screen = { name: string; query: string; act?: (page: Page, lang: 'zh' | 'en') => Promise<void> };

const SCREENS: Screen[] = [
  { name: 'map default', query: '' },
  {
    name: 'search open with results for 会展',
    query: '',
    act: async (page, lang) => {
      await page.getByRole('searchbox', { name: lang === 'zh' ? '搜索' : 'Search' }).fill('会展');
      await expect(page.getByRole('option').first()).toBeVisible();
    },
  },
  { name: 'zone selected', query: 'sel=zone:necc-tianjin' },
  { name: 'measure selected', query: 'sel=measure:13&panel=measures' },
  { name: 'district selected', query: 'sel=district:120116' },
  { name: 'coverage panel', query: 'panel=coverage' },
  { name: 'analysis panel', query: 'panel=analysis' },
  { name: 'measures panel', query: 'panel=measures' },
  { name: 'district choropleth', query: 'theme=choropleth' },
];

/** Text drawn over the map canvas has no DOM background to measure; MapLibre's own controls are DOM and are checked. */
const NOT_DOM_TEXT = '.maplibregl-canvas-container';

async function contrastProblems(page: Page): Promise<ContrastProblem[]> {
  return page.evaluate(
    ([kit, skip]) => {
      // The same pure code the unit test checks, shipped into the page.
      const make = new Function(`return (${kit})();`) as () => ReturnType<typeof contrastKit>;
      return make().auditDocument(document.body, skip);
    },
    [contrastKit.toString(), NOT_DOM_TEXT] as const,
  );
}

for (const lang of ['zh', 'en'] as const) {
  for (const screen of SCREENS) {
    test(`${lang} · ${screen.name}: text reaches WCAG AA contrast and axe finds no violation`, async ({ page }) => {
      await page.goto(`/?lang=${lang}${screen.query ? `&${screen.query}` : ''}`);
      await waitForMap(page);
      if (screen.query.includes('panel=analysis')) {
        await expect(page.getByRole('tabpanel')).not.toBeEmpty();
      }
      await screen.act?.(page, lang);

      const problems = await contrastProblems(page);
      expect(problems, 'text below WCAG AA contrast').toEqual([]);

      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      }));
      expect(violations, 'axe-core violations').toEqual([]);
    });
  }
}

// Phones stack the panels under the map; wall displays scale the type: the same guards at both sizes.
for (const [size, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['wall', { width: 1920, height: 1080 }],
] as const) {
  test.describe(size, () => {
    test.use({ viewport });
    for (const lang of ['zh', 'en'] as const) {
      test(`${lang} · ${size} · zone selected: WCAG AA contrast and no axe violation`, async ({ page }) => {
        await page.goto(`/?lang=${lang}&sel=zone:necc-tianjin`);
        await waitForMap(page);
        expect(await contrastProblems(page), 'text below WCAG AA contrast').toEqual([]);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      });
    }
  });
}

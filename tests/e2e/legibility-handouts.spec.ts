/**
 * Tests that see, on the handouts: the site package and the comparison, in Chinese, English and both,
 * on a laptop and a phone. Every visible text must reach WCAG AA contrast against the background it is
 * drawn on (tests/support/contrast.ts, run in the page), and axe-core must find no violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contrastKit, type ContrastProblem } from '../support/contrast';
import { expect, test } from './fixtures';

async function contrastProblems(page: Page): Promise<ContrastProblem[]> {
  return page.evaluate((kit) => {
    // The same pure code the unit test checks, shipped into the page.
    const make = new Function(`return (${kit})();`) as () => ReturnType<typeof contrastKit>;
    return make().auditDocument(document.body, '');
  }, contrastKit.toString());
}

async function expectLegible(page: Page): Promise<void> {
  await expect(page.getByRole('img', { name: /示意图$|^Map of /u }).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await contrastProblems(page), 'text below WCAG AA contrast').toEqual([]);
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(violations, 'axe-core violations').toEqual([]);
}

const PAGES = [
  { name: 'site package', path: '/?package=necc-tianjin' },
  { name: 'comparison', path: '/?compare=xiaobailou-cbd,necc-tianjin,project-117' },
];

for (const handout of PAGES) {
  for (const lang of ['zh', 'en'] as const) {
    for (const pkglang of [lang, 'both'] as const) {
      test(`${handout.name} · interface ${lang}, handout ${pkglang}: WCAG AA contrast and no axe violation`, async ({
        page,
      }) => {
        await page.goto(`${handout.path}&lang=${lang}&pkglang=${pkglang}`);
        await expectLegible(page);
      });
    }
  }
}

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const handout of PAGES) {
    for (const lang of ['zh', 'en'] as const) {
      test(`${handout.name} · ${lang} · phone: WCAG AA contrast and no axe violation`, async ({ page }) => {
        await page.goto(`${handout.path}&lang=${lang}`);
        await expectLegible(page);
      });
    }
  }
});

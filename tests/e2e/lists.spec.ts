/**
 * Lists that wrap at wall size: in the coverage panel's places per body, a separator (、 or ,) stays on
 * the line of the place before it, so no line starts with one.
 */
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

for (const lang of ['zh', 'en'] as const) {
  test(`${lang} · coverage by body at 1920×1080: no line starts with a separator`, async ({ page }) => {
    await page.goto(`/?panel=coverage&lang=${lang}`);
    await expect(
      page.getByRole('heading', { name: lang === 'zh' ? '按责任部门' : 'By responsible body' }),
    ).toBeVisible();
    const misplaced = await page.evaluate(() => {
      const problems: string[] = [];
      for (const button of document.querySelectorAll('.targets button.link')) {
        const separator = button.nextSibling;
        if (!separator || separator.nodeType !== Node.TEXT_NODE || separator.textContent === '') continue;
        const range = document.createRange();
        range.selectNodeContents(separator);
        const mark = range.getBoundingClientRect();
        const rects = button.getClientRects();
        const last = rects[rects.length - 1];
        // The separator sits on the button's (last) line: their vertical extents overlap.
        if (mark.top >= last.bottom || mark.bottom <= last.top) problems.push(button.textContent ?? '');
      }
      return problems;
    });
    expect(misplaced).toEqual([]);
    expect(await page.locator('.targets button.link').count()).toBeGreaterThan(20);
  });
}

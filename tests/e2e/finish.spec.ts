/** The smaller things people see on the map page (issue 12): each one as the user meets it. */
import { expect, test } from './fixtures';
import { waitForMap } from './map-helpers';

test('the measures browser says how many measures the sector filter hides and can show them all', async ({ page }) => {
  await page.goto('/?panel=filters');
  await waitForMap(page);
  await page.getByRole('button', { name: '全不选' }).click();
  await page.getByRole('checkbox', { name: /科技服务/u }).check();
  await page.getByRole('tab', { name: '政策措施' }).click();
  await expect(page.getByText(/行业筛选隐藏了 \d+ 项措施（共 41 项）/u)).toBeVisible();
  await expect(page.getByRole('button', { name: '（十三）深化业态融合集聚发展' })).toHaveCount(0);
  await page.getByRole('button', { name: '显示全部措施' }).click();
  await expect(page.getByText('共 41 项措施')).toBeVisible();
  await expect(page.getByRole('button', { name: '（十三）深化业态融合集聚发展' })).toBeVisible();
  await expect(page.getByText(/行业筛选隐藏了/u)).toHaveCount(0);
});

test('a tab opens at its top, not at the previous tab’s scroll position', async ({ page }) => {
  await page.goto('/?panel=measures');
  await waitForMap(page);
  const sidebar = page.locator('aside.sidebar');
  await sidebar.evaluate((element) => (element.scrollTop = 600));
  await expect.poll(() => sidebar.evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
  await page.getByRole('tab', { name: '空间覆盖' }).click();
  await expect.poll(() => sidebar.evaluate((element) => element.scrollTop)).toBe(0);
});

test('the search box names its list only while the list exists', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const search = page.getByRole('searchbox', { name: '搜索' });
  await expect(search).not.toHaveAttribute('aria-controls');
  await search.fill('会展');
  await expect(search).toHaveAttribute('aria-controls', 'search-results');
  await expect(page.getByRole('option', { name: /国家会展中心/u })).toBeVisible();
});

test('a choropleth puts its class legend on the map, single values read as one number, the sector key steps aside', async ({
  page,
}) => {
  await page.goto('/?theme=choropleth');
  await waitForMap(page);
  const legend = page.getByRole('list', { name: '地图分级图例' });
  await expect(legend.getByRole('listitem').first()).toHaveText('0 项');
  const texts = (await legend.getByRole('listitem').allTextContents()).map((text) => text.trim());
  expect(texts.some((text) => /^\d+–\d+ 项$/u.test(text))).toBe(true);
  expect(texts.filter((text) => /^(\d+)–\1 项$/u.test(text))).toEqual([]);
  await expect(page.locator('details.legend')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('choosing a measure brings its panel into view', async ({ page }) => {
    await page.goto('/?panel=measures');
    await waitForMap(page);
    await page.getByRole('button', { name: '（四）2．航空货运' }).click();
    const panel = page.getByRole('region', { name: '（四）2．航空货运' });
    await expect(panel).toBeInViewport();
  });

  test('while a drawing tool is on, a bar over the map can stop it', async ({ page }) => {
    await page.goto('/?panel=analysis');
    await waitForMap(page);
    await page.getByRole('button', { name: '测量距离' }).click();
    const toolbar = page.getByRole('toolbar', { name: '绘制工具' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toolbar).toBeInViewport();
    await toolbar.getByRole('button', { name: '完成' }).click();
    await expect(toolbar).toHaveCount(0);
    await expect(page.getByRole('button', { name: '测量距离' })).toHaveAttribute('aria-pressed', 'false');
  });
});

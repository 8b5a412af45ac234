import { expect, test } from './fixtures';
import { mapCamera, mapContainer, waitForMap } from './map-helpers';

const OSM_HOST = 'tiles.openfreemap.org';

test.describe('an online basemap that fails', () => {
  test.use({
    allow: { foreignHosts: [OSM_HOST], consoleErrors: [/Failed to load resource/u, /AJAXError|Failed to fetch/u] },
  });

  test('falls back to the embedded basemap and says so', async ({ page }) => {
    let attempted = 0;
    await page.route(`https://${OSM_HOST}/**`, (route) => {
      attempted += 1;
      return route.fulfill({ status: 503, body: 'unavailable' });
    });
    await page.goto('/');
    await waitForMap(page);
    await page.getByRole('combobox', { name: '底图' }).selectOption('osm');
    await expect(page.getByRole('alert')).toContainText('已切换回内置离线底图');
    await expect(mapContainer(page)).toHaveAttribute('data-basemap', 'embedded');
    await expect(page.getByRole('combobox', { name: '底图' })).toHaveValue('embedded');
    expect(attempted).toBeGreaterThan(0);
    await expect(page).not.toHaveURL(/basemap=/u);
  });
});

test('the default basemap names its sources and the Tianditu option explains itself without a key', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await expect(page.getByText('© OpenStreetMap contributors')).toBeVisible();
  const tianditu = page.getByRole('option', { name: /天地图矢量/u });
  await expect(tianditu).toBeDisabled();
  await expect(tianditu).toContainText('未配置');
  await expect(tianditu).not.toContainText('VITE_');
  await expect(page.locator('#basemap-note')).toContainText('天地图底图需要由网站管理员配置访问密钥');
});

test('Share copies the current link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?sel=zone:wudadao');
  await waitForMap(page);
  await page.getByRole('button', { name: '分享' }).click();
  const copiedStatus = page.getByRole('status').filter({ hasText: '链接已复制' });
  await expect(copiedStatus).toBeVisible();
  // It lasts long enough to be read, not a blink.
  await page.waitForTimeout(3000);
  await expect(copiedStatus).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain('sel=zone%3Awudadao');
});

test('“Whole city” fits all 16 districts; the view lives in the URL', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const before = await mapCamera(page);
  await page.getByRole('button', { name: '全市' }).click();
  await expect.poll(async () => (await mapCamera(page)).zoom, { timeout: 15_000 }).toBeLessThan(before.zoom - 0.3);
  await waitForMap(page);
  await expect(page).toHaveURL(/view=/u);
  const { center } = await mapCamera(page);
  // Tianjin spans roughly 116.7–118.1° E, 38.55–40.25° N; the whole-city view is centred within it.
  expect(center[0]).toBeGreaterThan(117.2);
  expect(center[0]).toBeLessThan(117.8);
  expect(center[1]).toBeGreaterThan(39.2);
  expect(center[1]).toBeLessThan(39.7);
});

test('works from the keyboard alone: search, choose, read, close', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: '搜索' })).toBeFocused();
  await page.keyboard.type('东疆综合');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: '东疆综合保税区' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('推断关联')).toBeVisible();
  await panel.getByRole('button', { name: '关闭' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveCount(0);

  // Tabs: arrow keys move between the sidebar's tabs.
  await page.getByRole('tab', { name: '行业与图层' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '政策措施' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: '政策措施' })).toBeFocused();
});

test('a query typed and chosen before the search is ready is still chosen', async ({ page }) => {
  // Hold the search's code back, as a slow first visit would, until the keys have been pressed.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/search-[\w-]+\.js$/u, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await waitForMap(page);
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.focus();
  await page.keyboard.type('东疆综合');
  await expect(page.getByRole('listbox', { name: '搜索' })).toContainText('正在准备搜索…');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  release();
  await expect(page.getByRole('region', { name: '东疆综合保税区' })).toBeVisible();
  await expect(box).toHaveValue('');
});

test('the coverage panel shows, per sector, what is on the map and what applies only citywide', async ({ page }) => {
  await page.goto('/?panel=coverage');
  await waitForMap(page);
  const table = page.getByRole('table', { name: '按行业' });
  await expect(table).toBeVisible();
  const environment = table.getByRole('row', { name: /发展环境/u });
  await expect(environment.getByRole('cell')).toHaveText(['1', '7', '8']);
  await expect(table.getByRole('row', { name: /合计/u }).getByRole('cell').last()).toHaveText('41');
});

import { writeFileSync } from 'node:fs';
import type { ElementHandle, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapCamera, mapContainer, screenPosition, waitForMap } from './map-helpers';
import { FUZZ_INJECTED_SELECTOR, FUZZ_MARKER, malformedQueries } from '../support/malformed-urls';

/** Whether a payload's handler ran (it sets `window[FUZZ_MARKER]`). */
async function payloadRan(page: Page): Promise<boolean> {
  return page.evaluate((marker) => marker in window, FUZZ_MARKER);
}

test('1,000 malformed URLs: no error, the default state, a usable page, no payload run', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForMap(page);
  const queries = malformedQueries(1000, 20261130);
  // The markup payloads are really among them: without them the checks below would prove nothing.
  expect(queries.filter((query) => query.includes(FUZZ_MARKER)).length).toBeGreaterThan(50);
  // Each URL goes through the app's own URL handling, as back/forward would bring it.
  const { leftovers, injected } = await page.evaluate(
    async ({ all, selector }) => {
      const bad: string[] = [];
      const found: string[] = [];
      for (const query of all) {
        window.history.pushState(null, '', `/${query}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await new Promise((resolve) => setTimeout(resolve, 0));
        // The app rewrites the URL from its state: only defaults (and the camera) may remain.
        const keys = [...new URLSearchParams(window.location.search).keys()].filter((key) => key !== 'view');
        if (keys.length > 0 || document.documentElement.lang !== 'zh-CN')
          bad.push(`${query.slice(0, 80)} → ${window.location.search.slice(0, 80)}`);
        // A payload rendered as markup leaves its element in the page, even if its handler has not run yet
        // (or never does: the CSP blocks inline handlers). A few are proof enough; a page that renders them
        // may also be too slow to get through all 1,000 in time.
        const element = document.querySelector(selector);
        if (element) found.push(`${query.slice(0, 80)} → ${element.outerHTML.slice(0, 80)}`);
        if (found.length >= 5) break;
      }
      return { leftovers: bad, injected: found };
    },
    { all: queries, selector: FUZZ_INJECTED_SELECTOR },
  );
  expect(injected, 'elements added to the page by a payload').toEqual([]);
  expect(leftovers).toEqual([]);
  expect(await payloadRan(page), `window.${FUZZ_MARKER} (set by a payload's handler)`).toBe(false);

  // Still usable: search, select, the map follows.
  await page.getByRole('searchbox', { name: '搜索' }).fill('柳林');
  await page
    .getByRole('option', { name: /海河柳林设计集聚区/u })
    .first()
    .click();
  await expect(page.getByRole('region', { name: '海河柳林设计集聚区' })).toBeVisible();
  await waitForMap(page);
  // Again, now that a payload's image would long have failed to load and run its handler.
  expect(await payloadRan(page), `window.${FUZZ_MARKER} (set by a payload's handler)`).toBe(false);
  await expect(page.locator(FUZZ_INJECTED_SELECTOR)).toHaveCount(0);
});

test('a sample of the malformed URLs opened as fresh page loads', async ({ page }) => {
  test.setTimeout(180_000);
  for (const query of malformedQueries(12, 7)) {
    await page.goto(`/${query}`);
    await expect(page.getByRole('searchbox', { name: '搜索' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }
  await waitForMap(page);
  await expect(page.locator(FUZZ_INJECTED_SELECTOR)).toHaveCount(0);
  expect(await payloadRan(page), `window.${FUZZ_MARKER} (set by a payload's handler)`).toBe(false);
});

test('markup in imported files and names is shown as text, and never runs', async ({ page }, testInfo) => {
  const payload = '<img src=x onerror="window.__xss=1">';
  const file = testInfo.outputPath(`sites<img src=x onerror=alert(1)>.csv`.replace(/[<>]/gu, '_'));
  const long = 'L'.repeat(5000);
  // CSV quoting: a quote inside a quoted field is doubled.
  const quoted = `"${payload.replaceAll('"', '""')}"`;
  writeFileSync(
    file,
    [`name,lng,lat,${quoted},link`, `${quoted},117.2,39.12,1,javascript:alert(1)`, `${long},117.21,39.13,2,x`].join(
      '\n',
    ),
  );
  await page.goto('/?panel=analysis&sel=zone:%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await waitForMap(page);
  await page.getByLabel('导入文件').setInputFiles(file);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /显示 .* 个点/u })).toHaveText('显示 2 / 2 个点');
  // The column name is listed as a field name, as text.
  await expect(page.getByLabel('数值字段').getByRole('option', { name: payload })).toHaveCount(1);
  await page.getByLabel('分类字段').selectOption({ label: 'name' });
  // The value is a category label, as text (its checkbox is named by it).
  await expect(page.getByRole('checkbox', { name: payload })).toHaveCount(1);

  // A candidate zone named with markup, and a very long name.
  await expect(mapContainer(page)).toHaveAttribute('data-draw-ready', 'true');
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('no map');
  await page.getByRole('button', { name: '绘制候选区' }).click();
  for (const [x, y] of [
    [0.4, 0.4],
    [0.6, 0.4],
    [0.55, 0.6],
  ])
    await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
  await page.keyboard.press('Enter');
  const name = page.getByRole('textbox', { name: '名称' });
  await name.fill(payload);
  await name.press('Enter');
  await expect(page.getByRole('region', { name: payload })).toBeVisible();
  await expect(page.getByRole('button', { name: payload, exact: true })).toBeVisible();

  // Hover text of a point is text too: the file's values in the tooltip, markup and all.
  await waitForMap(page);
  const point = await screenPosition(page, [117.2, 39.12]);
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('.deck-tooltip')).toContainText(payload);

  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test.describe('failing data files', () => {
  // The browser logs every refused file; that is expected here and nowhere else.
  test.use({ allow: { foreignHosts: [], consoleErrors: [/Failed to load resource/u] } });

  test('a missing or corrupt /data/ file gives an error screen that names it', async ({ page }) => {
    await page.route('**/data/zones.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('数据加载失败');
    await expect(alert).toContainText('zones.geojson: server answered 404');
    await expect(alert.getByRole('button', { name: /重新加载/u })).toBeVisible();

    await page.unroute('**/data/zones.geojson');
    await page.route('**/data/measures.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"policy": {"title": ' }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('measures.json: is not valid JSON');

    await page.unroute('**/data/measures.json');
    await page.route('**/data/districts.geojson', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type":"FeatureCollection","features":[{}]}',
      }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('districts.geojson: does not match its schema');
  });

  test('a missing basemap file: the map works on a plain background and says so', async ({ page }) => {
    await page.route('**/data/basemap/land.geojson', (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.goto('/');
    await waitForMap(page);
    await expect(page.getByRole('alert')).toContainText('basemap/land.geojson');
  });
});

/**
 * Loses the WebGL context of the map's canvas, as a GPU reset would, and fails unless it really is lost
 * (a canvas with no WebGL 2 context, or no WEBGL_lose_context, would otherwise lose nothing and let the
 * tests pass). Returns the canvas, to tell whether the map was rebuilt, and a function that restores it.
 */
async function loseMapContext(
  page: Page,
): Promise<{ canvas: ElementHandle<HTMLCanvasElement>; restore: () => Promise<void> }> {
  const canvas = (await page.locator('.atlas-map canvas').elementHandle()) as ElementHandle<HTMLCanvasElement>;
  // Kept as a handle: a lost context may no longer hand out its extensions.
  const extension = await canvas.evaluateHandle(
    (element) => element.getContext('webgl2')?.getExtension('WEBGL_lose_context') ?? null,
  );
  const lost = await extension.evaluate((lose, element) => {
    if (!lose) return false;
    lose.loseContext();
    return element.getContext('webgl2')?.isContextLost() ?? false;
  }, canvas);
  expect(lost, "the map canvas's WebGL 2 context was lost").toBe(true);
  return {
    canvas,
    restore: () => extension.evaluate((lose) => lose?.restoreContext()),
  };
}

/** The map was remounted: the canvas that lost its context is gone and a new one has a live context. */
async function expectMapRebuilt(page: Page, oldCanvas: ElementHandle<HTMLCanvasElement>): Promise<void> {
  await expect
    .poll(() => oldCanvas.evaluate((element) => element.isConnected), { message: 'old canvas removed' })
    .toBe(false);
  await waitForMap(page);
  const live = await page
    .locator('.atlas-map canvas')
    .evaluate((element: HTMLCanvasElement) => element.getContext('webgl2')?.isContextLost() === false);
  expect(live, 'the new map canvas has a live WebGL 2 context').toBe(true);
}

test('a lost WebGL context: the user is told, one click brings the map back where it was', async ({ page }) => {
  await page.goto('/?sel=zone:wudadao');
  await waitForMap(page);
  const before = await mapCamera(page);
  const { canvas } = await loseMapContext(page);
  const alert = page.getByRole('alert').filter({ hasText: '图形上下文' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: '重新加载地图' }).click();
  await expectMapRebuilt(page, canvas);
  const after = await mapCamera(page);
  expect(Math.abs(after.center[0] - before.center[0])).toBeLessThan(1e-4);
  expect(Math.abs(after.center[1] - before.center[1])).toBeLessThan(1e-4);
  expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(1e-3);
  await expect(page.getByRole('region', { name: '五大道' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '图形上下文' })).toHaveCount(0);
});

test('a WebGL context that comes back by itself: the map is rebuilt without a click', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const { canvas, restore } = await loseMapContext(page);
  // The app noticed the loss: the user is told while the context is gone.
  await expect(page.getByRole('alert').filter({ hasText: '图形上下文' })).toBeVisible();
  await restore();
  await expectMapRebuilt(page, canvas);
  await expect(page.getByRole('alert').filter({ hasText: '图形上下文' })).toHaveCount(0);
});

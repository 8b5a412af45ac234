/**
 * Offline use, for the presenter with no network: after one visit (the status line says “可离线使用”)
 * the atlas opens and works with the network off — map, zone, site package, tour, an .xlsx import — and
 * a new deployment is announced to an open page, which takes it in when the user reloads.
 *
 * The rest of the suite blocks service workers (playwright.config.ts); these tests allow them. Each test
 * has a fresh browser context, so nothing cached here reaches another spec.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { securityHeaders } from '../../scripts/security-headers';
import { contrastKit, type ContrastProblem } from '../support/contrast';
import { makeXlsx } from '../support/xlsx';
import { expect, test } from './fixtures';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const tour = JSON.parse(readFileSync(new URL('../../geodata/tours/central-city.json', import.meta.url), 'utf8'));
const region = JSON.parse(readFileSync(new URL('../../geodata/region.json', import.meta.url), 'utf8'));

/** Storing the whole site (~4 MB) while SwiftShader draws the map takes a while on a busy machine. */
const PRECACHE_TIMEOUT_MS = 120_000;

test.use({ serviceWorkers: 'allow' });

/** Waits until the map has drawn; longer than the suite's usual wait, since the first visit also stores the site. */
async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('.atlas-map[data-ready="true"]:not([data-moving])')).toHaveCount(1, {
    timeout: PRECACHE_TIMEOUT_MS,
  });
}

const offlineStatus = (page: Page) => page.getByRole('status', { name: '离线使用' });

/** Every file of the build the browser should keep: all but the build checks' manifest and the worker itself. */
function builtFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(root, path).split('\\').join('/')];
    });
  return walk(root).filter((path) => !path.startsWith('.vite/') && path !== 'sw.js' && !/^workbox-.*\.js$/u.test(path));
}

async function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls;
  });
}

async function contrastProblems(page: Page): Promise<ContrastProblem[]> {
  return page.evaluate(
    ([kit, skip]) => {
      const make = new Function(`return (${kit})();`) as () => ReturnType<typeof contrastKit>;
      return make().auditDocument(document.body, skip);
    },
    [contrastKit.toString(), '.maplibregl-canvas-container'] as const,
  );
}

async function expectLegible(page: Page): Promise<void> {
  expect(await contrastProblems(page), 'text below WCAG AA contrast').toEqual([]);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`),
    'axe-core violations',
  ).toEqual([]);
}

test('after one visit the atlas works with the network off: map, zone, site package, tour and an .xlsx import', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(6 * PRECACHE_TIMEOUT_MS);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));

  await page.goto('/');
  await waitForMap(page);
  await expect(offlineStatus(page)).toHaveText(`可离线使用 · 数据截至 ${region.dataAsOf}`, {
    timeout: PRECACHE_TIMEOUT_MS,
  });
  // The whole build is stored (a file over the size limit would be left out silently), and nothing else.
  const origin = new URL(page.url()).origin;
  const cached = (await cachedUrls(page)).map((url) => new URL(url));
  expect(cached.filter((url) => url.origin !== origin).map(String), 'cached from another origin').toEqual([]);
  const cachedPaths = new Set(cached.map((url) => url.pathname.slice(1)));
  expect(
    builtFiles(DIST).filter((path) => !cachedPaths.has(path)),
    'built files not stored for offline use',
  ).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await waitForMap(page);
  await expect(offlineStatus(page)).toHaveText(`离线 · 使用已保存的副本 · 数据截至 ${region.dataAsOf}`);

  // A zone, chosen by search as a presenter would.
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill('柳林');
  await expect(page.getByRole('option', { name: /海河柳林设计集聚区/u })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  const panel = page.getByRole('region', { name: '海河柳林设计集聚区' });
  await expect(panel.getByText('“高水平建设海河柳林设计集聚区。”')).toBeVisible();

  // Its site package: a chunk of its own, with the embedded basemap drawn in its map.
  await panel.getByRole('button', { name: '招商资料包' }).click();
  const sheet = page.getByRole('main', { name: /招商资料包 · 海河柳林设计集聚区/u });
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('海河柳林设计集聚区');
  await expect(page.getByRole('img', { name: /示意图$/u })).toBeVisible();
  await expect(sheet.getByText('（一）2．设计服务', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '← 返回地图' }).click();

  // A tour, stepped with the keyboard.
  await waitForMap(page);
  await page.getByRole('button', { name: '演示' }).click();
  await page.getByRole('button', { name: new RegExp(tour.title.zh, 'u') }).click();
  const present = page.getByRole('region', { name: `演示：${tour.title.zh}` });
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=1/u);
  await expect(present.getByText(tour.steps[1].caption.zh)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(present).toHaveCount(0);

  // The analysis panel, the import worker and its .xlsx reader: three more chunks loaded offline.
  const file = testInfo.outputPath('离线.xlsx');
  writeFileSync(
    file,
    makeXlsx([
      {
        name: '企业',
        rows: [
          ['名称', '经度', '纬度'],
          ['甲', 117.2106, 39.1365],
          ['乙', 117.7122, 39.0136],
        ],
      },
    ]),
  );
  await page.getByRole('tab', { name: '分析' }).click();
  await page.getByLabel('导入文件').setInputFiles(file);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /显示 .* 个点/u })).toHaveText('显示 2 / 2 个点', {
    timeout: 30_000,
  });

  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(failed, 'requests that failed offline').toEqual([]);
  await context.setOffline(false);
});

/**
 * The update notice, at a phone's and a laptop's size, covers nothing it is about: it lies on the map,
 * below the top bar (the title, the status line that also says an update waits, search and buttons),
 * clear of the zoom buttons.
 */
async function expectNoticeClearOfControls(page: Page, notice: Locator, zoomIn: string): Promise<void> {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(notice).toBeInViewport();
    const box = (await notice.boundingBox())!;
    const header = (await page.getByRole('banner').boundingBox())!;
    const map = (await page.locator('.atlas-map').boundingBox())!;
    const zoom = (await page.getByRole('button', { name: zoomIn }).boundingBox())!;
    const at = `at ${viewport.width}×${viewport.height}`;
    expect(box.y, `the notice is below the top bar ${at}`).toBeGreaterThanOrEqual(header.y + header.height);
    expect(box.x, `the notice is on the map ${at}`).toBeGreaterThanOrEqual(map.x);
    expect(box.y + box.height, `the notice is on the map ${at}`).toBeLessThanOrEqual(map.y + map.height);
    expect(box.x + box.width, `the notice leaves the zoom buttons free ${at}`).toBeLessThanOrEqual(zoom.x);
  }
}

interface Deployment {
  url: string;
  /** Puts a new build in place: the data reviewed a day later, and the sw.js a build would write for it. */
  deployNewData(): string;
}

/** A static host of a copy of dist/ (with the site's headers), whose files a test can replace like a deployment. */
const deployTest = test.extend<{ deployment: Deployment }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  deployment: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
    cpSync(DIST, root, { recursive: true });
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript; charset=utf-8',
      '.css': 'text/css; charset=utf-8',
      '.json': 'application/json; charset=utf-8',
      '.geojson': 'application/geo+json; charset=utf-8',
      '.csv': 'text/csv; charset=utf-8',
      '.png': 'image/png',
      '.svg': 'image/svg+xml',
      '.webmanifest': 'application/manifest+json',
    };
    const server: Server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      const file = join(root, path === '/' ? 'index.html' : path);
      let body: Buffer;
      try {
        if (!file.startsWith(root)) throw new Error('outside the site');
        body = readFileSync(file);
      } catch {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        ...securityHeaders({}),
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    });
    // Port 0: the system picks a free port, so this never collides with another server.
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await use({
      url: `http://127.0.0.1:${port}`,
      deployNewData() {
        const regionPath = join(root, 'data', 'region.json');
        const published = JSON.parse(readFileSync(regionPath, 'utf8'));
        const next = new Date(`${published.dataAsOf}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        published.dataAsOf = next.toISOString().slice(0, 10);
        const content = `${JSON.stringify(published)}\n`;
        writeFileSync(regionPath, content);
        // Workbox's revision of a file is the MD5 of its bytes: a new file, a new sw.js.
        const swPath = join(root, 'sw.js');
        const sw = readFileSync(swPath, 'utf8');
        const entry = /\{url:"data\/region\.json",revision:"[0-9a-f]+"\}/u;
        if (!entry.test(sw)) throw new Error('sw.js has no precache entry for data/region.json');
        const revision = createHash('md5').update(content).digest('hex');
        writeFileSync(swPath, sw.replace(entry, `{url:"data/region.json",revision:"${revision}"}`));
        return published.dataAsOf as string;
      },
    });
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  },
  baseURL: async ({ deployment }, use) => use(deployment.url),
});

deployTest(
  'a new deployment is announced to an open page, and its reload brings the new data',
  async ({ page, context, deployment }) => {
    test.setTimeout(6 * PRECACHE_TIMEOUT_MS);
    await page.goto('/');
    await waitForMap(page);
    await expect(offlineStatus(page)).toHaveText(`可离线使用 · 数据截至 ${region.dataAsOf}`, {
      timeout: PRECACHE_TIMEOUT_MS,
    });
    const notice = page.getByRole('status', { name: '新版本可用' });
    await expect(notice).toHaveCount(0);

    const newDate = deployment.deployNewData();
    // The presenter's laptop loses the network and finds it again: the open page looks for a new version.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(notice).toBeVisible({ timeout: PRECACHE_TIMEOUT_MS });
    // Until the user reloads, the page keeps the version it runs, and says a new one waits.
    await expect(offlineStatus(page)).toContainText(`数据截至 ${region.dataAsOf} · 新版本可用，重新加载后生效`);
    await expectLegible(page);
    await expectNoticeClearOfControls(page, notice, '放大');

    // In English too; “later” folds the notice away, the status line still says it.
    await page.getByRole('button', { name: 'English' }).click();
    const noticeEn = page.getByRole('status', { name: 'A new version is available' });
    await expect(noticeEn.getByRole('button', { name: 'Reload' })).toBeVisible();
    await expectLegible(page);
    await expectNoticeClearOfControls(page, noticeEn, 'Zoom in');
    await noticeEn.getByRole('button', { name: 'Later' }).click();
    await expect(noticeEn).toHaveCount(0);
    await expect(page.getByRole('status', { name: 'Offline use' })).toContainText(
      'a new version is available after a reload',
    );

    // A reload (the browser's own) still shows the notice: the new version waits for the user's choice.
    await page.reload();
    await waitForMap(page);
    await expect(noticeEn).toBeVisible({ timeout: PRECACHE_TIMEOUT_MS });
    await noticeEn.getByRole('button', { name: 'Reload' }).click();
    await waitForMap(page);
    await expect(page.getByRole('status', { name: 'Offline use' })).toHaveText(
      `Works offline · data as of ${newDate}`,
      {
        timeout: 30_000,
      },
    );
    await expect(noticeEn).toHaveCount(0);
  },
);

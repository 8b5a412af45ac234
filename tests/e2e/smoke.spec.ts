import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('the built app loads its published data with no error and no foreign request', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('天津服务业扩能提质地图');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津服务业扩能提质地图');
  await expect(page.getByRole('status').filter({ hasText: '当前显示' })).toContainText('41 项措施');
  await expect(page.locator('.atlas-map[data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
});

test("the tab shows the app's own icon, a file of the same origin", async ({ page, request }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  const icons = await page
    .locator('link[rel~="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) =>
      links.map((link) => ({ rel: link.getAttribute('rel'), href: (link as HTMLLinkElement).href })),
    );
  expect(icons.map((icon) => icon.rel)).toContain('icon');
  const svg = readFileSync(new URL('../../public/icons/icon.svg', import.meta.url));
  for (const { rel, href } of icons) {
    expect(new URL(href).origin, `${rel} ${href}`).toBe(origin);
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    // Not the app's page served in place of a missing file.
    expect(response.headers()['content-type'] ?? '', href).toMatch(/^image\/(svg\+xml|png)/u);
    if (rel === 'icon') expect(await response.body()).toEqual(svg);
  }
});

test('every published data file is served from the same origin', async ({ request }) => {
  const expected: Record<string, string> = {
    '/data/measures.json': 'application/json',
    '/data/links.json': 'application/json',
    '/data/zones.geojson': 'geo+json',
    '/data/places.geojson': 'geo+json',
    '/data/districts.geojson': 'geo+json',
    '/data/sectors.json': 'application/json',
    '/data/measures.csv': 'text/csv',
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.body();
    if (path.endsWith('.csv')) {
      expect([...body.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
      expect(body.toString('utf8')).toContain('设计服务');
    } else {
      expect(() => JSON.parse(body.toString('utf8')), path).not.toThrow();
    }
    expect(response.headers()['content-type'] ?? '', path).toContain(type);
  }
});

test('the site runs under a strict Content-Security-Policy, with no violation', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("object-src 'none'");
  expect(header).toContain("base-uri 'none'");
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).not.toContain('unsafe-eval');
  expect(header).not.toMatch(/script-src[^;]*unsafe-inline/u);
  // The same policy travels in the page for hosts that send no headers.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /object-src 'none'/u,
  );
  await expect(page.locator('.atlas-map[data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  // The drawing tools and the analysis panel load too.
  await page.getByRole('tab', { name: '分析' }).click();
  await expect(page.locator('.atlas-map[data-draw-ready="true"]')).toHaveCount(1);
  // And the import worker, converting from GCJ-02.
  await page.getByLabel('导入文件').setInputFiles({
    name: 'two.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('lng,lat\n117.2,39.12\n117.3,39.1\n'),
  });
  await page.getByLabel('坐标系').selectOption('gcj02');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /显示 .* 个点/u })).toHaveText('显示 2 / 2 个点');
  expect(violations).toEqual([]);
});

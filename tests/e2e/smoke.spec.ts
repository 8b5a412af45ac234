import { expect, test } from './fixtures';

test('the built app loads its published data with no error and no foreign request', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('天津服务业扩能提质地图');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('天津服务业扩能提质地图');
  await expect(page.getByRole('status').filter({ hasText: '当前显示' })).toContainText('41 项措施');
  await expect(page.locator('.atlas-map[data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
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

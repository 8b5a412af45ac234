/**
 * The built site behind the real web server: nginx with the deployment's own configuration (deploy/nginx/,
 * started as `npm run serve:nginx` does), on NGINX_PORT (default E2E_PORT + 80). Security headers, gzip,
 * caching and 404s are checked on the wire, and the app must load and draw under the policy nginx sends.
 *
 * nginx serves a copy of dist/ with a placeholder service worker and manifest added when the build has
 * none, so their rules are tested either way (the app neither links nor registers a placeholder).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForMap } from './map-helpers';
import { buildEnv, REPO_ROOT } from '../../scripts/nginx-config';
import { prepareDeployLayout, startNginx, testConfig, type RunningNginx } from '../../scripts/nginx-server';
import { securityHeaders } from '../../scripts/security-headers';

const PORT = Number(process.env.NGINX_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 80);
const DIST = join(REPO_ROOT, 'dist');
/** Files the build may not have yet, and a stand-in for each. */
const PLACEHOLDERS: Record<string, string> = {
  'sw.js': "self.addEventListener('fetch', () => undefined);\n",
  'manifest.webmanifest': '{ "name": "placeholder", "start_url": "/" }\n',
};
/** What every response must carry: the module, for the .env the build read. */
const EXPECTED = securityHeaders(buildEnv());
const IMMUTABLE = 'public, max-age=31536000, immutable';
const GZIP = { 'Accept-Encoding': 'gzip' };

let server: RunningNginx | undefined;
/** What nginx serves: a copy of dist/ (see above). */
let ROOT = DIST;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
  ROOT = join(mkdtempSync(join(tmpdir(), 'atlas-nginx-root-')), 'dist');
  cpSync(DIST, ROOT, { recursive: true });
  for (const [name, text] of Object.entries(PLACEHOLDERS)) {
    if (!existsSync(join(ROOT, name))) writeFileSync(join(ROOT, name), text);
  }
  server = await startNginx({ port: PORT, root: ROOT });
});

test.afterAll(async () => {
  await server?.stop();
  if (ROOT !== DIST) rmSync(join(ROOT, '..'), { recursive: true, force: true });
});

/** The hashed scripts and style sheets index.html loads, as served. */
async function pageAssets(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/')).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/gu)].map((match) => match[1]);
  expect(assets.some((path) => path.endsWith('.js'))).toBe(true);
  expect(assets.some((path) => path.endsWith('.css'))).toBe(true);
  return assets;
}

/** Every published data file, as a site path with its size on disk. */
function dataFiles(): Array<{ path: string; size: number }> {
  return (readdirSync(join(ROOT, 'data'), { recursive: true }) as string[])
    .map((name) => ({ name, file: join(ROOT, 'data', name) }))
    .filter(({ file }) => statSync(file).isFile())
    .map(({ name, file }) => ({ path: `/data/${name.split('\\').join('/')}`, size: statSync(file).size }));
}

test('every response carries exactly the security headers of scripts/security-headers.ts', async ({ request }) => {
  const assets = await pageAssets(request);
  const paths = ['/', '/index.html', '/data/zones.geojson', '/data/measures.csv', ...assets.slice(0, 4)];
  const notFound = ['/no-such-page', '/assets/no-such-file.js', '/.vite/manifest.json'];
  for (const path of [...paths, ...notFound]) {
    const response = await request.get(path, { headers: GZIP });
    expect(response.status(), path).toBe(notFound.includes(path) ? 404 : 200);
    for (const [name, value] of Object.entries(EXPECTED)) {
      const sent = response.headersArray().filter((header) => header.name.toLowerCase() === name.toLowerCase());
      expect(
        sent.map((header) => header.value),
        `${path} ${name}`,
      ).toEqual([value]);
    }
  }
});

test('data, scripts and styles are gzipped when the browser asks, and intact', async ({ request }) => {
  const assets = await pageAssets(request);
  const files = [...dataFiles(), ...assets.map((path) => ({ path, size: statSync(join(ROOT, path)).size }))];
  expect(files.map((file) => file.path)).toContain('/data/zones.geojson');
  for (const { path, size } of files) {
    const response = await request.get(path, { headers: GZIP });
    expect(response.status(), path).toBe(200);
    // nginx leaves files under gzip_min_length (1 KB) alone: compressing them gains nothing.
    const compressed = size >= 1024;
    expect(response.headers()['content-encoding'], path).toBe(compressed ? 'gzip' : undefined);
    // Caches between here and the browser keep the compressed and the plain copy apart.
    expect(response.headers()['vary'], path).toBe(compressed ? 'Accept-Encoding' : undefined);
    expect((await response.body()).equals(readFileSync(join(ROOT, path))), `${path} decompresses to the file`).toBe(
      true,
    );
  }
  const plain = await request.get('/data/zones.geojson', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(Number(plain.headers()['content-length'])).toBe(statSync(join(ROOT, 'data/zones.geojson')).size);
});

test('content types: GeoJSON, CSV, JSON, scripts', async ({ request }) => {
  const types: Record<string, string> = {
    '/': 'text/html; charset=utf-8',
    '/data/zones.geojson': 'application/geo+json; charset=utf-8',
    '/data/basemap/land.geojson': 'application/geo+json; charset=utf-8',
    '/data/measures.csv': 'text/csv; charset=utf-8',
    '/data/measures.json': 'application/json; charset=utf-8',
  };
  for (const [path, type] of Object.entries(types)) {
    expect((await request.get(path)).headers()['content-type'], path).toBe(type);
  }
  const [script] = (await pageAssets(request)).filter((path) => path.endsWith('.js'));
  expect((await request.get(script)).headers()['content-type']).toMatch(/^(application|text)\/javascript/u);
});

test('hashed assets are cached for a year; the page and the data revalidate with ETags', async ({ request }) => {
  for (const path of await pageAssets(request)) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe(IMMUTABLE);
  }
  for (const path of ['/', '/index.html', '/data/zones.geojson', '/data/measures.json', '/data/measures.csv']) {
    const response = await request.get(path, { headers: GZIP });
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    const etag = response.headers()['etag'];
    expect(etag, `${path} ETag`).toBeTruthy();
    const again = await request.get(path, { headers: { ...GZIP, 'If-None-Match': etag } });
    expect(again.status(), `${path} revalidated`).toBe(304);
  }
});

test('the service worker and the manifest revalidate, with their types', async ({ request }) => {
  const expectations: Record<string, RegExp> = {
    '/sw.js': /^(application|text)\/javascript/u,
    '/manifest.webmanifest': /^application\/manifest\+json/u,
  };
  for (const [path, type] of Object.entries(expectations)) {
    const response = await request.get(path, { headers: GZIP });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expect(response.headers()['etag'], path).toBeTruthy();
    expect(response.headers()['content-type'], path).toMatch(type);
    expect((await response.body()).equals(readFileSync(join(ROOT, path))), path).toBe(true);
  }
});

test('unknown paths are 404, with no fallback to the page and no long caching', async ({ request }) => {
  for (const path of [
    '/zones/necc-tianjin',
    '/index.htm',
    '/data/',
    '/data/no-such.geojson',
    '/assets/no-such-file.js',
    '/.vite/manifest.json',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('天津服务业扩能提质地图');
    expect(response.headers()['cache-control'] ?? '', path).not.toContain('max-age');
  }
});

test('the app loads and draws the map through nginx, under the policy nginx sends', async ({ page }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto('/?lang=en');
  expect(response?.headers()['content-security-policy']).toBe(EXPECTED['Content-Security-Policy']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tianjin Service Atlas');
  // The first draw (deck.gl's shaders on software WebGL) can take longer than waitForMap's 30 s while the
  // machine is busy; this is a ceiling against hangs, not a speed goal.
  await expect(page.locator('.atlas-map[data-ready="true"]')).toHaveCount(1, { timeout: 120_000 });
  await waitForMap(page);
  // A lazily loaded part (its own chunks and style sheets) comes through nginx too.
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await expect(page.getByLabel('Import a file')).toBeAttached();
  expect(violations).toEqual([]);
});

test('the files as the Dockerfile and the README install them pass nginx -t', () => {
  const layout = prepareDeployLayout();
  try {
    const result = testConfig(layout);
    expect(result.output).toContain('test is successful');
    expect(result.ok).toBe(true);
  } finally {
    rmSync(layout.prefix, { recursive: true, force: true });
  }
});

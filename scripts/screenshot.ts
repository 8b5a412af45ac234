/**
 * Takes a screenshot of the built site in Debian's Chromium, for the README and for looking at the UI.
 * Usage: npx tsx scripts/screenshot.ts <path-and-query> <out.png> [width] [height]
 * Expects `npm run preview` (or any server) on ATLAS_URL, default http://127.0.0.1:4173.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium';

const [path = '/', out = 'screenshot.png', width = '1280', height = '800'] = process.argv.slice(2);
const base = process.env.ATLAS_URL ?? 'http://127.0.0.1:4173';

const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale: 'zh-CN' });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  // Wait for the map to have drawn and stopped moving, when the page has one.
  await page
    .locator('.atlas-map[data-ready="true"]:not([data-moving])')
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 1000));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}

/**
 * Rasterises the app icon (public/icons/icon.svg: a map pin with the Haihe in it) into the PNGs the web
 * app manifest names, in Debian's Chromium. Run once after changing the SVG and commit the PNGs:
 *   npx tsx scripts/make-icons.ts
 * The maskable icon fills the whole square and keeps the pin inside the central safe circle (80 %).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium';

const dir = fileURLToPath(new URL('../public/icons/', import.meta.url));
const svg = readFileSync(`${dir}icon.svg`, 'utf8');
// Full-bleed background, the pin scaled to 72 % about the centre: its farthest point stays inside the safe circle.
const maskable = svg
  .replace(/<rect [^>]*\/>/u, '<rect width="512" height="512" fill="#14324f"/>')
  .replace(
    /(<path d="M256 64[\s\S]*)<\/svg>/u,
    '<g transform="translate(256 256) scale(0.72) translate(-256 -256)">$1</g></svg>',
  );

const outputs: Array<[file: string, size: number, source: string]> = [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, maskable],
  // iOS ignores the manifest's icons and masks this one itself: the full-bleed version.
  ['apple-touch-icon-180.png', 180, maskable],
];

const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const [file, size, source] of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `${dir}${file}`, omitBackground: true });
    await page.close();
    console.log(`wrote public/icons/${file}`);
  }
} finally {
  await browser.close();
}

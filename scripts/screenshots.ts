/**
 * Every key screen at once, for a reviewer: the map, a zone, a measure, a district, search, coverage,
 * analysis, a tour step, the site package and the comparison, in zh and en, at phone, laptop and wall
 * sizes, plus the package and comparison as printed (A4 PDF pages rendered to PNG when pdftoppm is
 * installed). Writes PNGs and an index page to `screenshots/` (or the folder given).
 *
 * Usage: npm run screenshots [-- out-dir]   (builds first; serves dist/ with vite preview itself, or
 * uses ATLAS_URL if set). Only screens whose name contains SCREENS (comma-separated) when that is set.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium';

interface Screen {
  id: string;
  title: string;
  /** Path and query without the language. */
  path: string;
  /** What a user does before the picture is taken. */
  act?: (page: Page, lang: 'zh' | 'en') => Promise<void>;
  /** Also printed to A4. */
  prints?: boolean;
}

const SCREENS: Screen[] = [
  { id: 'map', title: 'Opening map', path: '/' },
  {
    id: 'search',
    title: 'Search open (会展)',
    path: '/',
    act: async (page, lang) => {
      await page.getByRole('searchbox', { name: lang === 'zh' ? '搜索' : 'Search' }).fill('会展');
      await page.getByRole('option').first().waitFor();
    },
  },
  { id: 'zone', title: 'Zone selected: NECC', path: '/?sel=zone:necc-tianjin' },
  { id: 'zone-117', title: 'Zone selected: 117', path: '/?sel=zone:project-117' },
  { id: 'measure', title: 'Measure 13 selected', path: '/?sel=measure:13&panel=measures' },
  { id: 'measure-ftz', title: 'Measure 6.1: the free trade zone areas', path: '/?sel=measure:6.1&panel=measures' },
  { id: 'district', title: 'District: Binhai', path: '/?sel=district:120116' },
  { id: 'coverage', title: 'Coverage panel', path: '/?panel=coverage' },
  { id: 'analysis', title: 'Analysis panel', path: '/?panel=analysis' },
  { id: 'choropleth', title: 'Thematic: district choropleth', path: '/?theme=choropleth' },
  { id: 'extruded', title: 'Thematic: 3D zones', path: '/?theme=extruded' },
  { id: 'tour', title: 'Tour step: growth poles, step 3', path: '/?tour=growth-poles&step=3' },
  { id: 'tour-central', title: 'Tour step: central city, step 5', path: '/?tour=central-city&step=5' },
  { id: 'package', title: 'Site package: NECC', path: '/?package=necc-tianjin', prints: true },
  { id: 'package-both', title: 'Site package: NECC, both languages', path: '/?package=necc-tianjin&pkglang=both' },
  {
    id: 'compare',
    title: 'Compare three zones',
    path: '/?compare=xiaobailou-cbd,necc-tianjin,project-117',
    prints: true,
  },
];

const SIZES = [
  { id: 'phone', width: 390, height: 844 },
  { id: 'laptop', width: 1440, height: 900 },
  { id: 'wall', width: 1920, height: 1080 },
] as const;
const LANGS = ['zh', 'en'] as const;

const out = resolve(process.argv[2] ?? 'screenshots');
const only = process.env.SCREENS?.split(',').filter(Boolean) ?? [];
const PORT = 4390;

function withLang(path: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

async function startPreview(): Promise<{ base: string; server: ChildProcess | null }> {
  if (process.env.ATLAS_URL) return { base: process.env.ATLAS_URL, server: null };
  const server = spawn(
    'npx',
    ['vite', 'preview', '--configLoader', 'runner', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${PORT}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return { base, server };
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 300));
  }
  server.kill();
  throw new Error(`vite preview did not start on ${base}`);
}

/** The map drawn and still (when the page has one), fonts loaded, then a moment for transitions. */
async function settle(page: Page): Promise<void> {
  await page
    .locator('.atlas-map[data-ready="true"]:not([data-moving])')
    .waitFor({ timeout: 45_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 1200));
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

const { base, server } = await startPreview();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const rows: string[] = [];
const problems: string[] = [];
const pdfPages = hasPdftoppm();
try {
  for (const screen of SCREENS.filter((entry) => only.length === 0 || only.some((id) => entry.id.includes(id)))) {
    const cells: string[] = [];
    for (const lang of LANGS) {
      for (const size of SIZES) {
        const page = await browser.newPage({
          viewport: { width: size.width, height: size.height },
          locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
        });
        page.on('pageerror', (error) => problems.push(`${screen.id} ${lang} ${size.id}: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${screen.id} ${lang} ${size.id}: ${message.text()}`);
        });
        await page.goto(new URL(withLang(screen.path, lang), base).href);
        await settle(page);
        await screen.act?.(page, lang);
        if (screen.act) await page.waitForTimeout(400);
        const file = `${screen.id}-${lang}-${size.id}.png`;
        await page.screenshot({ path: join(out, file) });
        cells.push(
          `<figure><a href="${file}"><img src="${file}" loading="lazy" alt=""></a><figcaption>${lang} · ${size.id} ${size.width}×${size.height}</figcaption></figure>`,
        );
        if (screen.prints && size.id === 'laptop') {
          const pdf = `${screen.id}-${lang}-print.pdf`;
          await page.emulateMedia({ media: 'print' });
          await page.pdf({ path: join(out, pdf), format: 'A4', printBackground: true });
          cells.push(`<figure><a href="${pdf}">${lang} · printed (A4 PDF)</a></figure>`);
          if (pdfPages) {
            const prefix = `${screen.id}-${lang}-print`;
            execFileSync('pdftoppm', ['-png', '-r', '50', join(out, pdf), join(out, prefix)]);
            for (const printed of readdirSync(out)
              .filter((name) => name.startsWith(`${prefix}-`))
              .sort())
              cells.push(
                `<figure><a href="${printed}"><img src="${printed}" loading="lazy" alt=""></a><figcaption>${lang} · printed, ${printed.slice(prefix.length + 1, -4)}</figcaption></figure>`,
              );
          }
        }
        await page.close();
        console.log(`wrote ${file}`);
      }
    }
    rows.push(
      `<section><h2>${escapeHtml(screen.title)}</h2><p><code>${escapeHtml(screen.path)}</code></p><div class="grid">${cells.join('')}</div></section>`,
    );
  }
} finally {
  await browser.close();
  server?.kill();
}

writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tianjin Service Atlas — every screen</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem 2rem;color:#222}section{margin:2rem 0}
.grid{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0}img{max-height:320px;border:1px solid #ccc}
figcaption{color:#555}</style></head><body><h1>Every screen</h1>
<p>Generated by <code>npm run screenshots</code> from the built site. Printed pages: <code>*-print-*.png</code> beside each PDF${pdfPages ? '' : ' (install poppler-utils for PNG pages)'}.</p>
${problems.length > 0 ? `<h2>Page or console errors</h2><ul>${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : ''}
${rows.join('\n')}</body></html>\n`,
);
console.log(`index: ${join(out, 'index.html')}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}

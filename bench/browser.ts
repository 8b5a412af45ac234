/**
 * Browser benchmarks in Debian's Chromium (SwiftShader WebGL on this machine):
 *  - first full render of the app (MapLibre idle and deck.gl drawn) against a bare MapLibre page drawing
 *    the same zones, both from navigation start, medians of RUNS;
 *  - the main-thread time of a sector-filter change;
 *  - a million imported points: import (parse, join, index in the worker), time to draw them once
 *    added, and time from a range-slider step to the redrawn map (GPU filter), medians of RUNS.
 * Needs a build in dist/ (`npm run bench` builds first).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../scripts/chromium';
import { generateCsv } from '../src/lib/analysis/generate';
import { startServer } from './server';

const RUNS = 5;
const POINTS = 1_000_000;

export interface BrowserBench {
  appFirstRenderMs: number;
  /** MapLibre's own layers (basemap, districts, labels) idle, before deck.gl's first draw. */
  appMapIdleMs: number;
  bareFirstRenderMs: number;
  sectorFilterMs: number;
  importMs: number;
  pointsRenderMs: number;
  pointsFilterMs: number;
  points: number;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Milliseconds from navigation start to each of some performance marks, in a fresh page. */
async function timesToMarks(browser: Browser, url: string, marks: string[]): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(
    (names) => {
      const times = names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null);
      return times.every((time) => time !== null) ? times : null;
    },
    marks,
    { timeout: 60_000, polling: 50 },
  );
  const ms = (await handle.jsonValue()) as number[];
  await context.close();
  return ms;
}

const timeToMark = async (browser: Browser, url: string, mark: string) => (await timesToMarks(browser, url, [mark]))[0];

/** Time from a user action to the next 'atlas:points-drawn' mark, measured in the page's clock. */
async function untilPointsDrawn(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => {
    const marks = performance.getEntriesByName('atlas:points-drawn');
    return { count: marks.length, start: performance.now() };
  });
  await act();
  const handle = await page.waitForFunction(
    (count) => {
      const marks = performance.getEntriesByName('atlas:points-drawn');
      return marks.length > count ? marks[marks.length - 1].startTime : null;
    },
    before.count,
    { timeout: 120_000, polling: 20 },
  );
  return ((await handle.jsonValue()) as number) - before.start;
}

export async function runBrowserBench(log: (line: string) => void = console.log): Promise<BrowserBench> {
  const { server, origin } = await startServer();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    // Warm-up: the first launch pays for shader compilation caches and disk reads.
    await timeToMark(browser, `${origin}/`, 'atlas:map-ready');
    const app: number[] = [];
    const appIdle: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const marks = await timesToMarks(browser, `${origin}/`, ['atlas:map-idle', 'atlas:map-ready']);
      appIdle.push(marks[0]);
      app.push(marks[1]);
      bare.push(await timeToMark(browser, `${origin}/bare/`, 'bare:ready'));
      log(`  first render run ${run + 1}: app ${app[run].toFixed(0)} ms, bare MapLibre ${bare[run].toFixed(0)} ms`);
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.locator('.atlas-map[data-ready="true"]').waitFor({ timeout: 60_000 });

    // Sector filter: the click's synchronous work plus the effects and the frame that follows it.
    const sectorTimes: number[] = [];
    const checkbox = page.getByRole('group', { name: '行业' }).getByRole('checkbox').first();
    for (let run = 0; run < RUNS * 2; run += 1) {
      const handle = await checkbox.elementHandle();
      sectorTimes.push(
        await page.evaluate(
          (element) =>
            new Promise<number>((done) => {
              const start = performance.now();
              (element as HTMLInputElement).click();
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
            }),
          handle,
        ),
      );
    }
    log(`  sector filter: ${sectorTimes.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    // A million points.
    const file = join(tmpdir(), `atlas-bench-${POINTS}.csv`);
    writeFileSync(file, generateCsv(POINTS, 20260611));
    await page.getByRole('tab', { name: '分析' }).click();
    await page.getByLabel('导入文件').setInputFiles(file);
    const importStart = await page.evaluate(() => performance.now());
    const importMs = await untilPointsDrawn(page, async () => {
      await page.getByRole('button', { name: '导入', exact: true }).click();
    });
    const renderMs = await page.evaluate(() => {
      const added = performance.getEntriesByName('atlas:points-added').at(-1)?.startTime ?? 0;
      const drawn = performance.getEntriesByName('atlas:points-drawn').at(-1)?.startTime ?? 0;
      return drawn - added;
    });
    log(
      `  ${POINTS.toLocaleString('en')} points: import ${importMs.toFixed(0)} ms (from ${importStart.toFixed(0)}), drawn ${renderMs.toFixed(0)} ms after being added`,
    );

    const slider = page.getByRole('slider', { name: '最小值' });
    await slider.focus();
    const filterTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      filterTimes.push(await untilPointsDrawn(page, () => page.keyboard.press('ArrowRight')));
    }
    log(
      `  range filter on ${POINTS.toLocaleString('en')} points: ${filterTimes.map((ms) => ms.toFixed(0)).join(', ')} ms`,
    );
    await context.close();

    return {
      appFirstRenderMs: median(app),
      appMapIdleMs: median(appIdle),
      bareFirstRenderMs: median(bare),
      sectorFilterMs: median(sectorTimes),
      importMs,
      pointsRenderMs: renderMs,
      pointsFilterMs: median(filterTimes),
      points: POINTS,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Browser benchmarks in Debian's Chromium (SwiftShader WebGL on this machine), as goal rows:
 *  - first full render of the app (MapLibre idle and every layer of the first view drawn) against the
 *    fair bare page (the app's embedded basemap style and the zones as plain MapLibre layers,
 *    bench/bare-style.ts) and the old zones-only page, all repeat visits (HTTP cache warm), side by
 *    side in one run, medians of RUNS; with the start-up stages from the app's performance marks;
 *  - a cold first visit (fresh browser context: no HTTP cache) against the warm figure;
 *  - the JavaScript the browser downloads before the map first draws (bytes on the wire, gzip);
 *  - a sector-filter change: click to the next painted frame, its main-thread script time (CDP
 *    Performance.getMetrics) and its breakdown (Svelte update, style update, layer update, draw);
 *  - a zoom step (mouse wheel and the + key): input to the first redrawn frame;
 *  - the same steps and a plain repaint on the fair bare page: what one MapLibre frame of that picture
 *    costs this machine (SwiftShader), the floor under every interaction figure above;
 *  - a million imported points: import (parse, join, index in the worker), time to draw them once
 *    added, and time from a range-slider step to the redrawn map (GPU filter).
 * Needs a build in dist/ (`npm run bench` builds first).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../scripts/chromium';
import { generateCsv } from '../src/lib/analysis/generate';
import { fairBareStyle } from './bare-style';
import { atMost, ms, ratio, report, type GoalRow } from './goals';
import { startServer } from './server';

/** Runs per median; `BENCH_RUNS=2` for a quick look on a busy machine. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const POINTS = 1_000_000;
const VIEWPORT = { width: 1280, height: 800 };

/** The app's start-up stages, in order: performance marks from main.ts, App.svelte, load-atlas.ts, MapView. */
export const STAGES: ReadonlyArray<[mark: string, what: string]> = [
  ['atlas:app-mounted', 'scripts downloaded, parsed and run; app mounted'],
  ['atlas:data-fetched', 'the nine /data/ files fetched and parsed'],
  ['atlas:data-indexed', 'the atlas indexed (the schema check runs after the first render)'],
  ['atlas:session-created', 'session state built'],
  ['atlas:map-mounted', 'map component mounted'],
  ['atlas:basemap-loaded', 'basemap files (land, Haihe) loaded'],
  ['atlas:map-created', 'MapLibre map constructed'],
  ['atlas:map-load', "MapLibre 'load' (style and sources loaded, first frame)"],
  ['atlas:map-idle', 'MapLibre idle (its layers and labels drawn)'],
  ['atlas:map-ready', 'first full render: every layer drawn'],
];

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  // tsx compiles the functions handed to page.evaluate with esbuild's `__name` helper for named arrows.
  await context.addInitScript('globalThis.__name = (target) => target;');
  return context;
}

/** Milliseconds from navigation start to each of some performance marks (null if never set). */
async function marksAfter(page: Page, url: string, wait: string, marks: readonly string[]) {
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, wait, {
    timeout: 120_000,
    polling: 50,
  });
  return page.evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null),
    marks as string[],
  );
}

/** A page visited twice in one context: the second (repeat) visit's marks, HTTP cache warm. */
async function warmVisit(browser: Browser, url: string, wait: string, marks: readonly string[]) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await marksAfter(page, url, wait, marks);
  const times = await marksAfter(page, url, wait, marks);
  await context.close();
  return times;
}

/** JavaScript bytes on the wire (gzip) fetched before a mark, and the files. */
async function scriptBytesBefore(page: Page, mark: string) {
  return page.evaluate((name) => {
    const end = performance.getEntriesByName(name)[0]?.startTime ?? Infinity;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => /\.m?js(\?|$)/u.test(entry.name) && entry.responseEnd <= end,
    );
    return {
      bytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      files: scripts.map((entry) => `${new URL(entry.name).pathname} ${(entry.encodedBodySize / 1024).toFixed(1)} KiB`),
    };
  }, mark);
}

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

/** Main-thread script time so far (CDP Performance metrics), in ms. */
async function scriptMs(cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

interface SectorTiming {
  total: number;
  svelte: number;
  style: number;
  layers: number;
  draw: number;
}

/** One sector checkbox click: click → Svelte's flush → the next frame painted, with the map's measures. */
async function clickSector(page: Page, name: string): Promise<SectorTiming> {
  const checkbox = await page.getByRole('group', { name }).getByRole('checkbox').first().elementHandle();
  return page.evaluate(
    (element) =>
      new Promise<SectorTiming>((done) => {
        const sum = (name: string, since: number) =>
          performance
            .getEntriesByName(name)
            .filter((entry) => entry.startTime >= since)
            .reduce((total, entry) => total + entry.duration, 0);
        const start = performance.now();
        (element as HTMLInputElement).click();
        // Svelte flushes its effects in a microtask queued during the click: this one runs after it.
        queueMicrotask(() => {
          const flushed = performance.now();
          requestAnimationFrame(() => {
            const frame = performance.now();
            // After the frame's paint: the next task.
            setTimeout(() => {
              const end = performance.now();
              const style = sum('atlas:style-update', start);
              const layers = sum('atlas:layers-update', start);
              done({
                total: end - start,
                svelte: flushed - start - style - layers,
                style,
                layers,
                draw: end - frame,
              });
            });
          });
        });
      }),
    checkbox,
  );
}

/**
 * The fair bare page's floor: a repaint requested (no change) to the frame painted, and a zoom step
 * (input to the first frame drawn at the new zoom, painted), measured as the app's are.
 */
async function bareFloor(page: Page, cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>) {
  // The bare page's map is a top-level `const map` of a classic script: global, but not on window.
  const repaint = () =>
    page.evaluate(
      () =>
        new Promise<number>((done) => {
          const map = (0, eval)('map') as { triggerRepaint(): void };
          const start = performance.now();
          map.triggerRepaint();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
        }),
    );
  const step = async (act: () => Promise<void>) => {
    await page.evaluate(() => {
      const map = (0, eval)('map') as { once(event: string, listener: () => void): void };
      const state = window as unknown as { stepStart?: number; stepDrawn?: Promise<number> };
      state.stepStart = undefined;
      state.stepDrawn = new Promise<number>((done) =>
        map.once('movestart', () => requestAnimationFrame(() => setTimeout(() => done(performance.now())))),
      );
      const mark = () => (state.stepStart ??= performance.now());
      window.addEventListener('wheel', mark, { capture: true, once: true });
      window.addEventListener('keydown', mark, { capture: true, once: true });
    });
    await act();
    const elapsed = await page.evaluate(async () => {
      const state = window as unknown as { stepStart?: number; stepDrawn?: Promise<number> };
      const drawn = await Promise.race([
        state.stepDrawn!,
        new Promise<number>((done) => setTimeout(() => done(NaN), 5000)),
      ]);
      return drawn - (state.stepStart ?? drawn);
    });
    await page.waitForTimeout(1200);
    return elapsed;
  };
  const repaints: number[] = [];
  const repaintScript: number[] = [];
  for (let run = 0; run < RUNS * 2; run += 1) {
    const before = await scriptMs(cdp);
    repaints.push(await repaint());
    repaintScript.push((await scriptMs(cdp)) - before);
    await page.waitForTimeout(200);
  }
  const box = (await page.locator('#map').boundingBox())!;
  const wheel: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    wheel.push(await step(() => page.mouse.wheel(0, -240)));
    await step(() => page.mouse.wheel(0, 240));
  }
  await page.locator('#map canvas').focus();
  const keys: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    keys.push(await step(() => page.keyboard.press('Equal')));
    await step(() => page.keyboard.press('Minus'));
  }
  return {
    repaint: median(repaints),
    repaintScript: median(repaintScript),
    wheel: median(wheel.filter(Number.isFinite)),
    key: median(keys.filter(Number.isFinite)),
  };
}

/** A zoom step: input to the first frame drawn at the new zoom (the map marks itself moving), painted. */
async function zoomStep(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const map = document.querySelector('.atlas-map')!;
    const state = window as unknown as { zoomStart?: number; zoomDrawn?: Promise<number> };
    state.zoomStart = undefined;
    state.zoomDrawn = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (map.getAttribute('data-moving') !== 'true') return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => done(performance.now())));
      });
      observer.observe(map, { attributes: true, attributeFilter: ['data-moving'] });
    });
    const mark = () => (state.zoomStart ??= performance.now());
    window.addEventListener('wheel', mark, { capture: true, once: true });
    window.addEventListener('keydown', mark, { capture: true, once: true });
  });
  await act();
  const elapsed = await page.evaluate(async () => {
    const state = window as unknown as { zoomStart?: number; zoomDrawn?: Promise<number> };
    // A step that does not move the map (a limit reached) is no step: NaN, left out of the median.
    const drawn = await Promise.race([
      state.zoomDrawn!,
      new Promise<number>((done) => setTimeout(() => done(NaN), 5000)),
    ]);
    return drawn - (state.zoomStart ?? drawn);
  });
  // Let the animation end and the map settle before the next step.
  await page.waitForTimeout(100);
  await page.locator('.atlas-map[data-ready="true"]:not([data-moving])').waitFor();
  await page.waitForTimeout(300);
  return elapsed;
}

export async function runBrowserBench(log: (line: string) => void = console.log): Promise<GoalRow[]> {
  const { server, origin } = await startServer({ routes: { '/bare/style.json': fairBareStyle } });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const rows: GoalRow[] = [];
  try {
    // Warm-up, and the camera the app opens with (the fair baseline opens there too).
    const warm = await newContext(browser);
    const warmPage = await warm.newPage();
    await marksAfter(warmPage, `${origin}/`, 'atlas:map-ready', []);
    const camera = await warmPage
      .locator('.atlas-map[data-ready="true"]')
      .evaluate((element: HTMLElement) => ({ center: element.dataset.center!, zoom: element.dataset.zoom! }));
    await warm.close();
    const fairUrl = `${origin}/bare/?style=fair&center=${camera.center}&zoom=${camera.zoom}`;

    // First render, repeat visits, side by side; and cold first visits (fresh context, no HTTP cache).
    const marks = STAGES.map(([mark]) => mark);
    const stages: (number | null)[][] = [];
    const fair: number[] = [];
    const zonesOnly: number[] = [];
    const cold: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      stages.push(await warmVisit(browser, `${origin}/`, 'atlas:map-ready', marks));
      fair.push((await warmVisit(browser, fairUrl, 'bare:ready', ['bare:ready']))[0]!);
      zonesOnly.push((await warmVisit(browser, `${origin}/bare/`, 'bare:ready', ['bare:ready']))[0]!);
      const coldContext = await newContext(browser);
      cold.push(
        (await marksAfter(await coldContext.newPage(), `${origin}/`, 'atlas:map-ready', ['atlas:map-ready']))[0]!,
      );
      await coldContext.close();
      const app = stages[run].at(-1)!;
      log(
        `  first render run ${run + 1}: app ${app.toFixed(0)} ms (cold ${cold[run].toFixed(0)} ms), fair bare ${fair[run].toFixed(0)} ms, zones-only bare ${zonesOnly[run].toFixed(0)} ms`,
      );
    }
    const stageMedian = (index: number) => {
      const values = stages.map((run) => run[index]).filter((value): value is number => value !== null);
      return values.length ? median(values) : null;
    };
    const appReady = stageMedian(marks.indexOf('atlas:map-ready'))!;
    const appIdle = stageMedian(marks.indexOf('atlas:map-idle'))!;
    const fairMs = median(fair);
    const zonesOnlyMs = median(zonesOnly);
    rows.push(
      atMost(
        'first full render (MapLibre idle, every layer of the first view drawn) ÷ fair bare page',
        appReady / fairMs,
        1.25,
        ratio,
        `app ${ms(appReady)}; fair bare page (embedded basemap style + zones as MapLibre layers) ${ms(fairMs)}`,
      ),
      report(
        "the app's MapLibre idle ÷ fair bare page",
        ratio(appIdle / fairMs),
        `app ${ms(appIdle)}; fair bare ${ms(fairMs)}`,
      ),
      report(
        'first full render ÷ zones-only bare page (the first, unfair baseline)',
        ratio(appReady / zonesOnlyMs),
        `zones on a plain background ${ms(zonesOnlyMs)}`,
      ),
    );
    let previous = 0;
    for (const [index, [mark, what]] of STAGES.entries()) {
      const time = stageMedian(index);
      if (time === null) {
        rows.push(report(`start-up stage: ${what}`, 'not reached', `\`${mark}\` (not set in this build)`));
        continue;
      }
      rows.push(report(`start-up stage: ${what}`, ms(time), `\`${mark}\`, +${ms(Math.max(0, time - previous))}`));
      previous = Math.max(previous, time);
    }
    const coldMs = median(cold);
    rows.push(
      atMost(
        'cold first visit (fresh context, no HTTP cache) ÷ repeat visit',
        coldMs / appReady,
        2,
        ratio,
        `cold ${ms(coldMs)}; warm ${ms(appReady)}`,
      ),
    );

    // What the browser downloads before the map first draws (a cold visit: everything comes over the wire).
    const bytesContext = await newContext(browser);
    const bytesPage = await bytesContext.newPage();
    await marksAfter(bytesPage, `${origin}/`, 'atlas:map-ready', []);
    const beforeIdle = await scriptBytesBefore(bytesPage, 'atlas:map-idle');
    const beforeReady = await scriptBytesBefore(bytesPage, 'atlas:map-ready');
    await bytesContext.close();
    log(`  JavaScript before MapLibre's first render: ${beforeIdle.files.join(', ')}`);
    rows.push(
      report(
        "JavaScript on the wire before MapLibre's first render (gzip; includes MapLibre's worker)",
        `${(beforeIdle.bytes / 1024).toFixed(0)} KiB`,
        `${beforeIdle.files.length} files; the budget of \`npm run check:bundle\` counts the main thread's chunks`,
      ),
      report(
        'JavaScript on the wire before the first full render (gzip)',
        `${(beforeReady.bytes / 1024).toFixed(0)} KiB`,
        `${beforeReady.files.length} files`,
      ),
    );

    // The floor: one frame of the same picture on the fair bare page.
    const floorContext = await newContext(browser);
    const floorPage = await floorContext.newPage();
    const floorCdp = await floorContext.newCDPSession(floorPage);
    await floorCdp.send('Performance.enable');
    await marksAfter(floorPage, fairUrl, 'bare:ready', []);
    await floorPage.waitForTimeout(500);
    const floor = await bareFloor(floorPage, floorCdp);
    await floorContext.close();
    log(
      `  fair bare page: repaint ${ms(floor.repaint)} (script ${ms(floor.repaintScript)}), wheel zoom step ${ms(floor.wheel)}, + key zoom step ${ms(floor.key)}`,
    );
    rows.push(
      report(
        'floor: one repaint of the fair bare page, requested to painted (MapLibre alone, same picture)',
        ms(floor.repaint),
        'SwiftShader draws every WebGL frame on the CPU here; no interaction below can be faster than this',
      ),
      report(
        "floor: main-thread script time of that repaint (CDP ScriptDuration, MapLibre's own frame)",
        ms(floor.repaintScript),
      ),
    );

    // Interaction on one page.
    const context = await newContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/`);
    await page.locator('.atlas-map[data-ready="true"]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);

    // Zoom steps on the default view (zoom in, then back out, so every step starts from the same view).
    const wheel: number[] = [];
    const keys: number[] = [];
    const box = (await page.locator('.atlas-map').boundingBox())!;
    for (let run = 0; run < RUNS; run += 1) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      wheel.push(await zoomStep(page, () => page.mouse.wheel(0, -240)));
      await zoomStep(page, () => page.mouse.wheel(0, 240));
    }
    await page.locator('.atlas-map canvas').focus();
    for (let run = 0; run < RUNS; run += 1) {
      keys.push(await zoomStep(page, () => page.keyboard.press('Equal')));
      await zoomStep(page, () => page.keyboard.press('Minus'));
    }
    log(
      `  zoom step: wheel ${wheel.map((value) => value.toFixed(0)).join(', ')} ms; + key ${keys.map((value) => value.toFixed(0)).join(', ')} ms`,
    );
    rows.push(
      atMost(
        'zoom step, mouse wheel: input to the first redrawn frame',
        median(wheel.filter(Number.isFinite)),
        100,
        ms,
        `the fair bare page's wheel step ${ms(floor.wheel)} (${ratio(median(wheel.filter(Number.isFinite)) / floor.wheel)})`,
      ),
      atMost(
        'zoom step, + key: input to the first redrawn frame',
        median(keys.filter(Number.isFinite)),
        100,
        ms,
        `the fair bare page's + key step ${ms(floor.key)} (${ratio(median(keys.filter(Number.isFinite)) / floor.key)})`,
      ),
    );

    // Sector filter: the click's synchronous work, Svelte's effects, the map's updates and the next frame.
    const sector: SectorTiming[] = [];
    const script: number[] = [];
    for (let run = 0; run < RUNS * 2; run += 1) {
      const before = await scriptMs(cdp);
      sector.push(await clickSector(page, '行业'));
      script.push((await scriptMs(cdp)) - before);
      await page.waitForTimeout(200);
    }
    log(`  sector filter: ${sector.map((timing) => timing.total.toFixed(0)).join(', ')} ms`);
    const part = (key: keyof SectorTiming) => median(sector.map((timing) => timing[key]));
    rows.push(
      atMost(
        'sector-filter change: click to the next painted frame',
        part('total'),
        50,
        ms,
        `Svelte update ${ms(part('svelte'))}, MapLibre style update ${ms(part('style'))}, zone and place state ${ms(part('layers'))}, frame drawn ${ms(part('draw'))}; a bare repaint ${ms(floor.repaint)} (${ratio(part('total') / floor.repaint)})`,
      ),
      atMost(
        'sector-filter change: main-thread script time (CDP ScriptDuration)',
        median(script),
        8,
        ms,
        `of which MapLibre's frames; one bare repaint's script ${ms(floor.repaintScript)}`,
      ),
      atMost(
        "sector-filter change: the app's own main-thread work (Svelte update, style patch, zone and place state)",
        part('svelte') + part('style') + part('layers'),
        8,
        ms,
        'the rest of the script time is MapLibre drawing the changed map',
      ),
    );

    // A million points.
    const file = join(tmpdir(), `atlas-bench-${POINTS}.csv`);
    writeFileSync(file, generateCsv(POINTS, 20260611));
    await page.getByRole('tab', { name: '分析' }).click();
    await page.getByLabel('导入文件').setInputFiles(file);
    const importMs = await untilPointsDrawn(page, async () => {
      await page.getByRole('button', { name: '导入', exact: true }).click();
    });
    const renderMs = await page.evaluate(() => {
      const added = performance.getEntriesByName('atlas:points-added').at(-1)?.startTime ?? 0;
      const drawn = performance.getEntriesByName('atlas:points-drawn').at(-1)?.startTime ?? 0;
      return drawn - added;
    });
    log(
      `  ${POINTS.toLocaleString('en')} points: import ${importMs.toFixed(0)} ms, drawn ${renderMs.toFixed(0)} ms after being added`,
    );

    // Drawing a million points blocks this machine's main thread (SwiftShader) for a while after the
    // first draw; how long, measured as the time until the page answers and the filter is there.
    const slider = page.getByRole('slider', { name: '最小值' });
    const drawnAt = Date.now();
    await slider.focus({ timeout: 180_000 });
    const responsiveMs = Date.now() - drawnAt;
    log(`  page answering again ${ms(responsiveMs)} after the points were drawn`);
    const filterTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      filterTimes.push(await untilPointsDrawn(page, () => page.keyboard.press('ArrowRight')));
    }
    log(
      `  range filter on ${POINTS.toLocaleString('en')} points: ${filterTimes.map((value) => value.toFixed(0)).join(', ')} ms`,
    );
    await context.close();
    const points = POINTS.toLocaleString('en');
    rows.push(
      report(
        `import of ${points} CSV points into the page used above (to set up the range filter)`,
        ms(importMs),
        'single run; the import goal is measured in fresh pages (bench/import.ts)',
      ),
      report(`drawing ${points} points once added (binary attributes)`, ms(renderMs)),
      report(
        `page answering again after ${points} points were drawn (main thread blocked while SwiftShader draws them)`,
        ms(responsiveMs),
      ),
      report(`range-filter step on ${points} points, key press to redrawn map (GPU filter)`, ms(median(filterTimes))),
    );
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}

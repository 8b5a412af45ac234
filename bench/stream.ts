/**
 * Streamed FlatGeobuf in Chromium, beside the 1,000,000-point CSV import:
 *  - 1,000,000 and 5,000,000 generated points converted with the `npm run fgb` code (time, file size);
 *  - opened in the app: time from picking the file to the first draw of the view, and of the whole city
 *    (the capped, sampled view);
 *  - whole-file counts per zone and district (worker, streamed in chunks): time to the result;
 *  - peak memory of the page's renderer process (resident set, which includes the workers and the typed
 *    arrays outside the JS heap), sampled every 200 ms through /proc from the PIDs that Chromium reports
 *    (SystemInfo.getProcessInfo), for the stream and for the CSV import of 1,000,000 points.
 * Big files go to the system's temporary folder and are deleted afterwards. Needs a build in dist/.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { convertToFgb } from '../scripts/fgb';
import { generateCsv } from '../src/lib/analysis/generate';
import { atMost, ms, report, type GoalRow } from './goals';

/** Point counts to run; STREAM_BENCH_SIZES=1000000 runs one size only (a quicker check). */
const SIZES = (process.env.STREAM_BENCH_SIZES ?? '1000000,5000000').split(',').map(Number);
const SEED = 20260611;
const MIB = 2 ** 20;

const mib = (bytes: number) => `${(bytes / MIB).toLocaleString('en-US', { maximumFractionDigits: 0 })} MiB`;

/** Resident set size of a process in bytes, or 0 when it is gone. */
function rss(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

type Cdp = Awaited<ReturnType<Browser['newBrowserCDPSession']>>;

/** The renderer processes' PIDs, as Chromium reports them. */
async function renderers(cdp: Cdp): Promise<number[]> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  return processInfo.filter((entry) => entry.type === 'renderer').map((entry) => entry.id);
}

/** Samples the renderer processes' total resident memory every 200 ms until stopped; returns the peak. */
async function memorySampler(cdp: Cdp): Promise<{ stop: () => Promise<number>; now: () => Promise<number> }> {
  let pids = await renderers(cdp);
  const now = async () => {
    // A renderer that starts later (a new page) is picked up; a failed query keeps the last list.
    pids = await renderers(cdp).catch(() => pids);
    return pids.reduce((sum, pid) => sum + rss(pid), 0);
  };
  let peak = await now();
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await now());
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    now,
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

async function openApp(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.locator('.atlas-map[data-ready="true"]').waitFor({ timeout: 120_000 });
  await page.getByRole('tab', { name: '分析' }).click();
  return page;
}

/** Milliseconds (page clock) from `act` until a points-drawn mark whose detail matches `pattern`. */
async function untilDrawn(page: Page, pattern: string, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => ({
    count: performance.getEntriesByName('atlas:points-drawn').length,
    start: performance.now(),
  }));
  await act();
  const handle = await page.waitForFunction(
    ({ count, pattern: source }) => {
      const marks = performance.getEntriesByName('atlas:points-drawn') as PerformanceMark[];
      const hit = marks.slice(count).find((mark) => new RegExp(source, 'u').test(String(mark.detail)));
      return hit ? hit.startTime : null;
    },
    { count: before.count, pattern },
    { timeout: 300_000, polling: 50 },
  );
  return ((await handle.jsonValue()) as number) - before.start;
}

async function streamRun(
  browser: Browser,
  cdp: Cdp,
  origin: string,
  fgb: string,
  points: number,
  log: (line: string) => void,
) {
  const page = await openApp(browser, origin);
  const memory = await memorySampler(cdp);
  const idle = await memory.now();
  const firstDraw = await untilDrawn(page, 'stream-1:1:', () =>
    page.getByLabel('打开 FlatGeobuf 文件…').setInputFiles(fgb),
  );
  const cityDraw = await untilDrawn(page, 'stream-1:2:', () => page.getByRole('button', { name: '全市' }).click());
  const shown = await page.locator('[data-streamed-count]').getAttribute('data-streamed-count');
  const countStart = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: '统计各区域点数（全文件）' }).click();
  await page.getByText(/已统计全部 [\d,]+ 个点/u).waitFor({ timeout: 600_000 });
  const counted = (await page.evaluate(() => performance.now())) - countStart;
  const peak = await memory.stop();
  log(
    `  stream ${points.toLocaleString('en')}: first draw ${firstDraw.toFixed(0)} ms, city ${cityDraw.toFixed(0)} ms (${shown} shown), counts ${counted.toFixed(0)} ms, renderer peak ${mib(peak)} (idle ${mib(idle)})`,
  );
  await page.context().close();
  return { firstDraw, cityDraw, shown: Number(shown), counted, peak, idle };
}

async function importRun(browser: Browser, cdp: Cdp, origin: string, csv: string, log: (line: string) => void) {
  const page = await openApp(browser, origin);
  const memory = await memorySampler(cdp);
  const idle = await memory.now();
  await page.getByLabel('导入文件').setInputFiles(csv);
  const took = await untilDrawn(page, 'layer-1', () => page.getByRole('button', { name: '导入', exact: true }).click());
  const peak = await memory.stop();
  log(`  CSV import 1,000,000: drawn ${took.toFixed(0)} ms, renderer peak ${mib(peak)} (idle ${mib(idle)})`);
  await page.context().close();
  return { took, peak, idle };
}

export async function runStreamBench(
  browser: Browser,
  origin: string,
  log: (line: string) => void = console.log,
): Promise<GoalRow[]> {
  const cdp = await browser.newBrowserCDPSession();
  const rows: GoalRow[] = [];
  const runs = new Map<number, Awaited<ReturnType<typeof streamRun>>>();
  let importPeak = 0;
  for (const points of SIZES) {
    const csv = join(tmpdir(), `atlas-stream-${points}.csv`);
    const fgb = join(tmpdir(), `atlas-stream-${points}.fgb`);
    writeFileSync(csv, generateCsv(points, SEED));
    const started = performance.now();
    await convertToFgb(csv, fgb);
    const converted = performance.now() - started;
    const size = statSync(fgb).size;
    log(`  npm run fgb ${points.toLocaleString('en')}: ${converted.toFixed(0)} ms, ${mib(size)}`);
    rows.push(
      report(`npm run fgb: ${points.toLocaleString('en')} CSV points → indexed FlatGeobuf`, ms(converted), mib(size)),
    );
    if (points === 1_000_000) importPeak = (await importRun(browser, cdp, origin, csv, log)).peak;
    rmSync(csv, { force: true });
    const run = await streamRun(browser, cdp, origin, fgb, points, log);
    runs.set(points, run);
    rmSync(fgb, { force: true });
    const label = `${points.toLocaleString('en')}-point FlatGeobuf`;
    rows.push(report(`${label}: picked → first view drawn (core zones)`, ms(run.firstDraw)));
    rows.push(
      report(
        `${label}: whole city in view → drawn`,
        ms(run.cityDraw),
        `${run.shown.toLocaleString('en')} points shown (cap 200,000)`,
      ),
    );
    rows.push(report(`${label}: counts per zone and district, whole file (worker)`, ms(run.counted)));
    rows.push(
      atMost(
        `${label}: peak renderer memory while streaming and counting`,
        run.peak / MIB,
        importPeak / MIB,
        (value) => `${value.toLocaleString('en-US', { maximumFractionDigits: 0 })} MiB`,
        `goal: below the 1,000,000-point CSV import's peak (${mib(importPeak)}); idle page ${mib(run.idle)}`,
      ),
    );
  }
  rows.push(report('1,000,000-point CSV import: peak renderer memory', mib(importPeak)));
  await cdp.detach();
  return rows;
}

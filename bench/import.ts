/**
 * The million-point CSV import in Chromium: from the click on 导入 to the points drawn on the map, with
 * the worker's stages (read, decode, parse, join, index), the transfer to the page, the page's own work
 * until the layer is added, and deck.gl's first draw. The worker's stages are performance.measure
 * entries the page records from the worker's timings (import-client.ts). Needs a build in dist/.
 *
 * `npx tsx bench/import.ts` builds nothing: run `npm run build` first. Goal (issue 14): ≤ 2.5 s.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../scripts/chromium';
import { generateCsv } from '../src/lib/analysis/generate';
import { atMost, goalsTable, ms, report, type GoalRow } from './goals';
import { startServer } from './server';

const POINTS = 1_000_000;
/** Imports measured (the first is a warm-up for the disk cache and the worker's code). */
const RUNS = Number(process.env.IMPORT_RUNS ?? 3);
const STAGES = ['read', 'decode', 'parse', 'join', 'index', 'transfer'] as const;

export interface ImportRun {
  /** Click on 导入 to the next 'atlas:points-drawn' mark. */
  totalMs: number;
  /** Per worker stage and the transfer, from the page's performance.measure entries. */
  stages: Record<(typeof STAGES)[number], number>;
  /** Click to the start of the worker's read (worker start-up, request posting). */
  startMs: number;
  /** End of the transfer to 'atlas:points-added' (the page's own work on the outcome). */
  addMs: number;
  /** 'atlas:points-added' to 'atlas:points-drawn'. */
  drawMs: number;
}

/** One import of `file` in a fresh page. */
async function importOnce(browser: Browser, origin: string, file: string): Promise<ImportRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.locator('.atlas-map[data-ready="true"]').waitFor({ timeout: 180_000 });
    await page.getByRole('tab', { name: '分析' }).click();
    await page.getByLabel('导入文件').setInputFiles(file);
    const button = page.getByRole('button', { name: '导入', exact: true });
    await button.waitFor();
    const before = await page.evaluate(() => performance.getEntriesByName('atlas:points-drawn').length);
    const clickedAt = await page.evaluate(() => performance.now());
    await button.click();
    const handle = await page.waitForFunction(
      (count) => {
        const marks = performance.getEntriesByName('atlas:points-drawn');
        return marks.length > count ? marks[marks.length - 1].startTime : null;
      },
      before,
      { timeout: 180_000, polling: 20 },
    );
    const drawnAt = (await handle.jsonValue()) as number;
    // No named inner functions in page code: tsx would wrap them in a helper the page does not have.
    const entries = await page.evaluate(
      (names) => {
        const stages = Object.fromEntries(
          names.map((name) => {
            const entry = performance.getEntriesByName(`atlas:import:${name}`).at(-1);
            return [name, entry ? { start: entry.startTime, duration: entry.duration } : null];
          }),
        );
        return { stages, added: performance.getEntriesByName('atlas:points-added').at(-1)?.startTime ?? null };
      },
      STAGES as unknown as string[],
    );
    const stage = (name: string) => entries.stages[name] ?? { start: NaN, duration: NaN };
    const transfer = stage('transfer');
    return {
      totalMs: drawnAt - clickedAt,
      stages: Object.fromEntries(STAGES.map((name) => [name, stage(name).duration])) as ImportRun['stages'],
      startMs: stage('read').start - clickedAt,
      addMs: (entries.added ?? NaN) - (transfer.start + transfer.duration),
      drawMs: drawnAt - (entries.added ?? NaN),
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The breakdown of the median run, in the order the work happens. */
export function breakdown(run: ImportRun): string {
  const parts = [
    `start ${ms(run.startMs)}`,
    // CSV on the fast path has no separate decode stage: it decodes what it needs while parsing.
    ...STAGES.filter((name) => !Number.isNaN(run.stages[name])).map((name) => `${name} ${ms(run.stages[name])}`),
    `add ${ms(run.addMs)}`,
    `draw ${ms(run.drawMs)}`,
  ];
  return parts.join(' · ');
}

/**
 * Imports a generated 1,000,000-point CSV (id, lng, lat, area_m2, kind; ~44 MB) RUNS times in fresh
 * pages; the first run is a warm-up. Returns the goal row for the median run, with its breakdown.
 */
export async function runImportBench(
  browser: Browser,
  origin: string,
  log: (line: string) => void = console.log,
): Promise<GoalRow[]> {
  const file = join(tmpdir(), `atlas-bench-${POINTS}.csv`);
  writeFileSync(file, generateCsv(POINTS, 20260611));
  const runs: ImportRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await importOnce(browser, origin, file);
    log(`  import run ${run + 1}${run === 0 ? ' (warm-up)' : ''}: ${ms(result.totalMs)} — ${breakdown(result)}`);
    if (run > 0) runs.push(result);
  }
  const middle = runs.find((run) => run.totalMs === median(runs.map((r) => r.totalMs))) ?? runs[0];
  return [
    atMost(
      `import of ${POINTS.toLocaleString('en-US')} CSV points (read, parse, join, index in the worker; drawn)`,
      middle.totalMs,
      2500,
      ms,
      breakdown(middle),
    ),
    report(
      `drawing ${POINTS.toLocaleString('en-US')} points once added (binary attributes)`,
      ms(middle.drawMs),
      `median of ${runs.length} imports after a warm-up`,
    ),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { server, origin } = await startServer();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    console.log(goalsTable(await runImportBench(browser, origin)));
  } finally {
    await browser.close();
    server.close();
  }
}

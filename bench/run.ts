/**
 * `npm run bench`: the join benchmark (Node) and the browser benchmarks (Chromium). Every module returns
 * goal rows (bench/goals.ts); all of them are written as one table to bench/results.md, with a summary
 * on the console. Timings are for comparison within one run on one machine; ratios are the point.
 * `BENCH_ONLY=browser` (or `join`, `import`, `stream`, or several, comma-separated) runs only those modules.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../scripts/chromium';
import { runBrowserBench } from './browser';
import { goalsSummary, goalsTable, type GoalRow } from './goals';
import { runImportBench } from './import';
import { runJoinBench } from './join';
import { startServer } from './server';
import { runStreamBench } from './stream';

/** `BENCH_ONLY=join,browser`: only these modules (comma-separated). */
const only = process.env.BENCH_ONLY?.split(',');
const rows: GoalRow[] = [];
const sections: string[] = [];
const load = () => loadavg()[0].toFixed(1);
const loadAtStart = load();

if (!only || only.includes('join')) {
  console.log('Spatial join (Node)…');
  const join = await runJoinBench();
  console.log(join.markdown);
  rows.push(...join.goals);
  sections.push(`## Spatial join: points per zone and district\n\n${join.markdown}`);
}
if (!only || only.includes('import')) {
  console.log('Import of a million CSV points (Chromium)…');
  const { server, origin } = await startServer();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    rows.push(...(await runImportBench(browser, origin)));
  } finally {
    await browser.close();
    server.close();
  }
  sections.push(
    '## Import\n\nThe import goal row is the median of imports in fresh pages after a warm-up (`bench/import.ts`); its ' +
      "breakdown is the worker's stages (on the CSV fast path decoding is part of parsing), the transfer, the page's " +
      "work until the layer is added, and deck.gl's first draw.",
  );
}
if (!only || only.includes('browser')) {
  console.log('Browser (Chromium)…');
  rows.push(...(await runBrowserBench()));
}
if (!only || only.includes('stream')) {
  console.log('Streamed FlatGeobuf (Chromium)…');
  const { server, origin } = await startServer();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const stream = await runStreamBench(browser, origin);
    rows.push(...stream);
    sections.push(
      "## Streamed data (FlatGeobuf)\n\nSingle runs (`bench/stream.ts`). Memory is the resident set of Chromium's renderer " +
        'processes (the page and its workers, typed arrays included), sampled every 200 ms.',
    );
  } finally {
    await browser.close();
    server.close();
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, Debian Chromium (SwiftShader WebGL)`;
const markdown = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} — ${machine}; load average ${loadAtStart} at the start, ${load()} at the end.
Each ratio compares two things measured in the same run.

## Goals

${goalsTable(rows)}

First renders are repeat visits (HTTP cache warm, as \`bench/server.ts\` serves like production: gzip,
immutable hashed assets, revalidated data), medians of 5 runs after a warm-up; the cold visit is a fresh
browser context (no HTTP cache). The fair bare page (\`bench/bare/?style=fair\`) draws the app's embedded
basemap style with the zones as plain MapLibre layers at the app's opening camera, so the ratio is what the
app adds on top of MapLibre. Start-up stages are the app's performance marks (ms from navigation, median
of the same runs; \`+\` is the time since the previous stage). \`npx tsx bench/trace.ts\` profiles one
start-up (CPU self time by script and function, files and their timing). The import is a single run.

${sections.join('\n\n')}
`;
writeFileSync(new URL('./results.md', import.meta.url), markdown);
console.log(markdown);
console.log(goalsSummary(rows));

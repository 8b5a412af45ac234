/**
 * `npm run bench`: the join benchmark (Node) and the browser benchmarks (Chromium), written as tables
 * to bench/results.md. Timings are for comparison within one run on one machine; ratios are the point.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../scripts/chromium';
import { runBrowserBench } from './browser';
import { goalsSummary, goalsTable } from './goals';
import { runImportBench } from './import';
import { runJoinBench } from './join';
import { startServer } from './server';

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

console.log('Spatial join (Node)…');
const join = await runJoinBench();
console.log(join.markdown);
console.log('Browser (Chromium)…');
const browser = await runBrowserBench();
console.log('Import of a million CSV points (Chromium)…');
const importGoals = await (async () => {
  const { server, origin } = await startServer();
  const chromiumBrowser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    return await runImportBench(chromiumBrowser, origin);
  } finally {
    await chromiumBrowser.close();
    server.close();
  }
})();
const goals = [...join.goals, ...importGoals];
console.log(goalsSummary(goals));

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, Debian Chromium (SwiftShader WebGL)`;
const markdown = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} — ${machine}.
Each ratio compares two things measured in the same run.

## Spatial join: points per zone and district

${join.markdown}

## In the browser

| measure | time | baseline | ratio |
| --- | ---: | ---: | ---: |
| first full render of the app (MapLibre idle + deck.gl drawn), from navigation | ${ms(browser.appFirstRenderMs)} | bare MapLibre page with the same zones: ${ms(browser.bareFirstRenderMs)} | ${(browser.appFirstRenderMs / browser.bareFirstRenderMs).toFixed(2)}× |
| the app's MapLibre layers idle (basemap, districts, labels; deck.gl not yet drawn) | ${ms(browser.appMapIdleMs)} | bare MapLibre page: ${ms(browser.bareFirstRenderMs)} | ${(browser.appMapIdleMs / browser.bareFirstRenderMs).toFixed(2)}× |
| sector filter change: click to the next frame (main thread) | ${ms(browser.sectorFilterMs)} | | |
| import of ${browser.points.toLocaleString('en')} CSV points (read, parse, join, index in a worker; drawn) | ${ms(browser.importMs)} | | |
| drawing ${browser.points.toLocaleString('en')} points once added (binary attributes) | ${ms(browser.pointsRenderMs)} | | |
| range-filter step on ${browser.points.toLocaleString('en')} points, key press to redrawn map (GPU filter) | ${ms(browser.pointsFilterMs)} | | |

First-render and filter times are medians of 5 runs after a warm-up; the import is a single run.

## Goals (issue 14: join and import)

${goalsTable(goals)}

The import is the median of imports in fresh pages after a warm-up (bench/import.ts); its breakdown is
the worker's stages (on the CSV fast path decoding is part of parsing), the transfer, the page's work until
the layer is added, and deck.gl's first draw.
`;
writeFileSync(new URL('./results.md', import.meta.url), markdown);
console.log(markdown);

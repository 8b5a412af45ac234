/**
 * `npm run bench`: the join benchmark (Node) and the browser benchmarks (Chromium), written as tables
 * to bench/results.md. Timings are for comparison within one run on one machine; ratios are the point.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { runBrowserBench } from './browser';
import { runJoinBench } from './join';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../scripts/chromium';
import { goalsTable } from './goals';
import { startServer } from './server';
import { runStreamBench } from './stream';

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

console.log('Spatial join (Node)…');
const join = await runJoinBench();
console.log(join.markdown);
console.log('Browser (Chromium)…');
const browser = await runBrowserBench();

console.log('Streamed FlatGeobuf (Chromium)…');
const streamServer = await startServer();
const streamBrowser = await chromium.launch(CHROMIUM_LAUNCH);
const stream = await runStreamBench(streamBrowser, streamServer.origin).finally(async () => {
  await streamBrowser.close();
  streamServer.server.close();
});

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

## Streamed data (FlatGeobuf)

${goalsTable(stream)}

Single runs. Memory is the resident set of Chromium's renderer processes (the page and its workers,
typed arrays included), sampled every 200 ms.
`;
writeFileSync(new URL('./results.md', import.meta.url), markdown);
console.log(markdown);

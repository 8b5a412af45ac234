/**
 * `npx tsx bench/trace.ts [url-path]`: where the app's first render spends its time, for the next
 * person who profiles it. One fresh page in Debian's Chromium with a CPU profile (CDP Profiler):
 * the start-up marks in order, the files fetched before the map was ready (bytes on the wire), and
 * the functions and scripts with the most self time. Needs a build in dist/.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../scripts/chromium';
import { startServer } from './server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const path = process.argv[2] ?? '/';
const { server, origin } = await startServer();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  // A warm-up visit, so the traced one is a repeat visit (HTTP cache warm) like the bench's.
  const warm = await context.newPage();
  await warm.goto(`${origin}${path}`);
  await warm.locator('.atlas-map[data-ready="true"]').waitFor({ timeout: 90_000 });
  await warm.close();

  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${origin}${path}`);
  await page.locator('.atlas-map[data-ready="true"]').waitFor({ timeout: 90_000 });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('atlas:'))
      .map((mark) => [mark.name, Math.round(mark.startTime)] as const),
  );
  const resources = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
      name: entry.name.replace(location.origin, ''),
      start: Math.round(entry.startTime),
      end: Math.round(entry.responseEnd),
      bytes: entry.encodedBodySize,
    })),
  );
  console.log('Marks (ms from navigation):');
  for (const [name, time] of marks) console.log(`  ${String(time).padStart(6)}  ${name}`);
  console.log('Files (start–end ms, encoded bytes):');
  for (const entry of resources)
    console.log(
      `  ${String(entry.start).padStart(6)}–${String(entry.end).padEnd(6)} ${String(entry.bytes).padStart(8)}  ${entry.name}`,
    );

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byScript = new Map<string, number>();
  for (const [id, time] of self) {
    const frame = byId.get(id)!.callFrame;
    const script = frame.url.replace(origin, '') || `(${frame.functionName || 'native'})`;
    const name = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    byScript.set(script, (byScript.get(script) ?? 0) + time);
  }
  const top = (table: Map<string, number>, count: number) =>
    [...table]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, time]) => `  ${time.toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  console.log('Self time by script:');
  console.log(top(byScript, 15));
  console.log('Self time by function:');
  console.log(top(byFunction, 30));
  await context.close();
} finally {
  await browser.close();
  server.close();
}

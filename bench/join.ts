/**
 * Benchmark of the point-to-zone/district join: turf's point-in-polygon against every zone and district
 * (naiveJoin) versus a grid classified once per polygon, with a turf-exact test only in boundary cells
 * (joinPoints).
 *
 * Run with `npx tsx bench/join.ts` to print a markdown table; other scripts import runJoinBench() to
 * include the table in bench/results.md. Exits with 1 if the two joins ever disagree.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { atLeast, atMost, goalsTable, ms, ratio, type GoalRow } from './goals';
import { generatePoints } from '../src/lib/analysis/generate';
import { joinPoints, naiveJoin, type JoinPolygon, type JoinResult } from '../src/lib/analysis/join';

/** The seed every benchmark's points come from, so runs on different days compare like with like. */
const SEED = 20260611;

export interface JoinBenchRow {
  points: number;
  /** Median wall time of naiveJoin over `naiveRuns` runs (ms). */
  naiveMs: number;
  naiveRuns: number;
  /** Median wall time of joinPoints, index build included, over `indexedRuns` runs (ms). */
  indexedMs: number;
  indexedRuns: number;
  /** naiveMs / indexedMs. */
  speedUp: number;
}

/** Reads a geodata/ layer as JoinPolygons (feature id as id), checking only what the join relies on. */
function loadLayer(name: string): JoinPolygon[] {
  const url = new URL(`../geodata/${name}`, import.meta.url);
  const collection = JSON.parse(readFileSync(url, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  return collection.features.map((feature, index) => {
    const type = feature.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') throw new Error(`${name} feature ${index} is a ${type}`);
    return { id: String(feature.id ?? index), geometry: feature.geometry };
  });
}

/** The first difference between two join results, or null when they are identical. */
function difference(a: JoinResult, b: JoinResult): string | null {
  const sameArray = (x: ArrayLike<number>, y: ArrayLike<number>): boolean =>
    x.length === y.length && Array.prototype.every.call(x, (value: number, i: number) => value === y[i]);
  if (a.unassigned !== b.unassigned) return `unassigned ${a.unassigned} vs ${b.unassigned}`;
  if (!sameArray(a.district, b.district)) return 'district per point';
  if (!sameArray(a.districtCounts, b.districtCounts)) return 'district counts';
  if (!sameArray(a.zoneCounts, b.zoneCounts)) return 'zone counts';
  if (a.zoneMembers.length !== b.zoneMembers.length) return 'number of zones';
  for (let z = 0; z < a.zoneMembers.length; z++) {
    if (!sameArray(a.zoneMembers[z], b.zoneMembers[z])) return `members of zone ${z}`;
  }
  return null;
}

/** Runs `run` `times` times; returns the median wall time and the last result. */
function time<T>(times: number, run: () => T): { ms: number; result: T } {
  const durations: number[] = [];
  let result: T | undefined;
  for (let k = 0; k < times; k++) {
    const start = performance.now();
    result = run();
    durations.push(performance.now() - start);
  }
  durations.sort((x, y) => x - y);
  return { ms: durations[Math.floor(durations.length / 2)], result: result as T };
}

const formatMs = (ms: number): string => ms.toLocaleString('en-US', { maximumFractionDigits: ms < 100 ? 1 : 0 });

/**
 * Times both joins at 100,000 points (median of 3 each) and 1,000,000 points (naive once: it takes
 * seconds; indexed median of 3), after a small warm-up so that neither pays for JIT compilation in the
 * table. Throws if the two joins disagree on any point. The goals (issue 14): at 1,000,000 points the
 * indexed join is at least 20× the naive loop and takes at most 300 ms.
 */
export async function runJoinBench(): Promise<{ rows: JoinBenchRow[]; markdown: string; goals: GoalRow[] }> {
  const zones = loadLayer('zones.geojson');
  const districts = loadLayer('districts.geojson');

  const warmUp = generatePoints(10_000, SEED + 1);
  naiveJoin(warmUp, zones, districts);
  joinPoints(warmUp, zones, districts);

  const rows: JoinBenchRow[] = [];
  for (const [points, naiveRuns, indexedRuns] of [
    [100_000, 3, 3],
    [1_000_000, 1, 3],
  ]) {
    const positions = generatePoints(points, SEED);
    const naive = time(naiveRuns, () => naiveJoin(positions, zones, districts));
    const indexed = time(indexedRuns, () => joinPoints(positions, zones, districts));
    const problem = difference(naive.result, indexed.result);
    if (problem) throw new Error(`joinPoints and naiveJoin differ at ${points} points: ${problem}`);
    rows.push({
      points,
      naiveMs: naive.ms,
      naiveRuns,
      indexedMs: indexed.ms,
      indexedRuns,
      speedUp: naive.ms / indexed.ms,
    });
    // Let the event loop breathe between sizes (and let a caller's progress output through).
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  const cpu = cpus();
  const markdown = [
    '| points | naive turf loop (ms) | grid + exact PIP (ms) | speed-up |',
    '| ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.points.toLocaleString('en-US')} | ${formatMs(row.naiveMs)} | ${formatMs(row.indexedMs)} | ` +
        `${row.speedUp.toFixed(1)}× |`,
    ),
    '',
    `${zones.length} zones, ${districts.length} districts (geodata/), seeded points (generatePoints, seed ${SEED}); ` +
      'both joins gave identical results. Times are medians of 3 runs, except the naive loop at 1,000,000 ' +
      `points (a single run); the indexed time includes building the grids. Node ${process.version}, ` +
      `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}.`,
  ].join('\n');
  const million = rows[rows.length - 1];
  const baseline = `naive turf loop ${ms(million.naiveMs)}`;
  const goals = [
    atLeast('spatial join speed-up over the naive turf loop, 1,000,000 points', million.speedUp, 20, ratio, baseline),
    atMost(
      'spatial join of 1,000,000 points (17 zones, 16 districts; grids built)',
      million.indexedMs,
      300,
      ms,
      baseline,
    ),
  ];
  return { rows, markdown, goals };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runJoinBench().then(
    ({ markdown, goals }) => console.log(`${markdown}\n\n${goalsTable(goals)}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

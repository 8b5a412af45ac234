/**
 * The benchmark's goals table: every measured figure beside its goal, and whether the goal holds.
 * Each bench module (join, browser, streamed data…) returns its rows; `bench/run.ts` prints them all
 * and writes them to bench/results.md. Figures are timings or ratios from one run on one machine.
 */

export interface GoalRow {
  /** What was measured, in plain words. */
  measure: string;
  /** The figure as printed, e.g. "1,234 ms" or "1.18×". */
  value: string;
  /** The goal as printed, e.g. "≤ 1.25×"; empty for figures reported without a goal. */
  goal: string;
  /** Whether the goal holds; null for figures reported without a goal. */
  holds: boolean | null;
  /** Optional baseline or breakdown printed beside the figure. */
  detail?: string;
}

export const ms = (value: number): string =>
  `${value.toLocaleString('en-US', { maximumFractionDigits: value < 100 ? 1 : 0 })} ms`;

export const ratio = (value: number): string => `${value.toFixed(2)}×`;

/** A row with an upper bound: holds when value ≤ limit. */
export const atMost = (
  measure: string,
  value: number,
  limit: number,
  format: (v: number) => string,
  detail?: string,
): GoalRow => ({
  measure,
  value: format(value),
  goal: `≤ ${format(limit)}`,
  holds: value <= limit,
  detail,
});

/** A row with a lower bound: holds when value ≥ limit. */
export const atLeast = (
  measure: string,
  value: number,
  limit: number,
  format: (v: number) => string,
  detail?: string,
): GoalRow => ({
  measure,
  value: format(value),
  goal: `≥ ${format(limit)}`,
  holds: value >= limit,
  detail,
});

/** A figure reported without a goal. */
export const report = (measure: string, value: string, detail?: string): GoalRow => ({
  measure,
  value,
  goal: '',
  holds: null,
  detail,
});

const verdict = (row: GoalRow): string => (row.holds === null ? '' : row.holds ? 'holds' : '**misses**');

/** The rows as a Markdown table. */
export function goalsTable(rows: GoalRow[]): string {
  return [
    '| measure | figure | goal | | baseline / breakdown |',
    '| --- | ---: | ---: | --- | --- |',
    ...rows.map((row) => `| ${row.measure} | ${row.value} | ${row.goal} | ${verdict(row)} | ${row.detail ?? ''} |`),
  ].join('\n');
}

/** One line per goal for the console, and a summary. */
export function goalsSummary(rows: GoalRow[]): string {
  const withGoal = rows.filter((row) => row.holds !== null);
  const missed = withGoal.filter((row) => !row.holds);
  return [
    ...withGoal.map((row) => `${row.holds ? 'HOLDS ' : 'MISSES'}  ${row.measure}: ${row.value} (goal ${row.goal})`),
    `${withGoal.length - missed.length} of ${withGoal.length} goals hold.`,
  ].join('\n');
}

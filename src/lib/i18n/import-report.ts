/**
 * The full list of an import's problems as a CSV file the planner can open in Excel next to the data:
 * the file, the line or feature, and the problem in words. Made in the browser, never uploaded.
 */
import Papa from 'papaparse';
import type { ImportProblem } from '../analysis/types';
import type { Lang } from '../data/atlas';
import { problemText } from './import-problems';
import { t } from './tool-messages';

/** Where a problem is, in words ('' for problems of the whole file). */
export function problemPlace(lang: Lang, problem: ImportProblem): string {
  if ('row' in problem && problem.row !== undefined) return t(lang, 'reportLine', { row: problem.row });
  if ('feature' in problem && problem.feature !== undefined)
    return t(lang, 'reportFeature', { feature: problem.feature + 1 });
  return '';
}

export function problemReportCsv(lang: Lang, fileName: string, problems: ImportProblem[], total: number): string {
  const rows = problems.map((problem) => [fileName, problemPlace(lang, problem), problemText(lang, problem)]);
  if (total > problems.length) rows.push([fileName, '', t(lang, 'reportTruncated', { total, kept: problems.length })]);
  const header = [t(lang, 'reportFile'), t(lang, 'reportPlace'), t(lang, 'reportProblem')];
  // UTF-8 with a BOM so that Excel on Chinese Windows opens it right; formulae are neutralised.
  return '\uFEFF' + Papa.unparse([header, ...rows], { newline: '\r\n', quotes: true, escapeFormulae: true });
}

/** A name for the report file: the data file's name without its extension, then “-problems.csv”. */
export function problemReportName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/u, '')}-problems.csv`;
}

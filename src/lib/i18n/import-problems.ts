/** Words for an import problem in either language; every problem names its line or feature. */
import type { ImportProblem } from '../analysis/types';
import type { Lang } from '../data/atlas';
import { featureProblemText } from './feature-problems';
import { t } from './tool-messages';

/** Values from the file are quoted as text and cut short: a problem message must stay readable. */
const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Features are numbered from 1 for people (the parser counts from 0). */
const featureNumber = (index: number) => index + 1;

export function problemText(lang: Lang, problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-large':
      return t(lang, 'problemTooLarge', {
        size: Math.ceil(problem.bytes / 1024 / 1024),
        limit: Math.floor(problem.limit / 1024 / 1024),
      });
    case 'empty':
      return t(lang, 'problemEmpty');
    case 'not-json':
      return t(lang, 'problemNotJson', { detail: clip(problem.detail) });
    case 'not-geojson':
      return t(lang, 'problemNotGeojson', { type: clip(problem.type) });
    case 'csv-syntax':
      return t(lang, 'problemCsvSyntax', { row: problem.row, detail: clip(problem.detail) });
    case 'no-coordinate-columns':
      return t(lang, 'problemNoColumns', {
        columns: problem.columns.map(clip).join(lang === 'zh' ? '、' : ', ') || '—',
      });
    case 'unknown-column':
      return t(lang, 'problemUnknownColumn', { column: clip(problem.column) });
    case 'bad-number':
      return t(lang, 'problemBadNumber', {
        row: problem.row,
        column: clip(problem.column),
        value: clip(problem.value),
      });
    case 'out-of-range':
      return problem.row !== undefined
        ? t(lang, 'problemOutOfRangeRow', {
            row: problem.row,
            column: clip(problem.column ?? ''),
            value: clip(problem.value),
          })
        : t(lang, 'problemOutOfRangeFeature', {
            feature: featureNumber(problem.feature ?? 0),
            value: clip(problem.value),
          });
    case 'missing-geometry':
      return t(lang, 'problemMissingGeometry', { feature: featureNumber(problem.feature) });
    case 'unsupported-geometry':
      return t(lang, 'problemUnsupportedGeometry', {
        feature: featureNumber(problem.feature),
        type: clip(problem.type),
      });
    case 'bad-coordinates':
      return t(lang, 'problemBadCoordinates', { feature: featureNumber(problem.feature) });
    case 'too-many-points': {
      const where =
        problem.row !== undefined
          ? t(lang, 'problemTooManyAtRow', { row: problem.row })
          : problem.feature !== undefined
            ? t(lang, 'problemTooManyAtFeature', { feature: featureNumber(problem.feature) })
            : '';
      return t(lang, 'problemTooManyPoints', { limit: problem.limit.toLocaleString('en'), where });
    }
    case 'crashed':
      return t(lang, 'problemCrashed', { detail: clip(problem.detail) });
    case 'bad-geometry':
      return t(lang, 'problemBadGeometry', {
        row: problem.row,
        column: clip(problem.column),
        value: clip(problem.value),
      });
    case 'geometry-not-point':
      return t(lang, 'problemGeometryNotPoint', {
        row: problem.row,
        column: clip(problem.column),
        type: clip(problem.type),
      });
    case 'unsupported-srid':
      return t(lang, 'problemUnsupportedSrid', {
        row: problem.row,
        column: clip(problem.column),
        srid: clip(problem.srid),
      });
    case 'bad-spreadsheet':
      return t(lang, 'problemBadSpreadsheet', { detail: clip(problem.detail) });
    case 'no-sheet':
      return t(lang, 'problemNoSheet', { sheet: clip(problem.sheet) });
    case 'bad-zip':
    case 'zip-without-shp':
    case 'shp-without-dbf':
    case 'prj-missing':
    case 'prj-unknown':
    case 'bad-shapefile':
    case 'bad-kml':
    case 'kmz-without-kml':
    case 'bad-feature-geometry':
    case 'unknown-geometry':
    case 'no-features':
    case 'too-many-features':
      return featureProblemText(lang, problem);
    default: {
      const unknown: never = problem;
      throw new Error(`unknown import problem ${JSON.stringify(unknown)}`);
    }
  }
}

/** Words for the problems of polygon and line files; each names the file's part or the feature. */
import type { FeatureProblem } from '../analysis/feature-types';
import type { Lang } from '../data/atlas';
import { t } from './tool-messages';

const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);
const list = (lang: Lang, items: string[]) => items.map(clip).join(lang === 'zh' ? '、' : ', ') || '—';

/** "Feature 3" or "Feature 3, part 2", numbered from 1 for people. */
export function featureLabel(lang: Lang, feature: number, part?: number): string {
  return part === undefined
    ? t(lang, 'featureName', { n: feature + 1 })
    : t(lang, 'featurePartName', { n: feature + 1, part: part + 1 });
}

export function featureProblemText(lang: Lang, problem: FeatureProblem): string {
  switch (problem.code) {
    case 'bad-zip':
      return t(lang, 'problemBadZip', { detail: clip(problem.detail) });
    case 'zip-without-shp':
      return t(lang, 'problemZipWithoutShp', { entries: list(lang, problem.entries) });
    case 'shp-without-dbf':
      return t(lang, 'problemShpWithoutDbf', { part: clip(problem.part) });
    case 'prj-missing':
      return t(lang, 'problemPrjMissing', { part: clip(problem.part), sample: clip(problem.sample) });
    case 'prj-unknown':
      return t(lang, 'problemPrjUnknown', { part: clip(problem.part), name: clip(problem.name) });
    case 'bad-shapefile':
      return t(lang, 'problemBadShapefile', { part: clip(problem.part), detail: clip(problem.detail) });
    case 'bad-kml':
      return t(lang, 'problemBadKml', { part: clip(problem.part), detail: clip(problem.detail) });
    case 'kmz-without-kml':
      return t(lang, 'problemKmzWithoutKml', { entries: list(lang, problem.entries) });
    case 'bad-feature-geometry': {
      const where = featureLabel(lang, problem.feature, problem.part);
      const key = { ring: 'problemBadRing', line: 'problemBadLine', empty: 'problemEmptyGeometry' } as const;
      return t(lang, key[problem.detail], { where });
    }
    case 'unknown-geometry':
      return t(lang, 'problemUnknownGeometry', {
        where: featureLabel(lang, problem.feature, problem.part),
        type: clip(problem.type),
      });
    case 'no-features':
      return t(lang, 'problemNoFeatures');
    case 'too-many-features':
      return t(lang, 'problemTooManyFeatures', { limit: problem.limit.toLocaleString('en') });
    default: {
      const unknown: never = problem;
      throw new Error(`unknown feature problem ${JSON.stringify(unknown)}`);
    }
  }
}

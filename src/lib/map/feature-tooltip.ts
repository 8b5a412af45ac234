/** Hover text for imported features and official boundaries: plain text, always labelled user-supplied. */
import type { OfficialBoundary } from '../analysis/boundary-store';
import { featureName } from '../analysis/feature-name';
import type { ImportedFeature } from '../analysis/feature-types';
import type { Lang } from '../data/atlas';
import { featureLabel } from '../i18n/feature-problems';
import { t } from '../i18n/tool-messages';

export function importedFeatureTooltip(fileName: string, feature: ImportedFeature, lang: Lang): string {
  const name = featureName(feature.properties) ?? featureLabel(lang, feature.index, feature.part);
  return `${name}\n${t(lang, 'featureFrom', { file: fileName })} · ${t(lang, 'featureProfile')}`;
}

export function boundaryTooltip(boundary: OfficialBoundary, zoneName: string, lang: Lang): string {
  return `${t(lang, 'boundaryOf', { zone: zoneName })}\n${t(lang, 'boundarySource', {
    file: boundary.fileName,
    date: boundary.takenOn,
  })}`;
}

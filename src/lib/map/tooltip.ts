/**
 * Hover text for zones and places: the name in the current language and how sure the drawing is.
 * Plain text only; deck.gl puts it in the tooltip with innerText.
 */
import type { PlaceFeature, Provenance, ZoneFeature } from '../data/schemas';
import type { Lang } from '../domain/atlas';
import { t, type MessageKey } from '../i18n/messages';
import { PLACE_KIND_NAMES } from '../i18n/place-kinds';

const CONFIDENCE: Record<Provenance['confidence'], MessageKey> = {
  high: 'confidenceHigh',
  medium: 'confidenceMedium',
  low: 'confidenceLow',
};

function confidenceText(provenance: Provenance, lang: Lang): string {
  const separator = lang === 'zh' ? '：' : ': ';
  return `${t(lang, 'confidence')}${separator}${t(lang, CONFIDENCE[provenance.confidence])}`;
}

export function zoneTooltip(zone: ZoneFeature, lang: Lang): string {
  const { name, provenance } = zone.properties;
  const facts = [provenance.schematic ? t(lang, 'schematic') : null, confidenceText(provenance, lang)];
  return `${name[lang]}\n${facts.filter((fact) => fact !== null).join(' · ')}`;
}

export function placeTooltip(place: PlaceFeature, lang: Lang): string {
  const { name, kind, provenance } = place.properties;
  const facts = [
    PLACE_KIND_NAMES[kind][lang],
    provenance.schematic ? t(lang, 'schematicPoint') : null,
    confidenceText(provenance, lang),
  ];
  return `${name[lang]}\n${facts.filter((fact) => fact !== null).join(' · ')}`;
}

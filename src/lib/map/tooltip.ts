/**
 * Hover text for zones and places: the name in the current language and how sure the drawing is.
 * Plain text only; deck.gl puts it in the tooltip with innerText.
 */
import type { PointTable } from '../analysis/types';
import type { PlaceFeature, Provenance, ZoneFeature } from '../data/schemas';
import type { Lang } from '../data/atlas';
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

/** The most fields an imported point's hover text lists; a file may have dozens of columns. */
const POINT_TOOLTIP_FIELDS = 8;
/** Long values from a file are cut, so the tooltip stays a tooltip. */
const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);

/** An imported point: its layer (file name) and its first fields, all plain text from the file. */
export function importedPointTooltip(layerName: string, table: PointTable, index: number, lang: Lang): string {
  const separator = lang === 'zh' ? '：' : ': ';
  const fields = [
    ...table.numeric.map((field) => {
      const value = field.values[index];
      return `${clip(field.name)}${separator}${Number.isNaN(value) ? '—' : value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}`;
    }),
    ...table.categories.map(
      (field) => `${clip(field.name)}${separator}${clip(field.labels[field.codes[index]] ?? '') || '—'}`,
    ),
  ];
  const [lng, lat] = [table.positions[2 * index], table.positions[2 * index + 1]];
  return [clip(layerName), ...fields.slice(0, POINT_TOOLTIP_FIELDS), `${lng.toFixed(5)}, ${lat.toFixed(5)}`].join('\n');
}

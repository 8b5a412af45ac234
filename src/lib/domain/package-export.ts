/**
 * The site package's downloads: the zone as GeoJSON and its measures as CSV (UTF-8 with a byte-order
 * mark, so Excel opens the Chinese correctly).
 */
import Papa from 'papaparse';
import type { ZoneFeature } from '../data/schemas';
import type { MeasuresByRelation } from './relations';

const BYTE_ORDER_MARK = '\uFEFF';

/** The zone as an RFC 7946 FeatureCollection, with all its properties (provenance included). */
export function zoneGeoJson(zone: ZoneFeature): string {
  return `${JSON.stringify({ type: 'FeatureCollection', features: [zone] }, null, 2)}\n`;
}

/** One row per measure: its relation to the zone, citation, titles, official text, summary, bodies. */
export function zoneMeasuresCsv(zone: ZoneFeature, measures: MeasuresByRelation): string {
  const linked = [
    ...measures.explicit.map((entry) => ({ relation: 'explicit', ...entry })),
    ...measures.inferred.map((entry) => ({ relation: 'inferred', ...entry })),
    ...measures.district.map((entry) => ({ relation: 'district', ...entry })),
    ...measures.sector.map((measure) => ({ relation: 'sector', measure, link: undefined })),
  ];
  const rows = linked.map(({ relation, measure, link }) => ({
    zone_id: zone.id,
    zone_zh: zone.properties.name.zh,
    zone_en: zone.properties.name.en,
    relation,
    measure_id: measure.id,
    citation_zh: measure.citation.zh,
    citation_en: measure.citation.en,
    evidence_zh: link?.evidence?.sentence ?? '',
    rationale_zh: link?.rationale?.zh ?? '',
    rationale_en: link?.rationale?.en ?? '',
    summary_en_unofficial: measure.summary,
    lead_bodies_zh: measure.bodies
      .filter((body) => body.lead)
      .map((body) => body.name.zh)
      .join('；'),
    bodies_zh: measure.bodies.map((body) => body.name.zh).join('；'),
    bodies_en: measure.bodies.map((body) => body.name.en).join('; '),
    text_zh: measure.text,
  }));
  return BYTE_ORDER_MARK + Papa.unparse(rows, { newline: '\r\n', quotes: true });
}

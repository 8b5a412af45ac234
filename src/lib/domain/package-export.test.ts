import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { zonesFile } from '../data/schemas';
import { zoneGeoJson, zoneMeasuresCsv } from './package-export';
import { zoneMeasures } from './relations';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();
const necc = atlas.zoneById.get('necc-tianjin');
if (!necc) throw new Error('necc-tianjin missing');

describe('site package downloads', () => {
  it('exports the zone as a valid FeatureCollection with its provenance', () => {
    const parsed = zonesFile.parse(JSON.parse(zoneGeoJson(necc)));
    expect(parsed.features).toHaveLength(1);
    expect(parsed.features[0].properties.provenance.schematic).toBe(true);
  });

  it('exports its measures as CSV with a BOM, one row per measure, explicit first', () => {
    const relations = zoneMeasures(atlas, 'necc-tianjin');
    if (!relations) throw new Error('no relations');
    const csv = zoneMeasuresCsv(necc, relations);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    const expected =
      relations.explicit.length + relations.inferred.length + relations.district.length + relations.sector.length;
    expect(rows).toHaveLength(expected);
    expect(rows[0]).toMatchObject({ relation: 'explicit', measure_id: '5.2', citation_zh: '（五）2．会展服务' });
    expect(rows[0].evidence_zh).toContain('国家会展中心（天津）');
  });
});

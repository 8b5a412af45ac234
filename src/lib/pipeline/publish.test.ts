import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../tests/support/geodata';
import { publishData, PUBLISHED_FILES } from './publish';
import {
  districtsFile,
  haiheLabelFile,
  placesFile,
  publishedLinksFile,
  publishedMeasuresFile,
  sectorsFile,
  toursFile,
  zonesFile,
} from '../data/schemas';
import { validateGeodata } from './validate';

const { dataset } = validateGeodata(readGeodataFiles());
if (!dataset) throw new Error('real geodata must validate');
const published = publishData(dataset);

describe('publishData', () => {
  it('publishes every file the site serves under /data/', () => {
    expect(Object.keys(published).sort()).toEqual([...PUBLISHED_FILES].sort());
  });

  it('publishes files that match their published schemas', () => {
    expect(publishedMeasuresFile.parse(JSON.parse(published['measures.json'])).measures).toHaveLength(41);
    expect(publishedLinksFile.parse(JSON.parse(published['links.json'])).links.length).toBeGreaterThan(0);
    expect(zonesFile.parse(JSON.parse(published['zones.geojson'])).features.length).toBeGreaterThanOrEqual(13);
    expect(placesFile.parse(JSON.parse(published['places.geojson'])).features.length).toBeGreaterThanOrEqual(10);
    expect(districtsFile.parse(JSON.parse(published['districts.geojson'])).features).toHaveLength(16);
    expect(sectorsFile.parse(JSON.parse(published['sectors.json'])).sectors).toHaveLength(13);
    // The Haihe's name goes along the river where it runs outside the zones: not along the whole river.
    const label = haiheLabelFile.parse(JSON.parse(published['basemap/haihe-label.geojson']));
    const river = dataset.haihe.features[0]!.geometry.coordinates;
    expect(label.features.length).toBeGreaterThan(0);
    expect(label.features.flatMap((line) => line.geometry.coordinates)).not.toContainEqual(river[0]);
    expect(label.features[0]!.properties).toEqual({ name_zh: '海河', name_en: expect.stringContaining('Hai') });
    expect(toursFile.parse(JSON.parse(published['tours.json'])).tours.map((tour) => tour.id)).toEqual([
      'binhai-ports',
      'central-city',
      'growth-poles',
    ]);
  });

  it('publishes measure 1.2 with citations, sector, English and bodies', () => {
    const measure = publishedMeasuresFile
      .parse(JSON.parse(published['measures.json']))
      .measures.find((m) => m.id === '1.2');
    expect(measure).toMatchObject({
      citation: { zh: '（一）2．设计服务', en: 'Measure 1.2 · Design services' },
      title: { zh: '设计服务', en: 'Design services' },
      sector: 'science-technology',
      partTitle: { zh: '支持生产性服务业专业化升级' },
      groupTitle: { zh: '完善科技服务体系' },
    });
    expect(measure?.bodies[0]).toEqual({
      name: { zh: '市科技局', en: expect.any(String) },
      kind: 'municipal-department',
      lead: false,
    });
    expect(measure?.bodies.find((body) => body.name.zh === '有关区人民政府')?.kind).toBe('district-government');
  });

  it('writes measures.csv as UTF-8 with a byte-order mark, one row per measure', () => {
    const csv = published['measures.csv'];
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(41);
    const design = parsed.data.find((row) => row.id === '1.2');
    expect(design?.citation_zh).toBe('（一）2．设计服务');
    expect(design?.zones).toBe('haihe-liulin-design (explicit)');
    expect(parsed.data.find((row) => row.id === '2.1')?.lead_bodies_zh).toBe('市工业和信息化局');
  });

  it('uses group titles for the citations of item-less groups', () => {
    const measure = publishedMeasuresFile
      .parse(JSON.parse(published['measures.json']))
      .measures.find((m) => m.id === '13');
    expect(measure?.citation.zh).toBe('（十三）深化业态融合集聚发展');
    expect(measure?.citation.en).toMatch(/^Measure 13 · /u);
  });
});

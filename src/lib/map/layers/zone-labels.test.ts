import { describe, expect, it } from 'vitest';
import { contrastKit, type Rgba } from '../../../../tests/support/contrast';
import { sectorColors, styleInput } from '../../../../tests/support/map-data';
import { EMBEDDED_COLORS } from './embedded-base';
import { atlasSources } from './atlas-sources';
import { hexToRgba } from './color';
import {
  DETAIL_TEXT_SIZES,
  OVERVIEW_TEXT_SIZES,
  ZONE_LABEL_PAINT,
  ZONE_LABELS_SOURCE,
  zoneLabelLayer,
  zoneListLabelLayer,
  zoneOverviewLabelLayer,
} from './zone-labels';
import { EMPHASISED_FILL_OPACITY } from './zone-style';

const kit = contrastKit();
const rgba = (text: string): Rgba => kit.parseColor(text)!;
const fromHex = (hex: string, alpha: number): Rgba => {
  const [r, g, b] = hexToRgba(hex);
  return { r, g, b, a: alpha };
};

describe('zone labels', () => {
  it('are never smaller than 12 px and grow as the view closes in', () => {
    for (const [, px] of [...OVERVIEW_TEXT_SIZES, ...DETAIL_TEXT_SIZES]) expect(px).toBeGreaterThanOrEqual(12);
    const detail = DETAIL_TEXT_SIZES.map(([, px]) => px);
    expect(detail).toEqual([...detail].sort((a, b) => a - b));
    expect(detail.at(-1)).toBeGreaterThanOrEqual(16);
  });

  it('read at AAA contrast on their halo over the strongest zone fill of every sector', () => {
    const land = fromHex(EMBEDDED_COLORS.land, 1);
    const text = fromHex(ZONE_LABEL_PAINT['text-color'], 1);
    for (const [sector, hex] of Object.entries(sectorColors())) {
      const fill = kit.blend(fromHex(hex, EMPHASISED_FILL_OPACITY), land);
      const halo = kit.blend(rgba(ZONE_LABEL_PAINT['text-halo-color']), fill);
      expect(kit.contrastRatio(text, halo), sector).toBeGreaterThanOrEqual(7);
    }
    expect(ZONE_LABEL_PAINT['text-halo-width']).toBeGreaterThanOrEqual(2);
  });

  it('name every zone at city scale: short names beside the zone, neighbours listed in one label', () => {
    const overview = zoneOverviewLabelLayer('zh', true, ['sans']);
    expect(overview.layout['text-field']).toEqual(['get', 'short_zh']);
    const lists = zoneListLabelLayer('en', true, ['sans']);
    expect(lists.layout['text-field']).toEqual(['get', 'list_en']);
    // A list stands for several zones: never dropped.
    expect(lists.layout['text-allow-overlap']).toBe(true);
    expect(overview.layout['text-variable-anchor-offset'].length).toBeGreaterThan(2);
    const source = atlasSources(styleInput())[ZONE_LABELS_SOURCE]!;
    expect(source.cluster).toBe(true);
    expect(Object.keys(source.clusterProperties ?? {})).toEqual(['list_zh', 'list_en']);
    // The full names take over where the short ones stop.
    expect(zoneLabelLayer('zh', true, ['sans']).minzoom).toBe(overview.maxzoom);
    const features = (source.data as GeoJSON.FeatureCollection).features;
    const props = features.find((feature) => feature.properties?.id === 'necc-tianjin')?.properties;
    expect(props).toMatchObject({ name_zh: '国家会展中心\n（天津）', short_zh: '国家会展中心', short_en: 'NECC' });
  });

  it('place the selected zone first, then the smallest, so a corridor yields to the zones along it', () => {
    const features = (atlasSources(styleInput())[ZONE_LABELS_SOURCE]!.data as GeoJSON.FeatureCollection).features;
    const rank = (id: string) => features.find((feature) => feature.properties?.id === id)?.properties?.size_rank;
    expect(rank('jiefang-north-road')).toBeLessThan(rank('haihe-waterfront'));
    expect(rank('haihe-waterfront')).toBeLessThan(rank('station-areas'));
    expect(zoneLabelLayer('en', true, ['sans'], ['xiaobailou-cbd']).layout['symbol-sort-key']).toEqual([
      'case',
      ['in', ['get', 'id'], ['literal', ['xiaobailou-cbd']]],
      -1,
      ['get', 'size_rank'],
    ]);
  });
});

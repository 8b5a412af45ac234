import { describe, expect, it } from 'vitest';
import type { ZoneFeature } from '../../data/schemas';
import { realAtlas } from '../../../../tests/support/atlas';
import { sectorColors } from '../../../../tests/support/map-data';
import { hexToRgba } from './color';
import { ZONE_DASH } from './zone-style';
import { zoneColorHex, zoneDashArray, zoneFillColor, zoneLayers, zoneOutlineWidth, type ZoneLayerInput } from './zones';

const atlas = realAtlas();
const zone = (id: string): ZoneFeature => {
  const found = atlas.zoneById.get(id);
  if (!found) throw new Error(`no zone ${id}`);
  return found;
};
const input = (overrides: Partial<ZoneLayerInput> = {}): ZoneLayerInput => ({
  zones: atlas.zones,
  sectorColors: sectorColors(),
  visible: true,
  selectedId: null,
  highlightedIds: [],
  hoveredId: null,
  beforeId: 'labels',
  ...overrides,
});

describe('zone layers', () => {
  it('draws a multi-sector zone in the colour of a sector the filter lets through', () => {
    const multi = zone('project-117');
    const [first, second] = multi.properties.sectors;
    expect(second).toBeDefined();
    const all = sectorColors();
    expect(zoneColorHex(multi, all)).toBe(all[first!]);
    const withoutFirst = Object.fromEntries(Object.entries(all).filter(([id]) => id !== first));
    expect(zoneColorHex(multi, withoutFirst)).toBe(all[second!]);
  });

  it('dashes schematic outlines, sparser at low confidence, and keeps a sourced boundary solid', () => {
    const medium = zone('xiaobailou-cbd');
    const low = zone('jinjie');
    expect(medium.properties.provenance).toMatchObject({ schematic: true, confidence: 'medium' });
    expect(low.properties.provenance).toMatchObject({ schematic: true, confidence: 'low' });
    expect(zoneDashArray(medium)).toEqual(ZONE_DASH.schematic);
    expect(zoneDashArray(low)).toEqual(ZONE_DASH['low-confidence']);
    expect(ZONE_DASH['low-confidence'][1]).toBeGreaterThan(ZONE_DASH.schematic[1]);
    const sourced = {
      ...medium,
      properties: { ...medium.properties, provenance: { ...medium.properties.provenance, schematic: false } },
    };
    expect(zoneDashArray(sourced)).toEqual([0, 0]);
  });

  it("fills a zone with its first sector's colour, paler at low confidence", () => {
    // 小白楼: finance first; 金街: retail first, low confidence.
    expect(zoneFillColor(zone('xiaobailou-cbd'), input())).toEqual(hexToRgba('#117733', 0.35));
    expect(zoneFillColor(zone('jinjie'), input())).toEqual(hexToRgba('#cc6677', 0.2));
  });

  it('makes the selected and highlighted zones stronger and the others step back', () => {
    const selected = input({ selectedId: 'wudadao', highlightedIds: ['dongjiang'] });
    const [, , , selectedAlpha] = zoneFillColor(zone('wudadao'), selected);
    const [, , , highlightedAlpha] = zoneFillColor(zone('dongjiang'), selected);
    const [, , , otherAlpha] = zoneFillColor(zone('xiaobailou-cbd'), selected);
    expect(selectedAlpha).toBeGreaterThan(0.35 * 255);
    expect(highlightedAlpha).toBeGreaterThan(0.35 * 255);
    expect(otherAlpha).toBeLessThan(0.35 * 255);
    expect(zoneOutlineWidth(zone('wudadao'), selected)).toBeGreaterThan(
      zoneOutlineWidth(zone('xiaobailou-cbd'), selected),
    );
  });

  it('draws every part of a multi-part zone, smaller zones on top, pickable fill under the labels', () => {
    const [fill, outline] = zoneLayers(input());
    const parts = fill.props.data as Array<{ zone: ZoneFeature }>;
    const stationParts = parts.filter((part) => part.zone.id === 'station-areas');
    expect(zone('station-areas').geometry.type).toBe('MultiPolygon');
    expect(stationParts.length).toBe(zone('station-areas').geometry.coordinates.length);
    // The station areas (around 天津站) are larger than 金街 next to the station, so drawn first.
    const order = parts.map((part) => part.zone.id);
    expect(order.lastIndexOf('station-areas')).toBeLessThan(order.indexOf('jinjie'));
    expect(fill.props.pickable).toBe(true);
    expect(outline.props.pickable).toBe(false);
    expect(fill.props).toMatchObject({ beforeId: 'labels' });
    expect(zoneLayers(input({ visible: false }))[0].props.visible).toBe(false);
  });
});

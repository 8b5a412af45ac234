import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ZoneFeature } from '../../data/schemas';
import { realAtlas } from '../../../../tests/support/atlas';
import { sectorColors } from '../../../../tests/support/map-data';
import { hexToRgba } from './color';
import { ZONE_DASH } from './zone-style';
import {
  zoneAreaLayers,
  zoneColorHex,
  zoneDashArray,
  zoneFillColor,
  zoneOutlineLayerId,
  zoneOutlineWidth,
  zoneSource,
  ZONES_SOURCE,
  zoneStates,
  type ZoneStyleInput,
} from './zones';

const atlas = realAtlas();
const zone = (id: string): ZoneFeature => {
  const found = atlas.zoneById.get(id);
  if (!found) throw new Error(`no zone ${id}`);
  return found;
};
const input = (overrides: Partial<ZoneStyleInput> = {}): ZoneStyleInput => ({
  sectorColors: sectorColors(),
  selectedId: null,
  highlightedIds: [],
  hoveredId: null,
  ...overrides,
});
const allIds = new Set(atlas.zones.map((entry) => entry.id));

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
    // Each outline style is its own layer: the schematic ones dashed, the sourced one solid.
    const layers = zoneAreaLayers(true);
    const paintOf = (id: string) => layers.find((layer) => layer.id === id)?.paint as Record<string, unknown>;
    expect(paintOf(zoneOutlineLayerId('schematic'))['line-dasharray']).toBeDefined();
    expect(paintOf(zoneOutlineLayerId('low-confidence'))['line-dasharray']).toBeDefined();
    expect(paintOf(zoneOutlineLayerId('sourced'))['line-dasharray']).toBeUndefined();
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

  it('gives every zone a feature state: hidden when the filter leaves it out, stronger under the pointer', () => {
    const states = zoneStates(atlas.zones, new Set(['xiaobailou-cbd']), input());
    expect(states.size).toBe(atlas.zones.length);
    expect(states.get('xiaobailou-cbd')).toMatchObject({ shown: true, fill: 'rgba(17, 119, 51, 0.349)' });
    expect(states.get('jinjie')?.shown).toBe(false);
    const xiaobailou = states.get('xiaobailou-cbd')!;
    expect(xiaobailou.widthHover).toBeGreaterThan(xiaobailou.width);
    expect(xiaobailou.fillHover).not.toBe(xiaobailou.fill);
    // The colour follows the enabled sectors: 117 wears its second sector's when the first is off.
    const multi = zone('project-117');
    const [first, second] = multi.properties.sectors;
    const colors = Object.fromEntries(Object.entries(sectorColors()).filter(([id]) => id !== first));
    const filtered = zoneStates(atlas.zones, allIds, input({ sectorColors: colors })).get('project-117')!;
    const [r, g, b] = hexToRgba(sectorColors()[second!]!);
    expect(filtered.fill.startsWith(`rgba(${r}, ${g}, ${b},`)).toBe(true);
  });

  it('holds every part of every zone once, smaller zones after (on top of) larger ones, keyed by id', () => {
    const source = zoneSource(atlas.zones);
    expect(source.promoteId).toBe('id');
    expect(zoneSource(atlas.zones)).toBe(source);
    const features = (source.data as GeoJSON.FeatureCollection).features;
    expect(features.map((feature) => feature.properties?.id).sort()).toEqual([...allIds].sort());
    const station = features.find((feature) => feature.properties?.id === 'station-areas');
    expect(station?.geometry.type).toBe('MultiPolygon');
    // The station areas (around 天津站) are larger than 金街 next to the station, so drawn first.
    const order = features.map((feature) => feature.properties?.id);
    expect(order.indexOf('station-areas')).toBeLessThan(order.indexOf('jinjie'));
  });

  it('are valid MapLibre layers that hide together, and draw nothing for a zone without state', () => {
    const style = {
      version: 8 as const,
      sources: { [ZONES_SOURCE]: zoneSource(atlas.zones) },
      layers: zoneAreaLayers(true),
    };
    expect(validateStyleMin(style)).toEqual([]);
    for (const layer of zoneAreaLayers(false)) expect(layer.layout?.visibility).toBe('none');
    const fill = zoneAreaLayers(true)[0]!;
    expect(JSON.stringify(fill.paint)).toContain('"shown"');
  });
});

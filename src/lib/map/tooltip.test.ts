import { describe, expect, it } from 'vitest';
import { realAtlas } from '../domain/test-atlas';
import { placeTooltip, zoneTooltip } from './tooltip';

const atlas = realAtlas();

describe('tooltips', () => {
  it('names a zone and says its extent is schematic, with the confidence', () => {
    const zone = atlas.zoneById.get('xiaobailou-cbd');
    if (!zone) throw new Error('no zone');
    expect(zoneTooltip(zone, 'zh')).toBe('小白楼中央商务区\n示意范围 · 可信度：中');
    expect(zoneTooltip(zone, 'en')).toBe(`${zone.properties.name.en}\nSchematic extent · Confidence: medium`);
  });

  it('names a place with its kind, and says when its location is approximate', () => {
    const station = atlas.placeById.get('tianjin-station');
    const cruise = atlas.placeById.get('cruise-home-port');
    if (!station || !cruise) throw new Error('no place');
    expect(placeTooltip(station, 'zh')).toBe('天津站\n铁路客运站 · 可信度：高');
    expect(placeTooltip(cruise, 'zh')).toContain('示意位置');
    expect(placeTooltip(cruise, 'en')).toContain('Approximate location');
  });
});

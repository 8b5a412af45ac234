import { describe, expect, it } from 'vitest';
import { boundsOf, zoneAreaKm2 } from './measure-geometry';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();

describe('zoneAreaKm2', () => {
  it('measures Wudadao at about 1.30 km²', () => {
    const wudadao = atlas.zoneById.get('wudadao');
    expect(wudadao).toBeDefined();
    if (wudadao) expect(zoneAreaKm2(wudadao)).toBeCloseTo(1.3, 2);
  });

  it('gives every zone a positive area', () => {
    for (const zone of atlas.zones) expect(zoneAreaKm2(zone), zone.id).toBeGreaterThan(0);
  });
});

describe('boundsOf', () => {
  it('has nothing to frame for an empty list', () => {
    expect(boundsOf([])).toBeNull();
  });

  it('puts a 0.02° box around a single place', () => {
    const port = atlas.placeById.get('tianjin-port');
    expect(port?.geometry.coordinates).toEqual([117.7875, 38.97583]);
    if (!port) return;
    const bounds = boundsOf([port]);
    expect(bounds).not.toBeNull();
    if (!bounds) return;
    const [west, south, east, north] = bounds;
    expect(west).toBeCloseTo(117.7775, 6);
    expect(south).toBeCloseTo(38.96583, 6);
    expect(east).toBeCloseTo(117.7975, 6);
    expect(north).toBeCloseTo(38.98583, 6);
  });

  it('frames a zone and a distant place together, west to east and south to north', () => {
    const wudadao = atlas.zoneById.get('wudadao');
    const port = atlas.placeById.get('tianjin-port');
    if (!wudadao || !port) throw new Error('wudadao and tianjin-port are in the atlas');
    const zoneOnly = boundsOf([wudadao]);
    const both = boundsOf([wudadao, port]);
    if (!zoneOnly || !both) throw new Error('bounds of features are never null');
    expect(both[0]).toBe(zoneOnly[0]);
    expect(both[2]).toBe(117.7875);
    expect(both[1]).toBe(38.97583);
    expect(both[3]).toBe(zoneOnly[3]);
    expect(both[0]).toBeLessThan(both[2]);
    expect(both[1]).toBeLessThan(both[3]);
  });

  it('frames a district within Tianjin', () => {
    const binhai = atlas.districtById.get('120116');
    if (!binhai) throw new Error('120116 is in the atlas');
    const bounds = boundsOf([binhai]);
    if (!bounds) throw new Error('bounds of features are never null');
    const [west, south, east, north] = bounds;
    // Tianjin spans roughly 116.7–118.1° E and 38.5–40.3° N.
    expect(west).toBeGreaterThan(116.7);
    expect(east).toBeLessThan(118.1);
    expect(south).toBeGreaterThan(38.5);
    expect(north).toBeLessThan(40.3);
  });
});

import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import { boundsOf } from './measure-geometry';
import { measureTargets } from './relations';
import { boundsOfSelection, highlightOf, NO_HIGHLIGHT } from './selection';

const atlas = realAtlas();

describe('what a selection covers', () => {
  it('a zone highlights itself and fits its own box', () => {
    expect(highlightOf(atlas, { kind: 'zone', id: 'xiaobailou-cbd' })).toEqual({
      zones: ['xiaobailou-cbd'],
      places: [],
      districts: [],
    });
    const zone = atlas.zoneById.get('xiaobailou-cbd');
    expect(boundsOfSelection(atlas, { kind: 'zone', id: 'xiaobailou-cbd' })).toEqual(boundsOf([zone!]));
  });

  it('a measure highlights every target its text reaches and fits them all', () => {
    const targets = measureTargets(atlas, '13');
    const highlight = highlightOf(atlas, { kind: 'measure', id: '13' });
    expect(highlight.zones).toEqual(targets?.zones.map(({ feature }) => feature.id));
    expect(highlight.zones.length).toBeGreaterThan(1);
    const [west, south, east, north] = boundsOfSelection(atlas, { kind: 'measure', id: '13' })!;
    for (const id of highlight.zones) {
      const [w, s, e, n] = boundsOf([atlas.zoneById.get(id)!])!;
      expect(west <= w && south <= s && east >= e && north >= n).toBe(true);
    }
  });

  it('nothing selected highlights nothing; an unknown id fits nothing', () => {
    expect(highlightOf(atlas, null)).toBe(NO_HIGHLIGHT);
    expect(boundsOfSelection(atlas, { kind: 'zone', id: 'atlantis' })).toBeNull();
  });
});

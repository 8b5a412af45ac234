import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { realAtlas } from '../../../../tests/support/atlas';
import { placeSource } from './atlas-sources';
import { PLACE_LABELS_SOURCE } from './place-labels';
import { PLACE_ICON_SIZE, PLACE_KINDS } from './place-symbols';
import { PLACE_IMAGE_SIZE, placeIconLayer, placeImageId, placeRingLayer } from './places';

const atlas = realAtlas();

describe('place layers', () => {
  it('draws each place with the symbol of its kind, keyed by id for its feature state', () => {
    const source = placeSource(atlas.places);
    expect(source.promoteId).toBe('id');
    const features = (source.data as GeoJSON.FeatureCollection).features;
    const airport = features.find((feature) => feature.properties?.id === 'binhai-airport');
    expect(airport?.properties?.kind).toBe('airport');
    const layer = placeIconLayer(true, []);
    expect(layer.layout['icon-image']).toEqual(['concat', 'atlas-place-', ['get', 'kind']]);
    expect(PLACE_KINDS.map(placeImageId)).toContain('atlas-place-airport');
    expect(layer.layout['icon-allow-overlap']).toBe(true);
  });

  it('enlarges the selected and highlighted places only', () => {
    const size = placeIconLayer(true, ['tianjin-port', 'tianjin-otc']).layout['icon-size'];
    expect(size).toEqual([
      'case',
      ['in', ['get', 'id'], ['literal', ['tianjin-port', 'tianjin-otc']]],
      1,
      PLACE_ICON_SIZE.normal / PLACE_IMAGE_SIZE,
    ]);
    expect(PLACE_IMAGE_SIZE).toBe(PLACE_ICON_SIZE.emphasised);
  });

  it('rings emphasised places and the one under the pointer by feature state, and hides with the layer', () => {
    const ring = placeRingLayer(true);
    expect(JSON.stringify(ring.paint['circle-stroke-opacity'])).toContain('emphasised');
    expect(JSON.stringify(ring.paint['circle-stroke-opacity'])).toContain('hover');
    expect(placeRingLayer(false).layout.visibility).toBe('none');
    expect(placeIconLayer(false, []).layout.visibility).toBe('none');
    const style = {
      version: 8 as const,
      glyphs: 'local://{fontstack}/{range}',
      sources: { [PLACE_LABELS_SOURCE]: placeSource(atlas.places) },
      layers: [ring, placeIconLayer(true, ['tianjin-port'])],
    };
    expect(validateStyleMin(style)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../data/schemas';
import { realAtlas } from '../../../../tests/support/atlas';
import { PLACE_ICON_SIZE, PLACE_KINDS } from './place-symbols';
import { placeLayers, type PlaceLayerInput } from './places';

const atlas = realAtlas();
const input = (overrides: Partial<PlaceLayerInput> = {}): PlaceLayerInput => ({
  places: atlas.places,
  visible: true,
  selectedId: null,
  highlightedIds: [],
  hoveredId: null,
  iconAtlas: {
    url: 'data:,',
    mapping: Object.fromEntries(
      PLACE_KINDS.map((kind, index) => [kind, { x: index * 64, y: 0, width: 64, height: 64, mask: false }]),
    ),
  },
  beforeId: 'labels',
  ...overrides,
});

describe('place layers', () => {
  it('draws each place with the symbol of its kind', () => {
    const [, icons] = placeLayers(input());
    const getIcon = icons.props.getIcon as (place: PlaceFeature) => string;
    const airport = atlas.placeById.get('binhai-airport');
    expect(airport && getIcon(airport)).toBe('airport');
    expect(
      atlas.places.every((place) => PLACE_KINDS.includes(getIcon(place) as PlaceFeature['properties']['kind'])),
    ).toBe(true);
    expect(icons.props.pickable).toBe(true);
  });

  it('rings and enlarges the selected and highlighted places only', () => {
    const [rings, icons] = placeLayers(input({ selectedId: 'tianjin-port', highlightedIds: ['tianjin-otc'] }));
    expect((rings.props.data as PlaceFeature[]).map((place) => place.id).sort()).toEqual([
      'tianjin-otc',
      'tianjin-port',
    ]);
    const getSize = icons.props.getSize as (place: PlaceFeature) => number;
    const port = atlas.placeById.get('tianjin-port');
    const station = atlas.placeById.get('tianjin-station');
    expect(port && getSize(port)).toBe(PLACE_ICON_SIZE.emphasised);
    expect(station && getSize(station)).toBe(PLACE_ICON_SIZE.normal);
  });

  it('draws the symbols and rings over the 3D blocks only in the 3D view', () => {
    for (const layer of placeLayers(input({ overExtrusions: true }))) {
      expect(layer.props.parameters).toMatchObject({ depthCompare: 'always', depthWriteEnabled: false });
    }
    for (const layer of placeLayers(input())) expect(layer.props.parameters).not.toHaveProperty('depthCompare');
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { realAtlas } from '../../../tests/support/atlas';
import { sectorColors } from '../../../tests/support/map-data';
import { PLACE_LABELS_SOURCE } from './layers/place-labels';
import { PLACE_ICON_LAYER_ID } from './layers/places';
import { ZONE_FILL_LAYER_ID, ZONES_SOURCE, zoneStates } from './layers/zones';
import { NativeLayers } from './native-layers';

const atlas = realAtlas();

type Listener = (event?: unknown) => void;
type Hit = { layer: string; id: string };

/**
 * Just enough of a MapLibre map: the layers and sources the style has, what is rendered at a point or
 * in a box (`at` and `near`), and the feature state it was given.
 */
function fakeMap(options: { at?: Hit[]; near?: Hit[]; hidden?: string[] } = {}) {
  const listeners = new Map<string, Listener[]>();
  const states = new Map<string, Record<string, unknown>>();
  const container = document.createElement('div');
  const canvas = document.createElement('canvas');
  const map = {
    states,
    container,
    sources: new Set([ZONES_SOURCE, PLACE_LABELS_SOURCE]),
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    off(event: string, listener: Listener) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((entry) => entry !== listener),
      );
    },
    fire(event: string, payload?: unknown) {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    getContainer: () => container,
    getCanvas: () => canvas,
    getSource(id: string) {
      return map.sources.has(id) ? {} : undefined;
    },
    getLayer: (id: string) => ({ id }),
    getLayoutProperty: (id: string) => (options.hidden?.includes(id) ? 'none' : 'visible'),
    setFeatureState({ source, id }: { source: string; id: string }, state: Record<string, unknown>) {
      const key = `${source}/${id}`;
      states.set(key, { ...states.get(key), ...state });
    },
    queryRenderedFeatures(where: unknown, { layers }: { layers: string[] }) {
      const box = Array.isArray(where) && Array.isArray(where[0]);
      return (box ? [...(options.at ?? []), ...(options.near ?? [])] : (options.at ?? []))
        .filter((hit) => layers.includes(hit.layer))
        .map((hit) => ({ properties: { id: hit.id } }));
    },
  };
  return map;
}

const lookup = {
  zone: (id: string) => atlas.zoneById.get(id),
  place: (id: string) => atlas.placeById.get(id),
};
const allShown = new Set(atlas.zones.map((zone) => zone.id));
const states = (shown: ReadonlySet<string> = allShown) =>
  zoneStates(atlas.zones, shown, { sectorColors: sectorColors(), selectedId: null, highlightedIds: [] });
const native = (map: ReturnType<typeof fakeMap>) => new NativeLayers(map as unknown as MapLibreMap, lookup);

describe('the map’s own zone and place layers', () => {
  it('pick the place over the zones, and the smallest zone under the pointer', () => {
    const zones = [
      { layer: ZONE_FILL_LAYER_ID, id: 'haihe-waterfront' },
      { layer: ZONE_FILL_LAYER_ID, id: 'jinjie' },
    ];
    const layers = native(fakeMap({ at: zones }));
    layers.setZoneStates(states());
    expect(layers.pick({ x: 10, y: 10 })).toMatchObject({ kind: 'zone', feature: { id: 'jinjie' } });
    const withPlace = native(fakeMap({ at: [...zones, { layer: PLACE_ICON_LAYER_ID, id: 'tianjin-station' }] }));
    withPlace.setZoneStates(states());
    expect(withPlace.pick({ x: 10, y: 10 })).toMatchObject({ kind: 'place', feature: { id: 'tianjin-station' } });
  });

  it('never pick a zone the sector filter hides, nor a hidden layer', () => {
    const map = fakeMap({ at: [{ layer: ZONE_FILL_LAYER_ID, id: 'jinjie' }] });
    const layers = native(map);
    layers.setZoneStates(states(new Set(['xiaobailou-cbd'])));
    expect(layers.pick({ x: 10, y: 10 })).toBeNull();
    const hiddenLayer = native(
      fakeMap({ at: [{ layer: ZONE_FILL_LAYER_ID, id: 'jinjie' }], hidden: [ZONE_FILL_LAYER_ID] }),
    );
    hiddenLayer.setZoneStates(states());
    expect(hiddenLayer.pick({ x: 10, y: 10 })).toBeNull();
  });

  it('take a zone whose edge is within a few pixels only where none is under the pointer', () => {
    const near = [{ layer: ZONE_FILL_LAYER_ID, id: 'jinjie' }];
    const alone = native(fakeMap({ near }));
    alone.setZoneStates(states());
    expect(alone.pick({ x: 10, y: 10 })).toMatchObject({ feature: { id: 'jinjie' } });
    const under = native(fakeMap({ at: [{ layer: ZONE_FILL_LAYER_ID, id: 'xiaobailou-cbd' }], near }));
    under.setZoneStates(states());
    expect(under.pick({ x: 10, y: 10 })).toMatchObject({ feature: { id: 'xiaobailou-cbd' } });
  });

  it('give every zone and place its state, and give it again when a new style loads', () => {
    const map = fakeMap();
    const layers = native(map);
    layers.setZoneStates(states(new Set(['jinjie'])));
    layers.setPlaces(['tianjin-station', 'tianjin-port'], ['tianjin-port']);
    expect(map.states.get(`${ZONES_SOURCE}/jinjie`)).toMatchObject({ shown: true });
    expect(map.states.get(`${ZONES_SOURCE}/xiaobailou-cbd`)).toMatchObject({ shown: false });
    expect(map.states.get(`${PLACE_LABELS_SOURCE}/tianjin-port`)).toEqual({ emphasised: true });
    expect(map.states.get(`${PLACE_LABELS_SOURCE}/tianjin-station`)).toEqual({ emphasised: false });
    // A basemap switch replaces the style and its sources, feature state and all.
    map.states.clear();
    map.fire('style.load');
    expect(map.states.get(`${ZONES_SOURCE}/jinjie`)).toMatchObject({ shown: true });
    expect(map.states.get(`${PLACE_LABELS_SOURCE}/tianjin-port`)).toEqual({ emphasised: true });
  });

  it('show the hovered zone’s name as text, highlight it, and step aside for deck.gl’s hover text', async () => {
    const map = fakeMap({ at: [{ layer: ZONE_FILL_LAYER_ID, id: 'xiaobailou-cbd' }] });
    const layers = native(map);
    layers.setZoneStates(states());
    map.fire('mousemove', { point: { x: 40, y: 50 } });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const tooltip = map.container.querySelector<HTMLElement>('.atlas-tooltip')!;
    expect(tooltip.style.display).toBe('block');
    expect(tooltip.textContent).toContain('小白楼');
    expect(tooltip.children).toHaveLength(0);
    expect(map.states.get(`${ZONES_SOURCE}/xiaobailou-cbd`)).toMatchObject({ hover: true });
    layers.suppress(true);
    expect(tooltip.style.display).toBe('none');
    layers.suppress(false);
    expect(tooltip.style.display).toBe('block');
    map.fire('mouseout');
    expect(tooltip.style.display).toBe('none');
    expect(map.states.get(`${ZONES_SOURCE}/xiaobailou-cbd`)).toMatchObject({ hover: false });
    layers.destroy();
    expect(map.container.querySelector('.atlas-tooltip')).toBeNull();
  });
});

/**
 * MapLibre's controls in the current language: zoom and compass, scale, and the attribution (always
 * expanded: the credits must stay visible, also on narrow screens). The corner that holds the scale and
 * the credits is marked as covering the map, so framing keeps what it frames above them.
 */
import { AttributionControl, NavigationControl, ScaleControl, type IControl, type Map } from 'maplibre-gl';
import type { Lang } from '../data/atlas';
import { attributionFor } from './basemap/attribution';
import type { BasemapId } from '../state/types';
import { MAP_LOCALE } from './map-locale';

export class MapControls {
  readonly #map: Map;
  #controls: IControl[] = [];
  #key = '';

  constructor(map: Map) {
    this.#map = map;
  }

  update(lang: Lang, basemap: BasemapId): void {
    const key = `${lang}:${basemap}`;
    if (key === this.#key) return;
    this.#key = key;
    const strings = MAP_LOCALE[lang];
    this.#map.getCanvas().setAttribute('aria-label', strings['Map.Title']);
    // Controls read their titles from the map's locale table when added; MapLibre has no public
    // setter for it, so the table is updated in place and the controls are added again.
    Object.assign(this.#map._locale, strings);
    for (const control of this.#controls) this.#map.removeControl(control);
    // Bottom controls stack upwards in the order added: the scale sits above the credits.
    this.#controls = [
      new NavigationControl({ visualizePitch: true }),
      new AttributionControl({ compact: false, customAttribution: attributionFor(basemap, lang) }),
      new ScaleControl({ unit: 'metric' }),
    ];
    const [navigation, attribution, scale] = this.#controls;
    this.#map.addControl(navigation, 'top-right');
    this.#map.addControl(attribution, 'bottom-right');
    this.#map.addControl(scale, 'bottom-right');
    // The credits and the scale lie over the bottom of the map (on a phone the credits wrap onto two or
    // three lines across its whole width): framing puts targets and their names clear of them, as it does
    // for the legend (`data-covers-map`, measured by ui/MapArea.svelte; domain/framing.ts).
    this.#map.getContainer().querySelector('.maplibregl-ctrl-bottom-right')?.setAttribute('data-covers-map', '');
  }
}

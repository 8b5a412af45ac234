import { describe, expect, it } from 'vitest';
import { defaultUrlState, formatUrlState, pageOf, parseUrlState, type KnownIds, type UrlState } from './url';
import { malformedQueries } from '../../../tests/support/malformed-urls';

const known: KnownIds = {
  zone: new Set(['xiaobailou-cbd', 'haihe-liulin-design']),
  place: new Set(['tianjin-port']),
  district: new Set(['120116']),
  measure: new Set(['1.2', '13']),
  sectors: ['science-technology', 'finance', 'environment'],
  bodies: new Set(['市商务局']),
  tours: new Map([['central-city', 7]]),
  viewBounds: [113.7, 35.5, 121.1, 43.3],
};
const defaults = defaultUrlState(known);

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      lang: 'en',
      selection: { kind: 'zone', id: 'haihe-liulin-design' },
      sectors: ['finance'],
      layers: { zones: true, places: false, districts: true, labels: false },
      basemap: 'osm',
      view: { center: [117.20123, 39.12345], zoom: 12.5, bearing: 10, pitch: 30 },
      body: '市商务局',
      panel: 'measures',
      package: 'xiaobailou-cbd',
      packageLang: 'both',
      compare: ['xiaobailou-cbd', 'haihe-liulin-design'],
      tour: 'central-city',
      step: 3,
      presenter: true,
      thematic: 'extruded',
    };
    const query = formatUrlState(state, known);
    expect(parseUrlState(`?${query}`, known)).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(formatUrlState(defaults, known)).toBe('');
    expect(parseUrlState('', known)).toEqual(defaults);
  });

  it('keeps "no sector" and "no layer" distinct from the defaults', () => {
    const none = { ...defaults, sectors: [], layers: { zones: false, places: false, districts: false, labels: false } };
    expect(parseUrlState(formatUrlState(none, known), known)).toEqual(none);
  });

  it.each([
    ['garbage', '%%%&&&==='],
    ['unknown ids', 'sel=zone:atlantis&body=不存在的局&sectors=mining'],
    ['bad kind', 'sel=planet:earth'],
    ['NaN view', 'view=NaN,NaN,NaN'],
    ['out-of-range view', 'view=117,95,12'],
    ['huge zoom', 'view=117,39,1e309'],
    ['too many view parts', 'view=1,2,3,4,5,6'],
    ['unknown language', 'lang=fr'],
    ['unknown basemap', 'basemap=google'],
    ['unknown panel', 'panel=admin'],
    ['unknown package and comparison', 'package=atlantis&pkglang=fr&compare=atlantis,,,'],
    ['unknown tour', 'tour=moon-landing&step=2'],
    ['very long value', `sel=zone:${'x'.repeat(100_000)}`],
    ['script', 'sel=zone:<script>alert(1)</script>&lang=<img src=x onerror=alert(1)>'],
  ])('falls back to the defaults for %s', (_, query) => {
    expect(parseUrlState(query, known)).toEqual(defaults);
  });

  it('opens a site package or a comparison of at most three known zones', () => {
    expect(pageOf(parseUrlState('package=haihe-liulin-design&pkglang=en', known))).toBe('package');
    const compare = parseUrlState('compare=xiaobailou-cbd,atlantis,xiaobailou-cbd,haihe-liulin-design', known);
    expect(compare.compare).toEqual(['xiaobailou-cbd', 'haihe-liulin-design']);
    expect(pageOf(compare)).toBe('compare');
    expect(pageOf(defaults)).toBe('map');
  });

  it('keeps a tour step in range', () => {
    expect(parseUrlState('tour=central-city&step=6', known)).toMatchObject({ tour: 'central-city', step: 6 });
    expect(parseUrlState('tour=central-city&step=7', known)).toMatchObject({ tour: 'central-city', step: 0 });
    expect(parseUrlState('tour=central-city&step=-1', known)).toMatchObject({ tour: 'central-city', step: 0 });
    expect(parseUrlState('tour=central-city&step=1e3', known)).toMatchObject({ tour: 'central-city', step: 0 });
  });

  it('takes the first of repeated keys and keeps the valid parts of a mixed URL', () => {
    const state = parseUrlState('lang=en&lang=zh&sel=measure:13&view=oops&sectors=finance,mining', known);
    expect(state.lang).toBe('en');
    expect(state.selection).toEqual({ kind: 'measure', id: '13' });
    expect(state.view).toBeNull();
    expect(state.sectors).toEqual(['finance']);
  });
});

describe('URL fuzz', () => {
  it('opens the default state for 5,000 malformed query strings, never throwing', () => {
    for (const query of malformedQueries(5000, 42)) {
      const state = parseUrlState(query, known);
      expect(state, query).toEqual(defaults);
      expect(formatUrlState(state, known), query).toBe('');
    }
  });
});

// @vitest-environment jsdom
import { flushSync } from 'svelte';
import type { Polygon } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/support/memory-storage';
import { realAtlas } from '../../../tests/support/atlas';
import { CANDIDATES_KEY } from '../analysis/candidate-store';
import type { OpenResult } from '../analysis/layer-store';
import { Session, type SessionHost } from './session.svelte';
import { defaultUrlState, knownIds, parseUrlState, stateHref, type UrlState } from './url';

const atlas = realAtlas();
const known = knownIds(atlas);
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [117.19, 39.11],
      [117.21, 39.11],
      [117.21, 39.13],
      [117.19, 39.13],
      [117.19, 39.11],
    ],
  ],
};
const emptyBasemap = () =>
  Promise.resolve({
    data: {
      land: { type: 'FeatureCollection' as const, features: [] },
      haihe: { type: 'FeatureCollection' as const, features: [] },
      haiheLabel: { type: 'FeatureCollection' as const, features: [] },
    },
    problem: null,
  });

function session(initial: Partial<UrlState> = {}): Session {
  return new Session(atlas, { ...defaultUrlState(known), ...initial }, { storage: null, loadBasemap: emptyBasemap });
}

/** A session with one candidate zone open. */
function withCandidate(): Session {
  const s = session();
  s.candidateDrawn({ id: 'c1', geometry: square });
  return s;
}

/** A stand-in for the window: a location, a history that records, a title and a popstate listener. */
function fakeHost(search = '') {
  const listeners = new Set<() => void>();
  const host = {
    location: { pathname: '/atlas/', search, origin: 'https://atlas.example' },
    history: {
      replaceState: vi.fn((_data: unknown, _unused: string, url: string) => {
        host.location.search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
      }),
    },
    document: { title: '', documentElement: { lang: '' } },
    addEventListener: (_type: 'popstate', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'popstate', listener: () => void) => listeners.delete(listener),
    /** Back or forward to a URL. */
    navigate(query: string) {
      host.location.search = query;
      for (const listener of listeners) listener();
    },
    listeners,
  } satisfies SessionHost & Record<string, unknown>;
  return host;
}

describe('Session: a selection and a candidate zone exclude each other', () => {
  it('selecting closes the open candidate and fits the map to the selection', () => {
    const s = withCandidate();
    expect(s.openCandidateZone?.id).toBe('c1');
    s.select({ kind: 'zone', id: 'xiaobailou-cbd' });
    expect(s.openCandidateZone).toBeNull();
    expect(s.app.selection).toEqual({ kind: 'zone', id: 'xiaobailou-cbd' });
    expect(s.app.camera && 'bounds' in s.app.camera).toBe(true);
  });

  it('a click on the map selects without moving the camera', () => {
    const s = session();
    s.select({ kind: 'district', id: '120116' }, false);
    expect(s.app.selection).toEqual({ kind: 'district', id: '120116' });
    expect(s.app.camera).toBeNull();
  });

  it('opening a candidate clears the selection and fits the candidate', () => {
    const s = withCandidate();
    s.closeCandidate();
    s.select({ kind: 'zone', id: 'xiaobailou-cbd' });
    s.openCandidate('c1');
    expect(s.app.selection).toBeNull();
    expect(s.openCandidateZone?.id).toBe('c1');
    const camera = s.app.camera;
    expect(camera && 'bounds' in camera ? camera.bounds : null).toEqual([117.19, 39.11, 117.21, 39.13]);
  });

  it('a candidate drawn or picked on the map replaces the selection; drawing stops the tool', () => {
    const s = session();
    s.select({ kind: 'zone', id: 'xiaobailou-cbd' });
    s.setTool('draw');
    s.candidateDrawn({ id: 'c1', geometry: square });
    expect(s.app.selection).toBeNull();
    expect(s.analysis.tool).toBe('none');
    expect(s.analysis.candidates.map((candidate) => candidate.name)).toEqual(['候选区 1']);

    s.select({ kind: 'zone', id: 'xiaobailou-cbd' });
    s.candidatePicked('c1');
    expect(s.app.selection).toBeNull();
    expect(s.openCandidateZone?.id).toBe('c1');
  });

  it('the candidate profile is hidden while presenting a tour', () => {
    const s = withCandidate();
    s.present('central-city');
    expect(s.presenting).toBe(true);
    expect(s.openCandidateZone).toBeNull();
  });
});

describe('Session: candidate zones kept in this browser', () => {
  const stored = (storage: MemoryStorage) =>
    (JSON.parse(storage.values.get(CANDIDATES_KEY) ?? '{}') as { candidates?: { id: string }[] }).candidates?.map(
      (candidate) => candidate.id,
    );
  const withStorage = (storage: MemoryStorage) =>
    new Session(atlas, defaultUrlState(known), { storage: storage as unknown as Storage, loadBasemap: emptyBasemap });

  it('come back on the next visit, and one drawn before they are read neither is lost nor overwrites them', async () => {
    const storage = new MemoryStorage();
    const first = withStorage(storage);
    first.candidateDrawn({ id: 'c1', geometry: square });
    await vi.waitFor(() => expect(stored(storage)).toEqual(['c1']));

    const next = withStorage(storage);
    // Drawn at once, before the stored ones are read (their check loads on demand).
    next.candidateDrawn({ id: 'c2', geometry: square });
    await vi.waitFor(() => expect(next.analysis.candidates.map((candidate) => candidate.id)).toEqual(['c1', 'c2']));
    await vi.waitFor(() => expect(stored(storage)).toEqual(['c1', 'c2']));
    expect(next.analysis.storageProblem).toBeNull();
  });

  it('a damaged stored value is reported and left as it was', async () => {
    const storage = new MemoryStorage();
    storage.setItem(CANDIDATES_KEY, '{"version":1,"candidates":[{"id":""}]}');
    const s = withStorage(storage);
    await vi.waitFor(() => expect(s.analysis.storageProblem).toBe('unreadable'));
    expect(s.analysis.candidates).toEqual([]);
    expect(storage.getItem(CANDIDATES_KEY)).toBe('{"version":1,"candidates":[{"id":""}]}');
  });
});

describe('Session: the thematic view and the point choropleth exclude each other', () => {
  it('choosing a thematic view switches the point choropleth off', () => {
    const s = session();
    s.setPointChoropleth(true);
    s.setThematic('extruded');
    expect(s.analysis.choropleth).toBe(false);
    expect(s.app.thematic).toBe('extruded');
  });

  it('switching the point choropleth on clears the thematic view; off leaves it alone', () => {
    const s = session({ thematic: 'choropleth' });
    s.setPointChoropleth(true);
    expect(s.app.thematic).toBe('none');
    s.setThematic('extruded');
    s.setPointChoropleth(false);
    expect(s.app.thematic).toBe('extruded');
  });

  it('the map shows the thematic view until a point layer is coloured by district', () => {
    const s = session({ thematic: 'choropleth' });
    expect(s.thematicView.mode).toBe('choropleth');
    expect(s.thematicView.districtCounts).toBe(s.districtCounts);
  });
});

describe('Session: importing, presenting, pages', () => {
  it('a dropped file opens the analysis panel on its import settings', async () => {
    const s = session();
    s.importFile(new File(['名称,经度,纬度\nA,117.2,39.1\n'], 'sites.csv', { type: 'text/csv' }));
    expect(s.app.panel).toBe('analysis');
    await vi.waitFor(() => expect(s.analysis.pending).not.toBeNull());
    expect(s.analysis.pending).toMatchObject({
      format: 'csv',
      location: { kind: 'lnglat', lng: '经度', lat: '纬度' },
      encoding: 'utf-8',
    });
  });

  it('presenting takes over selection and sectors; leaving gives the planner’s map back', () => {
    const s = session({ sectors: ['finance'], selection: { kind: 'district', id: '120116' } });
    s.present('central-city');
    s.goToStep(1);
    s.tours.applyStep();
    expect(s.app.selection).toEqual({ kind: 'zone', id: 'xiaobailou-cbd' });
    s.exitTour();
    expect(s.app.tour).toBeNull();
    expect(s.app.sectors).toEqual(['finance']);
    expect(s.app.selection).toEqual({ kind: 'district', id: '120116' });
  });

  it('a package and a comparison replace each other', () => {
    const s = session();
    s.openPackage('xiaobailou-cbd');
    expect(s.page).toBe('package');
    s.setCompare(['xiaobailou-cbd']);
    expect(s.page).toBe('compare');
    expect(s.app.package).toBeNull();
    s.openPackage('haihe-liulin-design');
    expect(s.app.compare).toEqual([]);
    s.setCompare([]);
    expect(s.page).toBe('map');
  });

  it('a search result for a body filters the measures browser', () => {
    const s = session();
    const body = atlas.bodies[0].name.zh;
    s.chooseSearchResult({ kind: 'body', id: body } as Parameters<Session['chooseSearchResult']>[0]);
    expect(s.app.body).toBe(body);
    expect(s.app.panel).toBe('measures');
  });

  it('loads the embedded basemap once for the map and the package', async () => {
    const load = vi.fn(emptyBasemap);
    const s = new Session(atlas, defaultUrlState(known), { storage: null, loadBasemap: load });
    await Promise.all([s.embeddedBasemap(), s.embeddedBasemap()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(s.basemap?.problem).toBeNull();
  });
});

describe('Session: the measures browser says what the sector filter hides', () => {
  it('counts the measures hidden by sectors only, and showAllMeasures brings them back keeping the body', () => {
    const s = session();
    expect(s.measuresHiddenBySectors).toBe(0);
    s.setAllSectors(false);
    s.setSector(atlas.sectors.sectors[0].id, true);
    flushSync();
    expect(s.measures.length).toBeLessThan(atlas.measures.length);
    expect(s.measuresHiddenBySectors).toBe(atlas.measures.length - s.measures.length);
    const body = atlas.bodies[0].name.zh;
    s.showBody(body);
    flushSync();
    const forBody = atlas.measures.filter((measure) => measure.bodies.some((entry) => entry.name.zh === body)).length;
    expect(s.measures.length + s.measuresHiddenBySectors).toBe(forBody);
    s.showAllMeasures();
    flushSync();
    expect(s.measuresHiddenBySectors).toBe(0);
    expect(s.measures.length).toBe(forBody);
    expect(s.app.body).toBe(body);
  });
});

describe('Session: URL, history and title', () => {
  it('keeps the URL, title and page language in step with the state', () => {
    const host = fakeHost();
    const s = session();
    const stop = s.connect(host);
    flushSync();
    expect(host.document.title).toBe('天津服务业扩能提质地图');
    expect(host.document.documentElement.lang).toBe('zh-CN');

    s.setLang('en');
    s.select({ kind: 'zone', id: 'xiaobailou-cbd' });
    flushSync();
    expect(host.history.replaceState).toHaveBeenLastCalledWith(null, '', '/atlas/?lang=en&sel=zone%3Axiaobailou-cbd');
    expect(host.document.documentElement.lang).toBe('en');
    expect(s.link).toBe('https://atlas.example/atlas/?lang=en&sel=zone%3Axiaobailou-cbd');
    stop();
  });

  it('applies back/forward and rewrites a URL of garbage to the state it leaves', () => {
    const host = fakeHost();
    const s = session();
    const stop = s.connect(host);
    flushSync();
    host.navigate('?sel=zone:haihe-liulin-design&lang=en');
    flushSync();
    expect(s.app.selection).toEqual({ kind: 'zone', id: 'haihe-liulin-design' });
    expect(s.app.lang).toBe('en');

    host.navigate('?sel=<img src=x>&lang=fr&panel=admin');
    flushSync();
    expect(s.app.selection).toBeNull();
    expect(host.location.search).toBe('');

    stop();
    expect(host.listeners.size).toBe(0);
  });

  it('a link that names a selection but no view opens on the selection', () => {
    const s = session({ selection: { kind: 'zone', id: 'xiaobailou-cbd' } });
    const stop = s.connect(fakeHost('?sel=zone:xiaobailou-cbd'));
    expect(s.app.camera && 'bounds' in s.app.camera).toBe(true);
    stop();
  });
});

describe('Session: layers kept in this browser', () => {
  /** A store that keeps nothing and counts how often it is listed. */
  function countingStore() {
    const list = vi.fn(async () => ({ layers: [], dropped: [] }));
    const open = vi.fn(async () => ({
      ok: true as const,
      store: {
        list,
        file: async () => null,
        save: async () => ({ ok: false as const, reason: 'failed' as const, detail: 'not in this test' }),
        updateDisplay: async () => ({ ok: true as const }),
        remove: async () => undefined,
        close: () => undefined,
      },
    }));
    return { open, list };
  }
  const sessionWith = (openLayerStore: () => Promise<OpenResult>, initial: Partial<UrlState> = {}) =>
    new Session(
      atlas,
      { ...defaultUrlState(known), ...initial },
      { storage: null, loadBasemap: emptyBasemap, openLayerStore },
    );

  it('come back when the page connects', async () => {
    const { open, list } = countingStore();
    const s = sessionWith(open);
    expect(open).not.toHaveBeenCalled();
    const stop = s.connect(fakeHost());
    await vi.waitFor(() => expect(s.analysis.saved.loaded).toBe(true));
    expect(list).toHaveBeenCalledTimes(1);
    stop();
  });

  it("are not replayed in the presenter's window, which draws no points", async () => {
    const { open } = countingStore();
    const stop = sessionWith(open, { presenter: true }).connect(fakeHost('?presenter=1'));
    await Promise.resolve();
    expect(open).not.toHaveBeenCalled();
    stop();
  });
});

describe('stateHref: one function formats the URL', () => {
  /** A small seeded generator: the same states on every run. */
  function* states(count: number): Generator<UrlState> {
    let seed = 20261202;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const zones = [...known.zone];
    for (let index = 0; index < count; index += 1) {
      const tour = next() < 0.3 ? pick(atlas.tours) : null;
      yield {
        lang: pick(['zh', 'en'] as const),
        selection: next() < 0.5 ? { kind: 'zone', id: pick(zones) } : null,
        sectors: known.sectors.filter(() => next() < 0.6),
        layers: { zones: next() < 0.8, places: next() < 0.8, districts: next() < 0.8, labels: next() < 0.8 },
        basemap: pick(['embedded', 'osm', 'tianditu-vector', 'tianditu-imagery'] as const),
        view: next() < 0.5 ? { center: [117.12345, 39.12345], zoom: 11.25, bearing: 0, pitch: 0 } : null,
        body: next() < 0.2 ? pick(atlas.bodies).name.zh : null,
        panel: pick(['filters', 'measures', 'coverage', 'analysis'] as const),
        package: next() < 0.2 ? pick(zones) : null,
        packageLang: next() < 0.2 ? pick(['zh', 'en', 'both'] as const) : null,
        compare: next() < 0.2 ? [pick(zones)] : [],
        tour: tour?.id ?? null,
        step: tour ? Math.floor(next() * tour.steps.length) : 0,
        presenter: tour !== null && next() < 0.3,
        thematic: pick(['none', 'choropleth', 'extruded'] as const),
      };
    }
  }

  it('round-trips 500 states through the link and back', () => {
    for (const state of states(500)) {
      const href = stateHref('/atlas/', state, known);
      const search = href.slice('/atlas/'.length);
      expect(parseUrlState(search, known)).toEqual(state);
    }
  });

  it('leaves a plain path for the default state', () => {
    expect(stateHref('/atlas/', defaultUrlState(known), known)).toBe('/atlas/');
  });
});

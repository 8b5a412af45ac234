/**
 * The app state that lives in the URL: parse (untrusted, never throws, unknown values fall back to
 * defaults) and format (only what differs from the defaults, so a plain link stays plain).
 */
import type { Atlas, Lang, Selection, SelectionKind } from '../data/atlas';
import type { Bounds, CameraView } from '../data/geo';
import { THEMATIC_MODES, type ThematicMode } from '../domain/thematic';
import {
  BASEMAPS,
  LAYERS,
  PACKAGE_LANGS,
  PANELS,
  type BasemapId,
  type LayerVisibility,
  type PackageLang,
  type PageId,
  type PanelId,
} from './types';

/** Zones that can be compared at once. */
export const MAX_COMPARE = 3;

export interface UrlState {
  lang: Lang;
  selection: Selection | null;
  /** Enabled sector ids; every sector when the URL says nothing. */
  sectors: string[];
  layers: LayerVisibility;
  basemap: BasemapId;
  /** null: the default view (fit the core zones). */
  view: CameraView | null;
  /** A responsible body's Chinese name filtering the measures browser. */
  body: string | null;
  panel: PanelId;
  /** The zone whose site package is open, or null for the map. */
  package: string | null;
  /** The site package's language; null follows `lang`. */
  packageLang: PackageLang | null;
  /** Zones being compared (0 to MAX_COMPARE); the compare page is open when this has entries. */
  compare: string[];
  /** The tour being presented, or null. */
  tour: string | null;
  /** The tour's current step, 0-based. */
  step: number;
  /** This window is the presenter view of the tour (notes, next step, timer). */
  presenter: boolean;
  /** The thematic view on the map. */
  thematic: ThematicMode;
}

/** The ids the URL may refer to; anything else is ignored. */
export interface KnownIds {
  zone: ReadonlySet<string>;
  place: ReadonlySet<string>;
  district: ReadonlySet<string>;
  measure: ReadonlySet<string>;
  sectors: readonly string[];
  bodies: ReadonlySet<string>;
  /** Tour id → number of steps. */
  tours: ReadonlyMap<string, number>;
  /** [west, south, east, north]: a view centred outside this box is not a view of the atlas. */
  viewBounds: Readonly<Bounds>;
}

/** How far (degrees) around the municipality a shared view may be centred. */
const VIEW_MARGIN_DEGREES = 3;

/** Longest value read from any parameter; longer values are treated as garbage. */
const MAX_VALUE_LENGTH = 2000;
/** MapLibre's own limits: zoom 0–24, pitch 0–85°. */
const ZOOM_RANGE = [0, 22] as const;
const PITCH_RANGE = [0, 85] as const;

export function defaultUrlState(known: KnownIds): UrlState {
  return {
    lang: 'zh',
    selection: null,
    sectors: [...known.sectors],
    layers: { zones: true, places: true, districts: true, labels: true },
    basemap: 'embedded',
    view: null,
    body: null,
    panel: 'filters',
    package: null,
    packageLang: null,
    compare: [],
    tour: null,
    step: 0,
    presenter: false,
    thematic: 'none',
  };
}

/** The page a state shows: a site package wins over a comparison, which wins over the map. */
export function pageOf(state: Pick<UrlState, 'package' | 'compare' | 'presenter' | 'tour'>): PageId {
  if (state.presenter && state.tour !== null) return 'presenter';
  if (state.package !== null) return 'package';
  return state.compare.length > 0 ? 'compare' : 'map';
}

function read(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value === null || value.length > MAX_VALUE_LENGTH ? null : value;
}

const SELECTION_KINDS: readonly SelectionKind[] = ['zone', 'place', 'district', 'measure'];

function parseSelection(value: string | null, known: KnownIds): Selection | null {
  if (value === null) return null;
  const separator = value.indexOf(':');
  if (separator < 0) return null;
  const kind = value.slice(0, separator) as SelectionKind;
  const id = value.slice(separator + 1);
  if (!SELECTION_KINDS.includes(kind)) return null;
  return known[kind].has(id) ? { kind, id } : null;
}

function parseView(value: string | null, bounds: KnownIds['viewBounds']): CameraView | null {
  if (value === null) return null;
  const parts = value.split(',');
  if (parts.length < 3 || parts.length > 5) return null;
  if (parts.some((part) => !/^-?\d+(\.\d+)?$/u.test(part.trim()))) return null;
  const [lng, lat, zoom, bearing = 0, pitch = 0] = parts.map(Number);
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85) return null;
  if (lng < bounds[0] || lng > bounds[2] || lat < bounds[1] || lat > bounds[3]) return null;
  if (zoom < ZOOM_RANGE[0] || zoom > ZOOM_RANGE[1]) return null;
  if (bearing < -180 || bearing > 360 || pitch < PITCH_RANGE[0] || pitch > PITCH_RANGE[1]) return null;
  return { center: [lng, lat], zoom, bearing, pitch };
}

function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] | null {
  if (value === null) return null;
  if (value === 'none') return [];
  const items = value.split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
  return items.length > 0 ? [...new Set(items)] : null;
}

function parseTour(tour: string | null, step: string | null, known: KnownIds): { tour: string | null; step: number } {
  const steps = tour === null ? undefined : known.tours.get(tour);
  if (tour === null || steps === undefined) return { tour: null, step: 0 };
  const index = step !== null && /^\d{1,3}$/u.test(step) ? Number(step) : 0;
  return { tour, step: index < steps ? index : 0 };
}

/** Reads the state from a query string. Never throws; every bad value becomes its default. */
export function parseUrlState(search: string, known: KnownIds): UrlState {
  const defaults = defaultUrlState(known);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return defaults;
  }
  const lang = read(params, 'lang');
  const basemap = read(params, 'basemap');
  const panel = read(params, 'panel');
  const body = read(params, 'body');
  const packageZone = read(params, 'package');
  const packageLang = read(params, 'pkglang');
  const theme = read(params, 'theme');
  const sectors = parseList(read(params, 'sectors'), known.sectors);
  const layerList = parseList(read(params, 'layers'), LAYERS);
  return {
    lang: lang === 'en' || lang === 'zh' ? lang : defaults.lang,
    selection: parseSelection(read(params, 'sel'), known),
    sectors: sectors ?? defaults.sectors,
    layers: layerList
      ? {
          zones: layerList.includes('zones'),
          places: layerList.includes('places'),
          districts: layerList.includes('districts'),
          labels: layerList.includes('labels'),
        }
      : defaults.layers,
    basemap: BASEMAPS.includes(basemap as BasemapId) ? (basemap as BasemapId) : defaults.basemap,
    view: parseView(read(params, 'view'), known.viewBounds),
    body: body !== null && known.bodies.has(body) ? body : null,
    panel: PANELS.includes(panel as PanelId) ? (panel as PanelId) : defaults.panel,
    package: packageZone !== null && known.zone.has(packageZone) ? packageZone : null,
    packageLang: PACKAGE_LANGS.includes(packageLang as PackageLang) ? (packageLang as PackageLang) : null,
    compare: [...new Set((read(params, 'compare') ?? '').split(','))]
      .filter((id) => known.zone.has(id))
      .slice(0, MAX_COMPARE),
    ...parseTour(read(params, 'tour'), read(params, 'step'), known),
    presenter: read(params, 'presenter') === '1',
    thematic: THEMATIC_MODES.includes(theme as ThematicMode) ? (theme as ThematicMode) : defaults.thematic,
  };
}

/** Rounds to a precision that keeps links short: ~1 m at 5 decimals; zoom to 0.01. */
const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Writes the state as a query string (without "?"), leaving out defaults. */
export function formatUrlState(state: UrlState, known: KnownIds): string {
  const defaults = defaultUrlState(known);
  const params = new URLSearchParams();
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  if (state.selection) params.set('sel', `${state.selection.kind}:${state.selection.id}`);
  const allSectors =
    known.sectors.length === state.sectors.length && known.sectors.every((id) => state.sectors.includes(id));
  if (!allSectors)
    params.set(
      'sectors',
      state.sectors.length === 0 ? 'none' : known.sectors.filter((id) => state.sectors.includes(id)).join(','),
    );
  const layers = LAYERS.filter((layer) => state.layers[layer]);
  if (layers.length !== LAYERS.length) params.set('layers', layers.length === 0 ? 'none' : layers.join(','));
  if (state.basemap !== defaults.basemap) params.set('basemap', state.basemap);
  if (state.view) {
    const { center, zoom, bearing, pitch } = state.view;
    const parts = [round(center[0], 5), round(center[1], 5), round(zoom, 2)];
    if (bearing !== 0 || pitch !== 0) parts.push(round(bearing, 1), round(pitch, 1));
    params.set('view', parts.join(','));
  }
  if (state.body) params.set('body', state.body);
  if (state.panel !== defaults.panel) params.set('panel', state.panel);
  if (state.package !== null) params.set('package', state.package);
  if (state.packageLang !== null) params.set('pkglang', state.packageLang);
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (state.thematic !== defaults.thematic) params.set('theme', state.thematic);
  if (state.tour !== null) {
    params.set('tour', state.tour);
    params.set('step', String(state.step));
    if (state.presenter) params.set('presenter', '1');
  }
  return params.toString();
}

/**
 * The link to a state: `pathname` followed by the state's query string (none when every value is the
 * default). The one place a URL of the app is put together.
 */
export function stateHref(pathname: string, state: UrlState, known: KnownIds): string {
  const query = formatUrlState(state, known);
  return query ? `${pathname}?${query}` : pathname;
}

/** The ids of everything in the atlas that a URL may name. */
export function knownIds(atlas: Atlas): KnownIds {
  return {
    zone: new Set(atlas.zoneById.keys()),
    place: new Set(atlas.placeById.keys()),
    district: new Set(atlas.districtById.keys()),
    measure: new Set(atlas.measureById.keys()),
    sectors: atlas.sectors.sectors.map((sector) => sector.id),
    bodies: new Set(atlas.bodies.map((body) => body.name.zh)),
    tours: new Map(atlas.tours.map((tour) => [tour.id, tour.steps.length])),
    viewBounds: [
      atlas.region.bounds[0] - VIEW_MARGIN_DEGREES,
      atlas.region.bounds[1] - VIEW_MARGIN_DEGREES,
      atlas.region.bounds[2] + VIEW_MARGIN_DEGREES,
      atlas.region.bounds[3] + VIEW_MARGIN_DEGREES,
    ],
  };
}

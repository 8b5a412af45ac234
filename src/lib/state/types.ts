/**
 * The app's view options: which basemap, which layers, which panel and page, the camera requests and
 * the drawing tool. Defined once here; the URL parser, the session, the map and the components import
 * them (the map and the components sit above the state layer).
 */
import type { Lang } from '../data/atlas';
import type { Bounds, CameraView } from '../data/geo';

export type BasemapId = 'embedded' | 'osm' | 'tianditu-vector' | 'tianditu-imagery';
export const BASEMAPS: readonly BasemapId[] = ['embedded', 'osm', 'tianditu-vector', 'tianditu-imagery'];

export type LayerId = 'zones' | 'places' | 'districts' | 'labels';
export const LAYERS: readonly LayerId[] = ['zones', 'places', 'districts', 'labels'];
/** Which of the atlas's layers are shown; `labels` covers the basemap's labels too. */
export type LayerVisibility = Record<LayerId, boolean>;

export type PanelId = 'filters' | 'measures' | 'coverage' | 'analysis';
export const PANELS: readonly PanelId[] = ['filters', 'measures', 'coverage', 'analysis'];

/** Which page the app shows: the map, one zone's site package, zones side by side, or a presenter view. */
export type PageId = 'map' | 'package' | 'compare' | 'presenter';
/** The site package's language: one of the two, or both side by side. */
export type PackageLang = Lang | 'both';
export const PACKAGE_LANGS: readonly PackageLang[] = ['zh', 'en', 'both'];

/**
 * Fit bounds, or fly to a view; `nonce` changes on every request, so asking twice flies twice. Bounds
 * are always framed by the map's one rule (domain/framing.ts: the uncovered part of the map, a zoom cap
 * and a minimum extent); a view is flown to as it is (a link's own view) unless `framed`, as a tour
 * step is: then it is centred in the uncovered part, its zoom capped so that its `target` fits.
 */
export type CameraRequest =
  { bounds: Bounds; nonce: number } | { view: CameraView; nonce: number; framed?: { target: Bounds | null } };

/** The drawing tool in use on the map. */
export type DrawTool = 'none' | 'draw' | 'edit' | 'distance' | 'area';

/** A throwaway measurement drawn on the map. */
export type Measurement = { kind: 'distance'; km: number } | { kind: 'area'; km2: number };

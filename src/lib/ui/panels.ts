/**
 * Panels load on their own, so the first map render does not wait for their code. The sidebar is
 * requested as soon as the atlas shows (beside the map, not before it); the others load when first shown,
 * and all of them once the map has drawn and the browser is idle (`prefetchPanels`), so opening one later
 * shows it at once.
 */
import { LazyComponent } from './lazy.svelte';

export const loadSidebar = () => import('./Sidebar.svelte');

/**
 * The tour caption: held (not awaited in the page) so it is on the map in the same update that starts a
 * tour, before the camera frames the step around it. Starting a tour waits for it (AtlasView).
 */
export const presentMode = new LazyComponent(async () => import('./present/PresentMode.svelte'));
/** The selection's details, a candidate's or an imported feature's profile (each of those loads on its own). */
export const loadDetailPanel = () => import('./DetailPanel.svelte');
export const loadMeasuresBrowser = () => import('./MeasuresBrowser.svelte');
export const loadCoveragePanel = () => import('./CoveragePanel.svelte');
/** The class legend of a choropleth (deck.gl, which draws it, loads then too). */
export const loadClassLegend = () => import('./ClassLegend.svelte');
export const loadListView = () => import('./ListView.svelte');
export const loadPresenterView = () => import('./present/PresenterView.svelte');
export const loadAnalysisPanel = () => import('./analysis/AnalysisPanel.svelte');

export function prefetchPanels(): void {
  void presentMode.load();
  for (const load of [loadDetailPanel, loadMeasuresBrowser, loadCoveragePanel, loadAnalysisPanel]) void load();
}

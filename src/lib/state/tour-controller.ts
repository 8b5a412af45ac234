/**
 * Presenting a tour: starting and leaving it (restoring what the planner had on the map), applying a
 * step to the app state, and keeping the other windows of this origin on the same step.
 */
import type { Selection } from '../data/atlas';
import { boundsOfSelection } from '../domain/selection';
import type { AppState } from './app.svelte';
import { openTourSync, type TourSync } from './tour-sync';
import type { LayerVisibility } from './types';
import { stateHref } from './url';

export class TourController {
  readonly #app: AppState;
  #beforeTour: { sectors: string[]; layers: LayerVisibility; selection: Selection | null } | null = null;
  #sync: TourSync | null = null;
  /** The last position another window posted, so it is not posted back. */
  #lastRemote = '';

  constructor(app: AppState) {
    this.#app = app;
  }

  /** Listens to the other windows; returns the function that stops listening. */
  connect(): () => void {
    this.#sync = openTourSync((position) => {
      if (position.tour !== this.#app.tour) return;
      this.#lastRemote = `${position.tour}:${position.step}`;
      this.#app.step = position.step;
    });
    return () => this.#sync?.close();
  }

  start(tourId: string): void {
    const app = this.#app;
    this.#beforeTour = { sectors: app.sectors, layers: app.layers, selection: app.selection };
    app.step = 0;
    app.tour = tourId;
  }

  exit(): void {
    const app = this.#app;
    app.tour = null;
    app.step = 0;
    if (this.#beforeTour) {
      app.sectors = this.#beforeTour.sectors;
      app.layers = this.#beforeTour.layers;
      app.selection = this.#beforeTour.selection;
    }
    this.#beforeTour = null;
  }

  /** Tells the other windows about the current step and, in the presenting window, shows it. */
  applyStep(): void {
    const app = this.#app;
    const tour = app.atlas.tours.find((candidate) => candidate.id === app.tour);
    const step = tour?.steps[app.step];
    if (!tour || !step) return;
    const position = `${tour.id}:${app.step}`;
    if (position !== this.#lastRemote) this.#sync?.post({ tour: tour.id, step: app.step });
    this.#lastRemote = '';
    if (app.presenter) return;
    app.selection = step.target.kind === 'camera' ? null : step.target;
    app.sectors = step.sectors === 'all' ? [...app.known.sectors] : step.sectors;
    app.layers = { ...step.layers };
    // The map frames the step above the caption and caps its zoom, keeping the target in view.
    app.flyTo(
      { ...step.camera },
      {
        target: step.target.kind === 'camera' ? null : boundsOfSelection(app.atlas, step.target),
      },
    );
  }

  openPresenterWindow(): void {
    const href = stateHref(window.location.pathname, { ...this.#app.urlState, presenter: true }, this.#app.known);
    window.open(href, 'tianjin-atlas-presenter', 'popup,width=1100,height=760');
  }
}

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import { AppState } from './app.svelte';
import { TourController } from './tour-controller';
import { defaultUrlState, knownIds } from './url';

const atlas = realAtlas();
const centralCity = atlas.tours.find((tour) => tour.id === 'central-city');
if (!centralCity) throw new Error('the central-city tour is missing');

function presenting() {
  const app = new AppState(atlas, { ...defaultUrlState(knownIds(atlas)), sectors: ['finance'] });
  return { app, tours: new TourController(app) };
}

describe('TourController', () => {
  it('applies each step to the map state and restores the planner’s map on exit', () => {
    const { app, tours } = presenting();
    tours.start('central-city');
    tours.applyStep();
    expect(app.selection).toBeNull();
    expect(app.camera && 'view' in app.camera ? app.camera.view.center : null).toEqual(
      centralCity.steps[0].camera.center,
    );

    app.step = 1;
    tours.applyStep();
    expect(app.selection).toEqual({ kind: 'zone', id: 'xiaobailou-cbd' });
    expect(app.sectors).toEqual(centralCity.steps[1].sectors);

    tours.exit();
    expect(app.tour).toBeNull();
    expect(app.sectors).toEqual(['finance']);
    expect(app.selection).toBeNull();
  });

  it('leaves the map alone in the presenter window', () => {
    const { app, tours } = presenting();
    app.presenter = true;
    tours.start('central-city');
    app.step = 1;
    tours.applyStep();
    expect(app.selection).toBeNull();
    expect(app.camera).toBeNull();
  });
});

/**
 * What a selection covers on the map: the features it highlights and the box the camera fits to show
 * it. Pure; reads the indexed atlas only.
 */
import type { Atlas, Selection } from '../data/atlas';
import type { Bounds } from '../data/geo';
import { boundsOf } from './measure-geometry';
import { measureTargets } from './relations';

/** Ids drawn emphasised on the map. */
export interface Highlight {
  zones: string[];
  places: string[];
  districts: string[];
}

export const NO_HIGHLIGHT: Highlight = { zones: [], places: [], districts: [] };

/** A zone, place or district highlights itself; a measure highlights every target its text reaches. */
export function highlightOf(atlas: Atlas, selection: Selection | null): Highlight {
  if (!selection) return NO_HIGHLIGHT;
  if (selection.kind !== 'measure') return { ...NO_HIGHLIGHT, [`${selection.kind}s`]: [selection.id] };
  const targets = measureTargets(atlas, selection.id);
  return {
    zones: targets?.zones.map(({ feature }) => feature.id) ?? [],
    places: targets?.places.map(({ feature }) => feature.id) ?? [],
    districts: targets?.districts.map(({ feature }) => feature.id) ?? [],
  };
}

/** The box around what a selection names; null when it names nothing on the map. */
export function boundsOfSelection(atlas: Atlas, selection: Selection): Bounds | null {
  switch (selection.kind) {
    case 'zone':
      return boundsOf([atlas.zoneById.get(selection.id)].filter((feature) => feature !== undefined));
    case 'place':
      return boundsOf([atlas.placeById.get(selection.id)].filter((feature) => feature !== undefined));
    case 'district':
      return boundsOf([atlas.districtById.get(selection.id)].filter((feature) => feature !== undefined));
    case 'measure': {
      const targets = measureTargets(atlas, selection.id);
      if (!targets) return null;
      return boundsOf([...targets.zones, ...targets.places, ...targets.districts].map(({ feature }) => feature));
    }
    default: {
      const unknown: never = selection.kind;
      throw new Error(`unknown selection kind ${String(unknown)}`);
    }
  }
}

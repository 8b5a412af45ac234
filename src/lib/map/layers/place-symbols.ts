/**
 * The symbol of each kind of place: a disc in the kind's colour with a white pictogram. Shared by
 * the deck.gl icon atlas (drawn on a canvas) and the legend (drawn as inline SVG), so both match.
 * Pictograms are drawn for this project on a 24 × 24 grid.
 */
import { PLACE_KINDS as KINDS } from '../../data/place-kinds';
import type { PlaceKind } from '../../data/schemas';

export interface PictogramPart {
  /** SVG path data on the 24 × 24 grid. */
  d: string;
  /** 'fill' uses the even-odd rule, so inner shapes cut holes; 'stroke' draws a 2-unit round line. */
  paint: 'fill' | 'stroke';
}

export interface PlaceSymbol {
  /** Disc colour, '#rrggbb'; dark enough for a white pictogram (contrast ≥ 4.5:1). */
  color: string;
  pictogram: PictogramPart[];
}

/** Symbol diameters on the map, in screen pixels. */
export const PLACE_ICON_SIZE = { normal: 24, emphasised: 32 } as const;

export const PICTOGRAM_GRID = 24;
export const PICTOGRAM_STROKE_WIDTH = 2;

export const PLACE_SYMBOLS: Record<PlaceKind, PlaceSymbol> = {
  port: {
    color: '#1f5f99',
    pictogram: [
      {
        d: 'M14 5a2 2 0 1 1-4 0a2 2 0 1 1 4 0M12 7v13M8.5 10h7M5 13a7 7 0 0 0 14 0M3.5 15l1.5-2 2 1.5M20.5 15l-1.5-2-2 1.5',
        paint: 'stroke',
      },
    ],
  },
  airport: {
    color: '#5b3a8e',
    pictogram: [
      {
        d: 'M12 2.5c.8 0 1.4.7 1.4 1.6V9l7.1 4.2v2l-7.1-2.1v4.6l2.2 1.6v1.6L12 20l-3.6.9v-1.6l2.2-1.6v-4.6l-7.1 2.1v-2L10.6 9V4.1c0-.9.6-1.6 1.4-1.6z',
        paint: 'fill',
      },
    ],
  },
  'railway-station': {
    color: '#b03a2e',
    pictogram: [
      {
        d: 'M8 3h8a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H8a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3zM7.5 6v4h9V6zM8 12.5v2h2v-2zM14 12.5v2h2v-2z',
        paint: 'fill',
      },
      { d: 'M9 18l-2 3.5M15 18l2 3.5', paint: 'stroke' },
    ],
  },
  'rail-freight-hub': {
    color: '#7a5230',
    pictogram: [
      { d: 'M3 5.5h18v9H3zM7.5 5.5v9M12 5.5v9M16.5 5.5v9M2 17h20', paint: 'stroke' },
      {
        d: 'M8.5 19.5a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0M18.5 19.5a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0',
        paint: 'fill',
      },
    ],
  },
  'cruise-terminal': {
    color: '#00796b',
    pictogram: [
      { d: 'M2.5 13.5h19l-3 5h-13zM6.5 9.5h11v3h-11zM10 5.5h3.5v3H10z', paint: 'fill' },
      { d: 'M3 21.5c1.5 0 1.5-1 3-1s1.5 1 3 1 1.5-1 3-1 1.5 1 3 1 1.5-1 3-1 1.5 1 3 1', paint: 'stroke' },
    ],
  },
  'computing-centre': {
    color: '#b34700',
    pictogram: [
      { d: 'M7 7h10v10H7zM10 3v4M14 3v4M10 17v4M14 17v4M3 10h4M3 14h4M17 10h4M17 14h4', paint: 'stroke' },
      { d: 'M10 10h4v4h-4z', paint: 'fill' },
    ],
  },
  exchange: {
    color: '#3d4a5c',
    pictogram: [{ d: 'M4 14h3.5v6H4zM10.25 9.5h3.5V20h-3.5zM16.5 4.5H20V20h-3.5z', paint: 'fill' }],
  },
};

/** Every kind, in the schema's order (the legend's order). */
export const PLACE_KINDS: readonly PlaceKind[] = KINDS;

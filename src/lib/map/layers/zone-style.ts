/**
 * How a zone looks, as data shared by the deck.gl layers and the legend. A schematic extent must
 * look schematic: dashed outline; a low-confidence one sparser dashes and a paler fill.
 */
import type { Provenance } from '../../data/schemas';

/** How sure the drawing is, as the map shows it. */
export type ZoneOutlineStyle = 'sourced' | 'schematic' | 'low-confidence';

/** Dash and gap lengths in screen pixels; [0, 0] draws a solid line. */
export const ZONE_DASH: Record<ZoneOutlineStyle, [number, number]> = {
  sourced: [0, 0],
  schematic: [7, 4],
  'low-confidence': [3, 6],
};

/** Fill opacity (0–1) of the zone's sector colour. */
export const ZONE_FILL_OPACITY: Record<ZoneOutlineStyle, number> = {
  sourced: 0.35,
  schematic: 0.35,
  'low-confidence': 0.2,
};

/** Fill opacity when the zone is selected or a target of the selection, or when another one is. */
export const EMPHASISED_FILL_OPACITY = 0.6;
export const DIMMED_FILL_OPACITY = 0.12;
/** Added to the fill opacity under the pointer. */
export const HOVER_FILL_BOOST = 0.15;

/** Outline widths in screen pixels. */
export const ZONE_OUTLINE_WIDTH = { normal: 1.5, hovered: 2.5, highlighted: 3, selected: 4 } as const;

/** Outlines are the sector colour mixed with this much black, so pale sectors still read. */
export const OUTLINE_DARKEN = 0.3;

export function outlineStyleOf(provenance: Pick<Provenance, 'schematic' | 'confidence'>): ZoneOutlineStyle {
  if (!provenance.schematic) return 'sourced';
  return provenance.confidence === 'low' ? 'low-confidence' : 'schematic';
}

/**
 * How far a user may zoom in on each basemap. The embedded basemap has no streets, only schematic
 * extents, district lines and the Haihe: past MAX_ZOOM.embedded there is nothing more to see. At that
 * zoom the smallest zones (about 0.8 km across: 解放北路, 金街, 远洋—旺海) are some 400 px wide, so a
 * planner can still tell neighbouring zones apart; framing stops one level earlier (domain/framing.ts).
 * Online basemaps have street detail, so they may go further.
 */
import type { BasemapId } from '../../state/types';

export const MAX_ZOOM: Record<BasemapId, number> = {
  embedded: 15,
  osm: 18,
  'tianditu-vector': 18,
  'tianditu-imagery': 18,
};

export function maxZoomFor(basemap: BasemapId): number {
  return MAX_ZOOM[basemap];
}

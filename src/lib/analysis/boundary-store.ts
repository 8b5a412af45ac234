/**
 * Official boundaries that a planner took from an imported file, one per zone, kept in this browser
 * (localStorage) between visits. What comes back is untrusted: validated, and dropped with a notice when
 * it cannot be read. Nothing is uploaded.
 */
import { z } from '../data/zod';
import type { OfficialBoundary } from './official-boundary';

export type { OfficialBoundary };

export const BOUNDARIES_KEY = 'tianjin-service-atlas.boundaries.v1';
const MAX_BOUNDARIES = 100;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4);
const polygon = z.array(ring).min(1);
const geometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
]);
const boundarySchema = z.strictObject({
  zoneId: z.string().min(1).max(64),
  geometry,
  fileName: z.string().max(260),
  takenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  featureLabel: z.string().max(200),
});
const storedSchema = z.strictObject({
  version: z.literal(1),
  boundaries: z.array(boundarySchema).max(MAX_BOUNDARIES),
});

/** The stored boundaries, or an error when something was stored but cannot be read (it is left untouched). */
export function loadBoundaries(
  storage: Pick<Storage, 'getItem'>,
  knownZones: ReadonlySet<string>,
): { boundaries: OfficialBoundary[]; error: string | null } {
  let raw: string | null;
  try {
    raw = storage.getItem(BOUNDARIES_KEY);
  } catch (error) {
    return { boundaries: [], error: String(error) };
  }
  if (raw === null) return { boundaries: [], error: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { boundaries: [], error: error instanceof Error ? error.message : String(error) };
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return { boundaries: [], error: z.prettifyError(parsed.error) };
  // A zone that the atlas no longer has cannot be compared; its boundary is dropped.
  return { boundaries: parsed.data.boundaries.filter((entry) => knownZones.has(entry.zoneId)), error: null };
}

/** False when the browser refuses (private mode, quota): the caller says so. */
export function saveBoundaries(storage: Pick<Storage, 'setItem'>, boundaries: readonly OfficialBoundary[]): boolean {
  try {
    storage.setItem(BOUNDARIES_KEY, JSON.stringify({ version: 1, boundaries }));
    return true;
  } catch {
    return false;
  }
}

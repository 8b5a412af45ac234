/**
 * Candidate zones persist in the browser (localStorage) between visits. What comes back is untrusted:
 * it is validated, and a corrupt entry is reported and dropped instead of breaking the page.
 */
import { z } from '../data/zod';
import type { CandidateZone } from './candidate';
import { MAX_CANDIDATES } from './types';

export { MAX_CANDIDATES };

export const CANDIDATES_KEY = 'tianjin-service-atlas.candidates.v1';
const MAX_VERTICES = 2000;

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const ring = z
  .array(z.tuple([lng, lat]))
  .min(4)
  .max(MAX_VERTICES)
  .refine((points) => {
    const [first, last] = [points[0], points[points.length - 1]];
    return first[0] === last[0] && first[1] === last[1];
  }, 'ring not closed');

const candidateSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().max(200),
  geometry: z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(20) }),
  sectors: z.array(z.string().max(64)).max(50),
});
const storedSchema = z.strictObject({
  version: z.literal(1),
  candidates: z.array(candidateSchema).max(MAX_CANDIDATES),
});

export interface LoadedCandidates {
  candidates: CandidateZone[];
  /** Set when something was stored but could not be read; the stored value is left untouched. */
  error: string | null;
}

export function loadCandidates(storage: Pick<Storage, 'getItem'>): LoadedCandidates {
  let raw: string | null;
  try {
    raw = storage.getItem(CANDIDATES_KEY);
  } catch (error) {
    return { candidates: [], error: String(error) };
  }
  if (raw === null) return { candidates: [], error: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { candidates: [], error: error instanceof Error ? error.message : String(error) };
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return { candidates: [], error: z.prettifyError(parsed.error) };
  return { candidates: parsed.data.candidates, error: null };
}

/** False when the browser refuses (private mode, quota): the caller tells the user. */
export function saveCandidates(storage: Pick<Storage, 'setItem'>, candidates: readonly CandidateZone[]): boolean {
  try {
    storage.setItem(CANDIDATES_KEY, JSON.stringify({ version: 1, candidates }));
    return true;
  } catch {
    return false;
  }
}

import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../tests/support/memory-storage';
import type { CandidateZone } from './candidate';
import { CANDIDATES_KEY, loadCandidates, saveCandidates } from './candidate-store';

const candidate: CandidateZone = {
  id: 'c1',
  name: '候选区 1',
  sectors: ['finance'],
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [117.1, 39.1],
        [117.2, 39.1],
        [117.2, 39.2],
        [117.1, 39.1],
      ],
    ],
  },
};

describe('candidate store', () => {
  it('round-trips candidates', () => {
    const storage = new MemoryStorage();
    expect(saveCandidates(storage, [candidate])).toBe(true);
    expect(loadCandidates(storage)).toEqual({ candidates: [candidate], error: null });
  });

  it('starts empty when nothing is stored', () => {
    expect(loadCandidates(new MemoryStorage())).toEqual({ candidates: [], error: null });
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong version', JSON.stringify({ version: 2, candidates: [] })],
    [
      'open ring',
      JSON.stringify({
        version: 1,
        candidates: [
          {
            ...candidate,
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [117, 39],
                  [118, 39],
                  [118, 40],
                  [117, 40.5],
                ],
              ],
            },
          },
        ],
      }),
    ],
    [
      'latitude out of range',
      JSON.stringify({
        version: 1,
        candidates: [
          {
            ...candidate,
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [117, 39],
                  [118, 99],
                  [118, 40],
                  [117, 39],
                ],
              ],
            },
          },
        ],
      }),
    ],
    ['extra keys', JSON.stringify({ version: 1, candidates: [{ ...candidate, html: '<b>' }] })],
  ])('reports a corrupt entry (%s) and starts empty', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(CANDIDATES_KEY, raw);
    const loaded = loadCandidates(storage);
    expect(loaded.candidates).toEqual([]);
    expect(loaded.error).toBeTruthy();
  });

  it('says when the browser refuses to store', () => {
    const full = {
      setItem() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(saveCandidates(full, [candidate])).toBe(false);
  });
});

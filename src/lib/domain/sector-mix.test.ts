import { describe, expect, it } from 'vitest';
import { districtOverview } from './relations';
import { sectorMix } from './sector-mix';
import { realAtlas } from '../../../tests/support/atlas';

const atlas = realAtlas();

describe('sectorMix', () => {
  it('counts the measures of each sector, leaving out empty ones', () => {
    const mix = sectorMix(atlas.measures, atlas.sectors.sectors);
    expect(mix.reduce((sum, share) => sum + share.count, 0)).toBe(41);
    expect(mix.find((share) => share.sector.id === 'environment')?.count).toBe(8);
  });

  it('describes a district through its linked measures', () => {
    const overview = districtOverview(atlas, '120116');
    const mix = sectorMix(overview?.measures.map((entry) => entry.measure) ?? [], atlas.sectors.sectors);
    expect(mix.map((share) => share.sector.id)).toContain('information');
    expect(mix.every((share) => share.count > 0)).toBe(true);
  });
});

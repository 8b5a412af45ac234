import type { PublishedMeasure, Sector } from '../data/schemas';

export interface SectorShare {
  sector: Sector;
  count: number;
}

/** How many of the measures belong to each sector, in sectors.json order, leaving out empty sectors. */
export function sectorMix(measures: readonly PublishedMeasure[], sectors: readonly Sector[]): SectorShare[] {
  return sectors
    .map((sector) => ({ sector, count: measures.filter((measure) => measure.sector === sector.id).length }))
    .filter((share) => share.count > 0);
}

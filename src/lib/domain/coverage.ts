/**
 * Coverage for planners: which measures already have a place on the map and which still apply only
 * citywide, by sector and by responsible body. Pure.
 */
import type { LinkTarget, PublishedMeasure, Sector } from '../data/schemas';
import { targetKey, type Atlas, type Body } from '../data/atlas';

export interface SectorCoverage {
  sector: Sector;
  /** Measures of the sector. */
  total: number;
  /** Measures with at least one link of any relation. */
  mapped: number;
  /** Measures the text itself places: at least one explicit or district link. */
  explicit: number;
  /** Measures with no link at all. */
  citywideOnly: number;
}

export interface BodyCoverage {
  body: Body;
  /** Measures the body leads (牵头负责), in document order. */
  lead: PublishedMeasure[];
  /** Measures it shares without leading, in document order. */
  shared: PublishedMeasure[];
  /** Distinct targets of the links of all its measures, in order of first appearance. */
  targets: LinkTarget[];
  /** How many of its measures have no link. */
  citywideOnly: number;
}

/** Coverage of every sector, in sectors.json order. */
export function sectorCoverage(atlas: Atlas): SectorCoverage[] {
  return atlas.sectors.sectors.map((sector) => {
    const measures = atlas.measures.filter((measure) => measure.sector === sector.id);
    const links = measures.map((measure) => atlas.linksByMeasure.get(measure.id) ?? []);
    const mapped = links.filter((list) => list.length > 0).length;
    return {
      sector,
      total: measures.length,
      mapped,
      explicit: links.filter((list) => list.some((link) => link.relation !== 'inferred')).length,
      citywideOnly: measures.length - mapped,
    };
  });
}

/** Coverage of every body, most measures first, then in order of first appearance. */
export function bodyCoverage(atlas: Atlas): BodyCoverage[] {
  const coverage = atlas.bodies.map((body): BodyCoverage => {
    const lead: PublishedMeasure[] = [];
    const shared: PublishedMeasure[] = [];
    const targets = new Map<string, LinkTarget>();
    let citywideOnly = 0;
    for (const measure of atlas.measures) {
      const listings = measure.bodies.filter((listed) => listed.name.zh === body.name.zh);
      if (listings.length === 0) continue;
      if (listings.some((listed) => listed.lead)) lead.push(measure);
      else shared.push(measure);
      const links = atlas.linksByMeasure.get(measure.id) ?? [];
      if (links.length === 0) citywideOnly += 1;
      for (const { target } of links) {
        const key = targetKey(target.kind, target.id);
        if (!targets.has(key)) targets.set(key, { kind: target.kind, id: target.id });
      }
    }
    return { body, lead, shared, targets: [...targets.values()], citywideOnly };
  });
  // Array.prototype.sort is stable, so equal counts keep the order of first appearance.
  return coverage.sort((a, b) => b.lead.length + b.shared.length - (a.lead.length + a.shared.length));
}

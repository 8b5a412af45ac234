/**
 * What the selection panel shows: the measures of a zone, place or district grouped by how they relate
 * to it, and the targets of a measure. Pure; reads the indexed atlas only.
 */
import type {
  BodyKind,
  DistrictFeature,
  LinkTarget,
  LocalisedText,
  MeasureLink,
  PlaceFeature,
  PublishedMeasure,
  Relation,
  ZoneFeature,
} from '../data/schemas';
import { targetKey, type Atlas } from '../data/atlas';

export interface LinkedMeasure {
  measure: PublishedMeasure;
  link: MeasureLink;
}

/** A zone's or place's measures, each in the first group it qualifies for, in document order. */
export interface MeasuresByRelation {
  explicit: LinkedMeasure[];
  inferred: LinkedMeasure[];
  /** Measures whose text names a district the zone or place lies in. */
  district: LinkedMeasure[];
  /** Measures of one of the zone's sectors, not already listed above. */
  sector: PublishedMeasure[];
  /** How many measures remain: every measure applies citywide. */
  citywide: number;
}

export interface DistrictMeasure {
  measure: PublishedMeasure;
  /** Distinct relations of the links that bring the measure here, explicit, inferred, district. */
  relations: Relation[];
  /** Ids of the zones and places it reaches the district through, or the district's adcode itself. */
  via: string[];
}

export interface DistrictOverview {
  zones: ZoneFeature[];
  places: PlaceFeature[];
  measures: DistrictMeasure[];
  /** Measures that make district governments co-responsible, which covers this district too. */
  coResponsible: number;
}

export interface Targeted<F> {
  feature: F;
  link: MeasureLink;
}

export interface MeasureTargets {
  zones: Array<Targeted<ZoneFeature>>;
  places: Array<Targeted<PlaceFeature>>;
  districts: Array<Targeted<DistrictFeature>>;
  /** True when the measure has no link at all and so shows only as citywide. */
  citywide: boolean;
}

/** A responsible body with how many of the given measures it leads (牵头负责) and shares. */
export interface BodyTally {
  name: LocalisedText;
  kind: BodyKind;
  lead: number;
  shared: number;
}

/** The panel's order of relations; also the precedence when a measure qualifies for several groups. */
const RELATION_ORDER: readonly Relation[] = ['explicit', 'inferred', 'district'];

const sameTarget = (a: LinkTarget, b: LinkTarget): boolean => a.kind === b.kind && a.id === b.id;

/** The group a link puts its measure in for the selected target, or null when it does not concern it. */
function groupOf(link: MeasureLink, target: LinkTarget | null, districts: readonly string[]): Relation | null {
  switch (link.relation) {
    case 'explicit':
    case 'inferred':
      return target !== null && sameTarget(link.target, target) ? link.relation : null;
    case 'district':
      return link.target.kind === 'district' && districts.includes(link.target.id) ? 'district' : null;
    default: {
      const unknown: never = link.relation;
      throw new Error(`unknown relation ${String(unknown)}`);
    }
  }
}

function measuresFor(
  atlas: Atlas,
  target: LinkTarget | null,
  districts: readonly string[],
  sectors: readonly string[],
): MeasuresByRelation {
  const result: MeasuresByRelation = { explicit: [], inferred: [], district: [], sector: [], citywide: 0 };
  for (const measure of atlas.measures) {
    let best: { rank: number; relation: Relation; link: MeasureLink } | null = null;
    for (const link of atlas.linksByMeasure.get(measure.id) ?? []) {
      const relation = groupOf(link, target, districts);
      if (relation === null) continue;
      const rank = RELATION_ORDER.indexOf(relation);
      if (best === null || rank < best.rank) best = { rank, relation, link };
    }
    if (best) result[best.relation].push({ measure, link: best.link });
    else if (sectors.includes(measure.sector)) result.sector.push(measure);
    else result.citywide += 1;
  }
  return result;
}

/** The measures of a zone by relation, or null when the zone id is unknown. */
export function zoneMeasures(atlas: Atlas, zoneId: string): MeasuresByRelation | null {
  const zone = atlas.zoneById.get(zoneId);
  if (!zone) return null;
  return measuresFor(atlas, { kind: 'zone', id: zoneId }, zone.properties.districts, zone.properties.sectors);
}

/** The measures of a place by relation, or null when the place id is unknown. */
export function placeMeasures(atlas: Atlas, placeId: string): MeasuresByRelation | null {
  const place = atlas.placeById.get(placeId);
  if (!place) return null;
  return measuresFor(atlas, { kind: 'place', id: placeId }, [place.properties.district], place.properties.sectors);
}

/**
 * The measures that would reach an area nobody has named yet (a planner's candidate zone): those naming a
 * district it overlaps, then those of the sectors planned for it. It has no explicit or inferred links.
 */
export function areaMeasures(
  atlas: Atlas,
  districts: readonly string[],
  sectors: readonly string[],
): MeasuresByRelation {
  return measuresFor(atlas, null, districts, sectors);
}

/** A district's zones, places and the measures that reach it, or null when the adcode is unknown. */
export function districtOverview(atlas: Atlas, adcode: string): DistrictOverview | null {
  if (!atlas.districtById.has(adcode)) return null;
  const zones = atlas.zones.filter((zone) => zone.properties.districts.includes(adcode));
  const places = atlas.places.filter((place) => place.properties.district === adcode);
  const targets = new Set([
    targetKey('district', adcode),
    ...zones.map((zone) => targetKey('zone', zone.id)),
    ...places.map((place) => targetKey('place', place.id)),
  ]);
  const measures: DistrictMeasure[] = [];
  for (const measure of atlas.measures) {
    const links = (atlas.linksByMeasure.get(measure.id) ?? []).filter((link) =>
      targets.has(targetKey(link.target.kind, link.target.id)),
    );
    if (links.length === 0) continue;
    const present = new Set(links.map((link) => link.relation));
    measures.push({
      measure,
      relations: RELATION_ORDER.filter((relation) => present.has(relation)),
      via: [...new Set(links.map((link) => link.target.id))],
    });
  }
  // In this policy the only district-government bodies are 各区人民政府 and 有关区人民政府, both of which
  // stand for every district; bodies.json gives the kind, so no names are repeated here.
  const coResponsible = atlas.measures.filter((measure) =>
    measure.bodies.some((body) => body.kind === 'district-government'),
  ).length;
  return { zones, places, measures, coResponsible };
}

/** The zones, places and districts a measure is linked to, or null when the measure id is unknown. */
export function measureTargets(atlas: Atlas, measureId: string): MeasureTargets | null {
  if (!atlas.measureById.has(measureId)) return null;
  const links = atlas.linksByMeasure.get(measureId) ?? [];
  const result: MeasureTargets = { zones: [], places: [], districts: [], citywide: links.length === 0 };
  for (const link of links) {
    const { kind, id } = link.target;
    switch (kind) {
      case 'zone': {
        const feature = atlas.zoneById.get(id);
        if (feature) result.zones.push({ feature, link });
        break;
      }
      case 'place': {
        const feature = atlas.placeById.get(id);
        if (feature) result.places.push({ feature, link });
        break;
      }
      case 'district': {
        const feature = atlas.districtById.get(id);
        if (feature) result.districts.push({ feature, link });
        break;
      }
      default: {
        const unknown: never = kind;
        throw new Error(`unknown target kind ${String(unknown)}`);
      }
    }
  }
  return result;
}

/** The distinct bodies of the given measures, in order of first appearance, with lead and shared counts. */
export function bodiesOf(measures: readonly PublishedMeasure[]): BodyTally[] {
  const tallies = new Map<string, BodyTally>();
  for (const measure of measures) {
    // A body named twice in one measure still counts once there, as lead if either listing leads.
    const roles = new Map<string, boolean>();
    for (const body of measure.bodies) {
      roles.set(body.name.zh, (roles.get(body.name.zh) ?? false) || body.lead);
      if (!tallies.has(body.name.zh))
        tallies.set(body.name.zh, { name: body.name, kind: body.kind, lead: 0, shared: 0 });
    }
    for (const [name, lead] of roles) {
      const tally = tallies.get(name);
      if (!tally) continue;
      if (lead) tally.lead += 1;
      else tally.shared += 1;
    }
  }
  return [...tallies.values()];
}

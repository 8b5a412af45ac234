/**
 * The atlas: every published record, indexed by id, with links indexed both ways.
 * Pure: built once from the loaded /data/ files; the UI and map only read it.
 */
import type {
  BodyKind,
  DistrictFeature,
  LocalisedText,
  MeasureLink,
  PlaceFeature,
  PolicyMetadata,
  PublishedDesignation,
  PublishedMeasure,
  Sector,
  SectorsFile,
  TargetKind,
  Tour,
  ZoneFeature,
} from './schemas';
import type { RegionFile } from './region';

export type Lang = 'zh' | 'en';

/** What the selection panel can show. */
export type SelectionKind = TargetKind | 'measure';
export interface Selection {
  kind: SelectionKind;
  id: string;
}
/** A zone, place or district: what a click on the map or a link target names. */
export interface TargetRef {
  kind: TargetKind;
  id: string;
}

export interface Body {
  name: LocalisedText;
  kind: BodyKind;
}

/** The loaded /data/ files. */
export interface AtlasData {
  policy: PolicyMetadata;
  translationNote: string;
  measures: PublishedMeasure[];
  links: MeasureLink[];
  zones: ZoneFeature[];
  places: PlaceFeature[];
  districts: DistrictFeature[];
  sectors: SectorsFile;
  /** Bounds, city centre and data date (geodata/region.json). */
  region: RegionFile;
  /** Guided tours for presenting. */
  tours: Tour[];
  /** Every designation the text names and what the map shows for it (geodata/gazetteer.json). */
  gazetteer?: PublishedDesignation[];
}

export interface Atlas extends AtlasData {
  measureById: ReadonlyMap<string, PublishedMeasure>;
  zoneById: ReadonlyMap<string, ZoneFeature>;
  placeById: ReadonlyMap<string, PlaceFeature>;
  districtById: ReadonlyMap<string, DistrictFeature>;
  sectorById: ReadonlyMap<string, Sector>;
  /** Links of each measure, in links.json order. */
  linksByMeasure: ReadonlyMap<string, readonly MeasureLink[]>;
  /** Links to each target, keyed by targetKey(kind, id). */
  linksByTarget: ReadonlyMap<string, readonly MeasureLink[]>;
  /** Every responsible body once, in order of first appearance. */
  bodies: readonly Body[];
  /** The designations each measure names, in gazetteer order. */
  designationsByMeasure: ReadonlyMap<string, readonly PublishedDesignation[]>;
}

export const targetKey = (kind: TargetKind, id: string): string => `${kind}:${id}`;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function designationsByMeasure(designations: readonly PublishedDesignation[]): Map<string, PublishedDesignation[]> {
  const byMeasure = new Map<string, PublishedDesignation[]>();
  for (const designation of designations) {
    for (const measure of new Set(designation.mentions.map((mention) => mention.measure))) {
      const list = byMeasure.get(measure);
      if (list) list.push(designation);
      else byMeasure.set(measure, [designation]);
    }
  }
  return byMeasure;
}

export function createAtlas(data: AtlasData): Atlas {
  const bodies = new Map<string, Body>();
  for (const measure of data.measures) {
    for (const body of measure.bodies) {
      if (!bodies.has(body.name.zh)) bodies.set(body.name.zh, { name: body.name, kind: body.kind });
    }
  }
  return {
    ...data,
    measureById: new Map(data.measures.map((measure) => [measure.id, measure])),
    zoneById: new Map(data.zones.map((zone) => [zone.id, zone])),
    placeById: new Map(data.places.map((place) => [place.id, place])),
    districtById: new Map(data.districts.map((district) => [district.id, district])),
    sectorById: new Map(data.sectors.sectors.map((sector) => [sector.id, sector])),
    linksByMeasure: groupBy(data.links, (link) => link.measure),
    linksByTarget: groupBy(data.links, (link) => targetKey(link.target.kind, link.target.id)),
    bodies: [...bodies.values()],
    designationsByMeasure: designationsByMeasure(data.gazetteer ?? []),
  };
}

/** The localised name of any selectable item, or null when the id is unknown. */
export function nameOf(atlas: Atlas, selection: Selection): LocalisedText | null {
  switch (selection.kind) {
    case 'zone':
      return atlas.zoneById.get(selection.id)?.properties.name ?? null;
    case 'place':
      return atlas.placeById.get(selection.id)?.properties.name ?? null;
    case 'district':
      return atlas.districtById.get(selection.id)?.properties.name ?? null;
    case 'measure': {
      const measure = atlas.measureById.get(selection.id);
      return measure ? measure.citation : null;
    }
    default: {
      const unknown: never = selection.kind;
      throw new Error(`unknown selection kind ${String(unknown)}`);
    }
  }
}

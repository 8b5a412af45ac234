/**
 * The geodata validator: schema checks (zod), geometry checks (RFC 7946, turf) and cross-file
 * reference checks over the contents of geodata/. Pure: it takes file texts and returns issues, so the
 * CLI (scripts/validate.ts), the build and the tests share it.
 */
import type { z } from 'zod';
import type { Bounds } from '../data/geo';
import { buildLinks, type LinkCandidate } from '../domain/links';
import { buildMeasures } from '../domain/measures';
import {
  hasRightHandWinding,
  pointInArea,
  polygonsOf,
  positionInBounds,
  positionsOf,
  rewound,
  ringIsClosed,
  selfIntersections,
  shareInside,
  type AreaGeometry,
} from '../domain/geometry';
import { parsePolicy, PolicyParseError, type ParsedPolicy } from '../policy/parse';
import { findDesignationHits, occurrences } from '../policy/designations';
import { splitSentences } from '../domain/sentences';
import { regionFile, type RegionFile } from '../data/region';
import {
  bodiesFile,
  districtsFile,
  gazetteerFile,
  haiheFile,
  inferredLinksFile,
  landFile,
  measuresEnglishFile,
  placesFile,
  policyMetadata,
  sectorsFile,
  tour,
  zonesFile,
  type BodiesFile,
  type DistrictCollection,
  type GazetteerFile,
  type HaiheCollection,
  type InferredLinksFile,
  type LandCollection,
  type MeasureLink,
  type MeasuresEnglishFile,
  type PlaceCollection,
  type PolicyMetadata,
  type PublishedDesignation,
  type PublishedMeasure,
  type SectorsFile,
  type Tour,
  type ZoneCollection,
} from '../data/schemas';

/** Paths inside geodata/. The policy text's path comes from its metadata (`sourceFile`). */
export const GEODATA_FILES = {
  policy: 'policies/tianjin-service-measures-2026.json',
  region: 'region.json',
  sectors: 'sectors.json',
  english: 'measures-en.json',
  bodies: 'bodies.json',
  links: 'links.json',
  gazetteer: 'gazetteer.json',
  zones: 'zones.geojson',
  places: 'places.geojson',
  districts: 'districts.geojson',
  haihe: 'haihe.geojson',
  land: 'land.geojson',
} as const;

/** Tours: one tour per file, `tours/<tour id>.json`; the folder is optional. */
export const TOUR_FILE = /^tours\/([^/]+)\.json$/u;

/** A zone or place step warns when its target's bbox centre is further than this (degrees) from the camera centre. */
export const TOUR_TARGET_MAX_OFFSET = 0.05;

/**
 * The district data is quantised to ~100 m and downtown zones run along district edges (the Haihe is
 * the boundary), so a zone counts as inside its districts when at least this share of its area is.
 */
export const ZONE_IN_DISTRICTS_MIN_SHARE = 0.95;

export interface ValidationIssue {
  file: string;
  /** The feature, measure or record the issue is about, when there is one. */
  id?: string;
  message: string;
}

export interface Dataset {
  policyMetadata: PolicyMetadata;
  policyText: string;
  policy: ParsedPolicy;
  region: RegionFile;
  sectors: SectorsFile;
  english: MeasuresEnglishFile;
  bodies: BodiesFile;
  curatedLinks: InferredLinksFile;
  zones: ZoneCollection;
  places: PlaceCollection;
  districts: DistrictCollection;
  haihe: HaiheCollection;
  land: LandCollection;
  measures: PublishedMeasure[];
  links: MeasureLink[];
  /** Every designation the text names, with the sentences naming it and what the map shows for it. */
  gazetteer: PublishedDesignation[];
  /** Guided tours, sorted by file name. */
  tours: Tour[];
}

export interface ValidationResult {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** The validated, normalised data (rings rewound); null when there are errors. */
  dataset: Dataset | null;
}

export function formatIssue(issue: ValidationIssue, prefix = 'geodata/'): string {
  return `${prefix}${issue.file}${issue.id ? ` › ${issue.id}` : ''}: ${issue.message}`;
}

/** Names the record a zod issue path points into: a feature's id, a measure id, a body, a link. */
function recordName(raw: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  const [head, index] = path;
  if (typeof head !== 'string') return undefined;
  if (head === 'steps' && typeof index === 'number') return `step ${index}`;
  const container = (raw as Record<string, unknown> | null)?.[head];
  if (Array.isArray(container) && typeof index === 'number') {
    const record = container[index] as Record<string, unknown> | undefined;
    const properties = record?.properties as Record<string, unknown> | undefined;
    const name =
      record?.id ??
      properties?.id ??
      properties?.adcode ??
      record?.zh ??
      (record?.measure ? `measure ${String(record.measure)}` : undefined);
    return typeof name === 'string' || typeof name === 'number' ? String(name) : `${head}[${index}]`;
  }
  if (container && typeof container === 'object' && (typeof index === 'string' || typeof index === 'number')) {
    return `${head} ${String(index)}`;
  }
  return undefined;
}

class Checker {
  readonly errors: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];
  constructor(private readonly files: Readonly<Record<string, string | undefined>>) {}

  error(file: string, id: string | undefined, message: string): void {
    this.errors.push(id === undefined ? { file, message } : { file, id, message });
  }

  warn(file: string, id: string | undefined, message: string): void {
    this.warnings.push(id === undefined ? { file, message } : { file, id, message });
  }

  text(file: string): string | null {
    const text = this.files[file];
    if (text === undefined) {
      this.error(file, undefined, 'file is missing');
      return null;
    }
    return text;
  }

  /** Reads, parses and schema-checks one JSON file; null (with errors recorded) when it fails. */
  json<T extends z.ZodType>(file: string, schema: T): z.infer<T> | null {
    const text = this.text(file);
    if (text === null) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/u, ''));
    } catch (error) {
      this.error(file, undefined, `not valid JSON: ${(error as Error).message}`);
      return null;
    }
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues.slice(0, 50)) {
      const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      this.error(file, recordName(raw, issue.path), `${where}${issue.message}`);
    }
    return null;
  }
}

function checkUniqueIds(check: Checker, file: string, ids: readonly string[], seen: Map<string, string>): void {
  for (const id of ids) {
    const other = seen.get(id);
    if (other !== undefined) check.error(file, id, `id is not unique (also used in ${other})`);
    else seen.set(id, file);
  }
}

/** Ring closure, winding (rewound with a warning), self-intersections and bounds of one area feature. */
function checkArea(check: Checker, file: string, id: string, geometry: AreaGeometry, bounds: Bounds): AreaGeometry {
  let valid = true;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      if (!ringIsClosed(ring)) {
        check.error(file, id, 'a polygon ring is not closed (its first and last positions differ)');
        valid = false;
      }
    }
  }
  if (!valid) return geometry;
  const outside = positionsOf(geometry).find((position) => !positionInBounds(position, bounds));
  if (outside)
    check.error(file, id, `position [${outside.join(', ')}] lies outside Tianjin's bounds [${bounds.join(', ')}]`);
  const crossings = selfIntersections(geometry);
  if (crossings.length > 0) {
    check.error(file, id, `polygon intersects itself at [${crossings[0].map((value) => value.toFixed(5)).join(', ')}]`);
  }
  if (!hasRightHandWinding(geometry)) {
    check.warn(file, id, 'ring winding is not RFC 7946 right-hand (exterior counter-clockwise); rewound');
    return rewound(geometry);
  }
  return geometry;
}

function checkSectorsCoverGroups(check: Checker, sectors: SectorsFile, policy: ParsedPolicy): void {
  const file = GEODATA_FILES.sectors;
  const families = new Set(sectors.families.map((family) => family.id));
  checkUniqueIds(
    check,
    file,
    sectors.sectors.map((sector) => sector.id),
    new Map(),
  );
  for (const sector of sectors.sectors) {
    if (!families.has(sector.family)) check.error(file, sector.id, `family “${sector.family}” is not defined`);
  }
  for (const group of policy.groups) {
    const owners = sectors.sectors.filter((sector) => sector.groups.includes(group.number));
    if (owners.length !== 1) {
      check.error(
        file,
        `group ${group.number}`,
        `policy group （${group.number}） must belong to exactly one sector, found ${owners.length}`,
      );
    }
  }
  for (const sector of sectors.sectors) {
    for (const group of sector.groups) {
      if (!policy.groups.some((candidate) => candidate.number === group)) {
        check.error(file, sector.id, `lists group ${group}, which the policy does not have`);
      }
    }
  }
}

function checkEnglish(check: Checker, english: MeasuresEnglishFile, policy: ParsedPolicy): void {
  const file = GEODATA_FILES.english;
  const ids = new Set(policy.measures.map((measure) => measure.id));
  for (const id of ids)
    if (!english.measures[id]) check.error(file, `measure ${id}`, 'has no English title and summary');
  for (const id of Object.keys(english.measures))
    if (!ids.has(id)) check.error(file, `measure ${id}`, 'the policy has no such measure');
  for (const part of policy.parts)
    if (!english.parts[part.number]) check.error(file, `part ${part.number}`, 'has no English title');
  for (const group of policy.groups)
    if (!english.groups[group.number]) check.error(file, `group ${group.number}`, 'has no English title');
}

function checkBodies(check: Checker, bodies: BodiesFile, policy: ParsedPolicy): void {
  const file = GEODATA_FILES.bodies;
  checkUniqueIds(
    check,
    file,
    bodies.bodies.map((body) => body.zh),
    new Map(),
  );
  const known = new Set(bodies.bodies.map((body) => body.zh));
  const used = new Set<string>();
  for (const measure of policy.measures) {
    for (const body of measure.bodies) {
      used.add(body.name);
      if (!known.has(body.name))
        check.error(file, body.name, `named by measure ${measure.id} but has no entry (English name, kind)`);
    }
  }
  for (const body of bodies.bodies) if (!used.has(body.zh)) check.warn(file, body.zh, 'no measure names this body');
}

interface Places {
  zones: ZoneCollection;
  places: PlaceCollection;
  districts: DistrictCollection;
}

function checkPlaces(
  check: Checker,
  { zones, places, districts }: Places,
  sectors: SectorsFile | null,
  bounds: Bounds,
): Places {
  const districtGeometry = new Map<string, AreaGeometry>();
  const normalisedDistricts = districts.features.map((district) => {
    const geometry = checkArea(check, GEODATA_FILES.districts, district.id, district.geometry, bounds);
    districtGeometry.set(district.id, geometry);
    if (district.id !== district.properties.adcode)
      check.error(GEODATA_FILES.districts, district.id, 'feature id differs from properties.adcode');
    return { ...district, geometry };
  });
  checkUniqueIds(
    check,
    GEODATA_FILES.districts,
    districts.features.map((district) => district.id),
    new Map(),
  );

  const sectorIds = new Set(sectors?.sectors.map((sector) => sector.id) ?? []);
  const seen = new Map<string, string>();
  checkUniqueIds(
    check,
    GEODATA_FILES.zones,
    zones.features.map((zone) => zone.id),
    seen,
  );
  checkUniqueIds(
    check,
    GEODATA_FILES.places,
    places.features.map((place) => place.id),
    seen,
  );

  const checkCommon = (file: string, id: string, properties: { id: string; district: string; sectors: string[] }) => {
    if (properties.id !== id) check.error(file, id, `feature id differs from properties.id “${properties.id}”`);
    if (!districtGeometry.has(properties.district))
      check.error(file, id, `district ${properties.district} is not in districts.geojson`);
    for (const sector of properties.sectors) {
      if (sectors && !sectorIds.has(sector)) check.error(file, id, `sector “${sector}” is not in sectors.json`);
    }
  };

  const normalisedZones = zones.features.map((zone) => {
    const file = GEODATA_FILES.zones;
    checkCommon(file, zone.id, zone.properties);
    const geometry = checkArea(check, file, zone.id, zone.geometry, bounds);
    const { district, districts: listed } = zone.properties;
    if (!listed.includes(district))
      check.error(file, zone.id, `districts [${listed.join(', ')}] must include its district ${district}`);
    const containers = listed.map((adcode) => districtGeometry.get(adcode));
    const missing = listed.filter((_, index) => containers[index] === undefined);
    if (missing.length > 0) check.error(file, zone.id, `districts ${missing.join(', ')} are not in districts.geojson`);
    else if (selfIntersections(geometry).length === 0) {
      const share = shareInside(geometry, containers as AreaGeometry[]);
      if (share < ZONE_IN_DISTRICTS_MIN_SHARE) {
        check.error(
          file,
          zone.id,
          `only ${(share * 100).toFixed(1)} % of the zone lies inside its districts ${listed.join(', ')} (at least ${ZONE_IN_DISTRICTS_MIN_SHARE * 100} % required)`,
        );
      }
    }
    return { ...zone, geometry };
  });

  for (const place of places.features) {
    const file = GEODATA_FILES.places;
    checkCommon(file, place.id, place.properties);
    const point = place.geometry.coordinates;
    if (!positionInBounds(point, bounds))
      check.error(file, place.id, `position [${point.join(', ')}] lies outside Tianjin's bounds`);
    const container = districtGeometry.get(place.properties.district);
    if (container && !pointInArea(point, container)) {
      check.error(
        file,
        place.id,
        `point [${point.join(', ')}] is not inside its district ${place.properties.district}`,
      );
    }
  }

  return {
    zones: { ...zones, features: normalisedZones },
    places,
    districts: { ...districts, features: normalisedDistricts },
  };
}

function checkCuratedLinks(check: Checker, curated: InferredLinksFile, policy: ParsedPolicy, places: Places): void {
  const file = GEODATA_FILES.links;
  const measureIds = new Set(policy.measures.map((measure) => measure.id));
  const targets = {
    zone: new Set(places.zones.features.map((zone) => zone.id)),
    place: new Set(places.places.features.map((place) => place.id)),
    district: new Set(places.districts.features.map((district) => district.id)),
  };
  const seen = new Set<string>();
  for (const link of curated.inferred) {
    const id = `measure ${link.measure} → ${link.target.kind} ${link.target.id}`;
    if (!measureIds.has(link.measure)) check.error(file, id, `measure ${link.measure} does not exist`);
    if (!targets[link.target.kind].has(link.target.id))
      check.error(file, id, `${link.target.kind} “${link.target.id}” does not exist`);
    if (seen.has(id)) check.error(file, id, 'link is listed twice');
    seen.add(id);
  }
}

/** The [lng, lat] centre of a bounding box of positions. */
function bboxCentre(positions: readonly (readonly number[])[]): [number, number] {
  const lngs = positions.map((position) => position[0]);
  const lats = positions.map((position) => position[1]);
  return [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** Parses every tours/*.json (sorted by file name) and checks targets, sectors and cameras against the data. */
function checkTours(
  check: Checker,
  files: Readonly<Record<string, string | undefined>>,
  places: Places | null,
  sectors: SectorsFile | null,
  bounds: Bounds,
): Tour[] {
  const tours: Tour[] = [];
  const seen = new Map<string, string>();
  const tourFiles = Object.keys(files)
    .filter((file) => TOUR_FILE.test(file) && files[file] !== undefined)
    .sort();
  const centres = places && {
    zone: new Map(places.zones.features.map((zone) => [zone.id, bboxCentre(positionsOf(zone.geometry))])),
    place: new Map(places.places.features.map((place) => [place.id, place.geometry.coordinates])),
    district: new Map(places.districts.features.map((district) => [district.id, null])),
  };
  const sectorIds = sectors && new Set(sectors.sectors.map((sector) => sector.id));
  for (const file of tourFiles) {
    const parsed = check.json(file, tour);
    if (!parsed) continue;
    const name = TOUR_FILE.exec(file)?.[1];
    if (parsed.id !== name)
      check.error(file, parsed.id, `tour id “${parsed.id}” differs from the file name “${name}.json”`);
    checkUniqueIds(check, file, [parsed.id], seen);
    parsed.steps.forEach((step, index) => {
      const id = `step ${index}`;
      const { center } = step.camera;
      if (!positionInBounds(center, bounds))
        check.error(
          file,
          id,
          `camera centre [${center.join(', ')}] lies outside Tianjin's bounds [${bounds.join(', ')}]`,
        );
      if (sectorIds && step.sectors !== 'all') {
        for (const sector of step.sectors)
          if (!sectorIds.has(sector)) check.error(file, id, `sector “${sector}” is not in sectors.json`);
      }
      if (!centres || step.target.kind === 'camera') return;
      const { kind, id: target } = step.target;
      if (!centres[kind].has(target)) {
        check.error(file, id, `${kind} “${target}” does not exist`);
        return;
      }
      const centre = centres[kind].get(target);
      if (centre && Math.hypot(centre[0] - center[0], centre[1] - center[1]) > TOUR_TARGET_MAX_OFFSET) {
        check.warn(
          file,
          id,
          `camera centre [${center.join(', ')}] is more than ${TOUR_TARGET_MAX_OFFSET}° from the centre of ${kind} “${target}” [${centre.map((value) => value.toFixed(5)).join(', ')}]`,
        );
      }
    });
    tours.push(parsed);
  }
  return tours;
}

/**
 * Checks the gazetteer against the text and the data: every mention's wording is in its measure, every
 * target exists, and every designation-like wording the pattern finder reports (suffixes 示范区, 平台,
 * 片区 …, and quoted terms) is accounted for by a mention or listed as another quoted term.
 * Returns the published designations, each mention with the sentence that contains it.
 */
function checkGazetteer(
  check: Checker,
  gazetteer: GazetteerFile,
  policy: ParsedPolicy,
  places: Places,
  english: MeasuresEnglishFile | null,
): PublishedDesignation[] {
  const file = GEODATA_FILES.gazetteer;
  const measures = new Map(policy.measures.map((measure) => [measure.id, measure]));
  const targets = {
    zone: new Set(places.zones.features.map((zone) => zone.id)),
    place: new Set(places.places.features.map((place) => place.id)),
    district: new Set(places.districts.features.map((district) => district.id)),
  };
  checkUniqueIds(
    check,
    file,
    gazetteer.designations.map((entry) => entry.id),
    new Map(),
  );
  const published: PublishedDesignation[] = [];
  for (const entry of gazetteer.designations) {
    for (const target of entry.targets) {
      if (!targets[target.kind].has(target.id))
        check.error(file, entry.id, `${target.kind} “${target.id}” does not exist`);
    }
    const mentions = entry.mentions.flatMap(({ measure: id, match }) => {
      const measure = measures.get(id);
      if (!measure) {
        check.error(file, entry.id, `measure ${id} does not exist`);
        return [];
      }
      const sentence = splitSentences(measure.text).find((candidate) => candidate.includes(match));
      if (!sentence) {
        check.error(file, entry.id, `measure ${id} has no sentence containing “${match}”`);
        return [];
      }
      return [{ measure: id, match, sentence }];
    });
    published.push({ ...entry, mentions });
  }
  const linked = new Set(
    buildLinks(policy.measures, linkCandidates(places).named, linkCandidates(places).districts, { inferred: [] }).map(
      (link) => `${link.measure}|${link.target.kind}|${link.target.id}`,
    ),
  );
  for (const entry of gazetteer.designations) {
    if (entry.status !== 'feature') continue;
    for (const { measure } of entry.mentions) {
      for (const target of entry.targets) {
        if (!linked.has(`${measure}|${target.kind}|${target.id}`))
          check.error(
            file,
            entry.id,
            `maps to ${target.kind} “${target.id}”, but measure ${measure}'s text does not link to it (add an alias)`,
          );
      }
    }
  }
  for (const entry of gazetteer.designations) {
    const term = entry.englishTerm;
    if (!english || term === undefined) continue;
    for (const measure of new Set(entry.mentions.map((mention) => mention.measure))) {
      const summary = english.measures[measure]?.summary ?? '';
      if (!summary.toLowerCase().includes(term.toLowerCase()))
        check.error(
          GEODATA_FILES.english,
          `measure ${measure}`,
          `the English summary omits “${term}” (${entry.name.zh}, gazetteer “${entry.id}”), which the Chinese text names`,
        );
    }
  }
  const others = new Set(gazetteer.otherQuotedTerms);
  for (const measure of policy.measures) {
    const spans = gazetteer.designations
      .flatMap((entry) => entry.mentions)
      .filter((mention) => mention.measure === measure.id)
      .flatMap((mention) => occurrences(measure.text, mention.match));
    for (const hit of findDesignationHits(measure.text)) {
      if (hit.kind === 'quoted' && others.has(hit.text)) continue;
      if (spans.some(([start, end]) => start <= hit.start && hit.end <= end)) continue;
      const around = measure.text.slice(Math.max(0, hit.start - 12), hit.end);
      check.error(
        file,
        `measure ${measure.id}`,
        hit.kind === 'quoted'
          ? `the quoted term “${hit.text}” is neither in a designation's mentions nor in otherQuotedTerms`
          : `“…${around}” ends in the designation suffix “${hit.text}” but no designation mentions it`,
      );
    }
  }
  const quoted = new Set(
    policy.measures.flatMap((measure) => [...measure.text.matchAll(/“([^”]+)”/gu)].map((m) => m[1])),
  );
  for (const term of others)
    if (!quoted.has(term)) check.warn(file, term, 'otherQuotedTerms lists a term the text does not quote');
  return published;
}

function linkCandidates(places: Places): { named: LinkCandidate[]; districts: LinkCandidate[] } {
  return {
    named: [
      ...places.zones.features.map((zone) => ({
        target: { kind: 'zone' as const, id: zone.id },
        aliases: zone.properties.aliases,
      })),
      ...places.places.features.map((place) => ({
        target: { kind: 'place' as const, id: place.id },
        aliases: place.properties.aliases,
      })),
    ],
    districts: places.districts.features.map((district) => ({
      target: { kind: 'district' as const, id: district.id },
      aliases: district.properties.aliases,
    })),
  };
}

/** Validates the texts of geodata/ files, keyed by their path inside geodata/. */
export function validateGeodata(files: Readonly<Record<string, string | undefined>>): ValidationResult {
  const check = new Checker(files);
  const metadata = check.json(GEODATA_FILES.policy, policyMetadata);
  const region = check.json(GEODATA_FILES.region, regionFile);
  const sectors = check.json(GEODATA_FILES.sectors, sectorsFile);
  const english = check.json(GEODATA_FILES.english, measuresEnglishFile);
  const bodies = check.json(GEODATA_FILES.bodies, bodiesFile);
  const curated = check.json(GEODATA_FILES.links, inferredLinksFile);
  const gazetteer = check.json(GEODATA_FILES.gazetteer, gazetteerFile);
  const zones = check.json(GEODATA_FILES.zones, zonesFile);
  const places = check.json(GEODATA_FILES.places, placesFile);
  const districts = check.json(GEODATA_FILES.districts, districtsFile);
  const haihe = check.json(GEODATA_FILES.haihe, haiheFile);
  const land = check.json(GEODATA_FILES.land, landFile);
  const bounds: Bounds = region?.bounds ?? [-180, -90, 180, 90];
  if (region && !positionInBounds(region.cityCentre.point, bounds))
    check.error(
      GEODATA_FILES.region,
      'cityCentre',
      `position [${region.cityCentre.point.join(', ')}] lies outside Tianjin's bounds`,
    );

  let policy: ParsedPolicy | null = null;
  let policyText: string | null = null;
  if (metadata) {
    const textFile = `policies/${metadata.sourceFile}`;
    policyText = check.text(textFile);
    if (policyText !== null) {
      try {
        policy = parsePolicy(policyText);
      } catch (error) {
        if (!(error instanceof PolicyParseError)) throw error;
        check.error(textFile, `line ${error.line}`, error.message);
      }
    }
  }

  if (policy && sectors) checkSectorsCoverGroups(check, sectors, policy);
  if (policy && english) checkEnglish(check, english, policy);
  if (policy && bodies) checkBodies(check, bodies, policy);

  let checkedPlaces: Places | null = null;
  if (zones && places && districts) checkedPlaces = checkPlaces(check, { zones, places, districts }, sectors, bounds);
  if (haihe) {
    for (const river of haihe.features) {
      const outside = river.geometry.coordinates.find((position) => !positionInBounds(position, bounds));
      if (outside)
        check.error(GEODATA_FILES.haihe, river.id, `position [${outside.join(', ')}] lies outside Tianjin's bounds`);
    }
  }
  const checkedLand = land && {
    ...land,
    features: land.features.map((feature) => ({
      ...feature,
      geometry: checkArea(check, GEODATA_FILES.land, 'land', feature.geometry, [-180, -90, 180, 90]),
    })),
  };
  if (policy && curated && checkedPlaces) checkCuratedLinks(check, curated, policy, checkedPlaces);
  const designations =
    policy && gazetteer && checkedPlaces ? checkGazetteer(check, gazetteer, policy, checkedPlaces, english) : null;
  const tours = checkTours(check, files, checkedPlaces, sectors, bounds);

  const failed = { errors: check.errors, warnings: check.warnings, dataset: null };
  if (check.errors.length > 0) return failed;
  if (!metadata || !region || !sectors || !english || !bodies || !curated || !checkedPlaces) return failed;
  if (!haihe || !checkedLand || !policy || policyText === null || !designations) return failed;

  const measures = buildMeasures(policy, sectors, english, bodies);
  const candidates = linkCandidates(checkedPlaces);
  const links = buildLinks(policy.measures, candidates.named, candidates.districts, curated);
  return {
    errors: check.errors,
    warnings: check.warnings,
    dataset: {
      policyMetadata: metadata,
      policyText: policyText,
      policy: policy,
      region: region,
      sectors: sectors,
      english: english,
      bodies: bodies,
      curatedLinks: curated,
      zones: checkedPlaces.zones,
      places: checkedPlaces.places,
      districts: checkedPlaces.districts,
      haihe: haihe,
      land: checkedLand,
      measures,
      links,
      gazetteer: designations,
      tours,
    },
  };
}

/**
 * zod schemas for every file in geodata/ and every file published under /data/.
 * Shared by the validator (scripts/validate.ts), the build and the app's loaders.
 */
import { PLACE_KINDS } from './place-kinds';
import { z } from './zod';

export const localisedText = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalisedText = z.infer<typeof localisedText>;

const identifier = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'must be a lower-case kebab-case id');
const adcode = z.string().regex(/^1201\d{2}$/u, 'must be a six-digit Tianjin adcode (1201xx)');

// ---------- GeoJSON geometry (RFC 7946, WGS-84 [lng, lat]) ----------
export const position = z
  .tuple([z.number(), z.number()])
  .refine(([lng, lat]) => Number.isFinite(lng) && Number.isFinite(lat), 'coordinates must be finite numbers');
export type Position = z.infer<typeof position>;

const linearRing = z.array(position).min(4, 'a linear ring needs at least 4 positions');
export const polygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(linearRing).min(1),
});
export const multiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(linearRing).min(1)).min(1),
});
export const pointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: position });
export const lineStringGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(position).min(2),
});
export const areaGeometry = z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]);
export type AreaGeometry = z.infer<typeof areaGeometry>;

// ---------- provenance ----------
export const confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof confidence>;

export const provenanceMethod = z.enum([
  'official-boundary',
  'bounded-by-sourced-streets',
  'buffer-around-sourced-point',
  'corridor-along-line',
  'placed-by-description',
  'sourced-point',
  'derived-from-districts',
  'derived-from-coastline',
  'third-party-boundary',
]);
export type ProvenanceMethod = z.infer<typeof provenanceMethod>;

export const provenance = z.strictObject({
  method: provenanceMethod,
  /** True when the geometry is a drawn approximation rather than an official boundary or sourced point. */
  schematic: z.boolean(),
  confidence,
  note: localisedText,
  sources: z.array(z.string().trim().min(1)).min(1, 'provenance needs at least one source'),
});
export type Provenance = z.infer<typeof provenance>;

/** A wording matched literally in a sentence; `context` words must appear in the same sentence. */
export const alias = z.strictObject({
  text: z.string().trim().min(1),
  context: z.array(z.string().trim().min(1)).optional(),
  /**
   * What a match with this wording means: `feature` (default) — the text names this zone or place;
   * `area` — the text names the district or area (or a generic facility) that this schematic extent or
   * point stands for, and the placement is the project's.
   */
  names: z.enum(['feature', 'area']).optional(),
});
export type Alias = z.infer<typeof alias>;

// ---------- zones, places, districts ----------
const featureCommon = {
  id: identifier,
  name: localisedText,
  aliases: z.array(alias).min(1),
  sectors: z.array(identifier),
  district: adcode,
  description: localisedText,
  provenance,
};

export const zoneProperties = z.strictObject({
  ...featureCommon,
  /** Every district the zone overlaps; includes `district`. */
  districts: z.array(adcode).min(1),
});
export type ZoneProperties = z.infer<typeof zoneProperties>;

export const zoneFeature = z.strictObject({
  type: z.literal('Feature'),
  id: identifier,
  properties: zoneProperties,
  geometry: areaGeometry,
});
export type ZoneFeature = z.infer<typeof zoneFeature>;

export const placeKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof placeKind>;

export const placeProperties = z.strictObject({ ...featureCommon, kind: placeKind });
export type PlaceProperties = z.infer<typeof placeProperties>;

export const placeFeature = z.strictObject({
  type: z.literal('Feature'),
  id: identifier,
  properties: placeProperties,
  geometry: pointGeometry,
});
export type PlaceFeature = z.infer<typeof placeFeature>;

export const districtProperties = z.strictObject({
  adcode,
  name: localisedText,
  aliases: z.array(alias).min(1),
  /** Where to put the district's label, [lng, lat]. */
  labelPoint: position,
  provenance,
});
export type DistrictProperties = z.infer<typeof districtProperties>;

export const districtFeature = z.strictObject({
  type: z.literal('Feature'),
  id: adcode,
  properties: districtProperties,
  geometry: areaGeometry,
});
export type DistrictFeature = z.infer<typeof districtFeature>;

const featureCollection = <T extends z.ZodType>(feature: T) =>
  z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(feature) });

export const zonesFile = featureCollection(zoneFeature);
export const placesFile = featureCollection(placeFeature);
export const districtsFile = featureCollection(districtFeature);
export type ZoneCollection = z.infer<typeof zonesFile>;
export type PlaceCollection = z.infer<typeof placesFile>;
export type DistrictCollection = z.infer<typeof districtsFile>;

export const haiheFile = featureCollection(
  z.strictObject({
    type: z.literal('Feature'),
    id: z.literal('haihe'),
    properties: z.strictObject({ id: z.literal('haihe'), name: localisedText, provenance }),
    geometry: lineStringGeometry,
  }),
);
export type HaiheCollection = z.infer<typeof haiheFile>;

/**
 * basemap/haihe-label.geojson, published (derived, not in geodata/): where the embedded basemap writes the
 * Haihe's name, the river less its stretches through a zone (domain/haihe-label.ts).
 */
export const haiheLabelFile = featureCollection(
  z.strictObject({
    type: z.literal('Feature'),
    properties: z.strictObject({ name_zh: z.string().min(1), name_en: z.string().min(1) }),
    geometry: lineStringGeometry,
  }),
);
export type HaiheLabelCollection = z.infer<typeof haiheLabelFile>;

export const landFile = featureCollection(
  z.strictObject({
    type: z.literal('Feature'),
    id: z.literal('land').optional(),
    properties: z.strictObject({
      id: z.literal('land'),
      attribution: z.string().min(1),
      license: z.string().min(1),
      source: z.string().min(1),
      note: z.string().min(1),
    }),
    geometry: areaGeometry,
  }),
);
export type LandCollection = z.infer<typeof landFile>;

// ---------- policy, sectors, translations, bodies, links ----------
export const policyMetadata = z.strictObject({
  id: identifier,
  title: localisedText,
  issuer: localisedText,
  /** Date of issue, ISO 8601. */
  date: z.iso.date(),
  legalBasis: z.strictObject({ zh: z.string().min(1), en: z.string().min(1), documentNumber: z.string().min(1) }),
  disclosure: z.enum(['public', 'restricted']),
  sourceFile: z.string().regex(/^[a-z0-9-]+\.txt$/u),
  language: z.literal('zh-CN'),
});
export type PolicyMetadata = z.infer<typeof policyMetadata>;

export const sectorFamily = z.strictObject({ id: identifier, name: localisedText });
export const sector = z.strictObject({
  id: identifier,
  family: identifier,
  name: localisedText,
  /** #rrggbb */
  color: z.string().regex(/^#[0-9a-f]{6}$/u, 'colour must be #rrggbb in lower case'),
  /** Policy groups （一）…（二十） whose measures belong to this sector. */
  groups: z.array(z.number().int().min(1)).min(1),
});
export type Sector = z.infer<typeof sector>;
export const sectorsFile = z.strictObject({
  palette: z.string().min(1),
  families: z.array(sectorFamily).min(1),
  sectors: z.array(sector).min(1),
});
export type SectorsFile = z.infer<typeof sectorsFile>;

const translatedMeasure = z.strictObject({ title: z.string().trim().min(1), summary: z.string().trim().min(1) });
export const measuresEnglishFile = z.strictObject({
  translation: z.strictObject({ status: z.literal('unofficial'), note: z.string().min(1) }),
  parts: z.record(z.string().regex(/^\d+$/u), z.string().trim().min(1)),
  groups: z.record(z.string().regex(/^\d+$/u), z.string().trim().min(1)),
  measures: z.record(z.string().regex(/^\d+(\.\d+)?$/u), translatedMeasure),
});
export type MeasuresEnglishFile = z.infer<typeof measuresEnglishFile>;

export const bodyKind = z.enum([
  'municipal-department',
  'district-government',
  'central-agency',
  'enterprise',
  'mass-organisation',
]);
export type BodyKind = z.infer<typeof bodyKind>;
export const bodiesFile = z.strictObject({
  bodies: z.array(z.strictObject({ zh: z.string().min(1), en: z.string().min(1), kind: bodyKind })).min(1),
});
export type BodiesFile = z.infer<typeof bodiesFile>;

export const targetKind = z.enum(['zone', 'place', 'district']);
export type TargetKind = z.infer<typeof targetKind>;
export const linkTarget = z.strictObject({ kind: targetKind, id: z.string().min(1) });
export type LinkTarget = z.infer<typeof linkTarget>;

export const inferredLinksFile = z.strictObject({
  inferred: z.array(
    z.strictObject({
      measure: z.string().regex(/^\d+(\.\d+)?$/u),
      target: linkTarget,
      rationale: localisedText,
    }),
  ),
});
export type InferredLinksFile = z.infer<typeof inferredLinksFile>;

// ---------- published records (dist/data/) ----------
export const relation = z.enum(['explicit', 'district', 'inferred']);
export type Relation = z.infer<typeof relation>;

export const measureLink = z.strictObject({
  measure: z.string(),
  target: linkTarget,
  relation,
  /** explicit and district links: the sentence that names the target, verbatim, and the wording matched. */
  evidence: z.strictObject({ sentence: z.string().min(1), match: z.string().min(1) }).optional(),
  /**
   * explicit links: `feature` when the text names this zone or place; `area` when the text names the
   * district or area this schematic extent (or point) stands for and the placement is the project's.
   */
  names: z.enum(['feature', 'area']).optional(),
  /** inferred links: why the curator linked them. */
  rationale: localisedText.optional(),
});
export type MeasureLink = z.infer<typeof measureLink>;

export const publishedBody = z.strictObject({ name: localisedText, kind: bodyKind, lead: z.boolean() });
export type PublishedBody = z.infer<typeof publishedBody>;

export const publishedMeasure = z.strictObject({
  id: z.string().regex(/^\d+(\.\d+)?$/u),
  part: z.number().int(),
  group: z.number().int(),
  item: z.number().int().nullable(),
  sector: identifier,
  citation: localisedText,
  title: localisedText,
  partTitle: localisedText,
  groupTitle: localisedText,
  /** Official Chinese text, verbatim, without the responsibility parenthesis. */
  text: z.string().min(1),
  /** One-sentence English summary (unofficial). */
  summary: z.string().min(1),
  bodies: z.array(publishedBody).min(1),
  /** Line in the source text where the measure starts. */
  sourceLine: z.number().int().min(1),
});
export type PublishedMeasure = z.infer<typeof publishedMeasure>;

export const publishedMeasuresFile = z.strictObject({
  policy: policyMetadata,
  translation: z.strictObject({ status: z.literal('unofficial'), note: z.string() }),
  measures: z.array(publishedMeasure),
});
export type PublishedMeasuresFile = z.infer<typeof publishedMeasuresFile>;

export const publishedLinksFile = z.strictObject({ links: z.array(measureLink) });
export type PublishedLinksFile = z.infer<typeof publishedLinksFile>;

// ---------- tours (geodata/tours/*.json, published as /data/tours.json) ----------
export const tourCamera = z.strictObject({
  /** [lng, lat] */
  center: position,
  zoom: z.number().min(0).max(22),
  /** degrees clockwise from north */
  bearing: z.number().min(-180).max(360),
  /** degrees from vertical; MapLibre allows up to 85 */
  pitch: z.number().min(0).max(85),
});
export type TourCamera = z.infer<typeof tourCamera>;

export const tourStep = z.strictObject({
  /** What the step shows: a zone, place or district (selected and named), or only a camera position. */
  target: z.union([linkTarget, z.strictObject({ kind: z.literal('camera') })]),
  camera: tourCamera,
  caption: localisedText,
  /** Sectors shown during the step; "all" for every sector. */
  sectors: z.union([z.literal('all'), z.array(identifier).min(1)]),
  layers: z.strictObject({ zones: z.boolean(), places: z.boolean(), districts: z.boolean(), labels: z.boolean() }),
  /** Speaker notes for the presenter view. */
  notes: localisedText.optional(),
});
export type TourStep = z.infer<typeof tourStep>;

export const tour = z.strictObject({
  id: identifier,
  title: localisedText,
  description: localisedText,
  steps: z.array(tourStep).min(2),
});
export type Tour = z.infer<typeof tour>;

export const toursFile = z.strictObject({ tours: z.array(tour) });
export type ToursFile = z.infer<typeof toursFile>;

// ---------- gazetteer (geodata/gazetteer.json, published as /data/gazetteer.json) ----------
/**
 * What the map can show for a designation the text names:
 * - `feature`: drawn as one or more zones or places (`targets`);
 * - `district`: a district (or several) stands for it (`targets` are districts);
 * - `citywide`: it is the whole city;
 * - `unmapped`: no mappable location, for the `reason` given.
 */
export const gazetteerStatus = z.enum(['feature', 'district', 'citywide', 'unmapped']);
export type GazetteerStatus = z.infer<typeof gazetteerStatus>;

const gazetteerCommon = {
  id: identifier,
  name: localisedText,
  status: gazetteerStatus,
  targets: z.array(linkTarget),
  /** Why it is unmapped, or what the mapped feature does and does not show. */
  reason: localisedText.optional(),
  /** Sources for facts the entry states beyond the policy text. */
  sources: z.array(z.string().trim().min(1)).optional(),
  /** The wording the English summary of every measure naming it must contain (case-insensitive). */
  englishTerm: z.string().trim().min(1).optional(),
};

function checkStatus(
  entry: { status: GazetteerStatus; targets: LinkTarget[]; reason?: LocalisedText },
  ctx: z.RefinementCtx,
) {
  const needsTargets = entry.status === 'feature' || entry.status === 'district';
  if (needsTargets && entry.targets.length === 0)
    ctx.addIssue({ code: 'custom', path: ['targets'], message: `status “${entry.status}” needs at least one target` });
  if (!needsTargets && entry.targets.length > 0)
    ctx.addIssue({ code: 'custom', path: ['targets'], message: `status “${entry.status}” takes no targets` });
  if (entry.status === 'feature' && entry.targets.some((target) => target.kind === 'district'))
    ctx.addIssue({ code: 'custom', path: ['targets'], message: 'status “feature” targets zones or places' });
  if (entry.status === 'district' && entry.targets.some((target) => target.kind !== 'district'))
    ctx.addIssue({ code: 'custom', path: ['targets'], message: 'status “district” targets districts' });
  if (entry.status === 'unmapped' && !entry.reason)
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an unmapped designation needs a reason (zh and en)' });
}

export const gazetteerFile = z.strictObject({
  designations: z.array(
    z
      .strictObject({
        ...gazetteerCommon,
        /** Where the text names it: the measure and the wording, verbatim (the sentence is found by the validator). */
        mentions: z
          .array(z.strictObject({ measure: z.string().regex(/^\d+(\.\d+)?$/u), match: z.string().min(1) }))
          .min(1),
      })
      .superRefine(checkStatus),
  ),
  /** Quoted terms in the text that are programmes, brands, slogans or models rather than designations. */
  otherQuotedTerms: z.array(z.string().min(1)),
});
export type GazetteerFile = z.infer<typeof gazetteerFile>;

export const gazetteerMention = z.strictObject({
  measure: z.string(),
  match: z.string().min(1),
  /** The sentence of the measure that contains the wording, verbatim. */
  sentence: z.string().min(1),
});
export type GazetteerMention = z.infer<typeof gazetteerMention>;

export const publishedDesignation = z
  .strictObject({ ...gazetteerCommon, mentions: z.array(gazetteerMention).min(1) })
  .superRefine(checkStatus);
export type PublishedDesignation = z.infer<typeof publishedDesignation>;

export const publishedGazetteerFile = z.strictObject({ designations: z.array(publishedDesignation) });
export type PublishedGazetteerFile = z.infer<typeof publishedGazetteerFile>;

/**
 * Turns a validated dataset into the open-data files published under /data/ of the site.
 * Pure: returns file contents keyed by their path below /data/.
 */
import Papa from 'papaparse';
import { ATLAS_FILES } from '../data/load-atlas';
import { linesOutsideZones } from '../domain/haihe-label';
import type { Dataset } from './validate';
import type {
  HaiheLabelCollection,
  MeasureLink,
  PublishedGazetteerFile,
  PublishedLinksFile,
  PublishedMeasuresFile,
  TargetKind,
  ToursFile,
} from '../data/schemas';

/**
 * Every file under /data/: what the app builds the atlas from, the measures as CSV, the basemap's files
 * (with the lines the Haihe's name is written along, worked out here).
 */
export const PUBLISHED_FILES = [
  ...ATLAS_FILES,
  'measures.csv',
  'basemap/land.geojson',
  'basemap/haihe.geojson',
  'basemap/haihe-label.geojson',
] as const;
export type PublishedFile = (typeof PUBLISHED_FILES)[number];

/** Excel opens a CSV as UTF-8 only when it starts with a byte-order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

function targetsOf(links: readonly MeasureLink[], measure: string, kind: TargetKind): string {
  return links
    .filter((link) => link.measure === measure && link.target.kind === kind)
    .map((link) => `${link.target.id} (${link.relation})`)
    .join('; ');
}

export function measuresCsv(dataset: Dataset): string {
  const sectorName = new Map(dataset.sectors.sectors.map((sector) => [sector.id, sector.name]));
  const rows = dataset.measures.map((measure) => ({
    id: measure.id,
    citation_zh: measure.citation.zh,
    citation_en: measure.citation.en,
    part: measure.part,
    group: measure.group,
    item: measure.item ?? '',
    sector: measure.sector,
    sector_zh: sectorName.get(measure.sector)?.zh ?? '',
    sector_en: sectorName.get(measure.sector)?.en ?? '',
    title_zh: measure.title.zh,
    title_en: measure.title.en,
    summary_en_unofficial: measure.summary,
    lead_bodies_zh: measure.bodies
      .filter((body) => body.lead)
      .map((body) => body.name.zh)
      .join('；'),
    bodies_zh: measure.bodies.map((body) => body.name.zh).join('；'),
    bodies_en: measure.bodies.map((body) => body.name.en).join('; '),
    zones: targetsOf(dataset.links, measure.id, 'zone'),
    places: targetsOf(dataset.links, measure.id, 'place'),
    districts: targetsOf(dataset.links, measure.id, 'district'),
    text_zh: measure.text,
  }));
  return BYTE_ORDER_MARK + Papa.unparse(rows, { newline: '\r\n', quotes: true });
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

/** The Haihe's label lines: the river outside every zone, with its names. */
export function haiheLabel(dataset: Pick<Dataset, 'haihe' | 'zones'>): HaiheLabelCollection {
  return {
    type: 'FeatureCollection',
    features: dataset.haihe.features.flatMap((river) =>
      linesOutsideZones(river.geometry.coordinates, dataset.zones.features, {
        name_zh: river.properties.name.zh,
        name_en: river.properties.name.en,
      }),
    ),
  };
}

export function publishData(dataset: Dataset): Record<PublishedFile, string> {
  const measures: PublishedMeasuresFile = {
    policy: dataset.policyMetadata,
    translation: dataset.english.translation,
    measures: dataset.measures,
  };
  const links: PublishedLinksFile = { links: dataset.links };
  const tours: ToursFile = { tours: dataset.tours };
  const gazetteer: PublishedGazetteerFile = { designations: dataset.gazetteer };
  return {
    'measures.json': json(measures),
    'links.json': json(links),
    'zones.geojson': json(dataset.zones),
    'places.geojson': json(dataset.places),
    'districts.geojson': json(dataset.districts),
    'sectors.json': json(dataset.sectors),
    'region.json': json(dataset.region),
    'measures.csv': measuresCsv(dataset),
    'basemap/land.geojson': json(dataset.land),
    'basemap/haihe.geojson': json(dataset.haihe),
    'basemap/haihe-label.geojson': json(haiheLabel(dataset)),
    'tours.json': json(tours),
    'gazetteer.json': json(gazetteer),
  };
}

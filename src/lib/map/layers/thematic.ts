/**
 * The thematic deck.gl layers: a district choropleth of linked measures and zones extruded by their
 * number of measures (3D). Pure builders: data in, layers out.
 */
import { SolidPolygonLayer } from '@deck.gl/layers';
import type { DistrictFeature, Position, ZoneFeature } from '../../data/schemas';
import { polygonsOf } from '../../domain/polygons';
import { classOf, countClasses } from '../../domain/thematic';
import { CHOROPLETH_OPACITY, hexToRgba, NEUTRAL_HEX } from './color';
import { zoneColorHex } from './zones';

export const CHOROPLETH_LAYER_ID = 'district-choropleth';
export const EXTRUDED_LAYER_ID = 'zone-extrusion';
/** Height of one measure in the 3D view, metres: tall enough to read at city zoom. */
export const METRES_PER_MEASURE = 1000;

interface Part {
  id: string;
  polygon: Position[][];
  count: number;
}

const partsOf = (
  features: ReadonlyArray<DistrictFeature | ZoneFeature>,
  counts: Readonly<Record<string, number>>,
): Part[] =>
  features.flatMap((feature) =>
    polygonsOf(feature.geometry).map((polygon) => ({ id: feature.id, polygon, count: counts[feature.id] ?? 0 })),
  );

export function choroplethLayer(
  districts: readonly DistrictFeature[],
  counts: Readonly<Record<string, number>>,
  beforeId: string,
) {
  const classes = countClasses(Object.values(counts));
  return new SolidPolygonLayer<Part, { beforeId: string }>({
    id: CHOROPLETH_LAYER_ID,
    beforeId,
    data: partsOf(districts, counts),
    getPolygon: (part) => part.polygon,
    getFillColor: (part) => hexToRgba(classOf(part.count, classes).color, CHOROPLETH_OPACITY),
    pickable: false,
  });
}

export function extrudedZonesLayer(
  zones: readonly ZoneFeature[],
  counts: Readonly<Record<string, number>>,
  sectorColors: Readonly<Record<string, string>>,
  beforeId: string,
) {
  const colourOf = new Map(zones.map((zone) => [zone.id, zoneColorHex(zone, sectorColors)]));
  return new SolidPolygonLayer<Part, { beforeId: string }>({
    id: EXTRUDED_LAYER_ID,
    beforeId,
    data: partsOf(zones, counts),
    extruded: true,
    wireframe: true,
    getPolygon: (part) => part.polygon,
    getElevation: (part) => Math.max(1, part.count) * METRES_PER_MEASURE,
    getFillColor: (part) => hexToRgba(colourOf.get(part.id) ?? NEUTRAL_HEX, 0.82),
    getLineColor: [40, 40, 40, 160],
    pickable: false,
  });
}

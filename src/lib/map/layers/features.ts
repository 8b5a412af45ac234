/**
 * Imported polygon and line layers (user-supplied) and the official boundaries taken from them. Unlike
 * the schematic zones (pastel fill, dashed outline) these have a light fill in a saturated colour and a
 * solid outline; boundaries are a solid dark outline without fill, so they read beside a zone's dashed
 * schematic extent. Drawn with the polygon, path and scatterplot layers the map already loads
 * (GeoJsonLayer would bring deck.gl's TextLayer into the map's chunk for nothing).
 */
import { PathLayer, ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';

/** The readers only ever produce [lng, lat] pairs; GeoJSON's type says number[]. */
type Pair = [number, number];
import type { OfficialBoundary } from '../../analysis/boundary-store';
import type { FeatureGeometry, FeatureLayerData } from '../../analysis/feature-types';
import type { InterleavedProps } from './deck-types';

/** What the map needs of an imported feature layer. */
export interface FeatureLayerView {
  id: string;
  name: string;
  data: FeatureLayerData;
  visible: boolean;
  /** [r, g, b] */
  color: [number, number, number];
}

export const FEATURES_LAYER_PREFIX = 'imported-features-';
export const BOUNDARIES_LAYER_ID = 'official-boundaries';

/** Every drawn piece carries its feature's position in FeatureLayerData.features, for picking. */
export interface FeatureRef {
  index: number;
}
interface PolygonPiece extends FeatureRef {
  polygon: Position[][];
}
interface PathPiece extends FeatureRef {
  path: Position[];
}
interface PointPiece extends FeatureRef {
  position: Position;
}
interface Pieces {
  polygons: PolygonPiece[];
  paths: PathPiece[];
  points: PointPiece[];
}

const FILL_ALPHA = 46;
const OPEN_FILL_ALPHA = 110;
const LINE_WIDTH_PX = 2;
const OPEN_LINE_WIDTH_PX = 4;
const POINT_RADIUS_PX = 4;
const BOUNDARY_COLOR: [number, number, number, number] = [20, 20, 20, 235];
const BOUNDARY_WIDTH_PX = 3;

function piecesOf(geometry: FeatureGeometry, index: number, into: Pieces): void {
  switch (geometry.type) {
    case 'Polygon':
      into.polygons.push({ index, polygon: geometry.coordinates });
      for (const path of geometry.coordinates) into.paths.push({ index, path });
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) piecesOf({ type: 'Polygon', coordinates: polygon }, index, into);
      return;
    case 'LineString':
      into.paths.push({ index, path: geometry.coordinates });
      return;
    case 'MultiLineString':
      for (const path of geometry.coordinates) into.paths.push({ index, path });
      return;
    case 'Point':
      into.points.push({ index, position: geometry.coordinates });
      return;
    case 'MultiPoint':
      for (const position of geometry.coordinates) into.points.push({ index, position });
      return;
    default: {
      const unknown: never = geometry;
      throw new Error(`unknown geometry ${JSON.stringify(unknown)}`);
    }
  }
}

/** Kept per layer data, so deck.gl uploads a layer's geometry once. */
const piecesCache = new WeakMap<FeatureLayerData, Pieces>();
function cachedPieces(data: FeatureLayerData): Pieces {
  let pieces = piecesCache.get(data);
  if (!pieces) {
    pieces = { polygons: [], paths: [], points: [] };
    for (const [index, feature] of data.features.entries()) piecesOf(feature.geometry, index, pieces);
    piecesCache.set(data, pieces);
  }
  return pieces;
}

/** The layer's id from a drawn layer's id (`imported-features-<id>-fill`), or null for other layers. */
export function featureLayerIdOf(deckLayerId: string): string | null {
  if (!deckLayerId.startsWith(FEATURES_LAYER_PREFIX)) return null;
  return deckLayerId.slice(FEATURES_LAYER_PREFIX.length).replace(/-(?:fill|line|point)$/u, '');
}

export function featureLayers(view: FeatureLayerView, openIndex: number | null, beforeId: string) {
  const pieces = cachedPieces(view.data);
  const id = `${FEATURES_LAYER_PREFIX}${view.id}`;
  const common = { beforeId, visible: view.visible, pickable: true };
  return [
    new SolidPolygonLayer<PolygonPiece, InterleavedProps>({
      ...common,
      id: `${id}-fill`,
      data: pieces.polygons,
      getPolygon: (piece) => piece.polygon as Pair[][],
      getFillColor: (piece) => [...view.color, piece.index === openIndex ? OPEN_FILL_ALPHA : FILL_ALPHA],
      updateTriggers: { getFillColor: [openIndex] },
    }),
    new PathLayer<PathPiece, InterleavedProps>({
      ...common,
      id: `${id}-line`,
      data: pieces.paths,
      getPath: (piece) => piece.path as Pair[],
      getColor: [...view.color, 255],
      getWidth: (piece) => (piece.index === openIndex ? OPEN_LINE_WIDTH_PX : LINE_WIDTH_PX),
      widthUnits: 'pixels',
      updateTriggers: { getWidth: [openIndex] },
    }),
    new ScatterplotLayer<PointPiece, InterleavedProps>({
      ...common,
      id: `${id}-point`,
      data: pieces.points,
      getPosition: (piece) => piece.position as Pair,
      getFillColor: [...view.color, 230],
      getRadius: POINT_RADIUS_PX,
      radiusUnits: 'pixels',
    }),
  ];
}

interface BoundaryRing {
  zoneId: string;
  path: Position[];
}

export function boundariesLayer(boundaries: readonly OfficialBoundary[], beforeId: string) {
  const rings: BoundaryRing[] = boundaries.flatMap((boundary) => {
    const polygons =
      boundary.geometry.type === 'Polygon' ? [boundary.geometry.coordinates] : boundary.geometry.coordinates;
    return polygons.flat().map((path) => ({ zoneId: boundary.zoneId, path }));
  });
  return new PathLayer<BoundaryRing, InterleavedProps>({
    id: BOUNDARIES_LAYER_ID,
    beforeId,
    data: rings,
    getPath: (ring) => ring.path as Pair[],
    getColor: BOUNDARY_COLOR,
    getWidth: BOUNDARY_WIDTH_PX,
    widthUnits: 'pixels',
    pickable: true,
  });
}

import type { Position } from '../../data/schemas';

/**
 * Props that MapboxOverlay (interleaved) reads from every deck.gl layer: the MapLibre layer the deck
 * layer is drawn beneath. Declared here because @deck.gl/mapbox does not export its type.
 */
export interface InterleavedProps {
  beforeId?: string;
}

/** One polygon (outer ring then holes) of a zone; a MultiPolygon zone gives several. */
export interface ZonePart<Zone> {
  zone: Zone;
  polygon: Position[][];
}

/** One ring of a zone, for its outline. */
export interface ZoneRing<Zone> {
  zone: Zone;
  path: Position[];
}

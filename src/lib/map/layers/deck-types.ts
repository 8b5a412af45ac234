/**
 * Props that MapboxOverlay (interleaved) reads from every deck.gl layer: the MapLibre layer the deck
 * layer is drawn beneath. Declared here because @deck.gl/mapbox does not export its type.
 */
export interface InterleavedProps {
  beforeId?: string;
}

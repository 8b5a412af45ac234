/** Colours as deck.gl wants them: [r, g, b, a], each 0–255. */
export type Rgba = [number, number, number, number];

/** Used when a zone has no sector or its sector has no colour. */
export const NEUTRAL_HEX = '#888888';

/** '#rrggbb' → [r, g, b, alpha×255]; anything else → the neutral grey. */
export function hexToRgba(hex: string, alpha = 1): Rgba {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex);
  if (!match) return hexToRgba(NEUTRAL_HEX, alpha);
  const [, r, g, b] = match;
  return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16), Math.round(alpha * 255)];
}

/** Mixes the colour with black: `amount` 0 keeps it, 1 gives black. Outlines of pale sector colours need it. */
export function darken([r, g, b, a]: Rgba, amount: number): Rgba {
  const keep = 1 - amount;
  return [Math.round(r * keep), Math.round(g * keep), Math.round(b * keep), a];
}

/** The district choropleth's fill: translucent, so zones, places and imported points beneath stay visible. */
export const CHOROPLETH_OPACITY = 0.45;

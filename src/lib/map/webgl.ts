/**
 * Whether this browser can draw the map at all: MapLibre 5 and deck.gl 9 need WebGL 2. Without it the
 * app shows its list view instead of failing on a blank canvas.
 */
export function webgl2Available(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Give the probe's context back at once: browsers cap how many a page may hold.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

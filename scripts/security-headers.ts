/**
 * The Content-Security-Policy and other security headers of the built site, from the same configuration
 * that enables the online basemaps (.env): only the hosts of a configured basemap are allowed, and
 * nothing else leaves the origin. Used by `vite preview` (so every e2e test runs under the policy), by
 * the build (a <meta> copy in index.html for hosts that send no headers) and documented in the README.
 */

export interface BasemapEnv {
  VITE_OSM_STYLE_URL?: string;
  VITE_TIANDITU_KEY?: string;
}

/** The OSM style's own origin and the tile host of OpenFreeMap, whose styles point there. */
function osmOrigins(styleUrl: string | undefined): string[] {
  if (!styleUrl) return [];
  try {
    const origin = new URL(styleUrl).origin;
    return origin.startsWith('https://') ? [origin] : [];
  } catch {
    return [];
  }
}

export function contentSecurityPolicy(env: BasemapEnv, delivery: 'header' | 'meta'): string {
  const online = [
    ...osmOrigins(env.VITE_OSM_STYLE_URL),
    ...(env.VITE_TIANDITU_KEY ? ['https://*.tianditu.gov.cn'] : []),
  ];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // No inline script and no eval: every script is a file of this origin, MapLibre's worker included
    // (its CSP build, served as a file instead of a blob).
    ['script-src', ["'self'"]],
    // The import worker, MapLibre's worker and the service worker (sw.js) are files of this origin.
    ['worker-src', ["'self'"]],
    // The web app manifest (installing the atlas as an app).
    ['manifest-src', ["'self'"]],
    // Style sheets are files; Svelte and MapLibre set some style attributes on elements.
    ['style-src', ["'self'"]],
    ['style-src-attr', ["'unsafe-inline'"]],
    // data: for the QR code and canvas-made icons; blob: for downloads.
    ['img-src', ["'self'", 'data:', 'blob:', ...online]],
    // Nothing is fetched from a data: URL (the place symbols are MapLibre style images drawn on a canvas).
    ['connect-src', ["'self'", ...online]],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    // Only a header can forbid framing; browsers ignore (and complain about) it in a <meta>.
    ...(delivery === 'header' ? ([['frame-ancestors', ["'none'"]]] as Array<[string, string[]]>) : []),
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Every header a deployment should send with the site. */
export function securityHeaders(env: BasemapEnv): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(env, 'header'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

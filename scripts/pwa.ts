/**
 * Offline use: the web app manifest and the service worker (vite-plugin-pwa, Workbox `generateSW`).
 * After one visit the whole built site is in the browser's Cache Storage — the app shell, every lazily
 * loaded chunk (site package, comparison, analysis, the import worker and its readers), the published
 * data under /data/ and the embedded basemap's files — so the atlas opens and works with the network off.
 *
 * Updates: every precached file carries a revision (a content hash in its name under assets/, an MD5 of
 * its bytes for the rest, /data/ included), so a new deployment yields a new sw.js; the page finds it
 * and asks the user to reload (registerType 'prompt': never a silent swap under an open page, never a
 * silently stale atlas). Deployments must send sw.js and manifest.webmanifest with `Cache-Control: no-cache`.
 *
 * Nothing from another origin is cached: there is no runtime caching at all, so requests to the opt-in
 * online basemaps (OpenStreetMap, Tianditu) go straight to the network under their own terms.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The top bar's colour: the title bar of an installed app matches the page. */
export const THEME_COLOUR = '#14324f';

/** Largest file the service worker precaches (bytes); the main chunk is ~1.2 MB unzipped. Larger files would be left out silently, so the e2e test checks every built file is cached. */
export const PRECACHE_MAX_BYTES = 6 * 1024 * 1024;

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // The app registers the worker itself, after its first render (src/lib/state/service-worker.ts).
  injectRegister: false,
  strategies: 'generateSW',
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon-180.png'],
  manifest: {
    id: '/',
    name: '天津服务业扩能提质地图 · Tianjin Service Atlas',
    short_name: '天津服务业地图',
    description:
      "《天津市推动服务业扩能提质的若干措施》的空间地图 — Tianjin's 2026 service-industry measures on the map",
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOUR,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything the site is made of; the bundle manifest in .vite/ is for the build checks only.
    globPatterns: ['**/*.{html,js,css,json,geojson,csv,png,svg,webmanifest}'],
    globIgnores: ['.vite/**'],
    maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
    // A link with ?sel=…&tour=… opens the app shell from the cache; open-data files are never the app.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/data\//u, /^\/assets\//u],
    // Claim the page of the first visit, so that the chunks it loads later (a site package opened after
    // the network dropped) come from the cache too. An update still waits for the user (no skipWaiting).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // No runtimeCaching: requests to other origins (the opt-in online basemaps) are never stored.
  },
};

import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { geodataPlugin } from './scripts/vite-plugin-geodata';
import { contentSecurityPolicy, securityHeaders, type BasemapEnv } from './scripts/security-headers';
import { PWA_OPTIONS } from './scripts/pwa';

/** The built index.html carries the policy too, for hosts that cannot send headers. */
function cspMeta(env: BasemapEnv): Plugin {
  return {
    name: 'atlas-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(env, 'meta') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_') as BasemapEnv;
  return {
    // VitePWA after the data plugin: the service worker precaches the emitted /data/ files too.
    plugins: [svelte(), geodataPlugin(), cspMeta(env), VitePWA(PWA_OPTIONS)],
    resolve: {
      // MapLibre's CSP build: the same library, with its worker as a file of this origin instead of a blob.
      alias: [
        {
          find: /^maplibre-gl$/u,
          replacement: fileURLToPath(new URL('./node_modules/maplibre-gl/dist/maplibre-gl-csp.js', import.meta.url)),
        },
      ],
    },
    build: {
      target: 'es2022',
      // dist/.vite/manifest.json: the chunk graph the bundle budget (npm run check:bundle) is measured on.
      manifest: true,
      chunkSizeWarningLimit: 1500,
      // Every browser the site supports (ES2022, WebGL 2) knows <link rel="modulepreload">: no polyfill.
      modulePreload: { polyfill: false },
    },
    // The import worker is a module worker; as ES it can load readers for rarer formats (.xlsx) on demand
    // instead of carrying them on every CSV import.
    worker: { format: 'es' },
    preview: { headers: securityHeaders(env) },
  };
});

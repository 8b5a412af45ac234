/**
 * MapLibre's CSP build needs to be told where its worker is: a file bundled with the site, so the
 * Content-Security-Policy can say `worker-src 'self'` without allowing blob: workers.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';

setWorkerUrl(workerUrl);

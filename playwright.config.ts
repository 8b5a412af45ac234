import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * e2e tests drive Debian's Chromium (never a downloaded browser) against the built site served by
 * `vite preview`. Build first: `npm run build` (the `test` script does).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    launchOptions: CHROMIUM_LAUNCH,
    // The built site registers a service worker (offline use). Requests it serves bypass page.route and
    // the cache would outlive a reload, so specs run without it; tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --configLoader runner --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker (scripts/pwa.ts builds it) and reports to the offline status: a new
 * version found is announced and waits for the user (registerType 'prompt'). Loaded with `import()`
 * after the first render, so that neither this nor workbox-window weighs on it.
 */
import { registerSW } from 'virtual:pwa-register';
import { offlineStatus, type OfflineStatus } from './offline.svelte';

/** How often an open page asks the server for a new version, besides coming back online or into view (ms). */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Looks for a new sw.js when it is worth it: back online, back in view, and once an hour. */
function watchForUpdates(registration: ServiceWorkerRegistration, win: Window): void {
  const check = () => {
    // Offline, the check could only fail (and Chromium would log it).
    if (win.navigator.onLine) registration.update().catch(() => undefined);
  };
  win.addEventListener('online', check);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'visible') check();
  });
  win.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
}

export function registerServiceWorker(status: OfflineStatus = offlineStatus, win: Window = window): void {
  status.connect(win);
  if (!('serviceWorker' in win.navigator)) return;
  const updateServiceWorker = registerSW({
    // Waits for the page's load event, then registers; a first install stores the whole site.
    onNeedRefresh: () => status.updateFound(() => updateServiceWorker(true)),
    onRegisteredSW: (_url, registration) => {
      if (registration) watchForUpdates(registration, win);
    },
    // Without a service worker the atlas still works online; the status line simply never says “offline ready”.
    onRegisterError: (error: unknown) => console.warn('The service worker could not be registered:', error),
  });
}

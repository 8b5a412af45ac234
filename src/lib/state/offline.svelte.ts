/**
 * Offline use as runes, for the presenter who opens the atlas where the network is poor: whether the
 * browser is online, whether this page is served by the service worker (whose install stored the whole
 * site, so everything works with the network off) and whether a newer version waits for a reload.
 * The service worker itself registers later, from its own chunk (service-worker.ts); this module stays
 * small because the first render imports it.
 */

/** The parts of a window this state listens to (a fake in unit tests). */
export interface OfflineHost {
  navigator: { onLine: boolean; serviceWorker?: Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'> };
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  location: { reload(): void };
}

export type OfflineCondition = 'ready' | 'offline-ready' | 'offline-unsaved' | 'online';

export class OfflineStatus {
  online = $state(true);
  /** A service worker controls this page: its install precached every file of the site. */
  ready = $state(false);
  /** A newer version is installed and waits for the user to reload (never swapped in silently). */
  updateWaiting = $state(false);
  /** The user chose “later”: the notice folds away, the status line still says an update waits. */
  updateDeferred = $state(false);
  #host: OfflineHost | null = null;
  #applyUpdate: (() => Promise<void>) | null = null;

  /** What the status line says, from the most to the least urgent. */
  get condition(): OfflineCondition {
    if (!this.online) return this.ready ? 'offline-ready' : 'offline-unsaved';
    return this.ready ? 'ready' : 'online';
  }

  /** Starts listening to the browser; calling it again does nothing. */
  connect(host: OfflineHost): void {
    if (this.#host) return;
    this.#host = host;
    this.online = host.navigator.onLine;
    host.addEventListener('online', () => (this.online = true));
    host.addEventListener('offline', () => (this.online = false));
    const workers = host.navigator.serviceWorker;
    if (!workers) return;
    this.ready = workers.controller !== null;
    // The first visit's worker claims the page once it has stored everything (clientsClaim).
    workers.addEventListener('controllerchange', () => (this.ready = workers.controller !== null));
  }

  /** A new version is installed and waiting; `apply` activates it (the page then reloads). */
  updateFound(apply: () => Promise<void>): void {
    this.#applyUpdate = apply;
    this.updateWaiting = true;
    this.updateDeferred = false;
  }

  /** Reloads into the new version. */
  async reload(): Promise<void> {
    if (this.#applyUpdate) await this.#applyUpdate();
    else this.#host?.location.reload();
  }

  later(): void {
    this.updateDeferred = true;
  }
}

/** The page's one offline status: the top bar shows it, the service worker's registration feeds it. */
export const offlineStatus = new OfflineStatus();

import { describe, expect, it } from 'vitest';
import { OfflineStatus, type OfflineHost } from './offline.svelte';

/** A window with switchable network and an optional service worker container. */
function fakeHost(options: { online: boolean; controlled: boolean | null }) {
  const listeners = new Map<string, Array<() => void>>();
  const on = (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const workers =
    options.controlled === null
      ? undefined
      : {
          controller: (options.controlled ? {} : null) as ServiceWorker | null,
          addEventListener: (type: string, listener: () => void) => on(`sw:${type}`, listener),
        };
  let reloads = 0;
  const host = {
    navigator: { onLine: options.online, serviceWorker: workers },
    addEventListener: on,
    location: { reload: () => void reloads++ },
  } as unknown as OfflineHost;
  return {
    host,
    fire,
    reloads: () => reloads,
    claim: () => {
      if (workers) workers.controller = {} as ServiceWorker;
      fire('sw:controllerchange');
    },
  };
}

describe('OfflineStatus', () => {
  it('is only “online” until a service worker controls the page, then “ready”', () => {
    const fake = fakeHost({ online: true, controlled: false });
    const status = new OfflineStatus();
    status.connect(fake.host);
    expect(status.condition).toBe('online');
    fake.claim();
    expect(status.condition).toBe('ready');
  });

  it('is ready at once on a visit after the first (the page is already controlled)', () => {
    const fake = fakeHost({ online: true, controlled: true });
    const status = new OfflineStatus();
    status.connect(fake.host);
    expect(status.condition).toBe('ready');
  });

  it('follows the network: offline with or without a saved copy, and back', () => {
    const saved = fakeHost({ online: true, controlled: true });
    const status = new OfflineStatus();
    status.connect(saved.host);
    saved.fire('offline');
    expect(status.condition).toBe('offline-ready');
    saved.fire('online');
    expect(status.condition).toBe('ready');

    const unsaved = fakeHost({ online: false, controlled: false });
    const fresh = new OfflineStatus();
    fresh.connect(unsaved.host);
    expect(fresh.condition).toBe('offline-unsaved');
  });

  it('never claims to be ready in a browser without service workers', () => {
    const fake = fakeHost({ online: true, controlled: null });
    const status = new OfflineStatus();
    status.connect(fake.host);
    expect(status.condition).toBe('online');
  });

  it('connects once: a second connect adds no listeners and keeps the state', () => {
    const fake = fakeHost({ online: true, controlled: true });
    const other = fakeHost({ online: false, controlled: false });
    const status = new OfflineStatus();
    status.connect(fake.host);
    status.connect(other.host);
    expect(status.condition).toBe('ready');
  });

  it('announces an update, applies it only when asked, and “later” folds the notice but keeps it known', async () => {
    const fake = fakeHost({ online: true, controlled: true });
    const status = new OfflineStatus();
    status.connect(fake.host);
    let applied = 0;
    status.updateFound(async () => void applied++);
    expect(status.updateWaiting).toBe(true);
    expect(applied).toBe(0);
    status.later();
    expect(status.updateDeferred).toBe(true);
    expect(status.updateWaiting).toBe(true);
    await status.reload();
    expect(applied).toBe(1);
    expect(fake.reloads()).toBe(0);
  });

  it('reloads the page when no update is waiting', async () => {
    const fake = fakeHost({ online: true, controlled: true });
    const status = new OfflineStatus();
    status.connect(fake.host);
    await status.reload();
    expect(fake.reloads()).toBe(1);
  });
});

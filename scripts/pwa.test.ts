import { describe, expect, it } from 'vitest';
import { PWA_OPTIONS } from './pwa';
import { contentSecurityPolicy } from './security-headers';

describe('offline use (service worker and manifest)', () => {
  it('asks the user before a new version takes over', () => {
    expect(PWA_OPTIONS.registerType).toBe('prompt');
    expect(PWA_OPTIONS.workbox?.skipWaiting).toBe(false);
    expect(PWA_OPTIONS.filename).toBe('sw.js');
  });

  it('caches nothing at run time, so no online basemap tile is ever stored', () => {
    expect(PWA_OPTIONS.workbox?.runtimeCaching ?? []).toEqual([]);
  });

  it('precaches the app, its lazy chunks, the published data and the basemap files', () => {
    const patterns = PWA_OPTIONS.workbox?.globPatterns?.join(' ') ?? '';
    for (const extension of ['html', 'js', 'css', 'json', 'geojson', 'csv', 'png', 'webmanifest'])
      expect(patterns).toContain(extension);
  });

  it('never answers a request for an open-data file with the app', () => {
    const denied = PWA_OPTIONS.workbox?.navigateFallbackDenylist ?? [];
    expect(denied.some((pattern) => pattern.test('/data/measures.csv'))).toBe(true);
    expect(denied.some((pattern) => pattern.test('/?package=necc-tianjin'))).toBe(false);
  });

  it('names the app in Chinese with icons for any use and a maskable one', () => {
    const manifest = PWA_OPTIONS.manifest || null;
    expect(manifest?.name).toContain('天津服务业扩能提质地图');
    expect(manifest?.lang).toBe('zh-CN');
    const icons = manifest?.icons ?? [];
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });

  it('lets the policy load the service worker and the manifest from this origin only', () => {
    const policy = contentSecurityPolicy({}, 'header');
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toContain("manifest-src 'self';");
  });
});

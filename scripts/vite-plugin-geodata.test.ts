import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { PUBLISHED_FILES } from '../src/lib/pipeline/publish';
import { contentTypeOf } from './vite-plugin-geodata';

let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  server = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    configLoader: 'runner',
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  base = `http://127.0.0.1:${address.port}`;
}, 30_000);

afterAll(async () => {
  await server?.close();
});

describe('the dev server publishes geodata under /data/', () => {
  it.each(PUBLISHED_FILES)('serves /data/%s with its content type', async (file) => {
    const response = await fetch(`${base}/data/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentTypeOf(file));
    const text = await response.text();
    if (!file.endsWith('.csv')) expect(() => JSON.parse(text)).not.toThrow();
  });

  it('leaves other /data/ paths to Vite', async () => {
    const response = await fetch(`${base}/data/secrets.json`);
    expect(response.headers.get('content-type') ?? '').not.toContain('geo+json');
  });
});

/**
 * The static server for benchmarks: the built site from dist/ (same paths as any web server would give
 * it) and the bare MapLibre baseline pages under /bare/. Node's http only, no dependencies. It serves
 * like the production server, so cold and warm visits mean something:
 *  - gzip for text (js, css, html, json, geojson, csv, svg) when the browser accepts it;
 *  - `/assets/*` (content-hashed file names) cached for a year, `immutable`;
 *  - everything else (index.html, /data/, /bare/) revalidated on each use: `no-cache` with an ETag and
 *    Last-Modified, answered 304 Not Modified when unchanged.
 * Extra routes can be added (the fair baseline's generated style).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.geojson', '.csv', '.svg', '.webmanifest']);

function resolve(path: string): string | null {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/u, '');
  if (clean.startsWith('/bare/maplibre-gl.')) return join(root, 'node_modules/maplibre-gl/dist', clean.slice(6));
  if (clean.startsWith('/bare/')) return join(root, 'bench', clean === '/bare/' ? '/bare/index.html' : clean);
  const file = join(root, 'dist', clean === '/' ? 'index.html' : clean);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

interface Entry {
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  modified: string;
  type: string;
}

/** Files read and compressed once per server (the bench serves one build). */
const cache = new Map<string, Entry>();
function entryOf(file: string): Entry {
  const cached = cache.get(file);
  if (cached) return cached;
  const body = readFileSync(file);
  const stat = statSync(file);
  const ext = extname(file);
  const entry: Entry = {
    body,
    // Level 6, as nginx's `gzip_comp_level 6` would.
    gzip: COMPRESSED.has(ext) ? gzipSync(body, { level: 6 }) : null,
    etag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
    modified: stat.mtime.toUTCString(),
    type: TYPES[ext] ?? 'application/octet-stream',
  };
  cache.set(file, entry);
  return entry;
}

export interface ServerOptions {
  port?: number;
  /** Generated responses by path (JSON bodies), e.g. the fair baseline's style. */
  routes?: Record<string, () => unknown>;
  /** Counts requests by path (for checks that a warm visit revalidates instead of downloading). */
  onrequest?: (path: string, status: number, bytes: number) => void;
}

export function startServer(options: ServerOptions | number = {}): Promise<{ server: Server; origin: string }> {
  const { port = 0, routes = {}, onrequest } = typeof options === 'number' ? { port: options } : options;
  const generated = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes[path];
    if (route) {
      const body = generated.get(path) ?? Buffer.from(JSON.stringify(route()));
      generated.set(path, body);
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
      onrequest?.(path, 200, body.length);
      return;
    }
    const file = resolve(path);
    if (!file || !existsSync(file)) {
      response.writeHead(404).end('not found');
      onrequest?.(path, 404, 0);
      return;
    }
    const entry = entryOf(file);
    const immutable = path.startsWith('/assets/');
    const headers: Record<string, string> = {
      'content-type': entry.type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: entry.etag,
      'last-modified': entry.modified,
      vary: 'Accept-Encoding',
    };
    const fresh =
      request.headers['if-none-match'] === entry.etag ||
      (!request.headers['if-none-match'] && request.headers['if-modified-since'] === entry.modified);
    if (fresh) {
      response.writeHead(304, headers).end();
      onrequest?.(path, 304, 0);
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip! : entry.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
    onrequest?.(path, 200, body.length);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, origin: `http://127.0.0.1:${actual}` });
    }),
  );
}

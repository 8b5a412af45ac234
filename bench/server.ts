/**
 * A minimal static server for benchmarks: the built site from dist/ (same paths as any web server
 * would give it) and the bare MapLibre baseline page under /bare/. Node's http only, no dependencies.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

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
};

function resolve(path: string): string | null {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/u, '');
  if (clean.startsWith('/bare/maplibre-gl.')) return join(root, 'node_modules/maplibre-gl/dist', clean.slice(6));
  if (clean.startsWith('/bare/')) return join(root, 'bench', clean === '/bare/' ? '/bare/index.html' : clean);
  const file = join(root, 'dist', clean === '/' ? 'index.html' : clean);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function startServer(port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolve(path);
    if (!file || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, origin: `http://127.0.0.1:${actual}` });
    }),
  );
}

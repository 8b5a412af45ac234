/**
 * Publishes geodata/ as the site's /data/ files: validated and generated on every request in `dev`,
 * emitted into dist/data/ by `build` (so `preview` and any static host serve the same paths).
 * A build with invalid geodata fails with the validator's messages.
 */
import type { Plugin } from 'vite';
import { publishData, PUBLISHED_FILES, type PublishedFile } from '../src/lib/pipeline/publish';
import { formatIssue, validateGeodata } from '../src/lib/pipeline/validate';
import { GEODATA_DIR, readGeodataFiles } from './geodata-io';

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[path.split('.').at(-1) ?? ''] ?? 'application/octet-stream';
}

let cache: { source: string; published: Record<PublishedFile, string> } | null = null;

/** Validates and publishes geodata/; reuses the last result while no file has changed. */
function publishedFromDisk(): Record<PublishedFile, string> {
  const files = readGeodataFiles(GEODATA_DIR);
  const source = JSON.stringify(files);
  if (cache?.source === source) return cache.published;
  const result = validateGeodata(files);
  if (!result.dataset) {
    throw new Error(`geodata/ is invalid:\n${result.errors.map((issue) => formatIssue(issue)).join('\n')}`);
  }
  cache = { source, published: publishData(result.dataset) };
  return cache.published;
}

export function geodataPlugin(): Plugin {
  return {
    name: 'tianjin-atlas-geodata',
    configureServer(server) {
      server.watcher.add(GEODATA_DIR);
      server.watcher.on('change', (path) => {
        if (path.startsWith(GEODATA_DIR)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use('/data', (request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]).replace(/^\//u, '');
        if (!(PUBLISHED_FILES as readonly string[]).includes(path)) return next();
        try {
          const files = publishedFromDisk();
          response.setHeader('Content-Type', contentTypeOf(path));
          response.end(files[path as PublishedFile]);
        } catch (error) {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end((error as Error).message);
        }
      });
    },
    generateBundle() {
      let files: Record<PublishedFile, string>;
      try {
        files = publishedFromDisk();
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const path of PUBLISHED_FILES) {
        this.emitFile({ type: 'asset', fileName: `data/${path}`, source: files[path] });
      }
    },
  };
}

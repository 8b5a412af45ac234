import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildEnv,
  confBlocks,
  expectedSecurityHeadersConf,
  runtimeSiteConf,
  SECURITY_HEADERS_CONF,
  SECURITY_HEADERS_INCLUDE,
  securityHeadersConf,
  SITE_CONF,
} from './nginx-config';
import { securityHeaders } from './security-headers';

const site = readFileSync(SITE_CONF, 'utf8');
const blocks = confBlocks(site);

describe('deploy/nginx/atlas/security-headers.conf', () => {
  it('says exactly what scripts/security-headers.ts says for the build’s .env (else: npm run nginx:conf)', () => {
    expect(readFileSync(SECURITY_HEADERS_CONF, 'utf8'), 'run `npm run nginx:conf` and commit the result').toBe(
      expectedSecurityHeadersConf(),
    );
  });

  it('has one add_header … always per header, the value quoted verbatim', () => {
    const headers = securityHeaders(buildEnv());
    const lines = expectedSecurityHeadersConf()
      .split('\n')
      .filter((line) => line.startsWith('add_header'));
    expect(lines).toHaveLength(Object.keys(headers).length);
    for (const [name, value] of Object.entries(headers)) {
      expect(lines).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('follows the module when the online basemaps change', () => {
    const withKey = securityHeadersConf(securityHeaders({ VITE_TIANDITU_KEY: 'k' }));
    expect(withKey).toMatch(/img-src [^;]*https:\/\/\*\.tianditu\.gov\.cn/u);
    expect(securityHeadersConf(securityHeaders({}))).not.toContain('tianditu');
  });

  it('refuses a value nginx would change ($variables) or that would break the quoting', () => {
    expect(() => securityHeadersConf({ 'X-Test': 'a $host b' })).toThrow(/X-Test: "\$"/u);
    expect(() => securityHeadersConf({ 'X-Test': 'say "hi"' })).toThrow(/X-Test/u);
    expect(() => securityHeadersConf({ 'X-Test': 'two\nlines' })).toThrow(/X-Test/u);
    expect(() => securityHeadersConf({ 'Bad Name': 'x' })).toThrow(/header name/u);
  });
});

describe('deploy/nginx/atlas.conf', () => {
  it('includes the security headers in every block that adds a header (nginx drops inherited ones there)', () => {
    const adding = blocks.filter((block) => block.directives.some((line) => line.startsWith('add_header ')));
    expect(adding.length).toBeGreaterThan(4);
    for (const block of adding) {
      expect(block.directives, block.header).toContain(SECURITY_HEADERS_INCLUDE);
    }
  });

  it('gives every location headers of its own or inherits them from a location that has them', () => {
    const byHeader = new Map(blocks.map((block) => [block.header, block]));
    const locations = blocks.filter((block) => block.header.startsWith('location '));
    expect(locations.length).toBeGreaterThan(5);
    for (const location of locations) {
      let block: (typeof blocks)[number] | undefined = location;
      while (block && !block.directives.includes(SECURITY_HEADERS_INCLUDE)) {
        // Only a block without add_header inherits; the server block has none on purpose.
        expect(
          block.directives.some((line) => line.startsWith('add_header ')),
          block.header,
        ).toBe(false);
        block = block.parent.startsWith('location ') ? byHeader.get(block.parent) : undefined;
      }
      expect(block, `${location.header} sends no security headers`).toBeDefined();
    }
  });

  it('caches only the hashed /assets/ for a year; the page, data, service worker and manifest revalidate', () => {
    const cacheControl = (header: string): string | undefined =>
      blocks.find((block) => block.header === header)?.directives.find((line) => line.includes('Cache-Control'));
    expect(cacheControl('location /assets/')).toBe('add_header Cache-Control "public, max-age=31536000, immutable";');
    for (const header of ['location = /', 'location /', 'location /data/', 'location = /sw.js']) {
      expect(cacheControl(header), header).toBe('add_header Cache-Control "no-cache" always;');
    }
    expect(cacheControl('location = /manifest.webmanifest')).toBe('add_header Cache-Control "no-cache" always;');
  });

  it('has no fallback to index.html: unknown paths are 404', () => {
    const fallbacks = blocks.flatMap((block) => block.directives).filter((line) => line.startsWith('try_files'));
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const line of fallbacks) expect(line).toMatch(/^try_files (\$uri|\/index\.html) =404;$/u);
  });

  it('compresses the data, scripts, styles and SVG with gzip', () => {
    const server = blocks.find((block) => block.header === 'server');
    const types = server?.directives.find((line) => line.startsWith('gzip_types ')) ?? '';
    for (const type of [
      'application/javascript',
      'text/javascript',
      'text/css',
      'application/json',
      'application/geo+json',
      'image/svg+xml',
      'text/csv',
      'application/manifest+json',
    ]) {
      expect(types.split(/[\s;]+/u), type).toContain(type);
    }
    expect(server?.directives).toContain('gzip on;');
  });

  it('serve:nginx rewrites only the port and the root', () => {
    const runtime = runtimeSiteConf(site, { host: '127.0.0.1', port: 4294, root: '/tmp/x/dist' });
    expect(runtime).toContain('listen 127.0.0.1:4294;');
    expect(runtime).toContain('root /tmp/x/dist;');
    expect(runtime.replace('listen 127.0.0.1:4294;', 'listen 80;').replace('root /tmp/x/dist;', '')).toBe(
      site.replace('root /var/www/tianjin-atlas;', ''),
    );
    expect(() =>
      runtimeSiteConf(site.replace('listen 80;', 'listen 8080;'), { host: 'h', port: 1, root: '/r' }),
    ).toThrow(/listen 80;/u);
    expect(() => runtimeSiteConf(site, { host: '127.0.0.1', port: 1, root: '/a b' })).toThrow(/site root/u);
  });
});

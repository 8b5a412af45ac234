/**
 * `npm run nginx:conf`: writes deploy/nginx/atlas/security-headers.conf from scripts/security-headers.ts and
 * the .env the build reads, so the nginx deployment sends exactly the headers `vite preview` sends and the
 * built index.html carries. `npm run build` runs it after every build (postbuild); the file is not committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { expectedSecurityHeadersConf, REPO_ROOT, SECURITY_HEADERS_CONF } from './nginx-config';

const next = expectedSecurityHeadersConf();
let previous = '';
try {
  previous = readFileSync(SECURITY_HEADERS_CONF, 'utf8');
} catch {
  // first run
}
const name = relative(REPO_ROOT, SECURITY_HEADERS_CONF);
if (previous === next) {
  console.log(`${name} is up to date`);
} else {
  mkdirSync(dirname(SECURITY_HEADERS_CONF), { recursive: true });
  writeFileSync(SECURITY_HEADERS_CONF, next);
  console.log(`wrote ${name}`);
}

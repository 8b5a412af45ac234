/**
 * `npm run nginx:conf`: writes deploy/nginx/atlas/security-headers.conf from scripts/security-headers.ts and
 * the .env the build reads, so the nginx deployment sends exactly the headers `vite preview` sends. Run it
 * after changing the module or the online basemaps in .env (the Dockerfile runs it after the build).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
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
  writeFileSync(SECURITY_HEADERS_CONF, next);
  console.log(`wrote ${name}`);
}

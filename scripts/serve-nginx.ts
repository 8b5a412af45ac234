/**
 * `npm run serve:nginx`: serves dist/ with the deployment's nginx configuration (deploy/nginx/) on
 * http://127.0.0.1:4294 (NGINX_PORT, NGINX_HOST, NGINX_ROOT change it), in the foreground, as the current
 * user with a temporary prefix. Ctrl-C stops it. `-- --check` runs `nginx -t` on it and exits.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { prepareDeployLayout, prepareNginx, testConfig } from './nginx-server';

const prepared = prepareNginx({
  port: Number(process.env.NGINX_PORT ?? 4294),
  host: process.env.NGINX_HOST ?? '127.0.0.1',
  root: process.env.NGINX_ROOT,
});
const cleanup = (): void => rmSync(prepared.prefix, { recursive: true, force: true });

if (process.argv.includes('--check')) {
  // The runtime configuration, then the files exactly as the Dockerfile and the README install them.
  const deploy = prepareDeployLayout();
  let ok = true;
  for (const [label, target] of [
    ['serve:nginx', prepared],
    ['deploy/nginx as installed in conf.d/', deploy],
  ] as const) {
    const result = testConfig(target);
    console.log(`${label}:\n${result.output}`);
    ok &&= result.ok;
    rmSync(target.prefix, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}

console.log(`nginx ${prepared.nginx}, prefix ${prepared.prefix}`);
console.log(`serving ${prepared.url}/ (Ctrl-C stops); requests are logged in ${prepared.prefix}/logs/access.log`);
const child = spawn(prepared.nginx, prepared.args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => child.kill('SIGTERM'));
}
child.on('exit', (code, signal) => {
  cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});

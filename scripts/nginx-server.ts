/**
 * Runs the deployment's nginx configuration (deploy/nginx/) against a local dist/, as the current user, in a
 * temporary prefix (pid, logs, temp files): for `npm run serve:nginx` and the e2e test of the real server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { REPO_ROOT, runtimeMainConf, runtimeSiteConf, SECURITY_HEADERS_CONF, SITE_CONF } from './nginx-config';

/** The nginx binary: $NGINX_BIN, else PATH, else the sbin directories a normal user's PATH often lacks. */
export function findNginx(): string {
  if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  for (const dir of dirs) {
    if (dir && existsSync(join(dir, 'nginx'))) return join(dir, 'nginx');
  }
  throw new Error('nginx is not installed (Debian: bash scripts/install-system-deps.sh, or apt-get install nginx)');
}

/** nginx's own mime.types, next to the nginx.conf it was built for (`nginx -V` names it on stderr). */
export function mimeTypesOf(nginx: string): string {
  const info = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/u.exec(`${info.stdout}${info.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  const mimeTypes = join(dirname(confPath), 'mime.types');
  if (!existsSync(mimeTypes)) throw new Error(`nginx's mime.types not found at ${mimeTypes}`);
  return mimeTypes;
}

export interface NginxOptions {
  port: number;
  /** The built site; default dist/ of this repository. */
  root?: string;
  host?: string;
}

export interface PreparedNginx {
  nginx: string;
  prefix: string;
  conf: string;
  /** The arguments that start it in the foreground. */
  args: string[];
  url: string;
}

/** The generated headers snippet must exist: `npm run build` writes it (postbuild). */
function requireSnippet(): void {
  if (!existsSync(SECURITY_HEADERS_CONF)) {
    throw new Error(`${SECURITY_HEADERS_CONF} is missing: run npm run build (or npm run nginx:conf) first`);
  }
}

/** Writes the runtime prefix: nginx.conf, atlas.conf (listen/root rewritten) and a copy of atlas/. */
export function prepareNginx(options: NginxOptions): PreparedNginx {
  const { port, host = '127.0.0.1' } = options;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`not a port: ${port}`);
  const root = resolve(options.root ?? join(REPO_ROOT, 'dist'));
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run npm run build first`);
  requireSnippet();
  const nginx = findNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  for (const dir of ['logs', 'temp', 'atlas']) mkdirSync(join(prefix, dir));
  cpSync(SECURITY_HEADERS_CONF, join(prefix, 'atlas', 'security-headers.conf'));
  writeFileSync(join(prefix, 'atlas.conf'), runtimeSiteConf(readFileSync(SITE_CONF, 'utf8'), { host, port, root }));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    runtimeMainConf({
      mimeTypes: mimeTypesOf(nginx),
      asRoot: process.getuid?.() === 0,
    }),
  );
  // -e: nginx opens its compiled-in error log (/var/log/nginx) before reading the config otherwise.
  const args = ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'];
  return { nginx, prefix, conf, args, url: `http://${host}:${port}` };
}

/**
 * The deployment layout, unmodified: deploy/nginx/atlas.conf as conf.d/atlas.conf and atlas/ beside
 * conf.d/, as the Dockerfile and the README install them, under an http block like Debian's and the
 * nginx image's (which include conf.d/*.conf). Only for `nginx -t`: it listens on port 80.
 */
export function prepareDeployLayout(): PreparedNginx {
  requireSnippet();
  const nginx = findNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-deploy-'));
  for (const dir of ['logs', 'temp', 'conf.d', 'atlas']) mkdirSync(join(prefix, dir));
  cpSync(SECURITY_HEADERS_CONF, join(prefix, 'atlas', 'security-headers.conf'));
  cpSync(SITE_CONF, join(prefix, 'conf.d', 'atlas.conf'));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    runtimeMainConf({ mimeTypes: mimeTypesOf(nginx), asRoot: process.getuid?.() === 0, include: 'conf.d/*.conf' }),
  );
  const args = ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'];
  return { nginx, prefix, conf, args, url: 'http://localhost' };
}

/** `nginx -t` on a prepared prefix: the output, and whether the configuration is valid. */
export function testConfig(prepared: PreparedNginx): { ok: boolean; output: string } {
  const result = spawnSync(prepared.nginx, [...prepared.args, '-t'], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

export interface RunningNginx {
  url: string;
  process: ChildProcess;
  /** Stops nginx (fast shutdown) and removes the prefix. */
  stop(): Promise<void>;
}

/** Starts nginx in the foreground and waits until it answers on its port. */
export async function startNginx(options: NginxOptions & { timeoutMs?: number }): Promise<RunningNginx> {
  const prepared = prepareNginx(options);
  const child = spawn(prepared.nginx, prepared.args, { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prepared.prefix, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${prepared.url}/`, { method: 'HEAD' });
      return { url: prepared.url, process: child, stop };
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  await stop();
  throw new Error(`nginx did not start on ${prepared.url}: ${stderr.trim() || 'no answer'}`);
}

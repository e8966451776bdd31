/**
 * Serves a built site with Debian's nginx, using the generated server block
 * (scripts/hosting.mjs) with only its root and listen address replaced: what
 * a self-hosting operator would run. One process, logs and temp files in a
 * throwaway folder, stopped by close().
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxServerBlock } from '../../scripts/hosting.mjs';
import { findNginx } from '../../scripts/tools.mjs';
import { freePort } from './ports';

const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'];

/** Waits until something answers on the port. */
async function waitForServer(url: string, deadline: number, log: () => string): Promise<void> {
  for (;;) {
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not start:\n${log()}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

export async function startNginx(root = 'dist'): Promise<{ url: string; close: () => Promise<void> }> {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx is not installed. Run `npm test` (it installs Debian's nginx as root) or set NGINX_PATH.");
  const mimeTypes = MIME_TYPES.find((file) => existsSync(file));
  if (!mimeTypes) throw new Error(`nginx's mime.types was not found in ${MIME_TYPES.join(', ')}.`);
  const dir = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  const port = await freePort();
  const temp = (name: string) => join(dir, name);
  writeFileSync(
    temp('nginx.conf'),
    [
      // One process as the current user: no privileges needed, nothing left behind.
      'daemon off;',
      'master_process off;',
      'worker_processes 1;',
      `pid ${temp('nginx.pid')};`,
      `error_log ${temp('error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${mimeTypes};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${temp(kind)};`),
      nginxServerBlock({ root: resolve(root), listen: `127.0.0.1:${port}`, serverName: 'localhost' }),
      '}',
      '',
    ].join('\n'),
  );
  let output = '';
  const child = spawn(nginx, ['-p', dir, '-c', temp('nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await waitForServer(url, Date.now() + 10_000, () => output);
  return {
    url,
    close: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

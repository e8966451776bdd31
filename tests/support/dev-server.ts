/**
 * `astro dev` on a copy of the site, for the tests of the live preview and the
 * content editor: a free port on loopback, a clean environment, and the
 * terminal output kept for assertions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { productionBuildEnv } from './fixture-project';
import { freePort } from './ports';

/** Polls until `probe` gives a value (not undefined or false), or fails after `ms`. */
export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export type DevServer = { child: ChildProcess; port: number; base: string; log: () => string };

/** Starts `astro dev` in `dir` and resolves once it says it is ready. */
export async function startDevServer(dir: string): Promise<DevServer> {
  const port = await freePort();
  const env = productionBuildEnv();
  // A dev server decides its own mode; an inherited NODE_ENV=production would confuse it.
  delete env['NODE_ENV'];
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output;
  try {
    await until('astro dev to start', () => /ready in/.test(output) || undefined);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${String(error)}\n${output}`);
  }
  return { child, port, base: `http://127.0.0.1:${port}`, log };
}

/**
 * A throwaway copy of the project with a content fixture laid over
 * content/, for testing what an editor sees when content is broken. The copy
 * links to the real node_modules entries but keeps its own Astro cache
 * (node_modules/.astro), so builds never share a content store.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export type FixtureRun = { dir: string; status: number | null; output: string; distExists: boolean };

/** Copies the project, lays `fixtureDir` over it and runs `node <script> ...args` there. */
export function runWithFixture(fixtureDir: string, command: readonly string[]): FixtureRun {
  const dir = mkdtempSync(join(tmpdir(), 'site-fixture-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  cpSync(fixtureDir, dir, { recursive: true, filter: (source) => !source.endsWith('expected.txt') });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, command, { cwd: dir, encoding: 'utf8', env: productionBuildEnv(), timeout: 120_000 });
  return {
    dir,
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
    distExists: existsSync(join(dir, 'dist')) && readdirSync(join(dir, 'dist')).length > 0,
  };
}

/**
 * The environment a build should see from a test: Vitest exports its own
 * import.meta.env (DEV=1, MODE=test, …) into process.env, and a child build
 * would read them and render dev-only content such as drafts.
 */
export function productionBuildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'TEST'].includes(key)) delete env[key];
  }
  return env;
}

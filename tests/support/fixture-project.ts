/**
 * Runs a command in a copy of the project with a fixture laid over it. A
 * fixture may hold an `env` file (NAME=value lines) for the build's
 * environment, for example SITE_DEMO=0 to build as a real provider.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySite } from './project-copy.mjs';

export type FixtureRun = { dir: string; status: number | null; output: string; distExists: boolean };

/** Files of a fixture that describe it rather than being laid over the project. */
const FIXTURE_META = ['expected.txt', 'env'];

/** The NAME=value lines of a fixture's `env` file, if it has one. */
export function fixtureEnv(fixtureDir: string): Record<string, string> {
  const file = join(fixtureDir, 'env');
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * Copies the project, lays `fixtureDir` over it (if given) and runs
 * `node <script> ...args` there, with the fixture's `env` and `env` added.
 */
export function runWithFixture(fixtureDir: string | undefined, command: readonly string[], env: Record<string, string> = {}): FixtureRun {
  const dir = copySite(mkdtempSync(join(tmpdir(), 'site-fixture-')));
  if (fixtureDir) {
    cpSync(fixtureDir, dir, { recursive: true, filter: (source) => !FIXTURE_META.some((name) => source.endsWith(`/${name}`)) });
  }
  const buildEnv = { ...productionBuildEnv(), ...(fixtureDir ? fixtureEnv(fixtureDir) : {}), ...env };
  const result = spawnSync(process.execPath, command, { cwd: dir, encoding: 'utf8', env: buildEnv, timeout: 180_000 });
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
 * would read them and render dev-only content such as drafts. SITE_DEMO and
 * SITE_INDEXABLE are dropped too: the main test build is always the site as
 * configured (the demo); a test that wants the other mode passes them itself.
 */
export function productionBuildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'TEST', 'SITE_DEMO', 'SITE_INDEXABLE'].includes(key)) delete env[key];
  }
  return env;
}

/** Runs a command in a copy of the project with a content fixture laid over content/. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySite } from './project-copy.mjs';

export type FixtureRun = { dir: string; status: number | null; output: string; distExists: boolean };

/** Copies the project, lays `fixtureDir` over it and runs `node <script> ...args` there. */
export function runWithFixture(fixtureDir: string, command: readonly string[]): FixtureRun {
  const dir = copySite(mkdtempSync(join(tmpdir(), 'site-fixture-')));
  cpSync(fixtureDir, dir, { recursive: true, filter: (source) => !source.endsWith('expected.txt') });
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

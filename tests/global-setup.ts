/**
 * One production build and one server per test run, shared by the build and
 * e2e projects: `npm run build` itself, then the static server that
 * applies dist/_headers. Set REUSE_DIST=1 to test an existing dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../scripts/serve.mjs';
import { productionBuildEnv } from './support/fixture-project';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildSeconds: number;
  }
}

type Shared = { baseUrl: string; buildSeconds: number; close: () => Promise<void>; users: number };
const state = globalThis as typeof globalThis & { __siteUnderTest?: Promise<Shared> };

async function start(): Promise<Shared> {
  const started = performance.now();
  if (!(process.env['REUSE_DIST'] === '1' && existsSync('dist/index.html'))) {
    // Exactly `npm run build`, in its own process.
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: productionBuildEnv() });
  }
  const buildSeconds = (performance.now() - started) / 1000;
  const server = (await startServer({ root: 'dist', port: 0 })) as { url: string; close: () => Promise<void> };
  return { baseUrl: server.url, buildSeconds, close: server.close, users: 0 };
}

export default async function setup(project: TestProject) {
  state.__siteUnderTest ??= start();
  const shared = await state.__siteUnderTest;
  shared.users += 1;
  project.provide('baseUrl', shared.baseUrl);
  project.provide('buildSeconds', shared.buildSeconds);
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) await shared.close();
  };
}

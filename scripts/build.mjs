// The production build. Astro writes to a staging folder; only a build that
// finished (pages, sitemap and search index) replaces dist/. A failed build
// leaves no half-built site behind to deploy.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Astro's CLI telemetry would contact another server from every machine that builds.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A production build whoever calls it: a test runner's NODE_ENV=test would turn on dev-only behaviour such as drafts.
process.env.NODE_ENV = 'production';

/** Pages rendered at once (Astro's build.concurrency). */
const RENDER_CONCURRENCY = 4;

/** Builds the site into `outDir` (default dist/) through a staging folder. */
export async function buildSite({ outDir = 'dist', logLevel = 'info' } = {}) {
  const finalDir = new URL(`${outDir}/`, `file://${root}`);
  const stagingDir = new URL(`.dist-staging/`, `file://${root}`);
  await rm(stagingDir, { recursive: true, force: true });
  try {
    // Imported here, after NODE_ENV is set above: Astro reads it when it loads.
    const { build } = await import('astro');
    // Pages render while earlier ones are written to disk: with one at a time the build mostly waits on writes.
    await build({ root, outDir: fileURLToPath(stagingDir), logLevel, build: { concurrency: RENDER_CONCURRENCY } });
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
  await rm(finalDir, { recursive: true, force: true });
  await rename(stagingDir, finalDir);
  return fileURLToPath(finalDir);
}

/**
 * What an editor needs from a failed build: the file (relative to the
 * project), the line and column when known, and the message in plain text.
 */
export function describeBuildError(error, projectRoot = root) {
  if (!(error instanceof Error)) return String(error);
  const loc = /** @type {{ file?: string, line?: number, column?: number } | undefined} */ (error.loc);
  const where = loc?.file
    ? `${relative(projectRoot, loc.file)}${loc.line ? `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}` : ''}`
    : undefined;
  const message = error.message
    .replaceAll(`${projectRoot.replace(/\/$/, '')}/`, '')
    .replace(/\*\*\*\*: /g, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .trim();
  return where && !message.includes(relative(projectRoot, loc.file ?? '')) ? `${where}\n  ${message.replace(/\n/g, '\n  ')}` : message;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const started = performance.now();
    const dir = await buildSite();
    process.stdout.write(`\nBuilt ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write(`\nBuild failed; dist/ was not changed${existsSync('dist') ? '' : ' (there is none)'}.\n\n`);
    process.stderr.write(`${describeBuildError(error)}\n`);
    process.exit(1);
  }
}

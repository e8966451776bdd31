// The production build. Astro writes to a staging folder; only a build that
// finished (pages, sitemap and search index) replaces dist/. A failed build
// leaves no half-built site behind to deploy.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the site into `outDir` (default dist/) through a staging folder. */
export async function buildSite({ outDir = 'dist', logLevel = 'info' } = {}) {
  const finalDir = new URL(`${outDir}/`, `file://${root}`);
  const stagingDir = new URL(`.dist-staging/`, `file://${root}`);
  await rm(stagingDir, { recursive: true, force: true });
  try {
    await build({ root, outDir: fileURLToPath(stagingDir), logLevel });
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
  await rm(finalDir, { recursive: true, force: true });
  await rename(stagingDir, finalDir);
  return fileURLToPath(finalDir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const started = performance.now();
    const dir = await buildSite();
    process.stdout.write(`\nBuilt ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write(`\nBuild failed; dist/ was not changed${existsSync('dist') ? '' : ' (there is none)'}.\n`);
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

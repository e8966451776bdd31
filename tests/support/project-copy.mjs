// @ts-check
/**
 * A throwaway copy of the site for a build that must not touch the real one
 * (broken-content fixtures, drafts, the benchmark). It links every
 * node_modules entry but keeps its own caches (node_modules/.astro, .vite),
 * so no two builds share a content store. Plain JavaScript so the benchmark
 * can import it without a TypeScript loader.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project being copied. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a build of the site needs from the project. */
const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Links every node_modules entry of the project into `dir`, except its caches.
 * @param {string} dir
 */
export function linkNodeModules(dir) {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/**
 * Copies the site into `dir` (created if missing), without dist/ or caches.
 * @param {string} dir
 */
export function copySite(dir) {
  mkdirSync(dir, { recursive: true });
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  linkNodeModules(dir);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  return dir;
}

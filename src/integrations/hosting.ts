/**
 * Delivers the policy with the build. Each page's CSS is inlined, so nothing
 * blocks its first paint but the HTML itself, and src/middleware.ts gives
 * every page a Content-Security-Policy <meta> allowing exactly its own
 * <style> by hash. This integration checks, from the build's one read of its
 * pages, that every page got one, and writes the Cloudflare Pages `_headers`
 * file into the build with a header CSP that allows every page's style, so it
 * can never drift from the pages.
 * netlify.toml and the nginx block are committed instead, because those hosts
 * read them from the repository: the build warns when their list of style
 * hashes (src/lib/security/inline-styles.json) no longer matches the pages.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloudflareHeaders } from '../../scripts/hosting.mjs';
import { builtPages, type BuiltPage } from './built-pages';
import { INLINE_STYLE_HASHES } from '../lib/security/policy';

/** The style hashes every page's policy allows, sorted; fails on a page without a policy <meta>. */
export function pagesStyleHashes(outDir: string, pages: ReadonlyMap<string, BuiltPage>): string[] {
  const hashes = new Set<string>();
  const without: string[] = [];
  for (const [file, page] of pages) {
    if (page.styleHashes === undefined) without.push(relative(outDir, file));
    for (const hash of page.styleHashes ?? []) hashes.add(hash);
  }
  if (without.length > 0) throw new Error(`No Content-Security-Policy <meta> in ${without.join(', ')}: src/middleware.ts adds it to every page.`);
  return [...hashes].sort();
}

export function hostingHeaders(): AstroIntegration {
  return {
    name: 'site:hosting-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The build's one read of its pages (./built-pages.ts), started when they were written.
        const outDir = fileURLToPath(dir);
        const styleHashes = pagesStyleHashes(outDir, await builtPages(outDir));
        await writeFile(new URL('_headers', dir), cloudflareHeaders({ styleHashes }));
        const committed = new Set(INLINE_STYLE_HASHES);
        const missing = styleHashes.filter((hash) => !committed.has(hash));
        const unused = INLINE_STYLE_HASHES.filter((hash) => !styleHashes.includes(hash));
        if (missing.length > 0 || unused.length > 0) {
          logger.warn(
            `The pages' inline styles changed (${missing.length} new, ${unused.length} no longer used). dist/_headers allows them, ` +
              'but netlify.toml and deploy/nginx/site.conf would block the new ones: run `npm run hosting` and commit the result.',
          );
        }
      },
    },
  };
}

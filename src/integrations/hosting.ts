/**
 * Delivers the policy with the build. Each page's CSS is inlined, so nothing
 * blocks its first paint but the HTML itself, and src/middleware.ts gives
 * every page a Content-Security-Policy <meta> allowing exactly its own
 * <style> by hash. This integration checks that every page got one and writes
 * the Cloudflare Pages `_headers` file into the build with a header CSP that
 * allows every page's style, so it can never drift from the pages.
 * netlify.toml and the nginx block are committed instead, because those hosts
 * read them from the repository: the build warns when their list of style
 * hashes (src/lib/security/inline-styles.json) no longer matches the pages.
 */
import type { AstroIntegration } from 'astro';
import { open, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloudflareHeaders } from '../../scripts/hosting.mjs';
import { metaStyleHashes } from '../lib/security/page-csp';
import { INLINE_STYLE_HASHES } from '../lib/security/policy';

/** Every HTML file of a build, outside the search index and hashed assets. */
export async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/^(?:pagefind|_astro)$/.test(relative(root, file).split(sep)[0] ?? ''));
}

/** The policy <meta> comes right after <meta charset>: the first few kilobytes of a page hold it. */
async function pageHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(4096), position: 0 });
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The style hashes every page's policy allows, sorted; fails on a page without a policy <meta>. */
export async function pagesStyleHashes(root: string): Promise<string[]> {
  const files = await htmlFiles(root);
  const hashes = new Set<string>();
  const without: string[] = [];
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (file) => {
        const allowed = metaStyleHashes(await pageHead(file));
        if (allowed === undefined) without.push(relative(root, file));
        for (const hash of allowed ?? []) hashes.add(hash);
      }),
    );
  }
  if (without.length > 0) throw new Error(`No Content-Security-Policy <meta> near the top of ${without.join(', ')}: src/middleware.ts adds it to every page.`);
  return [...hashes].sort();
}

export function hostingHeaders(): AstroIntegration {
  return {
    name: 'site:hosting-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const styleHashes = await pagesStyleHashes(fileURLToPath(dir));
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

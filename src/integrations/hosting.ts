/**
 * Writes the Cloudflare Pages `_headers` file into the build, generated from
 * the delivery policy (scripts/hosting.mjs), so it can never drift from the
 * CSP the pages carry. netlify.toml and the nginx block are committed
 * instead, because those hosts read them from the repository.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { cloudflareHeaders } from '../../scripts/hosting.mjs';

export function hostingHeaders(): AstroIntegration {
  return {
    name: 'site:hosting-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), cloudflareHeaders());
      },
    },
  };
}

/**
 * The sitemap, with each page's lastmod taken from the built page itself:
 * the dateModified its structured data carries (review, update or
 * verification date). Pages marked noindex on their own are left out.
 *
 * A site kept out of search (site.indexable false: a sample or staging build)
 * marks every page "noindex, nofollow". Its sitemap is still written, as the
 * list of pages a real build would offer to search engines, because the build
 * tests read the site through it; but robots.txt does not name it, pages do
 * not link to it and robots.txt disallows everything, so no crawler is
 * pointed at it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { builtPages, readBuiltPage, type BuiltPage } from './built-pages';

export { readBuiltPage };

/** `integrations: [...sitemapWithLastmod()]`. */
export function sitemapWithLastmod(): AstroIntegration[] {
  let outDir = '';
  let pages = new Map<string, BuiltPage>();
  const capture: AstroIntegration = {
    name: 'site:sitemap-out-dir',
    hooks: {
      // The pages were read once for the whole build (./built-pages.ts), usually while Pagefind indexed them.
      'astro:build:done': async ({ dir }) => {
        outDir = fileURLToPath(dir);
        pages = await builtPages(outDir);
      },
    },
  };
  return [
    capture,
    sitemap({
      serialize(item) {
        const page = pages.get(join(outDir, new URL(item.url).pathname, 'index.html'));
        if (!page) return item;
        if (page.noindex) return undefined;
        return { ...item, ...(page.dateModified ? { lastmod: page.dateModified } : {}), ...(page.alternates.length > 0 ? { links: page.alternates } : {}) };
      },
    }),
  ];
}

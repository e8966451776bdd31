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
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { ROBOTS } from '../lib/seo/head';

/** What the sitemap needs to know about a built page; `noindex` means kept out on its own, not with the whole site. */
export function readBuiltPage(html: string): { noindex: boolean; dateModified: string | undefined; alternates: { lang: string; url: string }[] } {
  const robots = /<meta name="robots" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  let dateModified: string | undefined;
  if (jsonLd) {
    const graph = (JSON.parse(jsonLd) as { '@graph': { '@id'?: string; dateModified?: string }[] })['@graph'];
    dateModified = graph.find((node) => node['@id']?.endsWith('#webpage'))?.dateModified;
  }
  // The page's own hreflang links (with x-default), repeated in the sitemap so both say the same.
  const alternates = [...html.matchAll(/<link rel="alternate" href="([^"]+)" hreflang="([^"]+)"/g)].map((m) => ({ url: m[1] ?? '', lang: m[2] ?? '' }));
  return { noindex: robots === ROBOTS.pageNoindex, dateModified, alternates };
}

/** `integrations: [...sitemapWithLastmod()]`. */
export function sitemapWithLastmod(): AstroIntegration[] {
  let outDir = '';
  const capture: AstroIntegration = {
    name: 'site:sitemap-out-dir',
    hooks: {
      'astro:build:done': ({ dir }) => {
        outDir = fileURLToPath(dir);
      },
    },
  };
  return [
    capture,
    sitemap({
      serialize(item) {
        const file = join(outDir, new URL(item.url).pathname, 'index.html');
        if (!existsSync(file)) return item;
        const page = readBuiltPage(readFileSync(file, 'utf8'));
        if (page.noindex) return undefined;
        return { ...item, ...(page.dateModified ? { lastmod: page.dateModified } : {}), ...(page.alternates.length > 0 ? { links: page.alternates } : {}) };
      },
    }),
  ];
}

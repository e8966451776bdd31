import type { APIRoute } from 'astro';
import { site } from '@/site.config';
import { absoluteUrl, paths } from '@/lib/urls';

/** The robots.txt of an indexable site: everything but the search index may be crawled; the sitemap says what exists. */
const INDEXABLE = ['User-agent: *', 'Allow: /', 'Disallow: /pagefind/', '', `Sitemap: ${absoluteUrl(paths.sitemap())}`];

/** The robots.txt of a site kept out of search (a sample or staging build): nothing may be crawled, and no sitemap is named. */
const CLOSED = ['User-agent: *', 'Disallow: /'];

/** robots.txt from `site`: open only when site.indexable is true, which a sample site never is. */
export const GET: APIRoute = () =>
  new Response([...(site.indexable ? INDEXABLE : CLOSED), ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '@/lib/urls';

/** robots.txt from `site`: everything may be crawled; the sitemap says what exists. */
export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', 'Disallow: /pagefind/', '', `Sitemap: ${absoluteUrl(paths.sitemap())}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

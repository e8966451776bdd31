/** Reading the built site in dist/, driven by its sitemap. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { site } from '../../src/site.config';

export const DIST = join(process.cwd(), 'dist');
export const SITE_URL = site.url;

/** Every URL the sitemap lists (following the sitemap index). */
export function sitemapUrls(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  return sitemaps.flatMap((url) => {
    const xml = readFileSync(join(DIST, new URL(url).pathname), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  });
}

/** Built pages kept out of the sitemap on purpose: the 404 page and the editors' component catalogue. */
export const UNLISTED_PAGES = ['/404.html', '/editor/components/'] as const;

/** Every built page a test should visit: the sitemap's, then the unlisted ones. */
export function allPagePaths(): string[] {
  return [...sitemapUrls().map(pathOf), ...UNLISTED_PAGES];
}

/** Sitemap entries with their lastmod. */
export function sitemapEntries(): { loc: string; lastmod: string | undefined }[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  return sitemaps.flatMap((url) => {
    const xml = readFileSync(join(DIST, new URL(url).pathname), 'utf8');
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(m[1] ?? '')?.[1] ?? '',
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1] ?? '')?.[1],
    }));
  });
}

/** The site path of an absolute URL: "https://…/faq/" → "/faq/". */
export const pathOf = (url: string) => new URL(url).pathname;

/** The built file for a site path. */
export function fileFor(path: string): string {
  return path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
}

export function readPage(path: string): string {
  return readFileSync(fileFor(path), 'utf8');
}

export function parsePage(path: string): Document {
  return parseHTML(readPage(path)).document as unknown as Document;
}

/** Every HTML file in dist/, as site paths ("/programs/detox/", "/404.html"). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(DIST, full).split(sep).join('/');
        out.push(rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** Whether a site path exists in dist/. */
export function exists(path: string): boolean {
  return existsSync(fileFor(path));
}

/**
 * One read of every built page, shared by the integrations that look at the
 * built HTML: the search index (which pages are marked for it, the words for
 * "did you mean"), the sitemap (noindex, lastmod) and the hosting headers
 * (the inline styles the header CSP must allow). Each page is read once,
 * while Pagefind reads the same pages in its own process, and only the facts
 * are kept, not the HTML, so memory stays flat at thousands of pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { metaStyleHashes } from '../lib/security/page-csp';
import { ROBOTS } from '../lib/seo/head';

/** What the build needs to know about one built page. */
export type BuiltPage = {
  /** Marked for the search index: it has a data-pagefind-body element. */
  searchable: boolean;
  /** Kept out of search engines on its own (noindex), not with the whole site. */
  noindex: boolean;
  /** The dateModified of the page's own WebPage node in its structured data. */
  dateModified: string | undefined;
  /** Text of its h1–h3 headings and data-search-aliases elements (searchable pages only). */
  vocabularyText: string[];
  /** Its <html lang>: the language index Pagefind files it under. */
  lang: string;
  /** Its hreflang alternates (with x-default), repeated in the sitemap. */
  alternates: { lang: string; url: string }[];
  /** The inline-style hashes its Content-Security-Policy <meta> allows (src/middleware.ts); undefined without one. */
  styleHashes: string[] | undefined;
};

const decodeEntities = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export { decodeEntities };

/** The plain text of an HTML fragment. */
export const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();

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

/** The text of a page's headings (h1 to h3) and of elements marked data-search-aliases. */
export function vocabularyTextOf(html: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(/<(h[1-3])\b[^>]*>([\s\S]*?)<\/\1>/g)) texts.push(textOf(match[2] ?? ''));
  for (const match of html.matchAll(/<(\w+)\b[^>]*\sdata-search-aliases\b[^>]*>([\s\S]*?)<\/\1>/g)) texts.push(textOf(match[2] ?? ''));
  return texts;
}

/** The language Pagefind files a built page under: its <html lang>. */
export const htmlLanguage = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';

/** The facts of one page's HTML. */
export function builtPageOf(html: string): BuiltPage {
  const searchable = html.includes('data-pagefind-body');
  return { searchable, ...readBuiltPage(html), vocabularyText: searchable ? vocabularyTextOf(html) : [], lang: htmlLanguage(html), styleHashes: metaStyleHashes(html) };
}

/** Files read at once by the scan. */
const SCAN_CONCURRENCY = 16;

/** Every .html file under `outDir`, by absolute path, with its facts. */
export async function scanBuiltPages(outDir: string): Promise<Map<string, BuiltPage>> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
  // A few files at a time: all at once would hold every page's bytes in memory together.
  const pages = new Map<string, BuiltPage>();
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      pages.set(file, builtPageOf(await readFile(file, 'utf8')));
    }
  };
  await Promise.all(Array.from({ length: Math.min(SCAN_CONCURRENCY, files.length) }, reader));
  return pages;
}

/** The scan of each build's output folder, started once by whichever integration asks first. */
const scans = new Map<string, Promise<Map<string, BuiltPage>>>();

/** The built pages of `outDir`, read once per build however many integrations ask. */
export function builtPages(outDir: string): Promise<Map<string, BuiltPage>> {
  let scan = scans.get(outDir);
  if (!scan) {
    scan = scanBuiltPages(outDir);
    scans.set(outDir, scan);
  }
  return scan;
}

/** Drops a finished build's scan (the next build of the same folder reads its pages afresh). */
export function forgetBuiltPages(outDir: string): void {
  scans.delete(outDir);
}

/**
 * What a browser downloads for a built page before anyone interacts: the
 * HTML (with the CSS inlined in it), any stylesheets it still links, the
 * module scripts it loads (and their static imports), gzip-compressed as a
 * CDN would send them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, parsePage, readPage } from './site';

const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** A module script and the files it statically imports. */
function scriptClosure(src: string, seen = new Set<string>()): string[] {
  if (seen.has(src)) return [];
  seen.add(src);
  const file = join(DIST, src);
  if (!existsSync(file)) return [src];
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => new URL(m[1] ?? '', `https://x${src}`).pathname);
  return [src, ...imports.flatMap((i) => scriptClosure(i, seen))];
}

/** Scripts that belong to one page's island rather than to the frame every page shares. */
const ISLAND = /SelfAssessment|SiteSearch|Island/i;

export type PageWeight = {
  path: string;
  /** The HTML file as sent, inline <style> included. */
  htmlGzip: number;
  /** Of the page's CSS, what is inlined in the HTML, compressed on its own (a share of htmlGzip, for the report). */
  inlineCssGzip: number;
  /** Linked (render-blocking) stylesheets: a round trip more before the first paint. */
  cssGzip: number;
  jsGzip: number;
  /** Of jsGzip, the page's own island (the self-assessment or the search page); the rest is the frame's search trigger. */
  islandGzip: number;
  stylesheets: string[];
  blockingScripts: string[];
  scripts: string[];
};

export function measurePage(path: string): PageWeight {
  const html = readPage(path);
  // Any attribute order; an @import inside inline CSS is a linked stylesheet too.
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => /\brel=["']?stylesheet\b/i.test(tag));
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '').join('');
  const stylesheets = [
    ...links.map((tag) => /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? tag),
    ...[...inlineCss.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/gi)].map((m) => m[1] ?? ''),
  ];
  const moduleScripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const blockingScripts = [...html.matchAll(/<script(?![^>]*type="(?:module|application\/(?:ld\+)?json)")(?![^>]*\b(?:async|defer)\b)[^>]*>/g)].map((m) => m[0]);
  const scripts = [...new Set(moduleScripts.flatMap((src) => scriptClosure(src)))];
  // The island is its entry script and everything that entry imports (shared chunks get generated names).
  const frame = new Set(moduleScripts.filter((src) => !ISLAND.test(src)).flatMap((src) => scriptClosure(src)));
  const island = new Set(moduleScripts.filter((src) => ISLAND.test(src)).flatMap((src) => scriptClosure(src)).filter((src) => !frame.has(src)));
  const read = (p: string) => readFileSync(join(DIST, p));
  return {
    path,
    htmlGzip: gzipSize(html),
    inlineCssGzip: inlineCss === '' ? 0 : gzipSize(inlineCss),
    cssGzip: stylesheets.reduce((sum, href) => sum + (existsSync(join(DIST, href)) ? gzipSize(read(href)) : 0), 0),
    jsGzip: scripts.reduce((sum, src) => sum + gzipSize(read(src)), 0),
    islandGzip: [...island].reduce((sum, src) => sum + gzipSize(read(src)), 0),
    stylesheets,
    blockingScripts,
    scripts,
  };
}


/**
 * The heaviest blocks of a page's main content (its sections, or the main's
 * children), with their gzip size: "section #locations (h2 "Where IOP meets") 2.1 kB".
 */
export function largestParts(path: string, count = 4): string[] {
  const main = parsePage(path).querySelector('main');
  if (!main) return [];
  const blocks = [...main.querySelectorAll('section, article, aside, ul, ol, table, dl')].filter((el) => el.outerHTML.length > 400);
  const describe = (el: Element) => {
    const heading = el.querySelector('h2, h3')?.textContent?.trim().replace(/\s+/g, ' ');
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.className ? ` class="${el.className}"` : ''}>${heading ? ` "${heading}"` : ''}`;
  };
  return blocks
    .map((el) => ({ name: describe(el), bytes: gzipSize(el.outerHTML) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((part) => `${part.name} ${(part.bytes / 1024).toFixed(1)} kB`);
}

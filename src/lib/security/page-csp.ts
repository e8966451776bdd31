/**
 * Each built page's own Content-Security-Policy <meta>: the policy of
 * policy.ts, allowing exactly the inline <style> elements that page has, by
 * their SHA-256 hash. src/middleware.ts adds it to every page the build
 * renders; the build (src/integrations/hosting.ts) and `npm run hosting` read
 * the hashes back for the header. No inline script is ever allowed, so none is
 * hashed. Web Crypto only, so it runs wherever Astro renders.
 */
import { pagePolicy } from './policy.ts';

/** A CSP source expression for a style's exact text. */
export async function styleHash(css: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** Where each <style> element's text starts and ends in a page. */
function styleRanges(html: string): [number, number][] {
  const ranges: [number, number][] = [];
  const open = /<style(?=[\s>/])[^>]*>/gi;
  const close = /<\/style/gi;
  for (let tag = open.exec(html); tag; tag = open.exec(html)) {
    close.lastIndex = open.lastIndex;
    const end = close.exec(html);
    if (!end) break;
    ranges.push([open.lastIndex, end.index]);
    open.lastIndex = end.index;
  }
  return ranges;
}

/** The text of each <style> element of a page. */
const styleTexts = (html: string) => styleRanges(html).map(([start, end]) => html.slice(start, end));

/**
 * The page with the whitespace around each <style>'s text removed. Browsers
 * hash the exact text, the Nu HTML Checker hashes it trimmed: with nothing to
 * trim, both agree.
 */
function trimStyles(html: string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of styleRanges(html)) {
    out += html.slice(from, start) + html.slice(start, end).trim();
    from = end;
  }
  return out + html.slice(from);
}

/** The hashes of a page's <style> elements, in document order, without repeats. */
export async function inlineStyleHashes(html: string): Promise<string[]> {
  return [...new Set(await Promise.all(styleTexts(html).map(styleHash)))];
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** The page with its policy <meta> right after <meta charset>, so it governs everything that follows. */
export async function withPagePolicy(page: string): Promise<string> {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(page)) {
    throw new Error('The page already has a Content-Security-Policy <meta>; src/middleware.ts writes the only one (is Astro’s security.csp on again?).');
  }
  const html = trimStyles(page);
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
  if (!charset) throw new Error('The page has no <meta charset="utf-8"> to put its Content-Security-Policy after.');
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(await inlineStyleHashes(html))}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/** The style hashes a page's policy <meta> allows, or undefined when the page has none. */
export function metaStyleHashes(html: string): string[] | undefined {
  const policy = CSP_META.exec(html)?.[1];
  if (policy === undefined) return undefined;
  const styleSrc = policy.split(';').find((directive) => directive.trim().startsWith('style-src ')) ?? '';
  return styleSrc.trim().split(/\s+/).filter((source) => source.startsWith("'sha256-"));
}

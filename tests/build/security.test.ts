/**
 * Every built page carries a strict Content-Security-Policy <meta> and
 * nothing it would have to allow beyond its own CSS: no inline scripts that
 * run, no style attributes, no resources from another origin. Its inline
 * <style> is allowed by hash, and only it: by the page's <meta> and by the
 * header policy of dist/_headers. The hashes are computed here with Node's
 * own crypto, independently of the build's code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.mjs';
import { DIST, SITE_URL, builtPages, parsePage, readPage } from '../support/site';

const headerRules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values] as const;
      }),
  );

describe.each(builtPages())('%s', (path) => {
  const doc = parsePage(path);

  const styleHashes = [...doc.querySelectorAll('style')].map((style) => sha256(style.textContent ?? ''));

  it('has a strict CSP meta tag, before anything it governs', () => {
    const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    expect(doc.head.firstElementChild?.matches('meta[charset]'), 'the charset comes first').toBe(true);
    expect(metas[0]?.previousElementSibling?.matches('meta[charset]'), 'the policy follows the charset, before any style or script').toBe(true);
    const policy = directives(metas[0]?.getAttribute('content') ?? '');
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:']) expect(scriptSrc).not.toContain(forbidden);
    // No inline script runs anywhere, so none is hashed.
    expect(scriptSrc.filter((source) => source.startsWith("'sha"))).toEqual([]);
    const styleSrc = policy.get('style-src') ?? [];
    for (const forbidden of ["'unsafe-inline'", "'unsafe-hashes'", '*', 'data:']) expect(styleSrc).not.toContain(forbidden);
    // Exactly this page's inline styles: no hash of another page's, none missing.
    expect(styleSrc.filter((source) => source !== "'self'").sort()).toEqual([...new Set(styleHashes)].sort());
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('is allowed its inline styles by the header policy too', () => {
    const header = directives((headersFor(headerRules, path) as Map<string, string>).get('content-security-policy') ?? '');
    const styleSrc = header.get('style-src') ?? [];
    expect(styleSrc).not.toContain("'unsafe-inline'");
    for (const hash of styleHashes) expect(styleSrc, `${path}: dist/_headers allows its <style>`).toContain(hash);
  });

  it('has no inline script that runs, no style attribute, and loads nothing from another origin', () => {
    for (const script of doc.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      if (type === 'application/ld+json' || type === 'application/json') continue;
      expect(script.getAttribute('src'), 'scripts are files on this site').toMatch(/^\/_astro\//);
    }
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    // The page's CSS is inline, in the head; linedom's textContent must be the exact text the hash covers.
    for (const style of doc.querySelectorAll('style')) expect(style.parentElement?.tagName, 'a <style> in the head').toBe('HEAD');
    expect(readPage(path)).toContain(`<style>${doc.querySelector('style')?.textContent ?? ''}</style>`);
    for (const el of doc.querySelectorAll('img[src], script[src], link[href], iframe, video, audio, source')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      if (el.tagName === 'LINK' && ['canonical', 'alternate', 'sitemap'].includes(el.getAttribute('rel') ?? '')) continue;
      expect(new URL(url, `${SITE_URL}${path}`).origin, url).toBe(SITE_URL);
    }
    expect(doc.querySelectorAll('iframe, embed, object')).toHaveLength(0);
  });
});

/**
 * Every built page carries a strict Content-Security-Policy <meta> and
 * nothing it would have to allow: no inline scripts that run, no inline
 * styles, no resources from another origin.
 */
import { describe, expect, it } from 'vitest';
import { SITE_URL, builtPages, parsePage } from '../support/site';

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

  it('has a strict CSP meta tag', () => {
    const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const policy = directives(metas[0]?.getAttribute('content') ?? '');
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:']) expect(scriptSrc).not.toContain(forbidden);
    expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('has no inline script that runs, no inline style, and loads nothing from another origin', () => {
    for (const script of doc.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      if (type === 'application/ld+json' || type === 'application/json') continue;
      expect(script.getAttribute('src'), 'scripts are files on this site').toMatch(/^\/_astro\//);
    }
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    for (const el of doc.querySelectorAll('img[src], script[src], link[href], iframe, video, audio, source')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      if (el.tagName === 'LINK' && ['canonical', 'alternate', 'sitemap'].includes(el.getAttribute('rel') ?? '')) continue;
      expect(new URL(url, `${SITE_URL}${path}`).origin, url).toBe(SITE_URL);
    }
    expect(doc.querySelectorAll('iframe, embed, object')).toHaveLength(0);
  });
});

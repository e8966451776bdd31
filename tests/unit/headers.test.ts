/** The generated `_headers` file: parsed as Cloudflare Pages would, with the policy the site needs. */
import { cloudflareHeaders } from '../../scripts/hosting.mjs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, patternMatches } from '../../scripts/headers.mjs';
import { headerPolicy } from '../../src/lib/security/policy';

type Rules = { pattern: string; headers: [string, string][] }[];
const rules = parseHeaders(cloudflareHeaders()) as Rules;
const forPath = (path: string) => headersFor(rules, path) as Map<string, string>;

describe('_headers', () => {
  it('matches paths the way Cloudflare Pages does', () => {
    expect(patternMatches('/*', '/programs/detox/')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro/a.css')).toBe(true);
    expect(patternMatches('/_astro/*', '/programs/')).toBe(false);
  });

  it('sends the same Content-Security-Policy as src/lib/security/policy.ts, with frame-ancestors', () => {
    const csp = forPath('/').get('content-security-policy') ?? '';
    expect(csp).toBe(headerPolicy());
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:/);
  });

  it('sends the security headers on every page', () => {
    const headers = forPath('/faq/');
    expect(Number(/max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(['no-referrer', 'strict-origin-when-cross-origin']).toContain(headers.get('referrer-policy'));
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'browsing-topics=()']) expect(headers.get('permissions-policy')).toContain(feature);
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('caches hashed assets for a year, replacing the page rule', () => {
    expect(forPath('/_astro/BaseLayout.abc123.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it("stays within Cloudflare's limits", () => {
    const text = cloudflareHeaders();
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});

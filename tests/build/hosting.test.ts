/**
 * Hosting: the three generated configurations agree with the one policy, the
 * committed ones are up to date, and a real nginx serving dist/ with the
 * generated block answers as a production host must (headers, 200, 301 to the
 * slash form, 404 with the 404 page, compression, caching, content types).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, patternMatches } from '../../scripts/headers.mjs';
import { builtStyleHashes, cloudflareHeaders, GENERATED_FILES, generatedFiles, netlifyToml } from '../../scripts/hosting.mjs';
import { CONTENT_TYPES, expectedHeaders, INLINE_STYLE_HASHES, SPECULATION_RULES_PATH } from '../../src/lib/security/policy';
import { startNginx } from '../support/nginx';
import { DIST } from '../support/site';

// Pages carry their CSS inline; the hashed files under /_astro/ are scripts and images.
const assetFile = readdirSync(`${DIST}/_astro`).find((name) => name.endsWith('.js'));
/** Paths of each kind a host serves differently. */
const SAMPLE_PATHS = ['/', '/programs/intensive-outpatient/', `/_astro/${assetFile}`, '/404.html', '/rss.xml', ...CONTENT_TYPES.map(([path]) => path)];

type NetlifyConfig = { build: { command: string; publish: string }; headers: { for: string; values: Record<string, string> }[] };

/** What Netlify sends for a path: every matching block applies in order, a later value wins. */
function netlifyHeadersFor(config: NetlifyConfig, path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const block of config.headers) {
    if (!patternMatches(block.for, path)) continue;
    for (const [name, value] of Object.entries(block.values)) result.set(name.toLowerCase(), value);
  }
  return result;
}

describe('generated host configurations', () => {
  it('allow exactly the inline styles the built pages have (run `npm run hosting` after changing the CSS)', async () => {
    const built = await builtStyleHashes(DIST);
    expect(built.length).toBeGreaterThan(0);
    expect([...INLINE_STYLE_HASHES], `${GENERATED_FILES.styleHashes} is out of date: run \`npm run hosting\` and commit the result`).toEqual(built);
  });

  it('are committed as generated (run `npm run hosting` after changing the policy)', () => {
    for (const [file, text] of Object.entries(generatedFiles())) expect(readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('the build wrote the same _headers the generator makes', () => {
    expect(readFileSync(`${DIST}/_headers`, 'utf8')).toBe(cloudflareHeaders());
  });

  it('Cloudflare _headers and netlify.toml send exactly the policy for every kind of path', () => {
    const cloudflare = parseHeaders(cloudflareHeaders());
    const netlify = parseToml(netlifyToml()) as unknown as NetlifyConfig;
    expect(netlify.build).toMatchObject({ command: 'npm run build', publish: 'dist' });
    for (const path of SAMPLE_PATHS) {
      const expected = Object.fromEntries(expectedHeaders(path));
      expect(Object.fromEntries(headersFor(cloudflare, path) as Map<string, string>), `_headers for ${path}`).toEqual(expected);
      expect(Object.fromEntries(netlifyHeadersFor(netlify, path)), `netlify.toml for ${path}`).toEqual(expected);
    }
  });

  it('the nginx block is the committed one', () => {
    expect(readFileSync(GENERATED_FILES.nginx, 'utf8')).toContain('error_page 404 /404.html;');
  });
});

describe('nginx serving dist/ with the generated block', () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await startNginx(DIST);
  });
  afterAll(async () => {
    await server?.close();
  });
  const get = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

  it('sends every policy header on every kind of path', async () => {
    for (const path of SAMPLE_PATHS) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      for (const [name, value] of expectedHeaders(path)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  });

  it('serves pages as UTF-8 HTML, compressed when asked, and caches hashed assets for a year', async () => {
    const page = await get('/faq/', { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('vary')).toContain('Accept-Encoding');
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const script = await get(`/_astro/${assetFile}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(script.headers.get('content-type')).toMatch(/^(?:application|text)\/javascript/);
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const rules = await get(SPECULATION_RULES_PATH);
    expect(await rules.json()).toHaveProperty('prefetch');
  });

  it('redirects a folder without its slash to the slash form with a 301, keeping the query', async () => {
    const response = await get('/programs/intensive-outpatient?from=link');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/programs/intensive-outpatient/?from=link');
  });

  it('answers a missing page with 404 and the site’s 404 page, with the same headers', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(readFileSync(`${DIST}/404.html`, 'utf8').match(/<h1[^>]*>[^<]*<\/h1>/)?.[0] ?? '<h1');
    for (const [name, value] of expectedHeaders('/no-such-page/')) expect(response.headers.get(name), name).toBe(value);
  });

  it('answers a missing Spanish page with 404 and the Spanish "not found" page', async () => {
    const response = await get('/es/no-existe/');
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain('<html lang="es"');
    expect(body).toContain(readFileSync(`${DIST}/es/404/index.html`, 'utf8').match(/<h1[^>]*>[^<]*<\/h1>/)?.[0] ?? '<h1');
  });

  it('serves a current security.txt', async () => {
    const text = await (await get('/.well-known/security.txt')).text();
    expect(text).toMatch(/^Contact: (mailto:|https:)/m);
    const expires = new Date(/^Expires: (.+)$/m.exec(text)?.[1] ?? '');
    expect(expires.getTime()).toBeGreaterThan(Date.now());
    expect(expires.getTime() - Date.now()).toBeLessThan(366 * 24 * 60 * 60 * 1000);
  });
});

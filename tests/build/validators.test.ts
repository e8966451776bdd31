/**
 * Outside validators over the built site, so the project is not only judged
 * by its own tests: the W3C Nu HTML Checker (vnu-jar, run on the system's
 * Java) on every page, schema.org and Google rich-result checks of every
 * page's JSON-LD (@adobe/structured-data-validator with an offline
 * vocabulary, plus the rich-result rules it lacks), an RSS 2.0 check of the
 * feed, and the sitemaps against the Sitemaps 0.9 XML Schema (libxml2's
 * xmllint as WebAssembly). Each known false positive is listed with its reason.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { findJava } from '../../scripts/tools.mjs';
import { richResultIssues } from '../support/rich-results';
import { schemaOrgVocabulary } from '../support/schema-vocabulary';
import { builtPages, DIST, readPage, SITE_URL, allPagePaths } from '../support/site';

type VnuMessage = { type: string; subType?: string; message: string; url: string; lastLine?: number; extract?: string };

/**
 * Nu checker messages that are not defects, with why. vnu reads files from
 * disk, where a page has no origin, so it applies the <meta> CSP as if 'self'
 * matched nothing; the browser tests prove the policy allows every resource
 * with zero violations (tests/e2e/privacy.test.ts, tests/e2e/nginx.test.ts).
 */
const VNU_FALSE_POSITIVES: { pattern: RegExp; reason: string }[] = [
  { pattern: /^Resource violates Content Security Policy \(meta tag\)/, reason: "checked from disk: no origin, so 'self' never matches" },
  {
    pattern: /^Inline script violates Content Security Policy \(meta tag\)/,
    reason: 'the only inline script is JSON-LD (type application/ld+json), a data block the CSP does not govern',
  },
];

describe('W3C Nu HTML Checker', () => {
  it('finds no error and no warning on any built page', async () => {
    const java = findJava();
    if (!java) throw new Error('Java is not installed: run `npm test` as root (it installs default-jre-headless) or install Java 11+.');
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    // vnu exits 1 when it reports anything; its JSON report is on stderr either way.
    const { stderr } = await promisify(execFile)(java, ['-jar', jar, '--skip-non-html', '--also-check-css', '--format', 'json', DIST], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }));
    const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
    const real = messages.filter((m) => !VNU_FALSE_POSITIVES.some((known) => known.pattern.test(m.message)));
    const report = real.map((m) => `${m.url.replace(`file:${DIST}`, '')}:${m.lastLine ?? 0} ${m.type}/${m.subType ?? ''}: ${m.message}`);
    expect(report).toEqual([]);
    // Every page was checked: the CSP false positive appears once per page with a stylesheet.
    expect(new Set(messages.map((m) => m.url)).size).toBeGreaterThanOrEqual(builtPages().length - 1);
  }, 180_000);
});

describe('structured data', () => {
  const validator = new Validator(schemaOrgVocabulary());
  const pages = allPagePaths();

  it('uses only schema.org types and properties, with every rich-result requirement met, on every page', async () => {
    const problems: string[] = [];
    for (const path of pages) {
      const html = readPage(path);
      const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html);
      for (const issue of await validator.validate(extracted)) problems.push(`${path} ${issue.severity}: ${issue.issueMessage}`);
      for (const script of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        const graph = (JSON.parse(script[1] ?? '{}') as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? [];
        for (const issue of richResultIssues(graph)) problems.push(`${path} ${issue.type} ${issue.id}: ${issue.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches what it should: an unknown property, a small logo and imprecise coordinates', async () => {
    const html = readPage('/').replace('"@type":"WebSite"', '"@type":"WebSite","colour":"teal"');
    const issues = await validator.validate(new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html));
    expect(issues.map((i: { issueMessage: string }) => i.issueMessage).join('\n')).toContain('"colour"');
    const rich = richResultIssues([
      { '@type': 'MedicalOrganization', '@id': 'o', logo: { '@type': 'ImageObject', url: 'https://x.example/logo.png', width: '64', height: '64' } },
      { '@type': 'MedicalClinic', '@id': 'c', name: 'A', telephone: '+1', geo: { latitude: '30.2672', longitude: '-97.74310' } },
    ]).map((i) => i.message);
    expect(rich).toEqual(expect.arrayContaining(['logo width must be at least 112 px; found 64', 'geo.latitude needs at least 5 decimal places; found 30.2672']));
  });
});

describe('RSS 2.0 feed', () => {
  const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml) as {
    rss: { '@_version': string; '@_xmlns:dc'?: string; channel: Record<string, unknown> & { item: Record<string, unknown>[] } };
  };

  it('is well-formed XML with the required channel elements', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.rss['@_version']).toBe('2.0');
    for (const field of ['title', 'link', 'description']) expect(String(feed.rss.channel[field] ?? '').length, field).toBeGreaterThan(0);
    expect(String(feed.rss.channel['link'])).toBe(`${SITE_URL}/`);
  });

  it('has items with an absolute link, a permalink guid, an RFC 822 date and a named creator (no bare-name <author>)', () => {
    const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
    expect(feed.rss.channel.item.length).toBeGreaterThan(0);
    for (const item of feed.rss.channel.item) {
      const link = String(item['link']);
      expect(link.startsWith(`${SITE_URL}/`), link).toBe(true);
      expect(String(item['title'] ?? item['description'] ?? '').length).toBeGreaterThan(0);
      expect(String(item['pubDate'])).toMatch(rfc822);
      expect((item['guid'] as Record<string, string>)['#text']).toBe(link);
      // RSS 2.0: <author> is "the email address of the author"; a name belongs in dc:creator.
      if (item['author'] !== undefined) expect(String(item['author'])).toMatch(/^\S+@\S+\.\S+( \(.+\))?$/);
      expect(String(item['dc:creator'] ?? '').length).toBeGreaterThan(0);
    }
    expect(feed.rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
  });
});

describe('sitemaps', () => {
  const schemaDir = join(process.cwd(), 'tests/fixtures/xsd');
  const schema = (name: string) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), 'utf8') });
  const check = (fileName: string, contents: string, main: string) =>
    validateXML({ xml: [{ fileName, contents }], schema: [schema(main)], preload: [schema('sitemap-types.xsd')] });

  it('validate against the Sitemaps 0.9 schema', async () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const indexResult = await check('sitemap-index.xml', index, 'siteindex.xsd');
    expect(indexResult.errors).toEqual([]);
    for (const loc of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const file = new URL(loc[1] ?? '').pathname;
      const result = await check(file, readFileSync(join(DIST, file), 'utf8'), 'sitemap.xsd');
      expect(result.errors, file).toEqual([]);
    }
  });

  it('reject what the protocol forbids (the schema is not a rubber stamp)', async () => {
    const bad = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/relative/</loc><priority>2</priority></url></urlset>';
    const result = await check('bad.xml', bad, 'sitemap.xsd');
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
  });
});

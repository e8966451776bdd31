/**
 * SEO gates over every page the built sitemap lists: titles, descriptions,
 * canonicals, Open Graph, one h1, lang, and one valid JSON-LD graph whose
 * types match the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishPathOf, languageOfPath } from '../../src/lib/urls';
import { DIST, SITE_URL, builtPages, parsePage, pathOf, sitemapEntries, sitemapUrls } from '../support/site';
import { site } from '../../src/site.config';
import { ROBOTS, TITLE_SEPARATOR } from '../../src/lib/seo/head';

const urls = sitemapUrls();
const paths = urls.map(pathOf);
type Node = Record<string, unknown> & { '@id'?: string; '@type'?: string | string[] };
const FAQ_TOPIC_PAGE = /^(?:\/es)?\/faq\/[a-z0-9-]+\/$/;
/** A language's home page: / or /es/. */
const isHome = (path: string) => englishPathOf(path) === '/';

function graphOf(doc: Document): Node[] {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts, 'one JSON-LD block').toHaveLength(1);
  const parsed = JSON.parse(scripts[0]?.textContent ?? '') as { '@context': string; '@graph': Node[] };
  expect(parsed['@context']).toBe('https://schema.org');
  return parsed['@graph'];
}

const typesOf = (node: Node) => ([] as string[]).concat(node['@type'] ?? []);
const byType = (graph: Node[], type: string) => graph.filter((node) => typesOf(node).includes(type));

/** Every {"@id": …} used as a reference inside a node. */
function references(value: unknown, inRoot = true): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => references(v, false));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (!inRoot && typeof record['@id'] === 'string' && Object.keys(record).length === 1) return [record['@id']];
  return Object.entries(record).flatMap(([key, v]) => (key === '@id' ? [] : references(v, false)));
}

describe('the sitemap', () => {
  // A site kept out of search (the demo) marks every page noindex, nofollow; its sitemap still lists the pages a real build would offer.
  it('lists every built page not kept out on its own, and nothing else', () => {
    const indexable = builtPages().filter((path) => {
      const doc = parsePage(path);
      return doc.querySelector('meta[name="robots"]')?.getAttribute('content') !== ROBOTS.pageNoindex;
    });
    expect([...paths].sort()).toEqual(indexable);
    expect(paths).not.toContain('/404.html');
  });

  it('gives every page a lastmod from content dates where the page has one', () => {
    const entries = new Map(sitemapEntries().map((e) => [pathOf(e.loc), e.lastmod]));
    // Every program, article and location page has a content date (updated, dateModified, lastVerified).
    const dated = [...entries.keys()].filter((path) => /^\/(?:programs|blog|locations)\/(?!page\/)[a-z0-9-]+\/$/.test(path));
    expect(dated.length).toBeGreaterThan(0);
    for (const path of dated) expect(entries.get(path), path).toMatch(/^\d{4}-\d{2}-\d{2}/);
    for (const [path, lastmod] of entries) {
      if (lastmod) expect(Date.parse(lastmod), path).toBeLessThanOrEqual(Date.now());
    }
  });

  it('is named by robots.txt only when the site is indexable', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*/m);
    if (site.indexable) expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
    else expect(robots).not.toContain('Sitemap:');
  });
});

describe.each(paths)('%s', (path) => {
  const doc = parsePage(path);
  const url = `${SITE_URL}${path}`;

  it('has one title, one description of 70–160 characters, one h1 and a language', () => {
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    const descriptions = doc.querySelectorAll('meta[name="description"]');
    expect(descriptions).toHaveLength(1);
    const description = descriptions[0]?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(70);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    // The language comes from the route: /es/… is Spanish, everything else English.
    expect(doc.documentElement.getAttribute('lang')).toBe(languageOfPath(path));
    const title = doc.querySelector('title')?.textContent ?? '';
    const own = isHome(path) ? title.replace(`${site.name}: `, '') : title.replace(`${TITLE_SEPARATOR}${site.name}`, '');
    expect(own, 'the brand appears once, as prefix on home or suffix elsewhere').not.toBe(title);
    expect(own.length, `title "${own}"`).toBeLessThanOrEqual(60);
  });

  it('has one absolute canonical equal to its sitemap URL', () => {
    const canonicals = doc.querySelectorAll('link[rel="canonical"]');
    expect(canonicals).toHaveLength(1);
    expect(canonicals[0]?.getAttribute('href')).toBe(url);
    expect(url.endsWith('/')).toBe(true);
  });

  it('has Open Graph and Twitter tags', () => {
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type']) {
      expect(doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
    }
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(new RegExp(`^${SITE_URL}/.+\\.(png|jpe?g)$`));
    expect(doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBeTruthy();
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });

  it('has one JSON-LD graph whose references all resolve and whose types fit the page', () => {
    const graph = graphOf(doc);
    const ids = new Set(graph.map((node) => node['@id']));
    expect(ids.size, 'unique @ids').toBe(graph.length);
    for (const node of graph) {
      expect(node['@id'], 'every node has an @id').toMatch(new RegExp(`^${SITE_URL}/`));
      for (const ref of references(node)) expect(ids.has(ref), `${ref} resolves`).toBe(true);
    }
    expect(byType(graph, 'MedicalOrganization')).toHaveLength(1);
    expect(byType(graph, 'WebSite')).toHaveLength(1);
    const crumbs = byType(graph, 'BreadcrumbList');
    if (isHome(path)) {
      expect(crumbs).toHaveLength(0);
    } else {
      expect(crumbs).toHaveLength(1);
      const items = crumbs[0]?.['itemListElement'] as { position: number; name: string; item: string }[];
      expect(items.length).toBeGreaterThanOrEqual(2);
      items.forEach((item, index) => {
        expect(item.position).toBe(index + 1);
        expect(item.name).toBeTruthy();
      });
      expect(items.at(-1)?.item).toBe(url);
      const visible = [...doc.querySelectorAll('.breadcrumbs li')].map((li) => li.textContent?.trim());
      expect(visible).toEqual(items.map((item) => item.name));
    }
    expect(byType(graph, 'FAQPage').length).toBe(FAQ_TOPIC_PAGE.test(path) ? 1 : 0);
    if (FAQ_TOPIC_PAGE.test(path)) {
      const [faqPage] = byType(graph, 'FAQPage');
      const questions = faqPage?.['mainEntity'] as Node[];
      const answers = [...doc.querySelectorAll('main .faq-answer')];
      expect(questions.map((q) => q['@id'])).toEqual(answers.map((a) => `${url}#${a.id}`));
      expect(questions.map((q) => q['name'])).toEqual(answers.map((a) => a.querySelector('h2')?.textContent));
      const items = byType(graph, 'BreadcrumbList')[0]?.['itemListElement'] as { item: string }[];
      const prefix = path.startsWith('/es/') ? '/es' : '';
      expect(items.map((item) => item.item)).toEqual([`${SITE_URL}${prefix}/`, `${SITE_URL}${prefix}/faq/`, url]);
    }
    if (/^(?:\/es)?\/locations\/[^/]+\/$/.test(path) && !site.isDemo) {
      const [clinic] = byType(graph, 'MedicalClinic');
      expect(clinic?.['name']).toBeTruthy();
      expect(clinic?.['address']).toMatchObject({ '@type': 'PostalAddress', addressLocality: expect.any(String), postalCode: expect.stringMatching(/^\d{5}/) });
      expect(clinic?.['telephone']).toMatch(/^\+1\d{10}$/);
      expect(clinic?.['parentOrganization']).toEqual({ '@id': `${SITE_URL}/#organization` });
      const hours = clinic?.['openingHoursSpecification'] as { dayOfWeek: string[]; opens: string; closes: string }[];
      const rows = [...doc.querySelectorAll('table.hours tr')].filter((tr) => !/Closed/.test(tr.textContent ?? ''));
      expect(hours.flatMap((h) => h.dayOfWeek)).toHaveLength(rows.length);
      expect((clinic?.['availableService'] as unknown[]).length).toBeGreaterThan(0);
    }
    if (/^\/blog\/[a-z0-9-]+\/$/.test(path)) {
      const [post] = byType(graph, 'BlogPosting');
      expect(post?.['headline']).toBe(doc.querySelector('h1')?.textContent);
      expect(post?.['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(ids.has((post?.['author'] as { '@id': string })['@id'])).toBe(true);
    }
    if (/^\/team\/[a-z0-9-]+\/$/.test(path)) {
      expect(byType(graph, 'ProfilePage')).toHaveLength(1);
      expect(byType(graph, 'Person').length).toBeGreaterThanOrEqual(1);
    }
    const reviewed = byType(graph, 'MedicalWebPage');
    const byline = doc.querySelector('.review-byline');
    if (byline) {
      expect(reviewed).toHaveLength(1);
      const visibleDate = byline.querySelector('time')?.getAttribute('datetime');
      expect(reviewed[0]?.['lastReviewed']).toBe(visibleDate);
      const reviewer = (reviewed[0]?.['reviewedBy'] as { '@id': string })['@id'];
      const reviewerHref = byline.querySelector('a')?.getAttribute('href');
      // A page whose reviewer's profile is not translated names the reviewer without a link; the data still points at the profile.
      if (reviewerHref) expect(reviewer).toBe(`${SITE_URL}${reviewerHref}#person`);
      else expect(reviewer).toMatch(new RegExp(`^${SITE_URL}/team/[a-z0-9-]+/#person$`));
    } else {
      expect(reviewed).toHaveLength(0);
    }
  });
});

describe('across the site', () => {
  const docs = paths.map((path) => ({ path, doc: parsePage(path) }));

  it('has no two pages with the same title or description', () => {
    const titles = docs.map(({ doc }) => doc.querySelector('title')?.textContent);
    const descriptions = docs.map(({ doc }) => doc.querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('marks each FAQ question up once, on its topic page, and lists each once on /faq/', () => {
    const questions = docs.flatMap(({ doc }) => graphOf(doc).flatMap((node) => byType([node], 'FAQPage')).flatMap((node) => node['mainEntity'] as Node[]));
    const names = questions.map((q) => q['name']);
    const ids = questions.map((q) => q['@id']);
    expect(names.length).toBeGreaterThan(30);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ids).size).toBe(ids.length);
    // Each language's hub lists exactly that language's questions.
    const hub = ['/faq/', '/es/faq/']
      .filter((path) => paths.includes(path))
      .flatMap((path) => [...parsePage(path).querySelectorAll('main .faq-questions a[id]')].map((a) => `${SITE_URL}${a.getAttribute('href')}`));
    expect([...hub].sort()).toEqual([...ids].sort());
  });

  it('escapes JSON-LD so content cannot close the script element', () => {
    for (const path of builtPages()) {
      const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      expect(block).not.toMatch(/</);
    }
  });
});

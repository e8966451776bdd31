/** Head data and JSON-LD nodes, tested as data. */
import { describe, expect, it } from 'vitest';
import { buildHead, fullTitle, robotsFor } from '../../src/lib/seo/head';
import { breadcrumbNode, clinicNode, graph, ids, serializeJsonLd, webPageNode } from '../../src/lib/jsonld/graph';
import { site } from '../../src/site.config';

const meta = (head: ReturnType<typeof buildHead>, key: string) =>
  head.meta.find((tag) => ('name' in tag ? tag.name : tag.property) === key)?.content;

describe('buildHead', () => {
  const head = buildHead({ title: 'Detox', description: 'Medically supervised withdrawal, so you can stop safely before starting IOP or another level of care.', path: '/programs/detox/' });

  it('builds title, canonical, Open Graph and Twitter tags from one input', () => {
    expect(head.title).toBe(`Detox | ${site.name}`);
    expect(head.canonical).toBe(`${site.url}/programs/detox/`);
    expect(head.links).toContainEqual({ rel: 'canonical', href: `${site.url}/programs/detox/` });
    expect(meta(head, 'og:url')).toBe(head.canonical);
    expect(meta(head, 'og:image')).toBe(`${site.url}${site.defaultOgImage}`);
    expect(meta(head, 'twitter:card')).toBe('summary_large_image');
    expect(meta(head, 'robots')).toBe(site.indexable ? 'index, follow' : 'noindex, nofollow');
    expect(head.links.map((l) => l.rel)).toEqual(expect.arrayContaining(['alternate', 'icon', ...(site.indexable ? ['sitemap'] : [])]));
    expect(head.lang).toBe('en');
  });

  it('keeps a whole site out of search while it is not indexable, and a page out on its own', () => {
    expect(robotsFor(false, true)).toBe('index, follow');
    expect(robotsFor(false, false)).toBe('noindex, nofollow');
    expect(robotsFor(true, true)).toBe('noindex, follow');
    expect(robotsFor(true, false)).toBe('noindex, follow');
  });

  it('drops the canonical and says noindex for pages kept out of search', () => {
    const notFound = buildHead({ title: 'Page not found', description: 'x'.repeat(80), path: '/404/', noindex: true });
    expect(notFound.links.find((l) => l.rel === 'canonical')).toBeUndefined();
    expect(meta(notFound, 'robots')).toBe('noindex, follow');
  });

  it('puts the brand first on the home page and adds article dates', () => {
    expect(fullTitle('Care close to home', true)).toBe(`${site.name}: Care close to home`);
    const article = buildHead({ title: 'What is IOP?', description: 'x'.repeat(80), path: '/blog/what-is-iop/', type: 'article', article: { published: new Date('2026-09-01'), modified: new Date('2026-10-01') } });
    expect(meta(article, 'og:type')).toBe('article');
    expect(meta(article, 'article:modified_time')).toBe('2026-10-01T00:00:00.000Z');
  });

  it('refuses a path without a trailing slash', () => {
    expect(() => buildHead({ title: 'x', description: 'y', path: '/faq' })).toThrow('must start and end with "/"');
  });
});

describe('JSON-LD', () => {
  it('escapes "<" so content cannot close the script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    const node = breadcrumbNode('/programs/detox/', [{ name: 'Home', path: '/' }, { name: 'Programs', path: '/programs/' }, { name: 'Detox', path: '/programs/detox/' }]);
    expect(node['@id']).toBe(`${site.url}/programs/detox/#breadcrumb`);
    expect(node.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
      { '@type': 'ListItem', position: 2, name: 'Programs', item: `${site.url}/programs/` },
      { '@type': 'ListItem', position: 3, name: 'Detox', item: `${site.url}/programs/detox/` },
    ]);
  });

  it('gives a clinic the same hours the page shows, and its parent organization', () => {
    const clinic = clinicNode({
      id: 'austin',
      name: 'Austin',
      description: 'd',
      address: { street: '1 Main St', suite: 'Suite 2', city: 'Austin', state: 'TX', zip: '78701' },
      geo: { lat: 30.27, lng: -97.74 },
      phone: '+15125550142',
      hours: [{ days: ['monday', 'tuesday'], opens: '08:00', closes: '20:00' }],
      image: '/a.svg',
      languages: ['English', 'Spanish'],
      services: [{ name: 'IOP', path: '/programs/intensive-outpatient/' }],
    });
    expect(clinic.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '08:00', closes: '20:00' },
    ]);
    expect(clinic.parentOrganization).toEqual({ '@id': ids.organization() });
    expect(clinic.address).toMatchObject({ streetAddress: '1 Main St, Suite 2', postalCode: '78701' });
  });

  it('carries the review on a MedicalWebPage', () => {
    const page = webPageNode({ kind: 'MedicalWebPage', path: '/programs/detox/', name: 'Detox', description: 'd', hasBreadcrumb: true, review: { reviewedBy: { id: 'elena-ruiz' }, lastReviewed: new Date('2026-10-01T00:00:00Z') } });
    expect(page).toMatchObject({ '@type': 'MedicalWebPage', lastReviewed: '2026-10-01', reviewedBy: { '@id': ids.person('elena-ruiz') } });
    expect(graph([page])['@graph']).toHaveLength(1);
  });
});

/**
 * Components rendered with Astro's Container API (dev mode inside Vitest, so
 * assertions read parsed text and attributes, not exact markup).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import PhoneLink from '../../src/components/content/PhoneLink.astro';
import Breadcrumbs from '../../src/components/layout/Breadcrumbs.astro';
import Head from '../../src/components/head/Head.astro';
import JsonLd from '../../src/components/head/JsonLd.astro';
import { buildHead } from '../../src/lib/seo/head';
import { site } from '../../src/site.config';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  parseHTML(`<!doctype html><html><head></head><body>${await container.renderToString(component, { props })}</body></html>`).document;

describe('PhoneLink', () => {
  it('dials the number and shows it formatted, with its words', async () => {
    const doc = await render(PhoneLink, { dial: '+15125550100', label: 'Call', hiddenLabel: 'admissions', class: 'button' });
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe('tel:+15125550100');
    expect(link?.getAttribute('class')).toContain('tel-labelled');
    // The demo labels its invented numbers (site.isDemo).
    expect(link?.textContent).toBe(`Call admissions (512)\u00a0555\u20110100${site.isDemo ? ' (sample number, not in service)' : ''}`);
    expect(doc.querySelector('.visually-hidden')?.textContent).toBe('admissions ');
  });

  it('texts a short code', async () => {
    const doc = await render(PhoneLink, { dial: '988', scheme: 'sms', label: 'Text' });
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('sms:988');
    expect(doc.querySelector('a')?.textContent).toBe('Text 988');
  });
});

describe('Breadcrumbs', () => {
  it('marks the last crumb as the current page', async () => {
    const doc = await render(Breadcrumbs, { crumbs: [{ name: 'Home', path: '/' }, { name: 'Programs', path: '/programs/' }] });
    expect(doc.querySelector('nav')?.getAttribute('aria-label')).toBe('Breadcrumb');
    const links = [...doc.querySelectorAll('li a')];
    expect(links.map((a) => a.textContent)).toEqual(['Home', 'Programs']);
    expect(links[1]?.getAttribute('aria-current')).toBe('page');
    expect(links[0]?.hasAttribute('aria-current')).toBe(false);
  });
});

describe('Head and JsonLd', () => {
  it('renders the head data it is given', async () => {
    const head = buildHead({ title: 'Detox', description: 'Medically supervised withdrawal, so you can stop safely before starting IOP or another level of care.', path: '/programs/detox/' });
    const doc = await render(Head, { head });
    expect(doc.querySelector('title')?.textContent).toBe(head.title);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(head.canonical);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(head.title);
  });

  it('writes JSON-LD that cannot close its script element', async () => {
    const html = await container.renderToString(JsonLd, { props: { data: { name: '</script><b>x</b>' } } });
    expect(html).not.toContain('</script><b>');
    const json = /<script[^>]*>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ name: '</script><b>x</b>' });
  });
});

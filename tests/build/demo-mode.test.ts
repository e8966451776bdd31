/**
 * A sample organization must never reach a real person in crisis
 * (CLINICAL.md). The main test build is the demo (site.isDemo true); a copy
 * of the project is also built with SITE_DEMO=0, as a real provider would
 * ship it. Both keep the crisis lines before the admissions number.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../support/site';
import { runWithFixture, type FixtureRun } from '../support/fixture-project';
import { site } from '../../src/site.config';
import { t } from '../../src/i18n/ui';
import { languageOfPath } from '../../src/lib/urls';

const ADMISSIONS = `tel:${site.admissionsPhone}`;
/** The notice and the label in the page's language (src/i18n). */
const sampleNotice = (path: string) => t('sample.notice', languageOfPath(path));
const sampleLabel = (path: string) => t('phone.sample', languageOfPath(path));
/** 555-0100 to 555-0199: numbers reserved for fiction. */
const INVENTED = /^tel:\+1\d{3}55501\d{2}$/;

function read(dist: string, path: string): Document {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}
const hrefs = (doc: Document) => [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
const jsonLdTypes = (doc: Document) => JSON.stringify(JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'));

/** In document order, every crisis line comes before the first admissions link. */
function crisisBeforeAdmissions(doc: Document): boolean {
  const links = hrefs(doc);
  const admissions = links.indexOf(ADMISSIONS);
  const crisis = ['tel:911', 'tel:988', 'sms:988'].map((href) => links.indexOf(href));
  return admissions > 0 && crisis.every((index) => index >= 0 && index < admissions);
}

describe('the demo build (site.isDemo)', () => {
  const pages = builtPages();

  it('is the main build', () => {
    expect(site.isDemo).toBe(true);
    expect(site.indexable).toBe(false);
  });

  it('opens every page with the sample notice and the real help lines', () => {
    for (const path of pages) {
      const doc = read(DIST, path);
      const first = doc.body.firstElementChild;
      expect(first?.classList.contains('sample-notice'), path).toBe(true);
      expect(first?.textContent?.trim().startsWith(sampleNotice(path)), path).toBe(true);
      const notice = hrefs(first as unknown as Document);
      expect(notice, path).toContain('tel:988');
      expect(notice, path).toContain(`tel:${site.crisis.helpline.dial}`);
      // The skip link is the first thing to take focus: no link comes before it.
      expect(first?.querySelector('a')?.classList.contains('skip-link'), path).toBe(true);
    }
  });

  it('says noindex on every page, and robots.txt disallows everything without naming the sitemap', () => {
    for (const path of pages) {
      expect(read(DIST, path).querySelector('meta[name="robots"]')?.getAttribute('content'), path).toMatch(/^noindex/);
      expect(read(DIST, path).querySelector('link[rel="sitemap"]'), path).toBeNull();
    }
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nDisallow: \/$/m);
    expect(robots).not.toMatch(/Allow: \/\n|Sitemap:/);
  });

  it('has no directions to real coordinates and no clinic structured data', () => {
    for (const path of pages) {
      const doc = read(DIST, path);
      expect(hrefs(doc).filter((href) => /maps\.|\/maps\//.test(href)), path).toEqual([]);
      expect(jsonLdTypes(doc), path).not.toContain('MedicalClinic');
      expect(jsonLdTypes(doc), `${path}: no invented phone in structured data`).not.toContain(site.admissionsPhone);
    }
  });

  it('labels every invented number "sample number, not in service"', () => {
    for (const path of pages) {
      const doc = read(DIST, path);
      for (const link of doc.querySelectorAll('a[href^="tel:"]')) {
        if (INVENTED.test(link.getAttribute('href') ?? '')) expect(link.textContent, `${path} ${link.getAttribute('href')}`).toContain(sampleLabel(path));
      }
    }
  });

  it('puts 911 and 988 (call and text) before the admissions number on every page', () => {
    for (const path of pages) expect(crisisBeforeAdmissions(read(DIST, path)), path).toBe(true);
  });
});

describe('the same project built as a real provider (SITE_DEMO=0)', () => {
  let run: FixtureRun;
  let dist = '';
  beforeAll(() => {
    run = runWithFixture(undefined, ['scripts/build.mjs'], { SITE_DEMO: '0' });
    dist = join(run.dir, 'dist');
  }, 300_000);
  afterAll(() => {
    if (run) rmSync(run.dir, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  it('is indexable: pages say index, robots.txt allows crawling and names the sitemap', () => {
    expect(read(dist, '/').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('index, follow');
    expect(read(dist, '/programs/intensive-outpatient/').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('index, follow');
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain('Allow: /');
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(robots).toContain(`Sitemap: ${site.url}/sitemap-index.xml`);
  });

  it('shows directions and publishes the clinic as MedicalClinic', () => {
    const doc = read(dist, '/locations/austin/');
    expect(hrefs(doc).some((href) => href.startsWith('https://www.google.com/maps/dir/'))).toBe(true);
    expect(jsonLdTypes(doc)).toContain('"@type":"MedicalClinic"');
    expect(jsonLdTypes(doc), 'the organization publishes its admissions phone').toContain(`"telephone":"${site.admissionsPhone}"`);
  });

  it('has no sample notice and no sample labels', () => {
    const doc = read(dist, '/');
    expect(doc.querySelector('.sample-notice')).toBeNull();
    expect(doc.body.textContent).not.toContain(sampleLabel('/'));
    expect(doc.body.firstElementChild?.classList.contains('skip-link')).toBe(true);
  });

  it('still puts 911 and 988 before the admissions number', () => {
    for (const path of ['/', '/locations/austin/', '/programs/intensive-outpatient/']) expect(crisisBeforeAdmissions(read(dist, path)), path).toBe(true);
  });
});

/**
 * The crisis, pregnancy and notice pages on the built site: numbers are
 * tap-to-call links, the language-help notice carries each language's lang
 * (and dir for right-to-left scripts), the pregnancy page is reviewed, and
 * the Notice of Privacy Practices is published and linked from the privacy page.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../support/site';

const hrefs = (path: string) => [...parsePage(path).querySelectorAll('main a[href]')].map((a) => a.getAttribute('href') ?? '');

describe('the crisis page', () => {
  it('links every crisis number for a tap to call or text', () => {
    const links = hrefs('/crisis/');
    for (const href of ['tel:911', 'tel:988', 'sms:988', 'tel:711', 'tel:+18002221222', 'tel:+18007997233', 'sms:88788', 'tel:+18006624357']) {
      expect(links, href).toContain(href);
    }
  });

  it('covers more than opioids, under real headings', () => {
    const headings = [...parsePage('/crisis/').querySelectorAll('main h2')].map((h) => h.textContent ?? '').join(' | ');
    for (const topic of [/911/, /988/, /opioid overdose/i, /xylazine/i, /alcohol poisoning/i, /stimulant/i, /withdrawal/i, /store medicines/i, /not safe at home/i, /SAMHSA/]) {
      expect(headings).toMatch(topic);
    }
  });

  it('marks the Spanish 988 line as Spanish', () => {
    expect(parsePage('/crisis/').querySelector('main [lang="es"]')?.textContent).toContain('AYUDA');
  });
});

describe('phone numbers on the crisis, pregnancy and notice pages', () => {
  const typedNumber = /\(\d{3}\)[\s\u00a0]?\d{3}[-\u2011]\d{4}|\b1[-\u2011]\d{3}[-\u2011]\d{3}[-\u2011]\d{4}\b/;

  it.each(['/crisis/', '/pregnancy-and-treatment/', '/nondiscrimination/', '/privacy/', '/accessibility/', '/notice-of-privacy-practices/'])(
    'are all tap-to-call links on %s (so a demo number gets its label)',
    (path) => {
      const main = parsePage(path).querySelector('main');
      expect(main).not.toBeNull();
      for (const link of main?.querySelectorAll('a') ?? []) link.remove();
      expect(main?.textContent ?? '').not.toMatch(typedNumber);
    },
  );
});

describe('the pregnancy page', () => {
  it('shows a medical review and sources, and links to crisis help, the self-assessment and medication', () => {
    const doc = parsePage('/pregnancy-and-treatment/');
    expect(doc.querySelector('.review-byline')?.textContent).toMatch(/Medically reviewed by/);
    expect(doc.querySelectorAll('.sources li').length).toBeGreaterThanOrEqual(3);
    const links = hrefs('/pregnancy-and-treatment/');
    for (const href of ['/crisis/', '/is-iop-right-for-me/', '/therapies/medication-assisted-treatment/']) expect(links).toContain(href);
  });

  it('gives the real SAMHSA Helpline before the admissions line', () => {
    const links = hrefs('/pregnancy-and-treatment/');
    expect(links).toContain('tel:+18006624357');
    expect(links.indexOf('tel:+18006624357')).toBeLessThan(links.indexOf('tel:+15125550100'));
  });
});

describe('the Notice of Privacy Practices', () => {
  it('opens with the required statement, gives its effective date and says how to complain', () => {
    const doc = parsePage('/notice-of-privacy-practices/');
    const text = doc.querySelector('main')?.textContent ?? '';
    expect(text).toContain('This notice describes how medical information about you may be used and disclosed');
    expect(text).toMatch(/Effective date: \w+ \d{1,2}, \d{4}/);
    expect(hrefs('/notice-of-privacy-practices/')).toContain('https://www.hhs.gov/ocr/complaints');
  });

  it('is linked from the privacy page', () => {
    expect(hrefs('/privacy/')).toContain('/notice-of-privacy-practices/');
  });
});

describe('the notice of free language help', () => {
  const items = [...parsePage('/nondiscrimination/').querySelectorAll('.language-notice p[lang]')];

  it('is in English and at least 15 other languages, each marked with its own lang', () => {
    const langs = items.map((li) => li.getAttribute('lang'));
    expect(langs[0]).toBe('en');
    expect(new Set(langs.filter((lang) => lang && lang !== 'en')).size).toBeGreaterThanOrEqual(15);
  });

  it('sets right-to-left direction for Arabic, Persian and Urdu only', () => {
    for (const li of items) {
      const rtl = ['ar', 'fa', 'ur'].includes(li.getAttribute('lang') ?? '');
      expect(li.getAttribute('dir'), li.getAttribute('lang') ?? '').toBe(rtl ? 'rtl' : null);
    }
  });

  it('gives the admissions phone and TTY 711 as links in every language', () => {
    for (const li of items) {
      const links = [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links, li.getAttribute('lang') ?? '').toEqual(['tel:+15125550100', 'tel:711']);
    }
  });
});

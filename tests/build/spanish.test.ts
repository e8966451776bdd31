/**
 * Spanish parity on the built site: every /es/ page is Spanish (lang="es"),
 * names its English twin and itself with hreflang and x-default, as its twin
 * does back, offers a language switch to a page that exists, exists only
 * where content is translated, keeps the sample-site notice, shows the
 * admissions steps, plans and prices in Spanish, and reads "fairly easy" or
 * easier (Fernández-Huerta).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { site } from '../../src/site.config';
import { t, type UiKey } from '../../src/i18n/ui';
import { formatDate } from '../../src/lib/dates';
import { formatPriceRange } from '../../src/schemas/insurance';
import { DIST, SITE_URL, builtPages, exists, parsePage, readPage } from '../support/site';

const spanish = builtPages().filter((path) => path.startsWith('/es/'));
const indexable = spanish.filter((path) => path !== '/es/404/');
const twins = (folder: string) => (existsSync(`content/${folder}/es`) ? readdirSync(`content/${folder}/es`).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')) : []);

const hreflangs = (path: string) =>
  Object.fromEntries([...parsePage(path).querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']));

describe('Spanish pages', () => {
  it('exist: home, search, self-check, and a page per translation', () => {
    for (const path of ['/es/', '/es/search/', '/es/is-iop-right-for-me/']) expect(spanish, path).toContain(path);
    for (const id of twins('pages')) expect(spanish).toContain(`/es/${id}/`);
    for (const id of twins('programs')) expect(spanish).toContain(`/es/programs/${id}/`);
    for (const id of twins('locations')) expect(spanish).toContain(`/es/locations/${id}/`);
  });

  it('exist only where content is translated: no /es/ entry page without a twin', () => {
    const detail = (section: string) => spanish.filter((p) => new RegExp(`^/es/${section}/[a-z0-9-]+/$`).test(p)).map((p) => p.split('/')[3]);
    expect(detail('programs').sort()).toEqual(twins('programs').sort());
    expect(detail('locations').sort()).toEqual(twins('locations').sort());
    const pages = spanish.filter((p) => /^\/es\/[a-z0-9-]+\/$/.test(p)).map((p) => p.split('/')[2]);
    const routes = ['faq', 'search', 'is-iop-right-for-me', 'programs', 'locations', '404'];
    expect(pages.filter((id) => !routes.includes(id ?? '')).sort()).toEqual(twins('pages').sort());
    for (const path of ['/es/therapies/', '/es/team/', '/es/blog/']) expect(exists(path), path).toBe(false);
  });

  it('say they are Spanish: lang="es", og:locale es_US, inLanguage es', () => {
    for (const path of spanish) {
      const doc = parsePage(path);
      expect(doc.documentElement.getAttribute('lang'), path).toBe('es');
      expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'), path).toBe('es_US');
    }
    for (const path of indexable) expect(readPage(path), path).toContain('"inLanguage":"es"');
  });

  it('name their twin with reciprocal hreflang links and x-default, also in the sitemap', () => {
    const sitemap = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readPage(`/${f}`)).join('\n');
    for (const path of indexable) {
      const english = path.slice(3);
      const mine = hreflangs(path);
      expect(mine, path).toEqual({ en: `${SITE_URL}${english}`, es: `${SITE_URL}${path}`, 'x-default': `${SITE_URL}${english}` });
      expect(hreflangs(english), english).toEqual(mine);
      expect(sitemap, path).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${SITE_URL}${path}"/>`);
    }
  });

  it('offer a language switch to a page that exists, on every page in either language', () => {
    for (const path of builtPages()) {
      const href = parsePage(path).querySelector('a.language-switch')?.getAttribute('href');
      expect(href, path).toBeTruthy();
      expect(exists(href ?? ''), `${path} → ${href}`).toBe(true);
      if (path.startsWith('/es/') && path !== '/es/404/') expect(href, path).toBe(path.slice(3));
    }
  });

  it('keep the sample-site notice and say a sample number is out of service, in Spanish', () => {
    if (!site.isDemo) return;
    for (const path of spanish) {
      const text = parsePage(path).body.textContent ?? '';
      expect(text, path).toContain('Sitio de ejemplo, no es una clínica real.');
      expect(text, path).toContain('(número de ejemplo, fuera de servicio)');
    }
  });

  it('give every crisis line in Spanish: 988 with "marque 2", text AYUDA', () => {
    const crisis = parsePage('/es/crisis/').querySelector('main')?.textContent ?? '';
    expect(crisis).toContain('marque 2');
    expect(crisis).toContain('AYUDA');
  });
});

/** The readable text of a page's main content. */
function mainText(path: string): string {
  const main = parsePage(path).querySelector('main');
  if (!main) return '';
  for (const el of main.querySelectorAll('[data-pagefind-ignore], script, nav, .sources, .review-byline, table, [hidden]')) el.remove();
  return [...main.querySelectorAll('p, li, dd, summary')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean).map((b) => (/[.!?:]$/.test(b) ? b : `${b}.`)).join(' ');
}

/** Spanish syllables: vowel groups, with the strong-vowel pairs (hiatus) and accented weak vowels split. */
export function spanishSyllables(word: string): number {
  const groups = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '').match(/[aeiouáéíóúü]+/g) ?? [];
  return Math.max(1, groups.reduce((sum, group) => sum + 1 + (group.match(/[aeoáéó](?=[aeoáéó])|[íú](?=[aeo])|[aeo](?=[íú])/g)?.length ?? 0), 0));
}

/** Fernández-Huerta reading ease: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence; 70 to 80 is "fairly easy". */
export function fernandezHuerta(text: string): number {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => /\p{L}/u.test(s)).length;
  const words = text.match(/[\p{L}\d]+/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + (/^\d+$/.test(word) ? 1 : spanishSyllables(word)), 0);
  return 206.84 - 0.6 * ((100 * syllables) / Math.max(1, words.length)) - 1.02 * (words.length / Math.max(1, sentences));
}

describe('Spanish readability', () => {
  it('counts Spanish syllables', () => {
    expect(spanishSyllables('tratamiento')).toBe(4);
    expect(spanishSyllables('familia')).toBe(3);
    expect(spanishSyllables('día')).toBe(2);
    expect(spanishSyllables('sobredosis')).toBe(4);
  });

  it('has a median Fernández-Huerta score of 70 ("fairly easy") or more on Spanish content pages', () => {
    const scored = indexable.filter((p) => !['/es/search/'].includes(p)).map((path) => ({ path, score: fernandezHuerta(mainText(path)) }));
    const scores = scored.map((s) => s.score).sort((a, b) => a - b);
    const median = scores.length % 2 ? scores[(scores.length - 1) / 2]! : (scores[scores.length / 2 - 1]! + scores[scores.length / 2]!) / 2;
    const hardest = [...scored].sort((a, b) => a.score - b.score).slice(0, 5).map((s) => `${s.path} ${s.score.toFixed(0)}`);
    console.info(`Spanish readability: median Fernández-Huerta ${median.toFixed(1)} over ${scores.length} pages; hardest: ${hardest.join(', ')}`);
    expect(median).toBeGreaterThanOrEqual(70);
  });
});

/* The data lists (content/*.yaml) on Spanish pages: every item, in Spanish words from content/es/*.yaml and src/i18n/es.ts. */
type Item = Record<string, unknown> & { id: string };
const list = (file: string) => parse(readFileSync(file, 'utf8')) as Item[];
const overlaid = (name: string) => {
  const spanishItems = new Map(list(`content/es/${name}.yaml`).map((item) => [item.id, item]));
  return list(`content/${name}.yaml`).map((english) => ({ english, es: { ...english, ...Object.fromEntries(Object.entries(spanishItems.get(english.id) ?? {}).filter(([key]) => key !== 'translationOf')) } }));
};
const sectionText = (path: string, labelledBy: string) =>
  (parsePage(path).querySelector(`main section[aria-labelledby="${labelledBy}"]`)?.textContent ?? '').replace(/\s+/g, ' ');
/** English words a Spanish page must not show: the English item's text wherever the Spanish differs. */
const englishOnly = (pairs: { english: Item; es: Item }[], fields: readonly string[]) =>
  pairs.flatMap(({ english, es }) => fields.flatMap((field) => (typeof english[field] === 'string' && english[field] !== es[field] ? [english[field] as string] : [])));
const ENGLISH_INTERFACE = ['In network', 'Out of network', 'Not accepted', 'checked on', ' to $', 'a week', 'a session', 'flat fee', 'Free', 'Sample list', 'Sample prices', 'for a full program'];

describe('Spanish admissions, insurance and location pages show the data lists in Spanish', () => {
  const steps = overlaid('admissions-steps');
  const plans = overlaid('insurance-plans');
  const prices = overlaid('self-pay-prices');

  it('/es/admissions/ lists every admissions step, in order, in Spanish', () => {
    const items = [...parsePage('/es/admissions/').querySelectorAll('main section[aria-labelledby="steps"] li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
    const ordered = [...steps].sort((a, b) => Number(a.english['order']) - Number(b.english['order']));
    expect(items).toEqual(ordered.map(({ es }) => `${String(es['title'])}. ${String(es['text'])}`));
    const text = sectionText('/es/admissions/', 'steps');
    for (const english of englishOnly(steps, ['title', 'text'])) expect(text).not.toContain(english);
  });

  it('/es/insurance/ lists every plan with its status, date and note in Spanish, and every self-pay price in Spanish words', () => {
    const planText = sectionText('/es/insurance/', 'plans');
    const shown = new Map(
      [...parsePage('/es/insurance/').querySelectorAll('main section[aria-labelledby="plans"] dt')].map((dt) => [(dt.textContent ?? '').trim(), (dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim()]),
    );
    expect(shown.size).toBe(plans.length);
    for (const { es } of plans) {
      const status = `${t(`insurance.status.${String(es['status'])}` as UiKey, 'es')}, ${t('insurance.checkedOn', 'es')} ${formatDate(new Date(String(es['asOf'])), 'es')}.`;
      expect(shown.get(String(es['name']))).toBe(es['note'] ? `${status} ${String(es['note'])}` : status);
    }
    const priceText = sectionText('/es/insurance/', 'self-pay');
    for (const { es } of prices) {
      expect(priceText).toContain(String(es['service']));
      expect(priceText).toContain(String(es['includes']));
      const amount = es['unit'] === 'free' ? t('price.free', 'es') : `${formatPriceRange(es['low'] as number, es['high'] as number, 'es')} ${t(`price.unit.${String(es['unit'])}` as UiKey, 'es')}`;
      expect(priceText).toContain(amount);
    }
    if (site.isDemo) {
      expect(planText).toContain(t('insurance.sample', 'es'));
      expect(priceText).toContain(t('insurance.samplePrices', 'es'));
    }
    for (const english of [...englishOnly(plans, ['name', 'note']), ...englishOnly(prices, ['service', 'includes']), ...ENGLISH_INTERFACE]) {
      expect(planText + priceText).not.toContain(english);
    }
  });

  it('every Spanish location page shows the steps and the plans in Spanish', () => {
    for (const path of spanish.filter((p) => /^\/es\/locations\/[a-z0-9-]+\/$/.test(p))) {
      const start = sectionText(path, 'getting-started');
      const planSummary = sectionText(path, 'plans');
      for (const { es } of steps) expect(start, path).toContain(String(es['text']));
      for (const { es } of plans) expect(planSummary, path).toContain(String(es['name']));
      for (const english of [...englishOnly(steps, ['title', 'text']), ...englishOnly(plans, ['name']), ...ENGLISH_INTERFACE]) expect(start + planSummary, path).not.toContain(english);
    }
  });
});

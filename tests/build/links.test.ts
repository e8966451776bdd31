/** Every internal link and #fragment in dist/ resolves; the feed and 404 are sound. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { DIST, SITE_URL, builtPages, exists, parsePage } from '../support/site';

const pages = builtPages();
const idsByPage = new Map(pages.map((path) => [path, new Set([...parsePage(path).querySelectorAll('[id]')].map((el) => el.id))]));

describe('internal links', () => {
  it('all resolve, fragments included', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const doc = parsePage(page);
      for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (/^(tel:|sms:|mailto:)/.test(raw)) continue;
        const url = new URL(raw, `${SITE_URL}${page}`);
        if (url.origin !== SITE_URL) continue;
        const path = url.pathname;
        if (!exists(path)) {
          broken.push(`${page} → ${raw}`);
          continue;
        }
        if (url.hash && path.endsWith('/')) {
          const ids = idsByPage.get(path);
          if (!ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${raw} (no such fragment)`);
        }
        if (path.endsWith('/') === false && !/\.[a-z0-9]+$/.test(path)) broken.push(`${page} → ${raw} (no trailing slash)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('link out only over https', () => {
    for (const page of pages) {
      for (const a of parsePage(page).querySelectorAll('a[href^="http:"]')) expect.fail(`${page} links over http: ${a.getAttribute('href')}`);
    }
  });
});

describe('FAQ answer anchors', () => {
  const faqIds = readdirSync('content/faqs').filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, ''));
  const hub = parsePage('/faq/');

  it('keep every old /faq/#<id> link one tap from its answer: the hub question links to /faq/<topic>/#<id>', () => {
    for (const id of faqIds) {
      const link = hub.getElementById(id);
      expect(link?.tagName, id).toBe('A');
      const target = /^\/faq\/([a-z0-9-]+)\/#(.+)$/.exec(link?.getAttribute('href') ?? '');
      expect(target?.[2], id).toBe(id);
      expect(idsByPage.get(`/faq/${target?.[1]}/`)?.has(id), `${id} on /faq/${target?.[1]}/`).toBe(true);
    }
  });

  it('give each answer one home: its id on exactly one topic page', () => {
    const topicPages = pages.filter((p) => /^\/faq\/[a-z0-9-]+\/$/.test(p));
    for (const id of faqIds) expect(topicPages.filter((p) => idsByPage.get(p)?.has(id)), id).toHaveLength(1);
  });
});

describe('the RSS feed', () => {
  const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;

  it('is RSS 2.0 with a channel', () => {
    expect(xml.startsWith('<?xml')).toBe(true);
    const rss = document.querySelector('rss');
    expect(rss?.getAttribute('version')).toBe('2.0');
    expect(document.querySelector('channel > title')?.textContent).toBeTruthy();
    expect(document.querySelector('channel > link')?.textContent).toContain(SITE_URL);
  });

  it('lists every published article, and only those', () => {
    const articlePages = pages.filter((p) => /^\/blog\/(?!page\/)[a-z0-9-]+\/$/.test(p));
    const links = [...document.querySelectorAll('item > link')].map((l) => new URL(l.textContent ?? '').pathname).sort();
    expect(links).toEqual(articlePages.sort());
    for (const item of document.querySelectorAll('item')) {
      expect(item.querySelector('title')?.textContent).toBeTruthy();
      expect(Date.parse(item.querySelector('pubDate')?.textContent ?? '')).not.toBeNaN();
    }
  });
});

describe('the 404 page', () => {
  it('is noindex, offers search and helpful links, and is kept out of the index', () => {
    const doc = parsePage('/404.html');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(doc.querySelector('form[action="/search/"]')).not.toBeNull();
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });
});

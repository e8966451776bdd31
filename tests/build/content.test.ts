/**
 * The content set, measured on the built pages: how much there is, how easy
 * it is to read, that no paragraph repeats across pages, and that every
 * clinical page shows its review and sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { FAQ_TOPICS } from '../../src/schemas/faqs';
import { builtPages, parsePage } from '../support/site';

const pages = builtPages();
const detail = (section: string) => pages.filter((p) => new RegExp(`^/${section}/(?!page/)[a-z0-9-]+/$`).test(p));

/**
 * The readable main text of a page, without scripts and shared furniture.
 * FAQ answers are shared on purpose (an answer shows on its FAQ topic page
 * and on the pages it applies to), so with `ownTextOnly` they count only on
 * the topic page.
 */
function mainText(path: string, { ownTextOnly = false } = {}): string[] {
  const doc = parsePage(path);
  const main = doc.querySelector('main');
  if (!main) return [];
  for (const el of main.querySelectorAll('[data-pagefind-ignore], script, nav, .sources, .review-byline, table')) el.remove();
  if (ownTextOnly) {
    // Blocks that repeat on purpose: entry cards and the care path (they show an entry's summary wherever it is
    // linked), schedules, crisis routing, and FAQ answers, which count once, on their topic page.
    for (const el of main.querySelectorAll('[data-shared-block], .facts')) el.remove();
    for (const el of main.querySelectorAll('.faq-list')) el.remove();
  }
  return [...main.querySelectorAll('p, li, dd, summary')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0);
}

/** Flesch-Kincaid grade of some text. */
function gradeOf(blocks: readonly string[]): number {
  const text = blocks.map((b) => (/[.!?:]$/.test(b) ? b : `${b}.`)).join(' ');
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/).filter((s) => /\w/.test(s)).length;
  const words = text.match(/[A-Za-z0-9'’-]+/g) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: Math.max(1, sentences), word: words.length, syllable: syllables });
}

const wordCount = (blocks: readonly string[]) => blocks.join(' ').split(/\s+/).filter(Boolean).length;

describe('how much content there is', () => {
  const files = (folder: string) => readdirSync(`content/${folder}`).filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'));
  const published = (folder: string) => files(folder).filter((f) => !/^draft: true$/m.test(readFileSync(`content/${folder}/${f}`, 'utf8')));

  // Floors the product needs, never today's exact numbers: adding an entry must not break a test.
  it('has the entries the product needs, and a page for each', () => {
    expect(files('programs').length).toBeGreaterThanOrEqual(8);
    expect(files('therapies').length).toBeGreaterThanOrEqual(13);
    expect(files('locations').length).toBeGreaterThanOrEqual(1);
    expect(files('faqs').length).toBeGreaterThanOrEqual(36);
    expect(files('team').length).toBeGreaterThanOrEqual(8);
    expect(files('articles').length).toBeGreaterThanOrEqual(8);
    for (const [folder, section] of [['programs', 'programs'], ['therapies', 'therapies'], ['locations', 'locations'], ['team', 'team'], ['articles', 'blog']] as const) {
      expect(detail(section), `one page per entry in content/${folder}`).toHaveLength(published(folder).length);
    }
    const sources = readFileSync('content/sources.yaml', 'utf8').match(/^- id: /gm) ?? [];
    expect(sources.length).toBeGreaterThanOrEqual(15);
    for (const page of ['admissions', 'insurance', 'about', 'careers', 'press', 'crisis', 'privacy', 'accessibility', 'nondiscrimination']) {
      expect(pages, page).toContain(`/${page}/`);
    }
  });

  it('has at least two FAQs on every topic that has any, and medical reviewers', () => {
    const topics = new Map<string, number>();
    for (const file of files('faqs')) {
      const topic = /^topic: (.+)$/m.exec(readFileSync(`content/faqs/${file}`, 'utf8'))?.[1] ?? '';
      topics.set(topic, (topics.get(topic) ?? 0) + 1);
    }
    for (const topic of topics.keys()) expect(Object.keys(FAQ_TOPICS), topic).toContain(topic);
    for (const [topic, count] of topics) expect(count, topic).toBeGreaterThanOrEqual(2);
    expect(detail('faq')).toHaveLength(topics.size);
    const reviewers = files('team').filter((f) => /^isMedicalReviewer: true$/m.test(readFileSync(`content/team/${f}`, 'utf8')));
    expect(reviewers.length).toBeGreaterThanOrEqual(2);
  });

  // How much each page must say is a content rule (MIN_BODY_WORDS in src/lib/content/rules.ts), reported by
  // `npm run check` with the file; here only that no detail page is empty.
  it('writes something on every detail page', () => {
    for (const path of ['programs', 'therapies', 'locations', 'blog'].flatMap(detail)) {
      expect(wordCount(mainText(path)), path).toBeGreaterThanOrEqual(100);
    }
  });
});

describe('readability', () => {
  it('has a median Flesch-Kincaid grade of 9 or below on program, therapy, location and FAQ pages', () => {
    // The FAQ topic pages are scored together, as the one FAQ they are.
    const scored = [
      ...[...detail('programs'), ...detail('therapies'), ...detail('locations')].map((path) => ({ path, grade: gradeOf(mainText(path)) })),
      { path: '/faq/*/', grade: gradeOf(detail('faq').flatMap((path) => mainText(path))) },
    ];
    const grades = scored.map((s) => s.grade).sort((a, b) => a - b);
    const median = grades.length % 2 ? grades[(grades.length - 1) / 2]! : (grades[grades.length / 2 - 1]! + grades[grades.length / 2]!) / 2;
    const worst = [...scored].sort((a, b) => b.grade - a.grade).slice(0, 5).map((s) => `${s.path} ${s.grade.toFixed(1)}`);
    console.info(`Readability: median grade ${median.toFixed(1)} over ${grades.length} pages; hardest: ${worst.join(', ')}`);
    expect(median).toBeLessThanOrEqual(9);
  });
});

describe('originality', () => {
  it('never repeats a paragraph of 20 or more words on two pages', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const path of pages.filter((p) => p !== '/404.html')) {
      for (const block of new Set(mainText(path, { ownTextOnly: true }))) {
        if (block.split(/\s+/).length < 20) continue;
        const key = block.toLowerCase().replace(/[^a-z0-9 ]/g, '');
        const other = seen.get(key);
        if (other && other !== path) repeats.push(`${path} and ${other}: "${block.slice(0, 80)}…"`);
        else seen.set(key, path);
      }
    }
    expect(repeats).toEqual([]);
  });
});

describe('medical review', () => {
  it('shows "Medically reviewed by NAME, CREDENTIALS on DATE" and sources on every clinical page', () => {
    const clinical = [...detail('programs').filter((p) => !/intervention|sober-living|alumni/.test(p)), ...detail('therapies')];
    for (const path of clinical) {
      const doc = parsePage(path);
      const byline = doc.querySelector('.review-byline')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      expect(byline, path).toMatch(/^Medically reviewed by [A-Z][\w. -]+, [A-Z-]+(, [A-Z-]+)* on [A-Z][a-z]+ \d{1,2}, \d{4}$/);
      expect(doc.querySelectorAll('.sources li').length, path).toBeGreaterThan(0);
    }
  });
});

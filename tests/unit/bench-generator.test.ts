/** The build benchmark's content generator (tests/bench/generate.mjs): what it writes is valid site content. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/articles';
import { faqSchema } from '../../src/schemas/faqs';
import { CONTENT_DIR, PREFIX, countWords, faqCountFor, generateContent, harvestCorpus, writeContent } from '../bench/generate.mjs';

const image = (() => z.string()) as never;
const articles = articleSchema({ image });
const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

/** Frontmatter (parsed as YAML) and body of a Markdown file. */
function split(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`No frontmatter in:\n${source.slice(0, 200)}`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

const namesIn = (folder: string) => readdirSync(join(CONTENT_DIR, folder)).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, ''));

const corpus = harvestCorpus();
const generated = generateContent({ articles: 60, seed: 7, corpus });
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-generator-'));
  writeContent(join(dir, 'content'), generated);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('generated articles', () => {
  it('writes one file per article, each valid under the real article schema', () => {
    const files = readdirSync(join(dir, 'content', 'articles')).filter((f) => f.endsWith('.mdx'));
    expect(files).toHaveLength(60);
    for (const file of files) {
      const { data, body } = split(readFileSync(join(dir, 'content', 'articles', file), 'utf8'));
      expect(messages(articles.safeParse(data)), file).toEqual([]);
      expect(data['author']).toBe('elena-ruiz');
      expect(data['clinical']).toBe(false);
      expect(body).toMatch(/^\s*<Summary>\n[^\n]+\n<\/Summary>\n\n<KeyTakeaways>\n\n(?:- [^\n]+\n){3}\n<\/KeyTakeaways>/);
    }
  });

  it('are about 800 words, with ## headings, lists and links to programs', () => {
    for (const article of generated.articles) {
      const { body } = split(article.source);
      expect(article.words).toBe(countWords(body));
      expect(article.words, article.id).toBeGreaterThanOrEqual(720);
      expect(article.words, article.id).toBeLessThanOrEqual(880);
      expect(body).toMatch(/^## \S/m);
      expect(body).toMatch(/\]\(\/programs\/intensive-outpatient\/\)/);
    }
    expect(generated.articles.filter((a) => /^(?:- |1\. )/m.test(a.source)).length).toBeGreaterThan(50);
  });

  it('point their hero image at a file written next to them, and have real dates in order', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const article of generated.articles) {
      const { data } = split(article.source);
      expect(existsSync(join(dir, 'content', 'articles', String(data['heroImage'])))).toBe(true);
      expect(String(data['datePublished']) <= String(data['dateModified'])).toBe(true);
      expect(String(data['dateModified']) <= today).toBe(true);
    }
  });

  it('can give each article its own hero image file', () => {
    const own = generateContent({ articles: 5, seed: 7, corpus, uniqueImages: true });
    const ownDir = mkdtempSync(join(tmpdir(), 'bench-generator-images-'));
    try {
      writeContent(join(ownDir, 'content'), own);
      const paths = own.articles.map((article) => String(split(article.source).data['heroImage']));
      expect(new Set(paths).size).toBe(5);
      const svgs = paths.map((path) => readFileSync(join(ownDir, 'content', 'articles', path), 'utf8'));
      expect(new Set(svgs).size).toBe(5);
      expect(svgs.every((svg) => svg.includes('<svg'))).toBe(true);
    } finally {
      rmSync(ownDir, { recursive: true, force: true });
    }
  });

  it('reference only entries and pages that exist', () => {
    const programs = new Set(namesIn('programs'));
    const sources = new Set([...readFileSync(join(CONTENT_DIR, 'sources.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]));
    const faqs = new Set([...namesIn('faqs'), ...generated.faqs.map((f) => f.id)]);
    const blog = new Set([...namesIn('articles'), ...generated.articles.map((a) => a.id)]);
    expect(existsSync(join(CONTENT_DIR, 'team', 'elena-ruiz.md'))).toBe(true);
    for (const article of generated.articles) {
      const { data, body } = split(article.source);
      for (const id of data['relatedPrograms'] as string[]) expect(programs).toContain(id);
      for (const id of data['sources'] as string[]) expect(sources).toContain(id);
      for (const id of data['relatedFaqs'] as string[]) expect(faqs).toContain(id);
      for (const [, href] of body.matchAll(/\]\((\/[^)]*)\)/g)) {
        const program = /^\/programs\/([^/]+)\/$/.exec(href ?? '');
        const article = /^\/blog\/([^/]+)\/$/.exec(href ?? '');
        const faq = /^\/faq\/#(.+)$/.exec(href ?? '');
        if (program) expect(programs).toContain(program[1]);
        else if (article) expect(blog).toContain(article[1]);
        else if (faq) expect(faqs).toContain(faq[1]);
        else expect(href).toMatch(/^\/([a-z0-9-]+\/)*$/);
      }
    }
  });
});

describe('generated FAQs', () => {
  it('come one per 20 articles', () => {
    expect(generated.faqs).toHaveLength(3);
    expect([100, 1000, 5000].map(faqCountFor)).toEqual([5, 50, 250]);
  });

  it('are valid under the real FAQ schema, with answers under 90 words', () => {
    const files = readdirSync(join(dir, 'content', 'faqs'));
    expect(files).toHaveLength(generated.faqs.length);
    for (const file of files) {
      const { data, body } = split(readFileSync(join(dir, 'content', 'faqs', file), 'utf8'));
      expect(messages(faqSchema.safeParse(data)), file).toEqual([]);
      expect(countWords(body)).toBeGreaterThan(10);
      expect(countWords(body)).toBeLessThan(90);
    }
  });
});

describe('ids and determinism', () => {
  it('gives every article and FAQ its own id, title and question, apart from the real content, at 5,000 articles', () => {
    const large = generateContent({ articles: 5000, corpus });
    const articleIds = large.articles.map((a) => a.id);
    const faqIds = large.faqs.map((f) => f.id);
    expect(new Set(articleIds).size).toBe(5000);
    expect(new Set(large.articles.map((a) => a.title)).size).toBe(5000);
    expect(new Set(faqIds).size).toBe(250);
    expect(new Set(large.faqs.map((f) => f.question)).size).toBe(250);
    expect([...articleIds, ...faqIds].every((id) => id.startsWith(PREFIX) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toBe(true);
    const real = new Set([...namesIn('articles'), ...namesIn('faqs')]);
    expect([...articleIds, ...faqIds].filter((id) => real.has(id))).toEqual([]);
  });

  it('gives the same files for the same seed, and others for another seed', () => {
    const again = generateContent({ articles: 60, seed: 7, corpus });
    expect(again.articles.map((a) => a.source)).toEqual(generated.articles.map((a) => a.source));
    expect(again.faqs.map((f) => f.source)).toEqual(generated.faqs.map((f) => f.source));
    const other = generateContent({ articles: 60, seed: 8, corpus });
    expect(other.articles.map((a) => a.source)).not.toEqual(generated.articles.map((a) => a.source));
  });

  it('never writes into the real content folder', () => {
    expect(() => writeContent(CONTENT_DIR, generated)).toThrow(/never into content/);
  });
});

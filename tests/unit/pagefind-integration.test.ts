/** The Pagefind indexer with Pagefind mocked: errors and page-count mismatches fail the build. */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildVocabulary, countHubQuestions, extractFaqRecords, indexSite, VOCABULARY_FILE, type PagefindApi } from '../../src/integrations/pagefind';

const HUB =
  '<main><h2 id="topic-work"><a href="/faq/work/">Work</a></h2><ul><li><a id="keep-job" href="/faq/work/#keep-job">Can I keep my job?</a></li></ul>' +
  '<h2 id="topic-length"><a href="/faq/length/">Length</a></h2><ul><li><a id="how-long" href="/faq/length/#how-long">How long is IOP?</a></li></ul></main>';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  const page = (path: string, html: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };
  page('', '<main><div data-pagefind-body><h1>Home</h1></div></main>');
  page('programs/detox', '<main><div data-pagefind-body><h1>Detox</h1></div></main>');
  page('faq', HUB);
  page('faq/work', '<main><section class="faq-answer" id="keep-job" data-search-record="Austin|Houston"><h2>Can I keep my job?</h2><p>Yes &amp; most do.</p></section></main>');
  page('faq/length', '<main><section class="faq-answer" id="how-long" data-search-record><h2>How long is IOP?</h2><p>8 to 14 weeks.</p></section></main>');
  writeFileSync(join(dir, '404.html'), '<main><h1>Not found</h1></main>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakePagefind({ addErrors = [] as string[], indexedPages = 4 } = {}) {
  const records: unknown[] = [];
  const index = {
    addDirectory: vi.fn(async () => ({ errors: addErrors, page_count: 4 })),
    addCustomRecord: vi.fn(async (record: unknown) => {
      records.push(record);
      return { errors: [], file: { uniqueWords: 1, url: '', meta: {} } };
    }),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      mkdirSync(outputPath, { recursive: true });
      writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: indexedPages } } }));
      return { errors: [], outputPath };
    }),
  };
  const api = { createIndex: vi.fn(async () => ({ errors: [], index })), close: vi.fn(async () => null) };
  return { api: api as unknown as PagefindApi, index, records, close: api.close };
}

describe('indexSite', () => {
  it('indexes the marked pages and each FAQ answer at its anchor on its topic page, then closes Pagefind', async () => {
    const fake = fakePagefind();
    const report = await indexSite({ outDir: dir, api: fake.api });
    expect(report).toMatchObject({ pages: 2, faqRecords: 2 });
    expect(fake.records).toEqual([
      { url: '/faq/length/#how-long', content: 'How long is IOP? 8 to 14 weeks.', language: 'en', meta: { title: 'How long is IOP?' }, filters: { type: ['FAQ'] } },
      { url: '/faq/work/#keep-job', content: 'Can I keep my job? Yes & most do.', language: 'en', meta: { title: 'Can I keep my job?' }, filters: { type: ['FAQ'], city: ['Austin', 'Houston'] } },
    ]);
    expect(fake.index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
    expect(fake.close).toHaveBeenCalledOnce();
  });

  it('fails the build on a Pagefind error, and still closes', async () => {
    const fake = fakePagefind({ addErrors: ['could not parse programs/detox/index.html'] });
    await expect(indexSite({ outDir: dir, api: fake.api })).rejects.toThrow('Pagefind could not index the site:\n  could not parse programs/detox/index.html');
    expect(fake.index.writeFiles).not.toHaveBeenCalled();
    expect(fake.close).toHaveBeenCalledOnce();
  });

  it('fails the build when the index holds a different number of pages than were marked', async () => {
    const fake = fakePagefind({ indexedPages: 3 });
    await expect(indexSite({ outDir: dir, api: fake.api })).rejects.toThrow('the "en" index holds 3 pages, but the build marked 2 en pages with data-pagefind-body and has 2 en FAQ answers');
    expect(fake.close).toHaveBeenCalledOnce();
  });

  it('counts each language on its own: a Spanish page missing from the Spanish index fails the build', async () => {
    mkdirSync(join(dir, 'es', 'crisis'), { recursive: true });
    writeFileSync(join(dir, 'es', 'crisis', 'index.html'), '<html lang="es"><body><main data-pagefind-body><h1>Crisis</h1></main></body></html>');
    const fake = fakePagefind();
    await expect(indexSite({ outDir: dir, api: fake.api })).rejects.toThrow('the "es" index holds 0 pages, but the build marked 1 es pages with data-pagefind-body and has 0 es FAQ answers');
  });

  it('fails the build when the FAQ hub lists a question that no topic page answers', async () => {
    writeFileSync(join(dir, 'faq', 'index.html'), HUB.replace('</ul></main>', '<li><a id="lost" href="/faq/length/#lost">Lost?</a></li></ul></main>'));
    const fake = fakePagefind();
    await expect(indexSite({ outDir: dir, api: fake.api })).rejects.toThrow('the FAQ hub (/faq/) lists 3 questions, but the topic pages under it hold 2 answers marked for search.');
  });

  it('fails when Pagefind cannot start', async () => {
    const api = { createIndex: vi.fn(async () => ({ errors: ['no binary'], index: undefined })), close: vi.fn(async () => null) } as unknown as PagefindApi;
    await expect(indexSite({ outDir: dir, api })).rejects.toThrow('Pagefind could not start:\n  no binary');
  });
});

describe('extractFaqRecords', () => {
  it('refuses an FAQ without an anchor to link to', () => {
    expect(() => extractFaqRecords('<section data-search-record=""><h2>Q?</h2><p>A</p></section>', '/faq/work/')).toThrow('has no answer anchor');
  });

  it("counts the hub's links to answers, not its links to topics", () => {
    expect(countHubQuestions(HUB, '/faq/')).toBe(2);
  });
});

describe('the "did you mean" vocabulary', () => {
  it('takes the words of headings and search aliases, most frequent first, without common words or numbers', () => {
    const pages = [
      '<h1>Medically Supervised Detox</h1><p>Body words are left out.</p><p hidden data-search-aliases>Suboxone, sober house</p>',
      '<h2 id="x">Detox and what happens next</h2><h3>Week 2</h3>',
    ];
    expect(buildVocabulary(pages).words).toEqual(['detox', 'happens', 'house', 'medically', 'next', 'sober', 'suboxone', 'supervised', 'week']);
  });

  it('is written next to the index, with the FAQ questions of topic pages', async () => {
    await indexSite({ outDir: dir, api: fakePagefind().api });
    const words = (JSON.parse(readFileSync(join(dir, VOCABULARY_FILE), 'utf8')) as { words: string[] }).words;
    expect(words).toEqual(expect.arrayContaining(['detox', 'home', 'keep']));
  });
});

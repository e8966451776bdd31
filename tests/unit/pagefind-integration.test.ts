/** The Pagefind indexer with Pagefind mocked: errors and page-count mismatches fail the build. */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractFaqRecords, indexSite, type PagefindApi } from '../../src/integrations/pagefind';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  const page = (path: string, html: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };
  page('', '<main><div data-pagefind-body><h1>Home</h1></div></main>');
  page('programs/detox', '<main><div data-pagefind-body><h1>Detox</h1></div></main>');
  page(
    'faq',
    '<main><details data-search-record="Austin|Houston"><summary><h3>Can I keep my job?</h3></summary><div id="keep-job"><p>Yes &amp; most do.</p></div></details>' +
      '<details data-search-record><summary><h3>How long is IOP?</h3></summary><div id="how-long"><p>8 to 14 weeks.</p></div></details></main>',
  );
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
  it('indexes the marked pages and each FAQ answer at its anchor, then closes Pagefind', async () => {
    const fake = fakePagefind();
    const report = await indexSite({ outDir: dir, api: fake.api });
    expect(report).toMatchObject({ pages: 2, faqRecords: 2 });
    expect(fake.records).toEqual([
      { url: '/faq/#keep-job', content: 'Can I keep my job? Yes & most do.', language: 'en', meta: { title: 'Can I keep my job?' }, filters: { type: ['FAQ'], city: ['Austin', 'Houston'] } },
      { url: '/faq/#how-long', content: 'How long is IOP? 8 to 14 weeks.', language: 'en', meta: { title: 'How long is IOP?' }, filters: { type: ['FAQ'] } },
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
    await expect(indexSite({ outDir: dir, api: fake.api })).rejects.toThrow('the index holds 3 pages, but the build marked 2 pages with data-pagefind-body and has 2 FAQ answers');
    expect(fake.close).toHaveBeenCalledOnce();
  });

  it('fails when Pagefind cannot start', async () => {
    const api = { createIndex: vi.fn(async () => ({ errors: ['no binary'], index: undefined })), close: vi.fn(async () => null) } as unknown as PagefindApi;
    await expect(indexSite({ outDir: dir, api })).rejects.toThrow('Pagefind could not start:\n  no binary');
  });
});

describe('extractFaqRecords', () => {
  it('refuses an FAQ without an anchor to link to', () => {
    expect(() => extractFaqRecords('<details data-search-record=""><summary>Q?</summary><div>A</div></details>', '/faq/')).toThrow('has no answer anchor');
  });
});

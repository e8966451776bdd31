/**
 * Builds the Pagefind search index inside `astro build`, through Pagefind's
 * Node API: no shell step, nothing copied into public/. Any Pagefind error,
 * or an index that holds a different number of pages than the built site
 * marks for indexing, fails the build. FAQ answers become records of their
 * own whose URL is the answer's anchor on its topic page (/faq/<topic>/#<id>);
 * the build fails unless there is one record for each question the FAQ hub
 * lists. In `astro dev` the last built index is served from dist/pagefind/.
 * Next to the index it writes the "did you mean" vocabulary, /search/vocabulary.json:
 * the distinctive words of indexed pages' headings and search aliases.
 *
 * Indexing starts as soon as the pages are written (astro:build:generated):
 * Pagefind reads them in its own process while Node reads them once for the
 * checks, the vocabulary and the sitemap (./built-pages.ts), and the index is
 * written while the sitemap is built. The build waits for it in
 * astro:build:done, so a failure still fails the build.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as Pagefind from 'pagefind';
import { builtPages, decodeEntities, forgetBuiltPages, scanBuiltPages, textOf, vocabularyTextOf, type BuiltPage } from './built-pages';

/** The part of Pagefind's Node API the indexer uses; tests pass a fake. */
export type PagefindApi = Pick<typeof Pagefind, 'createIndex' | 'close'>;

/** One FAQ answer, as a search record. */
export type FaqRecord = { url: string; question: string; answer: string; cities: string[] };

/** The mark each answer on an FAQ topic page carries, read back from the built HTML. */
export const FAQ_RECORD_ATTRIBUTE = 'data-search-record';

/**
 * FAQ records from a built FAQ topic page, where each answer is
 * `<section id="faq-id" data-search-record="City|City"><h2>question</h2>answer</section>`.
 */
export function extractFaqRecords(html: string, pageUrl: string): FaqRecord[] {
  const records: FaqRecord[] = [];
  // With no cities the attribute renders bare (`data-search-record`), so its value is optional.
  const pattern = new RegExp(`<section([^>]*\\s${FAQ_RECORD_ATTRIBUTE}(?:="([^"]*)")?[^>]*)>([\\s\\S]*?)</section>`, 'g');
  for (const match of html.matchAll(pattern)) {
    const body = match[3] ?? '';
    const id = /\sid="([^"]+)"/.exec(match[1] ?? '')?.[1];
    if (!id) throw new Error(`An FAQ on ${pageUrl} has no answer anchor (id) to link search results to.`);
    const heading = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(body);
    const question = textOf(heading?.[1] ?? '');
    const answer = textOf(heading ? body.replace(heading[0], '') : body);
    const cities = decodeEntities(match[2] ?? '').split('|').filter(Boolean);
    records.push({ url: `${pageUrl}#${id}`, question, answer, cities });
  }
  const marked = html.split(FAQ_RECORD_ATTRIBUTE).length - 1;
  if (records.length !== marked) throw new Error(`Found ${records.length} FAQ answers on ${pageUrl}, but ${marked} are marked for search.`);
  return records;
}

/** How many answer links the built FAQ hub lists: one per question, to /faq/<topic>/#<id>. */
export function countHubQuestions(html: string, faqUrl: string): number {
  const escaped = faqUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.match(new RegExp(`href="${escaped}[^"/#]+/#[^"]+"`, 'g'))?.length ?? 0;
}

/** FAQ records from every built topic page under the FAQ folder, checked against the hub's list of questions. */
async function faqRecordsOf(outDir: string, faqDir: string, faqUrl: string, topicTexts: string[] = []): Promise<FaqRecord[]> {
  const folder = join(outDir, faqDir);
  if (!existsSync(folder)) return [];
  const topics = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isDirectory() && existsSync(join(folder, e.name, 'index.html')));
  const records: FaqRecord[] = [];
  for (const topic of topics.map((e) => e.name).sort()) {
    const html = await readFile(join(folder, topic, 'index.html'), 'utf8');
    topicTexts.push(...vocabularyTextOf(html));
    records.push(...extractFaqRecords(html, `${faqUrl}${topic}/`));
  }
  const hub = join(folder, 'index.html');
  const listed = existsSync(hub) ? countHubQuestions(await readFile(hub, 'utf8'), faqUrl) : records.length;
  if (listed !== records.length) {
    fail('index every FAQ answer', [`the FAQ hub (${faqUrl}) lists ${listed} questions, but the topic pages under it hold ${records.length} answers marked for search.`]);
  }
  return records;
}

/** Pages the build marked for the index (those with a data-pagefind-body element), as paths under `outDir`. */
export async function pagesMarkedForIndex(outDir: string, pages?: Map<string, BuiltPage>): Promise<string[]> {
  const scanned = pages ?? (await scanBuiltPages(outDir));
  return [...scanned].filter(([, page]) => page.searchable).map(([file]) => relative(outDir, file).split(sep).join('/'));
}

/** The index languages and where each language's FAQ and vocabulary live: English at the root, others under /<lang>/. */
export const SEARCH_LANGUAGES = [
  { lang: 'en', prefix: '' },
  { lang: 'es', prefix: 'es/' },
] as const;

/**
 * How many pages the written index holds, per language, from its own pagefind-entry.json.
 * Read from disk: asking Pagefind for its files would copy the whole index
 * into Node. A failed check still fails the build, and the staged output,
 * index included, is thrown away.
 */
async function indexedPageCounts(outputPath: string): Promise<Record<string, number>> {
  const entryFile = join(outputPath, 'pagefind-entry.json');
  if (!existsSync(entryFile)) fail('describe the index', ['pagefind-entry.json is missing']);
  const { languages } = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(languages).map(([lang, { page_count }]) => [lang, page_count]));
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/** Where the "did you mean" vocabulary is written, under the build's output folder, and served. */
export const VOCABULARY_FILE = 'search/vocabulary.json';

/** The shape of /search/vocabulary.json: words, most frequent first. */
export type Vocabulary = { words: string[] };

/** Common words that are never a useful suggestion. */
const STOP_WORDS = new Set(
  'about after again also been before being both could does doing done each from have here into just like make more most much must only other over same should some such than that their them then there these they this those through very want were what when where which while will with would your yours what'.split(' '),
);

/**
 * The "did you mean" vocabulary of built pages: words of 4 to 20 letters from
 * headings (h1 to h3; on FAQ topic pages, the questions) and elements marked
 * data-search-aliases, lower case, most frequent first. Numbers and common
 * words are left out.
 */
export function buildVocabulary(htmls: readonly string[]): Vocabulary {
  return vocabularyFrom(htmls.flatMap(vocabularyTextOf));
}

/** The vocabulary of texts already taken from pages' headings and aliases. */
export function vocabularyFrom(texts: readonly string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (word.length < 4 || word.length > 20 || STOP_WORDS.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
  return { words };
}

export type IndexReport = {
  pages: number;
  faqRecords: number;
  outputPath: string;
  vocabularyWords: number;
  /** Pages and FAQ answers indexed, by language. */
  languages: Record<string, number>;
  seconds: { read: number; write: number; scan: number };
};

/**
 * Indexes a built site in `outDir` and writes the index to `outDir/pagefind/`.
 * `pages` is the build's shared read of its pages (./built-pages.ts); by default the pages are read here.
 */
export async function indexSite({
  outDir,
  api,
  faqDir = 'faq',
  faqUrl = '/faq/',
  pages,
}: {
  outDir: string;
  api: PagefindApi;
  faqDir?: string;
  faqUrl?: string;
  pages?: Promise<Map<string, BuiltPage>>;
}): Promise<IndexReport> {
  const started = performance.now();
  const since = () => (performance.now() - started) / 1000;
  try {
    // No forced language: Pagefind files each page under its <html lang>, one index per language.
    const { index, errors } = await api.createIndex({});
    if (!index || errors.length > 0) fail('start', errors.length > 0 ? errors : ['no index was created']);
    // Pagefind parses every page in its own process while Node reads them for the checks and the vocabulary.
    let read = 0;
    let scan = 0;
    const adding = index.addDirectory({ path: outDir }).then((added) => {
      read = since();
      return added;
    });
    const scanning = (pages ?? scanBuiltPages(outDir)).then((built) => {
      scan = since();
      return built;
    });
    // Each language's FAQ answers sit on its own topic pages: /faq/<topic>/, /es/faq/<topic>/.
    const perLanguage = Promise.all(
      SEARCH_LANGUAGES.map(async ({ lang, prefix }) => {
        const topicTexts: string[] = [];
        const records = await faqRecordsOf(outDir, `${prefix}${faqDir}`, `/${prefix}${faqUrl.replace(/^\//, '')}`, topicTexts);
        return { lang, prefix, topicTexts, records };
      }),
    );
    const [added, built, languageRecords] = await Promise.all([adding, scanning, perLanguage]);
    const faqRecords = languageRecords.flatMap(({ lang, records }) => records.map((record) => ({ ...record, lang })));
    if (added.errors.length > 0) fail('index the site', added.errors);
    for (const record of faqRecords) {
      const result = await index.addCustomRecord({
        url: record.url,
        content: `${record.question} ${record.answer}`,
        language: record.lang,
        meta: { title: record.question },
        filters: { type: ['FAQ'], ...(record.cities.length > 0 ? { city: record.cities } : {}) },
      });
      if (result.errors.length > 0) fail(`index the FAQ ${record.url}`, result.errors);
    }
    const beforeWrite = since();
    const outputPath = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    const write = since() - beforeWrite;
    if (written.errors.length > 0) fail('write the index', written.errors);
    const expected = await pagesMarkedForIndex(outDir, built);
    // Each language's index holds exactly that language's marked pages and FAQ answers.
    const indexed = await indexedPageCounts(outputPath);
    const languageOfFile = (file: string) => built.get(join(outDir, file))?.lang ?? 'en';
    const languages: Record<string, number> = {};
    const mismatches: string[] = [];
    for (const lang of new Set([...Object.keys(indexed), ...SEARCH_LANGUAGES.map((l) => l.lang)])) {
      const pageCount = expected.filter((file) => languageOfFile(file) === lang).length;
      const answers = faqRecords.filter((record) => record.lang === lang).length;
      languages[lang] = indexed[lang] ?? 0;
      if ((indexed[lang] ?? 0) !== pageCount + answers) {
        mismatches.push(`the "${lang}" index holds ${indexed[lang] ?? 0} pages, but the build marked ${pageCount} ${lang} pages with data-pagefind-body and has ${answers} ${lang} FAQ answers.`);
      }
    }
    if (mismatches.length > 0) {
      fail('index every page', [...mismatches, 'Every indexable page renders its main content inside BaseLayout with search facets; noindex pages pass search={false}.']);
    }
    let vocabularyWords = 0;
    for (const { lang, prefix, topicTexts } of languageRecords) {
      const pagesIn = [...built.values()].filter((page) => page.lang === lang);
      const vocabulary = vocabularyFrom([...pagesIn.flatMap((page) => page.vocabularyText), ...topicTexts]);
      const file = join(outDir, `${prefix}${VOCABULARY_FILE}`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(vocabulary));
      vocabularyWords += vocabulary.words.length;
    }
    return { pages: expected.length, faqRecords: faqRecords.length, outputPath, vocabularyWords, languages, seconds: { read, write, scan } };
  } finally {
    await api.close();
  }
}

/** Serves dist/pagefind/ at /pagefind/ in `astro dev`, so search works after one build. */
function serveBuiltIndexInDev(distPagefind: string) {
  return {
    name: 'serve-built-pagefind-index',
    configureServer(server: { middlewares: { use: (path: string, handler: (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => void) => void } }) {
      server.middlewares.use('/pagefind', (req, res, next) => {
        const file = join(distPagefind, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
        if (!file.startsWith(distPagefind) || !existsSync(file)) return next();
        readFile(file).then(
          (content) => {
            res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream');
            res.end(content);
          },
          () => next(),
        );
      });
    },
  };
}

/**
 * Resolves once Astro has removed the folder of prerender code it keeps in the
 * output folder while it renders (it does so right after astro:build:generated),
 * so that neither Pagefind nor the page scan walks a folder being deleted; or
 * once `done()` says the build has moved on anyway.
 */
async function afterPrerenderFolder(outDir: string, done: () => boolean): Promise<void> {
  const folder = join(outDir, '.prerender');
  while (existsSync(folder) && !done()) await delay(5);
}

/** The integration: `integrations: [pagefindIndex()]`. */
export function pagefindIndex({ api }: { api?: PagefindApi } = {}): AstroIntegration {
  let distPagefind = '';
  /** The indexing started when the pages were written, with when it started. */
  let pending: { outDir: string; started: number; report: Promise<IndexReport> } | undefined;
  let buildDone = false;
  const start = (dir: URL) => {
    const outDir = fileURLToPath(dir);
    const report = afterPrerenderFolder(outDir, () => buildDone).then(() => indexSite({ outDir, api: api ?? Pagefind, pages: builtPages(outDir) }));
    // Awaited in astro:build:done; until then a failure must not surface as an unhandled rejection.
    report.catch(() => {});
    return { outDir, started: performance.now(), report };
  };
  return {
    name: 'site:pagefind-index',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        distPagefind = join(fileURLToPath(config.root), 'dist', 'pagefind');
        if (command === 'dev') updateConfig({ vite: { plugins: [serveBuiltIndexInDev(distPagefind)] } });
      },
      'astro:build:generated': ({ dir }: { dir: URL }) => {
        buildDone = false;
        pending = start(dir);
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        buildDone = true;
        const run = pending?.outDir === fileURLToPath(dir) ? pending : start(dir);
        pending = undefined;
        try {
          const report = await run.report;
          const s = report.seconds;
          logger.info(
            `Indexed ${report.pages} pages and ${report.faqRecords} FAQ answers (${Object.entries(report.languages).map(([lang, count]) => `${lang} ${count}`).join(', ')}) (${report.vocabularyWords} words for "did you mean") in ${((performance.now() - run.started) / 1000).toFixed(1)} s from the last page written (Pagefind read the pages in ${s.read.toFixed(1)} s beside Node's one read of them in ${s.scan.toFixed(1)} s; writing ${s.write.toFixed(1)} s).`,
          );
        } finally {
          forgetBuiltPages(run.outDir);
        }
      },
    },
  };
}

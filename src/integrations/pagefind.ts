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
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as Pagefind from 'pagefind';

/** The part of Pagefind's Node API the indexer uses; tests pass a fake. */
export type PagefindApi = Pick<typeof Pagefind, 'createIndex' | 'close'>;

/** One FAQ answer, as a search record. */
export type FaqRecord = { url: string; question: string; answer: string; cities: string[] };

/** The mark each answer on an FAQ topic page carries, read back from the built HTML. */
export const FAQ_RECORD_ATTRIBUTE = 'data-search-record';

const decodeEntities = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();

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
async function faqRecordsOf(outDir: string, faqDir: string, faqUrl: string, topicPages: string[] = []): Promise<FaqRecord[]> {
  const folder = join(outDir, faqDir);
  if (!existsSync(folder)) return [];
  const topics = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isDirectory() && existsSync(join(folder, e.name, 'index.html')));
  const records: FaqRecord[] = [];
  for (const topic of topics.map((e) => e.name).sort()) {
    const html = await readFile(join(folder, topic, 'index.html'), 'utf8');
    topicPages.push(html);
    records.push(...extractFaqRecords(html, `${faqUrl}${topic}/`));
  }
  const hub = join(folder, 'index.html');
  const listed = existsSync(hub) ? countHubQuestions(await readFile(hub, 'utf8'), faqUrl) : records.length;
  if (listed !== records.length) {
    fail('index every FAQ answer', [`the FAQ hub (${faqUrl}) lists ${listed} questions, but the topic pages under it hold ${records.length} answers marked for search.`]);
  }
  return records;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Pages the build marked for the index: those with a data-pagefind-body element. */
export async function pagesMarkedForIndex(outDir: string): Promise<string[]> {
  const files = await htmlFiles(outDir);
  const marked = await Promise.all(files.map(async (file) => ((await readFile(file, 'utf8')).includes('data-pagefind-body') ? file : undefined)));
  return marked.filter((file): file is string => file !== undefined).map((file) => relative(outDir, file).split(sep).join('/'));
}

/** The index languages and where each language's FAQ and vocabulary live: English at the root, others under /<lang>/. */
export const SEARCH_LANGUAGES = [
  { lang: 'en', prefix: '' },
  { lang: 'es', prefix: 'es/' },
] as const;

/** The language Pagefind files a built page under: its <html lang>. */
export const htmlLanguage = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';

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
  const counts = new Map<string, number>();
  const add = (text: string) => {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (word.length < 4 || word.length > 20 || STOP_WORDS.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  };
  for (const html of htmls) {
    for (const match of html.matchAll(/<(h[1-3])\b[^>]*>([\s\S]*?)<\/\1>/g)) add(textOf(match[2] ?? ''));
    for (const match of html.matchAll(/<(\w+)\b[^>]*\sdata-search-aliases\b[^>]*>([\s\S]*?)<\/\1>/g)) add(textOf(match[2] ?? ''));
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
  seconds: { read: number; write: number };
};

/** Indexes a built site in `outDir` and writes the index to `outDir/pagefind/`. */
export async function indexSite({ outDir, api, faqDir = 'faq', faqUrl = '/faq/' }: { outDir: string; api: PagefindApi; faqDir?: string; faqUrl?: string }): Promise<IndexReport> {
  const expected = await pagesMarkedForIndex(outDir);
  const pageHtml = await Promise.all(expected.map((file) => readFile(join(outDir, file), 'utf8')));
  // Each language's FAQ answers sit on its own topic pages: /faq/<topic>/, /es/faq/<topic>/.
  const perLanguage = await Promise.all(
    SEARCH_LANGUAGES.map(async ({ lang, prefix }) => {
      const topicPages: string[] = [];
      const records = await faqRecordsOf(outDir, `${prefix}${faqDir}`, `/${prefix}${faqUrl.replace(/^\//, '')}`, topicPages);
      return { lang, prefix, topicPages, records };
    }),
  );
  const faqRecords = perLanguage.flatMap(({ lang, records }) => records.map((record) => ({ ...record, lang })));
  try {
    // No forced language: Pagefind files each page under its <html lang>, one index per language.
    const { index, errors } = await api.createIndex({});
    if (!index || errors.length > 0) fail('start', errors.length > 0 ? errors : ['no index was created']);
    const started = performance.now();
    const added = await index.addDirectory({ path: outDir });
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
    const read = (performance.now() - started) / 1000;
    const outputPath = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    const write = (performance.now() - started) / 1000 - read;
    if (written.errors.length > 0) fail('write the index', written.errors);
    // Each language's index holds exactly that language's marked pages and FAQ answers.
    const indexed = await indexedPageCounts(outputPath);
    const languages: Record<string, number> = {};
    const mismatches: string[] = [];
    for (const lang of new Set([...Object.keys(indexed), ...SEARCH_LANGUAGES.map((l) => l.lang)])) {
      const pages = pageHtml.filter((html) => htmlLanguage(html) === lang).length;
      const answers = faqRecords.filter((record) => record.lang === lang).length;
      languages[lang] = indexed[lang] ?? 0;
      if ((indexed[lang] ?? 0) !== pages + answers) {
        mismatches.push(`the "${lang}" index holds ${indexed[lang] ?? 0} pages, but the build marked ${pages} ${lang} pages with data-pagefind-body and has ${answers} ${lang} FAQ answers.`);
      }
    }
    if (mismatches.length > 0) {
      fail('index every page', [...mismatches, 'Every indexable page renders its main content inside BaseLayout with search facets; noindex pages pass search={false}.']);
    }
    let vocabularyWords = 0;
    for (const { lang, prefix, topicPages } of perLanguage) {
      const vocabulary = buildVocabulary([...pageHtml.filter((html) => htmlLanguage(html) === lang), ...topicPages]);
      const file = join(outDir, `${prefix}${VOCABULARY_FILE}`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(vocabulary));
      vocabularyWords += vocabulary.words.length;
    }
    return { pages: expected.length, faqRecords: faqRecords.length, outputPath, vocabularyWords, languages, seconds: { read, write } };
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

/** The integration: `integrations: [pagefindIndex()]`. */
export function pagefindIndex({ api }: { api?: PagefindApi } = {}): AstroIntegration {
  let distPagefind = '';
  return {
    name: 'site:pagefind-index',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        distPagefind = join(fileURLToPath(config.root), 'dist', 'pagefind');
        if (command === 'dev') updateConfig({ vite: { plugins: [serveBuiltIndexInDev(distPagefind)] } });
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const started = performance.now();
        const report = await indexSite({ outDir: fileURLToPath(dir), api: api ?? Pagefind });
        logger.info(
          `Indexed ${report.pages} pages and ${report.faqRecords} FAQ answers (${Object.entries(report.languages).map(([lang, count]) => `${lang} ${count}`).join(', ')}) (${report.vocabularyWords} words for "did you mean") in ${((performance.now() - started) / 1000).toFixed(1)} s (reading ${report.seconds.read.toFixed(1)} s, writing ${report.seconds.write.toFixed(1)} s).`,
        );
      },
    },
  };
}

/**
 * Loaders for content/: Astro's glob and file loaders, wrapped so that every
 * rule an editor can break is checked while content loads. A broken rule
 * stops `astro check`, `astro dev` and `astro build` before anything is
 * written to dist/, with one message naming each file and field.
 *
 * Astro 7 only logs a reference to a missing entry; here it fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { file, glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { MDX_REF_COLLECTIONS, articleOpeningProblems, clockTimeProblems, isMdx, mdxProblems } from './mdx-rules';
import { previewMessage, problemsOf, setPreviewProblems } from './preview';
import { pictureFacts } from './picture-facts';
import { site } from '../../site.config';
import {
  ContentRuleError,
  danglingReferences,
  formatProblems,
  faqLengthProblems,
  forbiddenClaimProblems,
  boldHeadingProblems,
  typedPhoneProblems,
  bodyLengthProblems,
  glossaryProblems,
  FAQ_MAX_WORDS,
  mergedListItemProblems,
  proseCountProblems,
  yamlProblem,
  impossibleDates,
  languageProblems,
  locationTrackProblems,
  methadoneClaimProblems,
  notAFitRoutingProblems,
  reviewDateProblems,
  reviewOrderProblems,
  reservedPageProblems,
  reviewerProblems,
  pictureProblems,
  type GlossaryTerm,
  type LoadedEntry,
  type Problem,
  type Snapshot,
} from './rules';
import { itemSources, missingItemProblems, translationProblems } from './translations';
import { TRANSLATED_FILES, type TranslatedCollection, type TranslatedFileCollection } from './translation-version';
import { parse as parseYaml } from 'yaml';

/** The folder that holds all authored content. */
export const CONTENT_ROOT = './content';

/** Each collection's entries from the latest load, shared between the loaders of one sync. */
const snapshots = new Map<string, { promise: Promise<Snapshot>; resolve: (snapshot: Snapshot) => void; settled: boolean }>();

function slot(collection: string) {
  let entry = snapshots.get(collection);
  if (!entry) {
    let resolve!: (snapshot: Snapshot) => void;
    const promise = new Promise<Snapshot>((r) => (resolve = r));
    entry = { promise, resolve, settled: false };
    snapshots.set(collection, entry);
  }
  return entry;
}

function publish(collection: string, snapshot: Snapshot): void {
  const entry = slot(collection);
  if (entry.settled) snapshots.set(collection, { promise: Promise.resolve(snapshot), resolve: () => {}, settled: true });
  else {
    entry.settled = true;
    entry.resolve(snapshot);
  }
}

/** Waits for another collection's entries; gives up after a while when only some loaders run (a partial sync). */
async function snapshotOf(collection: string): Promise<Snapshot | undefined> {
  const timeout = delay(30_000, undefined, { ref: false });
  return Promise.race([slot(collection).promise, timeout]);
}

function rootRelative(context: LoaderContext, filePath: string): string {
  return relative(fileURLToPath(context.config.root), fileURLToPath(new URL(filePath, context.config.root)));
}

/** The raw Markdown file and the line on which its body starts (the line after the closing "---"). */
function rawFile(context: LoaderContext, filePath: string, body: string | undefined): { source?: string; bodyLine?: number } {
  if (!/\.mdx?$/.test(filePath)) return {};
  const source = readFileSync(new URL(filePath, context.config.root), 'utf8');
  const at = body === undefined ? -1 : source.indexOf(body);
  return at < 0 ? { source } : { source, bodyLine: source.slice(0, at).split(/\r?\n/).length };
}

function snapshotFrom(context: LoaderContext): Snapshot {
  const entries = new Map<string, LoadedEntry>();
  for (const entry of context.store.values()) {
    const filePath = entry.filePath ? rootRelative(context, entry.filePath) : `content (${context.collection})`;
    const raw = entry.filePath ? rawFile(context, entry.filePath, entry.body) : {};
    entries.set(entry.id, { id: entry.id, filePath, data: entry.data, body: entry.body, ...raw });
  }
  return entries;
}

/** The collections that an entry's references point into. */
function referencedCollections(snapshot: Snapshot, self: string): string[] {
  const names = new Set<string>(['team', 'programs']);
  for (const entry of snapshot.values()) {
    JSON.stringify(entry.data, (key, value: unknown) => {
      if (key === 'collection' && typeof value === 'string') names.add(value);
      return value;
    });
  }
  // Components in .mdx bodies point into these by id.
  if ([...snapshot.values()].some(isMdx)) for (const name of MDX_REF_COLLECTIONS) names.add(name);
  names.delete(self);
  return [...names];
}

async function checkCollection(context: LoaderContext, snapshot: Snapshot): Promise<void> {
  const others = new Map<string, Snapshot>([[context.collection, snapshot]]);
  for (const name of referencedCollections(snapshot, context.collection)) {
    const other = await snapshotOf(name);
    if (other) others.set(name, other);
  }
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const pictureWarnings: Problem[] = [];
  const today = new Date();
  // YAML turns an impossible date into another day without a word; report these first, alone.
  const dates = [...snapshot.values()].flatMap((entry) => (entry.source ? impossibleDates(entry.filePath, entry.source) : []));
  if (dates.length > 0) throw new ContentRuleError(dates);
  for (const entry of snapshot.values()) {
    errors.push(...danglingReferences(entry, others));
    const team = others.get('team');
    if (team) errors.push(...reviewerProblems(entry, team));
    const programs = others.get('programs');
    if (context.collection === 'locations' && programs) errors.push(...locationTrackProblems(entry, programs));
    if (context.collection === 'pages') errors.push(...reservedPageProblems(entry));
    if (context.collection === 'faqs') errors.push(...faqLengthProblems(entry));
    errors.push(...bodyLengthProblems(entry, context.collection));
    errors.push(...mergedListItemProblems(entry));
    errors.push(...proseCountProblems(entry));
    errors.push(...languageProblems(entry));
    errors.push(...methadoneClaimProblems(entry, site));
    errors.push(...forbiddenClaimProblems(entry, site));
    errors.push(...boldHeadingProblems(entry));
    errors.push(...typedPhoneProblems(entry));
    errors.push(...reviewOrderProblems(entry));
    if (entry.body !== undefined) {
      errors.push(...mdxProblems(entry, others));
      errors.push(...clockTimeProblems(entry));
    }
    if (context.collection === 'articles') errors.push(...articleOpeningProblems(entry));
    if (context.collection === 'programs') errors.push(...notAFitRoutingProblems(entry));
    const pictures = pictureProblems(entry, await pictureFacts(entry, context.collection, fileURLToPath(context.config.root)));
    errors.push(...pictures.errors);
    pictureWarnings.push(...pictures.warnings);
    const review = reviewDateProblems(entry, today, site.review);
    errors.push(...review.errors);
    warnings.push(...review.warnings);
  }
  if (warnings.length > 0) context.logger.warn(formatProblems(warnings).replace('Content check found', 'Reviews due soon,'));
  if (pictureWarnings.length > 0) context.logger.warn(formatProblems(pictureWarnings).replace('Content check found', 'Very large pictures,'));
  if (errors.length > 0) throw new ContentRuleError(errors);
}

/** Astro's YAML errors as content problems, at the line and column the editor's own file shows. */
async function guardYaml(context: LoaderContext, load: () => Promise<void>): Promise<void> {
  try {
    await load();
  } catch (error) {
    const loc = (error as { loc?: { file?: string; line?: number; column?: number } }).loc;
    if (!(error instanceof Error) || error.name !== 'MarkdownError' || !loc?.file || loc.line === undefined) throw error;
    const file = relative(fileURLToPath(context.config.root), loc.file.startsWith('file:') ? fileURLToPath(loc.file) : loc.file);
    const source = existsSync(loc.file) ? readFileSync(loc.file, 'utf8') : undefined;
    throw new ContentRuleError([yamlProblem(file, error.message, loc.line, loc.column, source)]);
  }
}

/** Runs the inner loader, then the collection rules on what it loaded. */
function checked(inner: Loader): Loader {
  return {
    name: `checked-${inner.name}`,
    load: async (context) => {
      await guardYaml(context, () => inner.load(context));
      const snapshot = snapshotFrom(context);
      publish(context.collection, snapshot);
      await checkCollection(context, snapshot);
    },
  };
}

/** Every loader running in the live preview, so a save anywhere in content/ re-checks every collection. */
const previewRunners = new Map<string, () => Promise<void>>();
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewQueue: Promise<void> = Promise.resolve();

/** Re-checks every collection shortly after the last save (editors' tools often write a file twice). */
function recheckAll(): void {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    previewQueue = previewQueue.then(async () => {
      for (const run of previewRunners.values()) await run();
    });
  }, 150);
}

/**
 * A watcher that lets a loader watch files but not react to them: in the
 * preview, a save re-runs the whole checked loader (so every rule runs), not
 * Astro's per-file reload, which skips the rules.
 */
function quiet(watcher: NonNullable<LoaderContext['watcher']>): NonNullable<LoaderContext['watcher']> {
  return new Proxy(watcher, {
    get(target, property, receiver) {
      if (property === 'on' || property === 'addListener' || property === 'once') return () => receiver;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * In `astro dev` (the loader gets a file watcher), content problems never
 * stop the preview: they are printed in the terminal, in plain text, and
 * shown in the browser's error overlay (src/lib/content/preview.ts); the
 * last good version stays on screen, and the problem clears when the file
 * is fixed. In `astro build` and `astro check` they fail the command.
 */
function previewed(loader: Loader, watched: string): Loader {
  let latest: LoaderContext | undefined;
  const run = async () => {
    const context = latest;
    if (!context?.watcher) return;
    try {
      await loader.load({ ...context, watcher: quiet(context.watcher) });
      setPreviewProblems(context.collection, []);
    } catch (error) {
      const problems = problemsOf(error, fileURLToPath(context.config.root));
      setPreviewProblems(context.collection, problems);
      context.logger.error(previewMessage(problems));
    }
  };
  return {
    name: loader.name,
    load: async (context) => {
      if (!context.watcher) return loader.load(context);
      const first = latest === undefined;
      latest = context;
      previewRunners.set(context.collection, run);
      await run();
      if (first) {
        const path = fileURLToPath(new URL(watched, context.config.root));
        context.watcher.add(path);
        context.watcher.on('all', (_event: string, changed: string) => {
          if (changed.startsWith(path) && /\.(?:mdx?|ya?ml)$/.test(changed)) recheckAll();
        });
      }
    },
  };
}

/**
 * One content folder, content/<folder>/, of Markdown or MDX files. The file
 * name is the entry's id unless the file sets `slug`; two files with the same
 * id are an error, not a silent overwrite.
 */
export function contentFolder(folder: string): Loader {
  const base = `${CONTENT_ROOT}/${folder}`;
  const owners = new Map<string, { entry: string; bySlug: boolean }>();
  const inner = glob({
    base,
    // Translations sit in a folder per language (content/faqs/es/) and load through translationFolder.
    pattern: ['**/[^_]*.{md,mdx}', ...TRANSLATION_LANGUAGES.map((lang) => `!${lang}/**`)],
    generateId: ({ entry, data }) => {
      const bySlug = typeof data['slug'] === 'string';
      const id = bySlug ? String(data['slug']) : entry.replace(/\.mdx?$/, '').replace(/\/index$/, '');
      const owner = owners.get(id);
      if (owner && owner.entry !== entry && existsSync(`${base}/${owner.entry}`)) {
        // Files load in no set order: always name the file that sorts later, so the message is the same every time.
        const [first, second] = [owner, { entry, bySlug }].sort((a, b) => a.entry.localeCompare(b.entry));
        throw new ContentRuleError([
          {
            file: `content/${folder}/${second?.entry}`,
            field: second?.bySlug ? 'slug' : 'file name',
            message: `"${id}" is already used by content/${folder}/${first?.entry}. Each ${folder} entry needs its own slug: rename one file or change its slug.`,
          },
        ]);
      }
      owners.set(id, { entry, bySlug });
      return id;
    },
  });
  const wrapped = checked(inner);
  return previewed(
    {
      name: wrapped.name,
      load: async (context) => {
        owners.clear();
        await wrapped.load(context);
      },
    },
    base,
  );
}

/** A YAML data file, content/<name>.yaml, holding a list of entries with ids. */
export function contentFile(name: string): Loader {
  return previewed(checked(file(`${CONTENT_ROOT}/${name}.yaml`)), `${CONTENT_ROOT}/${name}.yaml`);
}

/** Languages whose translations sit in a folder of that name inside each translated collection. */
export const TRANSLATION_LANGUAGES = ['es'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** The glossary translators follow; its avoid list is a content rule. */
export const GLOSSARY_FILE = './src/i18n/glossary.es.yaml';

/** Reads the glossary (src/i18n/glossary.es.yaml). */
export function readGlossary(root: URL | string = pathToFileURL(`${process.cwd()}/`)): GlossaryTerm[] {
  return parseYaml(readFileSync(new URL(GLOSSARY_FILE, root), 'utf8')) as GlossaryTerm[];
}

/** An FAQ answer in Spanish runs about a fifth longer than the same answer in English. */
const TRANSLATED_FAQ_MAX_WORDS = Math.round(FAQ_MAX_WORDS * 1.2);

/** The rules for a collection's translations, after both it and its English collection have loaded. */
async function checkTranslations(context: LoaderContext, folder: TranslatedCollection, snapshot: Snapshot, dataFile?: string): Promise<void> {
  const english = await snapshotOf(folder);
  if (!english) return;
  const glossary = readGlossary(context.config.root);
  const references = new Map<string, Snapshot>();
  for (const name of MDX_REF_COLLECTIONS) {
    const other = await snapshotOf(name);
    if (other) references.set(name, other);
  }
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const entry of snapshot.values()) {
    const checked = translationProblems(folder, entry, english.get(entry.id));
    errors.push(...checked.errors);
    warnings.push(...checked.warnings);
    errors.push(...languageProblems(entry, 'es'));
    errors.push(...glossaryProblems(entry, glossary));
    errors.push(...typedPhoneProblems(entry));
    errors.push(...boldHeadingProblems(entry));
    errors.push(...mergedListItemProblems(entry));
    if (folder === 'faqs') errors.push(...faqLengthProblems(entry, TRANSLATED_FAQ_MAX_WORDS));
    // A twin's body is MDX like its English: the same component checks, and times from data.
    if (entry.body !== undefined) {
      errors.push(...mdxProblems(entry, references));
      errors.push(...clockTimeProblems(entry));
    }
  }
  if (dataFile) errors.push(...missingItemProblems(folder, english, snapshot, dataFile));
  if (warnings.length > 0) context.logger.warn(formatProblems(warnings).replace('Content check found', 'Translations out of date,'));
  if (errors.length > 0) throw new ContentRuleError(errors);
}

/**
 * The translations of one collection into one language:
 * content/<folder>/<lang>/<English file name>.md(x). Each entry's id is its
 * English twin's; the rules in ./translations.ts run once both have loaded.
 */
export function translationFolder(folder: TranslatedCollection, lang: TranslationLanguage): Loader {
  const base = `${CONTENT_ROOT}/${folder}/${lang}`;
  const inner = glob({ base, pattern: '[^_]*.{md,mdx}', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') });
  return previewed(
    {
      name: `translations-${folder}-${lang}`,
      load: async (context) => {
        await guardYaml(context, () => inner.load(context));
        await checkTranslations(context, folder, snapshotFrom(context));
      },
    },
    base,
  );
}

/**
 * The translation of a data file into one language:
 * content/<lang>/<the English file name>.yaml, a list of items with the
 * English items' ids. The same rules as translationFolder, and every English
 * item must have its translation.
 */
export function translationFile(collection: TranslatedFileCollection, lang: TranslationLanguage): Loader {
  const path = `${CONTENT_ROOT}/${lang}/${TRANSLATED_FILES[collection]}.yaml`;
  const inner = file(path);
  return previewed(
    {
      name: `translations-${collection}-${lang}`,
      load: async (context) => {
        await guardYaml(context, () => inner.load(context));
        const url = new URL(path, context.config.root);
        const filePath = rootRelative(context, path);
        const { sources, problem } = itemSources(filePath, existsSync(url) ? readFileSync(url, 'utf8') : '');
        if (problem) throw new ContentRuleError([problem]);
        const snapshot = new Map([...snapshotFrom(context)].map(([id, entry]) => [id, { ...entry, source: sources.get(id) }]));
        await checkTranslations(context, collection, snapshot, filePath);
      },
    },
    path,
  );
}

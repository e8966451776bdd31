/**
 * Rules for translations (content/<collection>/<lang>/<same file name>):
 * a translation carries only the translatable fields of its English twin
 * (./translation-version.ts), in the same shape, and records the version of
 * the English it translates. Pure functions: entries in, problems out.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import { placeOf, type LoadedEntry, type Problem, type Snapshot } from './rules';
import {
  OPTIONAL_TRANSLATIONS,
  TRANSLATABLE_FIELDS,
  VERSION_FIELD,
  isTranslatedFile,
  translationVersion,
  type TranslatableShape,
  type TranslatedCollection,
} from './translation-version';

/** FAQ topics whose answers give health advice: a stale translation of one fails the build. */
export const CLINICAL_FAQ_TOPICS: readonly string[] = ['detox', 'medication', 'drug-testing', 'effectiveness', 'mental-health', 'adolescents'];

/**
 * Whether an English entry gives clinical or crisis information, so that a
 * translation out of date with it must not be published: anything with a
 * medical review, the crisis page, every program, FAQs in clinical topics.
 */
export function isClinicalEntry(collection: TranslatedCollection, english: LoadedEntry): boolean {
  if (english.data['review'] !== undefined) return true;
  if (collection === 'programs') return true;
  if (collection === 'pages') return english.id === 'crisis';
  if (collection === 'faqs') return CLINICAL_FAQ_TOPICS.includes(String(english.data['topic']));
  return false;
}

/** What a fact is, in an editor's words, for the message that sends it back to the English file. */
const FACT_WORDS: Readonly<Record<string, [string, 'it' | 'them']>> = {
  hours: ['hours are facts', 'them'],
  visitingHours: ['visiting hours are facts', 'them'],
  phone: ['the phone number is a fact', 'it'],
  address: ['the address is a fact', 'it'],
  geo: ['map coordinates are facts', 'them'],
  days: ['days are facts', 'them'],
  start: ['start times are facts', 'them'],
  end: ['end times are facts', 'them'],
  sources: ['sources are references', 'them'],
  review: ['the medical review is a fact', 'it'],
  updated: ['the date of the last change is a fact', 'it'],
  order: ['the order is a fact', 'it'],
  kind: ['the kind of coverage is a fact', 'it'],
  status: ['the network status is a fact', 'it'],
  asOf: ['the date the status was checked is a fact', 'it'],
  unit: ['the price unit is a fact', 'it'],
  low: ['prices are facts', 'them'],
  high: ['prices are facts', 'them'],
  typicalWeeks: ['the typical number of weeks is a fact', 'it'],
};

/** "hours are facts kept in content/locations/houston.md; remove them here". */
function keptInEnglish(key: string, englishFile: string): string {
  const [what, pronoun] = FACT_WORDS[key] ?? [`"${key}" is not translated; it is`, 'it'];
  return `${what} kept in ${englishFile}; remove ${pronoun} here`;
}

/** "title, description, searchAliases and the text below the frontmatter"; for an item of a data file, "id, translationOf, name, note". */
function allowedList(collection: TranslatedCollection): string {
  const fields = Object.keys(TRANSLATABLE_FIELDS[collection]);
  return isTranslatedFile(collection) ? ['id', VERSION_FIELD, ...fields].join(', ') : `${[VERSION_FIELD, ...fields].join(', ')} and the text below the frontmatter`;
}

/** The English a translation is checked against: its file, and for an item of a data file, which item. */
const englishPlace = (collection: TranslatedCollection, english: LoadedEntry) => (isTranslatedFile(collection) ? `${english.filePath} (item "${english.id}")` : english.filePath);

function shapeProblems(
  twin: LoadedEntry,
  collection: TranslatedCollection,
  englishFile: string,
  shape: Readonly<Record<string, TranslatableShape>>,
  value: Record<string, unknown>,
  english: Record<string, unknown>,
  path: string,
): Problem[] {
  const problems: Problem[] = [];
  const field = (key: string) => (path ? `${path}.${key}` : key);
  // Search words, and a few top-level fields such as a plan's proper name, may be left out: the English shows.
  const optional = (key: string) => key === 'searchAliases' || (!path && (OPTIONAL_TRANSLATIONS[collection] ?? []).includes(key));
  for (const key of Object.keys(value)) {
    if (!path && key === VERSION_FIELD) continue;
    if (!path && key === 'id' && isTranslatedFile(collection)) continue;
    if (value[key] === undefined) continue;
    const inner = shape[key];
    if (!inner) {
      problems.push({
        file: placeOf(twin, `${key}:`),
        field: field(key),
        message: `${keptInEnglish(key, englishFile)}. A translation holds only ${path ? Object.keys(shape).join(', ') : allowedList(collection)}.`,
      });
      continue;
    }
    const mine = value[key];
    const theirs = english[key];
    // Search words are the one field a translation may add: families search in their own words.
    if (theirs === undefined && key !== 'searchAliases') {
      problems.push({ file: placeOf(twin, `${key}:`), field: field(key), message: `${englishFile} has no ${key}; remove it here, or add it to the English first.` });
      continue;
    }
    if (theirs === undefined) continue;
    if (inner === 'texts' && key !== 'searchAliases' && Array.isArray(mine) && Array.isArray(theirs) && mine.length !== theirs.length) {
      problems.push({
        file: placeOf(twin, `${key}:`),
        field: field(key),
        message: `Has ${mine.length} items; ${englishFile} has ${theirs.length}. Translate each item once, in the same order.`,
      });
    }
    if (typeof inner === 'object' && 'list' in inner) {
      if (!Array.isArray(mine) || !Array.isArray(theirs)) continue;
      if (mine.length !== theirs.length) {
        problems.push({
          file: placeOf(twin, `${key}:`),
          field: field(key),
          message: `Has ${mine.length} items; ${englishFile} has ${theirs.length}. Translate each item once, in the same order, with only ${Object.keys(inner.list).join(', ')}.`,
        });
        continue;
      }
      mine.forEach((item, index) => {
        if (item && typeof item === 'object') {
          problems.push(...shapeProblems(twin, collection, englishFile, inner.list, item as Record<string, unknown>, (theirs[index] ?? {}) as Record<string, unknown>, `${field(key)}[${index}]`));
        }
      });
    }
    if (typeof inner === 'object' && 'object' in inner && mine && typeof mine === 'object' && theirs && typeof theirs === 'object') {
      problems.push(...shapeProblems(twin, collection, englishFile, inner.object, mine as Record<string, unknown>, theirs as Record<string, unknown>, field(key)));
    }
  }
  // What the English says and the translation leaves out would show in English on the translated page.
  for (const [key, inner] of Object.entries(shape)) {
    if (optional(key) || english[key] === undefined || value[key] !== undefined) continue;
    const parts = typeof inner === 'object' && 'list' in inner ? `, each item with only ${Object.keys(inner.list).join(', ')}` : '';
    const file = isTranslatedFile(collection) ? placeOf(twin, 'id:') : twin.filePath;
    problems.push({ file, field: field(key), message: `Missing: ${englishFile} has ${key}, so the translation needs it too${parts}.` });
  }
  return problems;
}

export type TranslationCheck = { errors: Problem[]; warnings: Problem[] };

/** The command that records a translation as current, for messages. */
export const stampCommand = (file: string) => `npm run translations -- stamp ${file}`;

/**
 * Everything wrong with one translation: no English twin, fields that are
 * facts, a shape that differs from the English, text missing, and an English
 * text changed since it was translated (an error for clinical and crisis
 * pages, a warning for the rest).
 */
export function translationProblems(collection: TranslatedCollection, twin: LoadedEntry, english: LoadedEntry | undefined): TranslationCheck {
  if (!english && isTranslatedFile(collection)) {
    const englishFile = englishDataFile(twin.filePath);
    return {
      errors: [
        {
          file: placeOf(twin, 'id:'),
          field: 'id',
          message: `"${twin.id}" is not an id in ${englishFile}. Each item here translates the English item with the same id: correct the id, or remove the item.`,
        },
      ],
      warnings: [],
    };
  }
  if (!english) {
    const englishFile = twin.filePath.replace(/\/[a-z]{2}\/([^/]+)$/, '/$1');
    return {
      errors: [
        {
          file: twin.filePath,
          field: 'file name',
          message: `There is no English entry ${englishFile.replace(/\.mdx?$/, '.md(x)')}. A translation sits beside its English twin under the same file name.`,
        },
      ],
      warnings: [],
    };
  }
  const shape = TRANSLATABLE_FIELDS[collection];
  const errors = shapeProblems(twin, collection, englishPlace(collection, english), shape, twin.data, english.data, '');
  if ((english.body ?? '').trim() !== '' && (twin.body ?? '').trim() === '') {
    errors.push({ file: twin.filePath, field: 'text', message: `The text below the frontmatter is empty; translate the text of ${english.filePath}.` });
  }
  const recorded = String(twin.data[VERSION_FIELD] ?? '');
  const current = translationVersion(collection, english.data, english.body);
  const warnings: Problem[] = [];
  if (recorded !== current) {
    const clinical = isClinicalEntry(collection, english);
    const problem: Problem = {
      file: placeOf(twin, `${VERSION_FIELD}:`),
      field: VERSION_FIELD,
      message:
        `Translates version "${recorded}" of ${englishPlace(collection, english)}, whose text is now version "${current}"` +
        `${clinical ? ': a clinical or crisis page is not published out of date with its English' : ''}. ` +
        `Bring the translation in line with the English text, then run: ${stampCommand(twin.filePath)}`,
    };
    (clinical ? errors : warnings).push(problem);
  }
  return { errors, warnings };
}

/** content/es/insurance-plans.yaml → content/insurance-plans.yaml. */
const englishDataFile = (translationFile: string) => translationFile.replace(/\/[a-z]{2}\/([^/]+)$/, '/$1');

/**
 * English items of a data file with no item in its translation. The pages
 * that show these lists show every item, so a translated page with one
 * missing would show less than the English, or English words: an error.
 */
export function missingItemProblems(collection: TranslatedCollection, english: Snapshot, translations: Snapshot, translationFile: string): Problem[] {
  if (!isTranslatedFile(collection)) return [];
  const fields = Object.keys(TRANSLATABLE_FIELDS[collection]).filter((key) => !(OPTIONAL_TRANSLATIONS[collection] ?? []).includes(key));
  return [...english.values()]
    .filter((item) => !translations.has(item.id))
    .map((item) => ({
      file: translationFile,
      field: 'id',
      message:
        `No translation of "${item.id}" from ${item.filePath}: the translated pages show every item. ` +
        `Add an item with id: ${item.id}, translationOf: "00000000" and ${fields.join(' and ')}, then run: ${stampCommand(translationFile)}`,
    }));
}

/**
 * Each item of a YAML list file, by id, as the whole file with every other
 * item's lines left blank: the rules that look for a field's line then find
 * this item's line, numbered as in the file. A file that is not valid YAML
 * gives its problem instead.
 */
export function itemSources(filePath: string, source: string): { sources: Map<string, string>; problem?: Problem } {
  const document = parseDocument(source);
  const error = document.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
    return {
      sources: new Map(),
      problem: { file: at ? `${filePath}:${at.line}:${at.col}` : filePath, field: 'YAML', message: `${reason}. The file is not valid YAML, so none of its items could be read.` },
    };
  }
  const lines = source.split(/\r?\n/);
  const lineAt = (offset: number) => source.slice(0, offset).split(/\r?\n/).length - 1;
  const sources = new Map<string, string>();
  if (!isSeq(document.contents)) return { sources };
  for (const item of document.contents.items) {
    if (!isMap(item) || !item.range) continue;
    const [first, last] = [lineAt(item.range[0]), lineAt(item.range[1])];
    sources.set(String(item.get('id')), lines.map((line, index) => (index >= first && index <= last ? line : '')).join('\n'));
  }
  return { sources };
}

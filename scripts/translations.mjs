// Translations and their state: `npm run translations` lists every English
// entry of a translated collection with its Spanish twin's state (current,
// stale or missing); `npm run translations -- stamp <file>` records in a twin
// that it translates the English as it is now, once a translator has brought
// it up to date. Translated data files (content/es/<file>.yaml) are listed
// item by item, and stamping one stamps each of its items. The version is
// computed by the same code the build runs (src/lib/content/translation-version.ts).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parse, parseDocument } from 'yaml';
import { TRANSLATED_COLLECTIONS, TRANSLATED_FILES, VERSION_FIELD, translationVersion } from '../src/lib/content/translation-version.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const LANGUAGES = ['es'];
/** Collections translated file by file, in content/<collection>/<lang>/. */
const FOLDER_COLLECTIONS = TRANSLATED_COLLECTIONS.filter((collection) => !(collection in TRANSLATED_FILES));

/** Frontmatter data and body of a Markdown file. */
function readEntry(file) {
  const source = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${relative(root, file)} has no frontmatter between "---" lines.`);
  return { source, data: parse(match[1] ?? '') ?? {}, body: match[2] ?? '' };
}

const markdown = (dir) => (existsSync(dir) ? readdirSync(dir).filter((name) => /^[^_].*\.mdx?$/.test(name)).sort() : []);
const idOf = (name) => name.replace(/\.mdx?$/, '');

/** Every English entry and each language's twin, with its state. */
function states() {
  const rows = [];
  for (const collection of FOLDER_COLLECTIONS) {
    const folder = join(root, 'content', collection);
    const english = new Map(markdown(folder).map((name) => [idOf(name), join(folder, name)]));
    for (const lang of LANGUAGES) {
      const twins = new Map(markdown(join(folder, lang)).map((name) => [idOf(name), join(folder, lang, name)]));
      for (const [id, file] of english) {
        const twin = twins.get(id);
        const { data, body } = readEntry(file);
        const current = translationVersion(collection, data, body);
        if (!twin) {
          rows.push({ state: 'missing', lang, file: relative(root, file), current });
          continue;
        }
        const recorded = String(readEntry(twin).data[VERSION_FIELD] ?? '');
        rows.push({ state: recorded === current ? 'current' : 'stale', lang, file: relative(root, twin), current, recorded });
      }
      for (const [id, twin] of twins) if (!english.has(id)) rows.push({ state: 'orphan', lang, file: relative(root, twin) });
    }
  }
  for (const [collection, name] of Object.entries(TRANSLATED_FILES)) {
    const englishFile = join(root, 'content', `${name}.yaml`);
    const english = readItems(englishFile);
    for (const lang of LANGUAGES) {
      const twinFile = join(root, 'content', lang, `${name}.yaml`);
      const twins = readItems(twinFile);
      for (const [id, item] of english) {
        const twin = twins.get(id);
        const current = translationVersion(collection, item, undefined);
        if (!twin) {
          rows.push({ state: 'missing', lang, file: `${relative(root, englishFile)}: ${id}`, current });
          continue;
        }
        const recorded = String(twin[VERSION_FIELD] ?? '');
        rows.push({ state: recorded === current ? 'current' : 'stale', lang, file: `${relative(root, twinFile)}: ${id}`, current, recorded });
      }
      for (const id of twins.keys()) if (!english.has(id)) rows.push({ state: 'orphan', lang, file: `${relative(root, twinFile)}: ${id}` });
    }
  }
  return rows;
}

/** The items of a YAML list file, by id; a file not there yet has none. */
function readItems(file) {
  if (!existsSync(file)) return new Map();
  const items = parse(readFileSync(file, 'utf8')) ?? [];
  if (!Array.isArray(items)) throw new Error(`${relative(root, file)} should hold a list of items, each starting with "- id:".`);
  return new Map(items.map((item) => [String(item?.id), item]));
}

function list() {
  const rows = states();
  for (const row of rows) {
    const detail = row.state === 'stale' ? ` (translates ${row.recorded}, English is now ${row.current})` : row.state === 'orphan' ? ' (no English entry with this file name)' : '';
    process.stdout.write(`${row.state.padEnd(8)} ${row.lang}  ${row.file}${detail}\n`);
  }
  const count = (state) => rows.filter((row) => row.state === state).length;
  process.stdout.write(`\n${count('current')} current, ${count('stale')} stale, ${count('missing')} missing, ${count('orphan')} without an English entry.\n`);
}

/**
 * Sets translationOf in each item of a translated data file to its English
 * item's current version, changing only those values (or adding the line
 * under the item's id), so comments and layout stay as the translator left them.
 */
function stampItems(target, file, collection, name) {
  const englishFile = join(root, 'content', `${name}.yaml`);
  const english = readItems(englishFile);
  const source = readFileSync(file, 'utf8');
  const document = parseDocument(source);
  if (document.errors.length > 0) throw new Error(`${target} is not valid YAML: ${document.errors[0].message}`);
  if (!isSeq(document.contents)) throw new Error(`${target} should hold a list of items, each starting with "- id:".`);
  const edits = [];
  const unknown = [];
  for (const item of document.contents.items) {
    if (!isMap(item)) continue;
    const idPair = item.items.find((pair) => isScalar(pair.key) && pair.key.value === 'id');
    const id = String(idPair?.value?.toJSON?.() ?? '');
    const original = english.get(id);
    if (!idPair || !original) {
      unknown.push(id || '(no id)');
      continue;
    }
    const version = `"${translationVersion(collection, original, undefined)}"`;
    const pair = item.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === VERSION_FIELD);
    if (pair?.value?.range) {
      edits.push({ start: pair.value.range[0], end: pair.value.range[1], text: version });
    } else if (!pair) {
      const keyAt = idPair.key.range[0];
      const indent = ' '.repeat(keyAt - source.lastIndexOf('\n', keyAt) - 1);
      const lineEnd = source.indexOf('\n', idPair.value.range[1]);
      const at = lineEnd < 0 ? source.length : lineEnd;
      edits.push({ start: at, end: at, text: `\n${indent}${VERSION_FIELD}: ${version}` });
    } else {
      throw new Error(`${target}: item "${id}" has ${VERSION_FIELD} with no value; write ${VERSION_FIELD}: "00000000" and stamp again.`);
    }
  }
  const updated = edits.sort((a, b) => b.start - a.start).reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), source);
  writeFileSync(file, updated);
  process.stdout.write(`${target}: ${VERSION_FIELD} set on ${edits.length} items (${relative(root, englishFile)})\n`);
  if (unknown.length > 0) process.stdout.write(`  not stamped, no English item with this id: ${unknown.join(', ')}\n`);
}

/** Sets translationOf in a twin to the English entry's current version. The path may start at the project or at content/. */
function stamp(target) {
  const file = [join(root, target), join(root, 'content', target)].find(existsSync) ?? join(root, target);
  const dataFile = Object.entries(TRANSLATED_FILES).find(([, name]) => LANGUAGES.some((lang) => file === join(root, 'content', lang, `${name}.yaml`)));
  if (dataFile) return stampItems(relative(root, file), file, ...dataFile);
  const lang = basename(dirname(file));
  const collection = basename(dirname(dirname(file)));
  if (!LANGUAGES.includes(lang) || !FOLDER_COLLECTIONS.includes(collection)) {
    throw new Error(
      `${target} is not a translation: expected content/<${FOLDER_COLLECTIONS.join('|')}>/<${LANGUAGES.join('|')}>/<file>, ` +
        `or content/<${LANGUAGES.join('|')}>/<${Object.values(TRANSLATED_FILES).join('|')}>.yaml.`,
    );
  }
  const englishFile = [`${idOf(basename(file))}.md`, `${idOf(basename(file))}.mdx`].map((name) => join(root, 'content', collection, name)).find(existsSync);
  if (!englishFile) throw new Error(`${target} has no English entry in content/${collection}/ with the same file name.`);
  const { data, body } = readEntry(englishFile);
  const version = translationVersion(collection, data, body);
  const { source } = readEntry(file);
  const line = `${VERSION_FIELD}: "${version}"`;
  const pattern = new RegExp(`^${VERSION_FIELD}:.*$`, 'm');
  const updated = pattern.test(source) ? source.replace(pattern, line) : source.replace(/^---\r?\n/, `---\n${line}\n`);
  writeFileSync(file, updated);
  process.stdout.write(`${target}: ${VERSION_FIELD} "${version}" (${relative(root, englishFile)})\n`);
}

const [command, ...files] = process.argv.slice(2);
try {
  if (command === undefined || command === 'list') list();
  else if (command === 'stamp' && files.length > 0) for (const file of files) stamp(file);
  else throw new Error('Usage: npm run translations            (list every translation and its state)\n       npm run translations -- stamp <file>…  (record that a translation is up to date)');
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

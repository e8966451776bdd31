// Translations and their state: `npm run translations` lists every English
// entry of a translated collection with its Spanish twin's state (current,
// stale or missing); `npm run translations -- stamp <file>` records in a twin
// that it translates the English as it is now, once a translator has brought
// it up to date. The version is computed by the same code the build runs
// (src/lib/content/translation-version.ts).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { TRANSLATED_COLLECTIONS, VERSION_FIELD, translationVersion } from '../src/lib/content/translation-version.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const LANGUAGES = ['es'];

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
  for (const collection of TRANSLATED_COLLECTIONS) {
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
  return rows;
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

/** Sets translationOf in a twin to the English entry's current version. */
function stamp(target) {
  const file = join(root, target);
  const lang = basename(dirname(file));
  const collection = basename(dirname(dirname(file)));
  if (!LANGUAGES.includes(lang) || !TRANSLATED_COLLECTIONS.includes(collection)) {
    throw new Error(`${target} is not a translation: expected content/<${TRANSLATED_COLLECTIONS.join('|')}>/<${LANGUAGES.join('|')}>/<file>.`);
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

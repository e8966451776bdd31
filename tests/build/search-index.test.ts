/**
 * The search index and its "did you mean" vocabulary, read from dist/:
 * editors' searchAliases are indexed with their entry without showing on the
 * page, and the vocabulary holds the site's own words, aliases included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { VOCABULARY_FILE } from '../../src/integrations/pagefind';
import { DIST, parsePage } from '../support/site';

/** Every indexed record's URL and text, from Pagefind's fragment files (gzip, after a "pagefind_dcd" signature). */
function indexedRecords(): Map<string, string> {
  const folder = join(DIST, 'pagefind', 'fragment');
  const records = new Map<string, string>();
  for (const file of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    const { url, content } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    records.set(url, content);
  }
  return records;
}

const ALIASES: Record<string, string[]> = {
  '/therapies/medication-assisted-treatment/': ['Suboxone', 'Narcan', 'Vivitrol', 'MAT'],
  '/programs/partial-hospitalization/': ['extended care', 'day treatment'],
  '/programs/residential/': ['rehab', 'inpatient'],
  '/programs/sober-living/': ['sober house', 'halfway house'],
  '/crisis/': ['suicide', 'overdose'],
};

describe('search aliases', () => {
  const records = indexedRecords();

  it.each(Object.entries(ALIASES))('%s is indexed with its aliases', (path, aliases) => {
    const content = records.get(path) ?? '';
    for (const alias of aliases) expect(content, alias).toContain(alias);
  });

  it.each(Object.keys(ALIASES))('%s carries its aliases hidden, never as visible text', (path) => {
    const doc = parsePage(path);
    const hidden = doc.querySelector('[data-search-aliases]');
    expect(hidden?.hasAttribute('hidden')).toBe(true);
    expect(hidden?.closest('[data-pagefind-body]')).not.toBeNull();
    expect(doc.querySelectorAll('[data-search-aliases]')).toHaveLength(1);
  });
});

describe('the "did you mean" vocabulary', () => {
  const { words } = JSON.parse(readFileSync(join(DIST, VOCABULARY_FILE), 'utf8')) as { words: string[] };

  it('holds the site\'s distinctive words and aliases, in lower case, once each', () => {
    expect(words).toEqual(expect.arrayContaining(['detox', 'suboxone', 'houston', 'contingency', 'halfway', 'vivitrol', 'insurance']));
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toMatch(/^\p{Ll}{4,20}$/u);
  });

  it('stays small: loaded with the index, only on the search page', () => {
    expect(readFileSync(join(DIST, VOCABULARY_FILE)).length).toBeLessThan(12 * 1024);
    expect(readFileSync(join(DIST, 'programs', 'detox', 'index.html'), 'utf8')).not.toContain('vocabulary.json');
  });
});

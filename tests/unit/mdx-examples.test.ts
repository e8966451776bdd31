/**
 * The catalogue's examples are the documentation: each one passes the same
 * checks as content (against the real content folders), every component has
 * one, and the editor guide quotes each example word for word.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { mdxProblems } from '../../src/lib/content/mdx-rules';
import { MDX_COMPONENT_NAMES } from '../../src/components/mdx/registry';
import { exampleName } from '../../src/components/mdx/examples';
import type { LoadedEntry, Snapshot } from '../../src/lib/content/rules';

const EXAMPLES = 'src/components/mdx/examples';
const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.mdx')).sort();
const guide = readFileSync('content/README.md', 'utf8');

/** Each content folder's entries, by file name, with their frontmatter where the rules need it (programs' tracks). */
function folder(name: string): Snapshot {
  const entries = readdirSync(join('content', name))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file): LoadedEntry => {
      const source = readFileSync(join('content', name, file), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
      return { id: file.replace(/\.mdx?$/, ''), filePath: `content/${name}/${file}`, data: parseYaml(frontmatter) as Record<string, unknown> };
    });
  return new Map(entries.map((entry) => [entry.id, entry]));
}
const sources: Snapshot = new Map(
  (parseYaml(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => [s.id, { id: s.id, filePath: 'content/sources.yaml', data: {} }]),
);
const collections = new Map<string, Snapshot>([
  ...['faqs', 'programs', 'therapies', 'locations', 'articles', 'pages'].map((name) => [name, folder(name)] as const),
  ['sources', sources],
]);

describe('component examples', () => {
  it.each(files)('%s passes the content checks', (file) => {
    const body = readFileSync(join(EXAMPLES, file), 'utf8');
    expect(mdxProblems({ id: file, filePath: `${EXAMPLES}/${file}`, data: {}, body, bodyLine: 1 }, collections)).toEqual([]);
  });

  it('shows every component at least once', () => {
    expect(new Set(files.map(exampleName))).toEqual(new Set(MDX_COMPONENT_NAMES));
  });

  it.each(files)('%s is quoted in the editor guide', (file) => {
    expect(guide).toContain(readFileSync(join(EXAMPLES, file), 'utf8').trim());
  });

  it('names a misnamed example file', () => {
    expect(() => exampleName('99-sumary.mdx')).toThrow('does not start with a component name');
  });
});

/**
 * The schema.org vocabulary, offline: read from schema-dts's type
 * declarations (generated from a schema.org release) into the JSON-LD shape
 * schema.org publishes (rdfs:Class with rdfs:subClassOf, rdf:Property with
 * schema:domainIncludes), which @adobe/structured-data-validator reads. Tests
 * run without network, so the vocabulary cannot be downloaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type VocabularyNode =
  | { '@id': string; '@type': 'rdfs:Class'; 'rdfs:subClassOf': { '@id': string }[] }
  | { '@id': string; '@type': 'rdf:Property'; 'schema:domainIncludes': { '@id': string }[] };

/** `interface NameBase extends A, B {` … `}`: the properties a class declares and the bases it extends. */
const BASE = /^interface (\w+)Base(?: extends ([^{]+))? \{\n([\s\S]*?)^\}/gm;
/** `interface NameLeaf extends NameBase { "@type": "Name"; }`: one concrete class. */
const LEAF = /^export interface (\w+)Leaf extends (\w+)Base \{\n\s*"@type": "(\w+)";/gm;
const PROPERTY = /^\s{4}"([\w-]+)"\??:/gm;

export function schemaOrgVocabulary(): { '@graph': VocabularyNode[] } {
  const require = createRequire(import.meta.url);
  const source = readFileSync(join(dirname(require.resolve('schema-dts/package.json')), 'dist', 'schema.d.ts'), 'utf8');
  const bases = new Map<string, { parents: string[]; properties: string[] }>();
  for (const [, name = '', parents = '', body = ''] of source.matchAll(BASE)) {
    bases.set(name, {
      parents: parents.split(',').map((p) => p.trim().replace(/Base$/, '')).filter((p) => p && p !== 'Partial<IdReference>'),
      properties: [...body.matchAll(PROPERTY)].map((m) => m[1] ?? '').filter((p) => !p.startsWith('@')),
    });
  }
  const classes = new Map<string, string[]>();
  for (const [, , base = '', type = ''] of source.matchAll(LEAF)) {
    // "ProfilePageLeaf extends WebPageBase": a class without properties of its own extends its parent's base.
    classes.set(type, base === type ? (bases.get(base)?.parents ?? []) : [base]);
  }
  // Abstract bases without a leaf of their own (Thing's ancestors) still declare properties.
  for (const [name, base] of bases) if (!classes.has(name)) classes.set(name, base.parents);
  const domains = new Map<string, string[]>();
  for (const [name, base] of bases) for (const property of base.properties) domains.set(property, [...(domains.get(property) ?? []), name]);
  return {
    '@graph': [
      ...[...classes].map(([name, parents]) => ({
        '@id': `schema:${name}`,
        '@type': 'rdfs:Class' as const,
        'rdfs:subClassOf': parents.filter((p) => classes.has(p)).map((p) => ({ '@id': `schema:${p}` })),
      })),
      ...[...domains].map(([name, types]) => ({
        '@id': `schema:${name}`,
        '@type': 'rdf:Property' as const,
        'schema:domainIncludes': types.map((t) => ({ '@id': `schema:${t}` })),
      })),
    ],
  };
}

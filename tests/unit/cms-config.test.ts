/**
 * The CMS configuration is generated from the content schemas: every schema
 * field has a CMS field, with the widget its type calls for, and the rules
 * the CMS repeats (required, lengths, patterns, choices) agree with the
 * schema on real values, with the build's own messages.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, FOLDER_COLLECTIONS, REFINE_HINTS, cmsConfig, type CmsField } from '../../src/lib/cms/config';
import { collections } from '../../src/content.config';
import { description } from '../../src/schemas/primitives';
import { faqSchema } from '../../src/schemas/faqs';

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels optional, default, pipe (refine keeps the type) to the schema that says what the value is. */
function core(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') return core(def.innerType!);
  if (def.type === 'pipe') {
    const input = defOf(def.in!);
    // An astro:content reference is a pipe from a union of id forms.
    if (input.type === 'union' && input.options?.length === 4) return schema;
    return core(def.in!);
  }
  return schema;
}

function isReference(schema: z.ZodType): boolean {
  const def = defOf(schema);
  return def.type === 'pipe' && defOf(def.in!).type === 'union';
}

const image = () => z.string().meta({ 'x-cms-image': true });

/** The widget each kind of schema must get. */
function expectedWidget(schema: z.ZodType): string[] {
  const inner = core(schema);
  const def = defOf(inner);
  if ((inner as unknown) === (description as unknown)) return ['string'];
  if (isReference(inner)) return ['relation'];
  if ((inner.meta?.() as Record<string, unknown> | undefined)?.['x-cms-image']) return ['image'];
  switch (def.type) {
    case 'unknown':
      return ['datetime']; // calendarDay: z.unknown().transform(...)
    case 'enum':
      return ['select'];
    case 'boolean':
      return ['boolean'];
    case 'number':
      return ['number'];
    case 'object':
      return ['object'];
    case 'array': {
      const element = core(def.element!);
      if (isReference(element)) return ['relation'];
      if (defOf(element).type === 'enum') return ['select'];
      return ['list'];
    }
    case 'string':
    case 'union':
      return ['string', 'text'];
    default:
      return [`(no widget for ${def.type})`];
  }
}

/** Walks a zod object and the CMS fields side by side; returns every mismatch. */
function mismatches(schema: z.ZodType, fields: CmsField[], path: string): string[] {
  const def = defOf(core(schema));
  const shape = def.shape ?? {};
  const problems: string[] = [];
  const names = new Set(Object.keys(shape));
  for (const field of fields) if (!names.has(field.name) && field.name !== 'body') problems.push(`${path}.${field.name}: CMS field with no schema field`);
  for (const [name, child] of Object.entries(shape)) {
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) {
      problems.push(`${path}.${name}: no CMS field`);
      continue;
    }
    const widgets = expectedWidget(child);
    if (!widgets.includes(field.widget)) problems.push(`${path}.${name}: widget ${field.widget}, expected ${widgets.join(' or ')}`);
    const optional = child.safeParse(undefined).success;
    if (optional !== (field['required'] === false)) problems.push(`${path}.${name}: required is ${String(field['required'] !== false)}, schema says ${String(!optional)}`);
    const inner = core(child);
    const innerDef = defOf(inner);
    if (field.widget === 'object') problems.push(...mismatches(inner, field['fields'] as CmsField[], `${path}.${name}`));
    if (field.widget === 'list' && innerDef.type === 'array') {
      const element = core(innerDef.element!);
      if (defOf(element).type === 'object') problems.push(...mismatches(element, field['fields'] as CmsField[], `${path}.${name}[]`));
    }
  }
  return problems;
}

function findField(fields: CmsField[], name: string): CmsField {
  const field = fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

const byName = collections as unknown as Record<string, { schema: unknown }>;
const config = cmsConfig() as { collections: { name: string; fields?: CmsField[]; files?: { name: string; fields: CmsField[] }[] }[] };
const collectionFields = (name: string) => config.collections.find((collection) => collection.name === name)!.fields!;

describe('the generated CMS configuration', () => {
  it('has a collection for every content collection', () => {
    const covered = new Set([...FOLDER_COLLECTIONS.map((c) => c.name), ...DATA_FILES.map((d) => d.name)]);
    expect(Object.keys(byName).filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const collection of FOLDER_COLLECTIONS) {
    it(`${collection.name}: every schema field has a CMS field with the right widget and required flag`, () => {
      const config = byName[collection.name.replace(/Mdx$/, '')]!.schema;
      const schema = typeof config === 'function' ? (config as (context: { image: typeof image }) => z.ZodType)({ image }) : (config as z.ZodType);
      expect(mismatches(schema, collectionFields(collection.name), collection.name)).toEqual([]);
      expect(findField(collectionFields(collection.name), 'body').widget).toMatch(/^(markdown|text)$/);
    });
  }

  for (const data of DATA_FILES) {
    it(`${data.name}: the data file's list holds every schema field`, () => {
      const file = config.collections.find((c) => c.name === 'data')!.files!.find((f) => f.name === data.name)!;
      const list = file.fields[0]!;
      expect(list).toMatchObject({ widget: 'list', root: true });
      const schema = byName[data.name]!.schema as z.ZodType;
      expect(mismatches(schema, list['fields'] as CmsField[], data.name)).toEqual([]);
    });
  }

  it('maps references to relation widgets pointing at the referenced collection', () => {
    const articles = collectionFields('articles');
    expect(findField(articles, 'author')).toMatchObject({ widget: 'relation', collection: 'team', value_field: '{{slug}}' });
    expect(findField(articles, 'relatedFaqs')).toMatchObject({ widget: 'relation', collection: 'faqs', multiple: true });
    expect(findField(articles, 'sources')).toMatchObject({ widget: 'relation', collection: 'data', file: 'sources', value_field: 'sources.*.id', multiple: true });
    const review = findField(articles, 'review')['fields'] as CmsField[];
    expect(findField(review, 'reviewedBy')).toMatchObject({ widget: 'relation', collection: 'team' });
    expect(findField(review, 'lastReviewed')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(findField(articles, 'heroImage')).toMatchObject({ widget: 'image', media_folder: 'images', public_folder: './images' });
    expect(findField(collectionFields('programs'), 'whoItsFor')).toMatchObject({ widget: 'list', min: 1 });
  });

  /** Whether a Sveltia pattern accepts a value (Sveltia tests the whole value with new RegExp(pattern)). */
  const accepts = (field: CmsField, value: string) => new RegExp((field['pattern'] as [string, string])[0]).test(value);

  it('repeats the description length rule with the build message, and agrees with the schema', () => {
    const field = findField(collectionFields('therapies'), 'description');
    expect(field).toMatchObject({ widget: 'string', minlength: REFINE_HINTS.description.minLength, maxlength: REFINE_HINTS.description.maxLength });
    for (const length of [0, 69, 70, 120, 160, 161, 300]) {
      const value = 'x'.repeat(length);
      expect(accepts(field, value), `length ${length}`).toBe(description.safeParse(value).success);
    }
    const build = description.safeParse('x'.repeat(200)).error!.issues[0]!.message;
    const message = (field['pattern'] as [string, string])[1];
    expect(build.startsWith(message.slice(0, -1))).toBe(true);
  });

  it('repeats regex and length rules with the build messages, and agrees with the schema', () => {
    const faq = collectionFields('faqs');
    const question = findField(faq, 'question');
    for (const value of ['Is IOP for me?', 'Is IOP for me', 'Tell me more.']) {
      expect(accepts(question, value), value).toBe(faqSchema.shape.question.safeParse(value).success);
    }
    expect((question['pattern'] as string[])[1]).toBe('Write the question as a question, ending with "?".');
    const slugField = findField(collectionFields('locations'), 'slug');
    for (const value of ['cedar-park', 'Cedar Park', 'a--b', 'willow-bend']) {
      expect(accepts(slugField, value), value).toBe(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value));
    }
    expect((slugField['pattern'] as string[])[1]).toBe('Expected a slug of lower-case letters, digits and hyphens, for example "cedar-park".');
    const summary = findField(collectionFields('therapies'), 'summary');
    expect(summary).toMatchObject({ widget: 'text', maxlength: 240 });
    expect(accepts(summary, 'x'.repeat(240))).toBe(true);
    expect(accepts(summary, 'x'.repeat(241))).toBe(false);
    expect((summary['pattern'] as string[])[1]).toBe('Keep the card summary under 240 characters.');
  });

  it('turns enums into selects with every allowed value, and numbers into bounded number fields', () => {
    const topic = findField(collectionFields('faqs'), 'topic');
    expect(topic.widget).toBe('select');
    expect(topic['options']).toEqual(Object.keys((faqSchema.shape.topic as unknown as { enum: Record<string, string> }).enum));
    const sources = config.collections.find((c) => c.name === 'data')!.files!.find((f) => f.name === 'sources')!.fields[0]!['fields'] as CmsField[];
    expect(findField(sources, 'year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1950, max: 2100 });
  });

  it('fails when a schema field has no CMS field (the check itself works)', () => {
    const schema = z.strictObject({ question: z.string(), extra: z.boolean() });
    expect(mismatches(schema, [{ name: 'question', widget: 'string' }], 'probe')).toEqual(['probe.extra: no CMS field']);
    expect(mismatches(schema, [{ name: 'question', widget: 'select' }, { name: 'extra', widget: 'boolean' }], 'probe')).toEqual(['probe.question: widget select, expected string or text']);
  });
});

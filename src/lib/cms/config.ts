/**
 * The Sveltia CMS configuration, generated from the content schemas (never
 * written by hand): each collection's zod schema becomes a JSON Schema
 * (zod 4's z.toJSONSchema), and each property becomes a CMS field with the
 * widget, required flag, pattern, limits and default the schema implies.
 *
 * What JSON Schema cannot say is found on the zod schema itself while it is
 * converted (the `override` hook): astro:content references (their target is
 * read by parsing a probe id), calendar days, images, and the two rules that
 * live in a refine (description length, questions end with "?"). Error texts
 * are the build's own messages, found by parsing a bad probe value, without
 * the part that quotes the value.
 *
 * Cross-file rules (references exist, review dates, reading level, wording
 * rules) are not repeated here: `npm run check` and the dev preview run them.
 */
import { z } from 'astro/zod';
import { admissionStepSchema } from '../../schemas/admissions';
import { articleSchema } from '../../schemas/articles';
import { faqSchema } from '../../schemas/faqs';
import { insurancePlanSchema, selfPayPriceSchema } from '../../schemas/insurance';
import { locationSchema } from '../../schemas/locations';
import { pageSchema } from '../../schemas/pages';
import { calendarDay, description } from '../../schemas/primitives';
import { programSchema } from '../../schemas/programs';
import { sourceSchema } from '../../schemas/sources';
import { teamSchema } from '../../schemas/team';
import { therapySchema } from '../../schemas/therapies';
import {
  admissionStepTranslationSchema,
  faqTranslationSchema,
  insurancePlanTranslationSchema,
  locationTranslationSchema,
  pageTranslationSchema,
  programTranslationSchema,
  selfPayPriceTranslationSchema,
} from '../../schemas/translations';

type Json = Record<string, unknown>;
export type CmsField = Record<string, unknown> & { name: string; widget: string };

/** Marks the schema an `image()` returns, so the field becomes an image widget. */
const IMAGE_MARK = 'x-cms-image';
const image = () => z.string().meta({ [IMAGE_MARK]: true });

/** A folder of Markdown files, content/<folder>/, one entry per file. */
export interface FolderCollection {
  name: string;
  label: string;
  folder: string;
  extension: 'md' | 'mdx';
  schema: z.ZodType;
  /** The body's label in the editor. MDX bodies are edited as plain text, so components survive. */
  body: string;
  /** The field whose value names an entry in lists. */
  summaryField: string;
}

/** A YAML data file, content/<file>.yaml, holding one list. */
export interface DataFile {
  name: string;
  label: string;
  file: string;
  schema: z.ZodType;
  summaryField: string;
}

const imageFn = { image } as never;

const MDX_BODY = 'Page text (MDX: keep the <Components /> as they are)';

/**
 * Every collection of src/content.config.ts. Sveltia keeps one extension per
 * folder collection, so folders that hold both (.md, and .mdx for bodies with
 * components) appear twice. Articles are always .mdx.
 */
export const FOLDER_COLLECTIONS: FolderCollection[] = [
  { name: 'programs', label: 'Programs', folder: 'programs', extension: 'md', schema: programSchema, body: 'Page text', summaryField: 'title' },
  { name: 'programsMdx', label: 'Programs with components (MDX)', folder: 'programs', extension: 'mdx', schema: programSchema, body: MDX_BODY, summaryField: 'title' },
  { name: 'therapies', label: 'Therapies', folder: 'therapies', extension: 'md', schema: therapySchema, body: 'Page text', summaryField: 'title' },
  { name: 'locations', label: 'Locations', folder: 'locations', extension: 'md', schema: locationSchema(imageFn), body: 'Page text', summaryField: 'name' },
  { name: 'faqs', label: 'FAQs', folder: 'faqs', extension: 'md', schema: faqSchema, body: 'Answer', summaryField: 'question' },
  { name: 'faqsMdx', label: 'FAQs with components (MDX)', folder: 'faqs', extension: 'mdx', schema: faqSchema, body: 'Answer (MDX: keep the <Components /> as they are)', summaryField: 'question' },
  { name: 'team', label: 'Team', folder: 'team', extension: 'md', schema: teamSchema(imageFn), body: 'Bio', summaryField: 'name' },
  { name: 'articles', label: 'Articles', folder: 'articles', extension: 'mdx', schema: articleSchema(imageFn), body: 'Article text (MDX: opens with <Summary> and <KeyTakeaways>; keep the <Components /> as they are)', summaryField: 'title' },
  { name: 'pages', label: 'Pages', folder: 'pages', extension: 'md', schema: pageSchema, body: 'Page text', summaryField: 'title' },
  { name: 'pagesMdx', label: 'Pages with components (MDX)', folder: 'pages', extension: 'mdx', schema: pageSchema, body: MDX_BODY, summaryField: 'title' },
  // Spanish translations: the same file name as the English, translatable fields only (src/schemas/translations.ts).
  { name: 'programsEs', label: 'Programs (Español)', folder: 'programs/es', extension: 'md', schema: programTranslationSchema, body: 'Texto de la página', summaryField: 'title' },
  { name: 'programsEsMdx', label: 'Programs with components (MDX, Español)', folder: 'programs/es', extension: 'mdx', schema: programTranslationSchema, body: 'Texto de la página (MDX: deje los <Componentes /> como están)', summaryField: 'title' },
  { name: 'locationsEs', label: 'Locations (Español)', folder: 'locations/es', extension: 'md', schema: locationTranslationSchema, body: 'Texto de la página', summaryField: 'summary' },
  { name: 'faqsEs', label: 'FAQs (Español)', folder: 'faqs/es', extension: 'md', schema: faqTranslationSchema, body: 'Respuesta', summaryField: 'question' },
  { name: 'faqsEsMdx', label: 'FAQs with components (MDX, Español)', folder: 'faqs/es', extension: 'mdx', schema: faqTranslationSchema, body: 'Respuesta (MDX: deje los <Componentes /> como están)', summaryField: 'question' },
  { name: 'pagesEs', label: 'Pages (Español)', folder: 'pages/es', extension: 'md', schema: pageTranslationSchema, body: 'Texto de la página', summaryField: 'title' },
  { name: 'pagesEsMdx', label: 'Pages with components (MDX, Español)', folder: 'pages/es', extension: 'mdx', schema: pageTranslationSchema, body: 'Texto de la página (MDX: deje los <Componentes /> como están)', summaryField: 'title' },
];

export const DATA_FILES: DataFile[] = [
  { name: 'sources', label: 'Sources (citation registry)', file: 'sources', schema: sourceSchema, summaryField: 'id' },
  { name: 'admissionSteps', label: 'Admissions steps', file: 'admissions-steps', schema: admissionStepSchema, summaryField: 'title' },
  { name: 'insurancePlans', label: 'Insurance plans', file: 'insurance-plans', schema: insurancePlanSchema, summaryField: 'name' },
  { name: 'selfPayPrices', label: 'Self-pay prices', file: 'self-pay-prices', schema: selfPayPriceSchema, summaryField: 'service' },
  // Spanish translations: one item per English item, same id, translatable fields only (src/schemas/translations.ts).
  { name: 'admissionStepsEs', label: 'Admissions steps (Español)', file: 'es/admissions-steps', schema: admissionStepTranslationSchema, summaryField: 'title' },
  { name: 'insurancePlansEs', label: 'Insurance plans (Español)', file: 'es/insurance-plans', schema: insurancePlanTranslationSchema, summaryField: 'id' },
  { name: 'selfPayPricesEs', label: 'Self-pay prices (Español)', file: 'es/self-pay-prices', schema: selfPayPriceTranslationSchema, summaryField: 'service' },
];

/** Collections that live in one data file: a relation to them points into that file's list. */
const DATA_COLLECTION_OF: Record<string, DataFile> = Object.fromEntries(DATA_FILES.map((file) => [file.name, file]));

/**
 * Rules that live in a refine, so JSON Schema cannot see them. Each is checked
 * against the schema itself by tests/unit/cms-config.test.ts.
 */
export const REFINE_HINTS = {
  /** primitives.ts `description`: 70 to 160 characters. */
  description: { minLength: 70, maxLength: 160 },
  /** faqs.ts `question`: ends with "?". */
  faqQuestion: { pattern: '^[\\s\\S]*\\?\\s*$' },
} as const;

/** The build's message for a bad value, without the part that quotes the value. */
export function buildMessage(schema: z.ZodType, probe: unknown): string | undefined {
  const result = schema.safeParse(probe);
  if (result.success) return undefined;
  const message = result.error.issues[0]?.message ?? '';
  return message
    .replace(/; (found|this one has) [\s\S]*$/, '.')
    .replace(/ is \d+ characters long; at most (\d+) are allowed\./, ' can be at most $1 characters long.');
}

function isReference(schema: z.ZodType): string | undefined {
  const def = (schema as unknown as { _zod: { def: { type: string; in?: { _zod: { def: { type: string; options?: unknown[] } } } } } })._zod.def;
  if (def.type !== 'pipe' || def.in?._zod.def.type !== 'union' || def.in._zod.def.options?.length !== 4) return undefined;
  const parsed = schema.safeParse('probe-id');
  const target = parsed.success ? (parsed.data as { collection?: unknown }).collection : undefined;
  return typeof target === 'string' ? target : undefined;
}

/** The collection's JSON Schema (input side), with x-cms-* marks for what JSON Schema cannot express. */
export function jsonSchemaOf(schema: z.ZodType, collection: string): Json {
  const faqQuestion = collection === 'faqs' ? (faqSchema.shape.question as z.ZodType) : undefined;
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const schema = zodSchema as unknown as z.ZodType;
      const js = jsonSchema as Json;
      if (schema === (calendarDay as unknown)) js['x-cms-date'] = true;
      const target = isReference(schema);
      if (target) {
        for (const key of Object.keys(js)) delete js[key];
        Object.assign(js, { type: 'string', 'x-cms-reference': target });
      }
      if (schema === (description as unknown)) {
        Object.assign(js, REFINE_HINTS.description, { 'x-cms-message': buildMessage(schema, 'x'.repeat(161)) });
      }
      if (faqQuestion && schema === faqQuestion) {
        Object.assign(js, REFINE_HINTS.faqQuestion, { 'x-cms-message': buildMessage(schema, 'Not a question') });
      }
      if (js['type'] === 'string' && js['x-cms-message'] === undefined) {
        if (js['format'] === 'uri' && js['pattern'] === undefined) js['pattern'] = '^https://\\S+$';
        if (typeof js['pattern'] === 'string') js['x-cms-message'] = buildMessage(schema, '!!');
        else if (typeof js['maxLength'] === 'number') js['x-cms-message'] = buildMessage(schema, 'x'.repeat((js['maxLength'] as number) + 1));
      }
    },
  }) as Json;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function label(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function relation(target: string): Json {
  const data = DATA_COLLECTION_OF[target];
  if (data) {
    return { widget: 'relation', collection: 'data', file: data.name, value_field: `${data.name}.*.id`, search_fields: [`${data.name}.*.id`], display_fields: [`${data.name}.*.id`] };
  }
  const folder = FOLDER_COLLECTIONS.find((collection) => collection.name === target);
  const shown = folder?.summaryField ?? 'title';
  return { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
}

/** A Sveltia pattern that also holds the length limits, with the build's message. */
function stringRules(node: Json): Json {
  const out: Json = {};
  const min = typeof node['minLength'] === 'number' ? (node['minLength'] as number) : undefined;
  const max = typeof node['maxLength'] === 'number' ? (node['maxLength'] as number) : undefined;
  if (min !== undefined && min > 1) out['minlength'] = min;
  if (max !== undefined) out['maxlength'] = max;
  const message = node['x-cms-message'];
  const regex = typeof node['pattern'] === 'string' ? (node['pattern'] as string) : undefined;
  const lengths = (min !== undefined && min > 1) || max !== undefined ? `(?=[\\s\\S]{${min ?? 0},${max ?? ''}}$)` : '';
  if ((regex || lengths) && typeof message === 'string') {
    out['pattern'] = [regex ? `^${lengths}(?:${regex.replace(/^\^/, '').replace(/\$$/, '')})$` : `^${lengths}[\\s\\S]*$`, message];
  }
  return out;
}

/** The widget and options for one JSON Schema node (without name, label, required). */
export function widgetFor(node: Json): Json {
  if (node['x-cms-reference']) return relation(node['x-cms-reference'] as string);
  if (node['x-cms-date']) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (node[IMAGE_MARK]) return { widget: 'image', media_folder: 'images', public_folder: './images' };
  if (Array.isArray(node['enum'])) return { widget: 'select', options: node['enum'] };
  if (Array.isArray(node['anyOf'])) {
    // Unions of strings (a link: an https:// URL or a site path).
    return { widget: 'string' };
  }
  switch (node['type']) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
    case 'number': {
      const out: Json = { widget: 'number', value_type: node['type'] === 'integer' ? 'int' : 'float' };
      const min = (node['minimum'] ?? (typeof node['exclusiveMinimum'] === 'number' ? node['exclusiveMinimum'] : undefined)) as number | undefined;
      if (min !== undefined && min > -MAX_SAFE) out['min'] = node['exclusiveMinimum'] !== undefined && node['type'] === 'integer' ? min + 1 : min;
      if (typeof node['maximum'] === 'number' && node['maximum'] < MAX_SAFE) out['max'] = node['maximum'];
      return out;
    }
    case 'object':
      return { widget: 'object', fields: fieldsOf(node) };
    case 'array': {
      const items = (node['items'] ?? {}) as Json;
      const out: Json = {};
      if (typeof node['minItems'] === 'number') out['min'] = node['minItems'];
      if (typeof node['maxItems'] === 'number') out['max'] = node['maxItems'];
      if (items['x-cms-reference']) return { ...relation(items['x-cms-reference'] as string), multiple: true, ...out };
      if (Array.isArray(items['enum'])) return { widget: 'select', options: items['enum'], multiple: true, ...out };
      if (items['type'] === 'object') return { widget: 'list', fields: fieldsOf(items), ...out };
      return { widget: 'list', field: { name: 'item', label: 'Item', ...widgetFor(items) }, ...out };
    }
    case 'string':
    default: {
      const long = typeof node['maxLength'] === 'number' && (node['maxLength'] as number) > 160;
      return { widget: long ? 'text' : 'string', ...stringRules(node) };
    }
  }
}

/** One CMS field per property of a JSON Schema object, in schema order. */
export function fieldsOf(node: Json): CmsField[] {
  const properties = (node['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((node['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const field = { name, label: label(name), ...widgetFor(property) } as unknown as CmsField;
    if (!required.has(name)) field['required'] = false;
    const value = property['default'];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0) && typeof value !== 'object') field['default'] = value;
    return field;
  });
}

/** The whole Sveltia configuration (served as /admin/config.yml by `npm run dev`; JSON is YAML). */
export function cmsConfig(siteUrl = 'http://localhost:4321/'): Json {
  return {
    // Local repository mode: the editor picks the project folder in Chrome or Edge; nothing is signed
    // in to and nothing leaves the computer. The repo name is only a label here.
    backend: { name: 'github', repo: 'lantern-hill/site', branch: 'main' },
    media_folder: 'public',
    public_folder: '/',
    site_url: siteUrl,
    display_url: siteUrl,
    logo_url: '/favicon.svg',
    editor: { preview: false },
    // An optional field left empty stays out of the file, as an editor would write it by hand.
    output: { omit_empty_optional_fields: true },
    collections: [
      ...FOLDER_COLLECTIONS.map((collection) => ({
        name: collection.name,
        label: collection.label,
        folder: `content/${collection.folder}`,
        extension: collection.extension,
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: collection.summaryField,
        summary: `{{${collection.summaryField}}}`,
        media_folder: 'images',
        public_folder: './images',
        fields: [
          ...fieldsOf(jsonSchemaOf(collection.schema, collection.name)),
          collection.extension === 'mdx'
            ? { name: 'body', label: collection.body, widget: 'text' }
            : { name: 'body', label: collection.body, widget: 'markdown' },
        ],
      })),
      {
        name: 'data',
        label: 'Lists (sources, admissions, insurance, prices)',
        files: DATA_FILES.map((data) => ({
          name: data.name,
          label: data.label,
          file: `content/${data.file}.yaml`,
          format: 'yaml',
          fields: [{ name: data.name, label: data.label, widget: 'list', root: true, summary: `{{fields.${data.summaryField}}}`, fields: fieldsOf(jsonSchemaOf(data.schema, data.name)) }],
        })),
      },
    ],
  };
}

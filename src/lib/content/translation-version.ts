/**
 * Which fields of an entry a translation carries, and the version of the
 * English a translation was made from. Self-contained (no imports but
 * node:crypto), so `npm run translations` (scripts/translations.mjs) runs it
 * as it is and computes exactly what the build computes.
 *
 * A translation's version is the first 8 hex digits of the SHA-256 of the
 * English entry's translatable fields and body: changing hours or a phone
 * number leaves every translation current; changing a sentence does not.
 */
import { createHash } from 'node:crypto';

/** The shape of the translatable part of an entry: text, a list of texts, a list of objects, or an object. */
export type TranslatableShape =
  | 'text'
  | 'texts'
  | { readonly list: Readonly<Record<string, TranslatableShape>> }
  | { readonly object: Readonly<Record<string, TranslatableShape>> };

const evidence = { object: { evidence: 'text' } } as const;

/**
 * The translatable fields of each collection that has translations. Every
 * other field is a fact (hours, phones, tracks' days and times, addresses,
 * references), kept once in the English file and read from there.
 */
export const TRANSLATABLE_FIELDS = {
  pages: { title: 'text', description: 'text', searchAliases: 'texts' },
  faqs: { question: 'text', searchAliases: 'texts' },
  programs: {
    title: 'text',
    summary: 'text',
    description: 'text',
    searchAliases: 'texts',
    typicalDuration: 'text',
    whoItsFor: 'texts',
    notAFitIf: { list: { when: 'text' } },
    tracks: { list: { name: 'text' } },
    familyGroup: { object: { name: 'text', where: 'text', cost: 'text' } },
    qualitySignals: {
      object: { accreditation: evidence, medication: evidence, evidenceBasedPractices: evidence, familyInvolvement: evidence, supportiveServices: evidence },
    },
  },
  locations: { description: 'text', summary: 'text', hoursNote: 'text', parking: 'text', transit: 'text', photoAlt: 'text', languages: 'texts' },
  admissionSteps: { title: 'text', text: 'text' },
  insurancePlans: { name: 'text', note: 'text' },
  selfPayPrices: { service: 'text', includes: 'text' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, TranslatableShape>>>>;

export type TranslatedCollection = keyof typeof TRANSLATABLE_FIELDS;
export const TRANSLATED_COLLECTIONS = Object.keys(TRANSLATABLE_FIELDS) as TranslatedCollection[];

/**
 * Collections kept as one YAML list (content/<file>.yaml) rather than a
 * folder: their translation is one list too, content/<lang>/<file>.yaml, an
 * item per English item with the same id. Every item must be translated,
 * since the pages that show these lists show all of them.
 */
export const TRANSLATED_FILES = {
  admissionSteps: 'admissions-steps',
  insurancePlans: 'insurance-plans',
  selfPayPrices: 'self-pay-prices',
} as const satisfies Partial<Record<TranslatedCollection, string>>;

export type TranslatedFileCollection = keyof typeof TRANSLATED_FILES;

/** Whether a collection's translations are items of one data file rather than files in a folder. */
export const isTranslatedFile = (collection: TranslatedCollection): collection is TranslatedFileCollection => collection in TRANSLATED_FILES;

/** The translated fields a translation may leave out, showing the English: a plan's name is a proper name unless Spanish readers need it explained. */
export const OPTIONAL_TRANSLATIONS: Readonly<Partial<Record<TranslatedCollection, readonly string[]>>> = { insurancePlans: ['name'] };

/** The field a translation uses to say which version of the English it translates. */
export const VERSION_FIELD = 'translationOf';

/** The translatable part of `value` by `shape`, strings trimmed, absent fields left out. */
export function translatablePart(shape: TranslatableShape, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (shape === 'text') return typeof value === 'string' ? value.trim() : value;
  if (shape === 'texts') return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;
  if ('list' in shape) return Array.isArray(value) ? value.map((item) => translatablePart({ object: shape.list }, item)) : value;
  if (typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(shape.object)) {
    const part = translatablePart(inner, record[key]);
    if (part !== undefined) out[key] = part;
  }
  return out;
}

/** A Markdown body as it is compared: line endings unified, outer blank space trimmed. */
export const normalizedBody = (body: string | undefined) => (body ?? '').replace(/\r\n?/g, '\n').trim();

/** The version of an English entry a translation records in `translationOf`: 8 hex digits. */
export function translationVersion(collection: TranslatedCollection, data: Record<string, unknown>, body: string | undefined): string {
  const fields = translatablePart({ object: TRANSLATABLE_FIELDS[collection] }, data);
  return createHash('sha256').update(JSON.stringify({ fields, body: normalizedBody(body) })).digest('hex').slice(0, 8);
}

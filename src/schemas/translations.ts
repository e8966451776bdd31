/**
 * Translations: a file at content/<collection>/<lang>/<the English file
 * name> holds only the translatable fields of its English twin
 * (src/lib/content/translation-version.ts) and the version of the English it
 * translates. Facts (hours, phones, tracks' days and times, addresses,
 * references) stay once, in the English file. The objects here accept other
 * fields only so that the content check can name each one and say where it
 * lives (src/lib/content/translations.ts).
 */
import { z } from 'astro/zod';
import { description, searchAliases, shown, slug, text } from './primitives';

/** The version of the English text this translation was made from: 8 hex digits, set by `npm run translations -- stamp <file>`. */
const translationOf = z.string().regex(/^[0-9a-f]{8}$/, {
  error: (issue) => `Expected translationOf as 8 hex digits, for example "1a2b3c4d" (new translations write "00000000"); found ${shown(issue.input)}.`,
});

/** A translated page: title, description, search aliases; the text below the frontmatter. */
export const pageTranslationSchema = z.looseObject({
  translationOf,
  /** The page heading, translated. */
  title: text('the title'),
  /** The meta description, translated: 70 to 160 characters. */
  description,
  /** Words families search for in this language: indexed, never shown. */
  searchAliases,
});

/** A translated FAQ: the question and its answer (the text below the frontmatter). */
export const faqTranslationSchema = z.looseObject({
  translationOf,
  /** The question, translated, ending with "?". */
  question: text('the question').refine((q) => q.endsWith('?'), { error: 'Write the question as a question, ending with "?".' }),
  searchAliases,
});

const evidence = z.looseObject({ /** One line of evidence, translated. */ evidence: text('the evidence') });

/** A translated program: every prose field, lists in the English order. */
export const programTranslationSchema = z.looseObject({
  translationOf,
  title: text('the title'),
  summary: text('the summary').max(240, { error: 'Keep the card summary under 240 characters.' }),
  description,
  searchAliases,
  typicalDuration: text('the typical duration'),
  /** Same number of items as the English, same order. */
  whoItsFor: z.array(text('an item')).optional(),
  /** Same items as the English, same order, each with only `when`. */
  notAFitIf: z.array(z.looseObject({ when: text('the situation') })).optional(),
  /** Same tracks as the English, same order, each with only `name`. */
  tracks: z.array(z.looseObject({ name: text('the track name') })).optional(),
  /** The family group's name, place and cost in words; its days and times stay in the English. */
  familyGroup: z.looseObject({ name: text('the group name'), where: text('where it meets'), cost: text('the cost') }).optional(),
  /** Each sign's evidence line; whether it is met, and its link, stay in the English. */
  qualitySignals: z
    .looseObject({ accreditation: evidence, medication: evidence, evidenceBasedPractices: evidence, familyInvolvement: evidence, supportiveServices: evidence })
    .optional(),
});

/** A translated location: its words; name, address, phone, hours and programs stay in the English. */
export const locationTranslationSchema = z.looseObject({
  translationOf,
  description,
  summary: text('the summary').max(240),
  hoursNote: text('the hours note').max(200).optional(),
  parking: text('parking'),
  transit: text('transit'),
  photoAlt: text('the photo description'),
  /** The languages offered, named in this language, same number and order as the English. */
  languages: z.array(text('a language')).min(1),
});

/*
 * Items of translated data files (content/<lang>/<file>.yaml): each item has
 * the id of the English item it translates. Spanish runs about a fifth
 * longer than English, so the length limits are a fifth above the English ones.
 */

/** A translated admissions step: its title and sentence; its order stays in content/admissions-steps.yaml. */
export const admissionStepTranslationSchema = z.looseObject({
  /** The id of the English step, for example "assessment". */
  id: slug,
  translationOf,
  /** The short title, translated. */
  title: text('the title').max(72),
  /** The sentence, translated. */
  text: text('the sentence').max(290),
});

/** A translated health plan: its note, and its name only where readers need it explained; kind, status and date stay in content/insurance-plans.yaml. */
export const insurancePlanTranslationSchema = z.looseObject({
  /** The id of the English plan, for example "texas-chip". */
  id: slug,
  translationOf,
  /** Leave out to show the English name, a proper name; write it where readers need it explained, for example "CHIP (Programa de Seguro Médico para Niños)". */
  name: text('the plan name').optional(),
  /** The note, translated, where the English has one. */
  note: text('the note').max(240).optional(),
});

/** A translated self-pay price: the service and what it includes; prices and units stay in content/self-pay-prices.yaml. */
export const selfPayPriceTranslationSchema = z.looseObject({
  /** The id of the English price, for example "iop". */
  id: slug,
  translationOf,
  /** The service, translated. */
  service: text('the service'),
  /** What the price includes, translated. */
  includes: text('what the price includes').max(310),
});

export type PageTranslation = z.output<typeof pageTranslationSchema>;
export type FaqTranslation = z.output<typeof faqTranslationSchema>;
export type ProgramTranslation = z.output<typeof programTranslationSchema>;
export type LocationTranslation = z.output<typeof locationTranslationSchema>;

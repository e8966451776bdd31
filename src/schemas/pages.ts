/**
 * Pages: standalone pages in content/pages/ (admissions, insurance, about,
 * careers, press, crisis and the legal notices). The file name is the URL:
 * content/pages/admissions.mdx is /admissions/.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDay, description, fields, searchAliases, shown, slug, text } from './primitives';
import { reviewSchema } from './review';

/** Languages written right to left: their taglines need `dir: rtl`. */
export const RTL_LANGUAGES = ['ar', 'fa', 'ur', 'he', 'ps', 'yi', 'ku', 'sd'] as const;

/** A language tag such as es, vi, zh-Hant or fa (BCP 47). */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
  error: (issue) => `Expected a language tag such as "es", "vi" or "zh-Hant"; found ${shown(issue.input)}.`,
});

/**
 * One tagline of the notice of free language help (Section 1557, 45 CFR
 * 92.11), written in its own language. {phone} becomes the admissions phone
 * and {tty} the relay number 711, both as tap-to-call links.
 */
export const taglineSchema = fields({
  /** The language of the text, for example "vi"; screen readers switch voice on it. */
  lang: languageTag,
  /** "rtl" for languages written right to left (Arabic, Persian, Urdu). */
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
  /** The language's own name for itself, for example "Tiếng Việt". */
  language: text('the language name, written in that language'),
  /** The tagline, in that language, with {phone} and {tty} where the numbers go. */
  text: text('the tagline'),
}).superRefine((tagline, ctx) => {
  for (const placeholder of ['{phone}', '{tty}']) {
    if (!tagline.text.includes(placeholder)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: `The ${tagline.lang} tagline must say where to call: put ${placeholder} where the number goes.` });
    }
  }
  const base = tagline.lang.split('-')[0] ?? '';
  if ((RTL_LANGUAGES as readonly string[]).includes(base) && tagline.dir !== 'rtl') {
    ctx.addIssue({ code: 'custom', path: ['dir'], message: `${tagline.lang} is written right to left: add dir: rtl.` });
  }
});

export const pageSchema = fields({
  /** The page heading. */
  title: text('the title'),
  /** Optional URL slug; by default the file name is used. */
  slug: slug.optional(),
  /** Other names families search for this page, for example ["suicide", "overdose"]: indexed for search, never shown. */
  searchAliases,
  /** The meta description for search results: 70 to 160 characters. */
  description,
  /** The day the page last changed meaningfully, YYYY-MM-DD; used for the sitemap. */
  updated: calendarDay,
  /** Medical review, for a page that gives health advice (for example pregnancy and treatment). */
  review: reviewSchema.optional(),
  /** The notice of free language help, one tagline per language, shown above the page text. */
  languageNotice: z.array(taglineSchema).default([]),
  /** Sources cited (ids in content/sources.yaml). */
  sources: z.array(reference('sources')).default([]),
}).superRefine((page, ctx) => {
  const langs = page.languageNotice.map((tagline) => tagline.lang);
  const repeated = langs.filter((lang, index) => langs.indexOf(lang) !== index);
  if (repeated.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['languageNotice'], message: `Each language needs one tagline; repeated: ${[...new Set(repeated)].join(', ')}.` });
  }
});

export type PageData = z.output<typeof pageSchema>;
export type Tagline = z.output<typeof taglineSchema>;

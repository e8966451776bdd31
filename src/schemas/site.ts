/**
 * The shape of src/site.config.ts: everything about the organization that is
 * not a content entry. Checked when the site builds, so a typo fails loudly.
 */
import { z } from 'astro/zod';
import { LANGUAGES } from '../i18n/ui';
import { fields, httpsUrl, phoneE164, text } from './primitives';

const crisisLineSchema = fields({
  /** The name people know it by, for example "988 Suicide & Crisis Lifeline". */
  name: text('the name'),
  /** The number as dialled, for example "988" or "+18006624357". */
  dial: z.string().regex(/^(\+1\d{10}|\d{3})$/, { error: 'Expected a 3-digit short code such as 988, or +1 and 10 digits.' }),
  /** Whether the line takes text messages at the same number. */
  text: z.boolean(),
  /** Where to read more. */
  url: httpsUrl.optional(),
});

export const siteConfigSchema = fields({
  /** The organization's name as it appears in titles and the footer. */
  name: text('the organization name'),
  /** A short name for tight spaces. */
  shortName: text('the short name'),
  /** One line under the name. */
  tagline: text('the tagline'),
  /** The production origin, https:// with no trailing slash; astro.config.mjs reads it from here. */
  url: httpsUrl.refine((url) => !url.endsWith('/'), { error: 'Write the URL without a trailing slash.' }),
  /** The site's language, as a BCP 47 tag. */
  lang: z.enum(LANGUAGES),
  /** The admissions line, answered around the clock, in E.164 form. */
  admissionsPhone: phoneE164,
  /** Hours the admissions line is staffed, in plain words. */
  admissionsHours: text('the admissions hours'),
  /** The same hours in a few characters for the bar at the top of every page, for example "24/7". */
  admissionsHoursShort: text('the short admissions hours').max(20, { error: 'Keep the short hours to 20 characters, for example "24/7".' }),
  /** Crisis lines shown on every page. */
  crisis: fields({
    /** 988 Suicide & Crisis Lifeline. */
    lifeline: crisisLineSchema,
    /** Emergency services. */
    emergency: crisisLineSchema,
    /** SAMHSA National Helpline. */
    helpline: crisisLineSchema,
  }),
  /** Where families can search for other providers. */
  findTreatmentUrl: httpsUrl,
  /** Social profiles, linked from the footer and the Organization structured data. */
  social: z.array(fields({ name: text('the network'), url: httpsUrl })).default([]),
  /** The default Open Graph image, a path under public/. */
  defaultOgImage: z.string().regex(/^\/[\w/.-]+\.(png|jpg)$/),
  /** The logo, a path under public/. */
  logo: z.string().regex(/^\/[\w/.-]+\.(svg|png)$/),
  /** While true, the footer says this is a sample organization with invented details. */
  isDemo: z.boolean(),
  /** Medical review policy: a review older than this fails the build. */
  review: fields({
    /** Months after which a review is overdue and the build fails. */
    maxAgeMonths: z.number().int().min(1).max(36),
    /** Days before the deadline when the build starts warning. */
    warnDays: z.number().int().min(0).max(120),
  }),
  /** Where to report a security problem, for /.well-known/security.txt: a mailto: or https: address. */
  securityContact: z.string().regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, { error: 'Use a mailto: address or an https: URL.' }),
  /** Articles per page on /blog/. */
  articlesPerPage: z.number().int().min(1).max(50),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

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
  /**
   * While true the organization is a sample and must never reach a real person
   * in crisis: a notice opens every page with the real help lines, every page
   * is noindex and robots.txt disallows everything, there are no directions to
   * real coordinates and no clinic structured data, and the invented admissions
   * number is labelled "sample number, not in service". Override with SITE_DEMO=0|1.
   */
  isDemo: z.boolean(),
  /**
   * Whether search engines may list the site: pages say index, robots.txt
   * allows crawling and names the sitemap. Must be false while isDemo is true.
   * Override with SITE_INDEXABLE=0|1 (for example 0 for a staging preview).
   */
  indexable: z.boolean(),
  /**
   * Whether the organization is a SAMHSA-certified, DEA-registered opioid
   * treatment program (OTP). Only an OTP may start, give or dispense methadone
   * for opioid use disorder; while false, the content check fails any page that
   * says the organization does (it may say it arranges methadone with an OTP).
   */
  isOpioidTreatmentProgram: z.boolean(),
  /**
   * Accreditations held, for example the Joint Commission or CARF. Empty means
   * not accredited: the content check then fails any page that claims
   * accreditation. A state license is not an accreditation.
   */
  accreditations: z
    .array(
      fields({
        /** The accrediting body, for example "The Joint Commission". */
        body: text('the accrediting body'),
        /** The year accreditation was first granted. */
        since: z.number().int().min(1950).max(2100),
        /** Where anyone can check it, for example the body's public look-up. */
        url: httpsUrl,
      }),
    )
    .default([]),
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
}).superRefine((config, ctx) => {
  if (config.isDemo && config.indexable) {
    ctx.addIssue({
      code: 'custom',
      path: ['indexable'],
      message:
        'found true while isDemo is true; a sample site must stay out of search engines (noindex on every page, "Disallow: /" in robots.txt). Allowed while isDemo is true: false. Unset SITE_INDEXABLE, or set isDemo to false (SITE_DEMO=0) for a real provider.',
    });
  }
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

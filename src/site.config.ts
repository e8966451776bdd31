/**
 * The organization. Everything provider-specific that is not a content entry
 * lives here; the code reads it and knows nothing else about the provider.
 * The demo organization below is fictional: its name and phone numbers are
 * invented (555-01xx numbers are reserved for fiction). The crisis lines are real.
 */
import { siteConfigSchema } from './schemas/site';

/**
 * Build-time switches, for the test suite and for staging builds:
 *   SITE_DEMO=0       build as the real provider would ship it (isDemo false)
 *   SITE_INDEXABLE=0  keep a real build out of search engines (a staging preview)
 * Unset, both follow the values written below. A sample site can never be
 * made indexable: the schema refuses isDemo with indexable.
 */
function envFlag(name: string): boolean | undefined {
  const value = globalThis.process?.env?.[name];
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return undefined;
}

const isDemo = envFlag('SITE_DEMO') ?? true;

const parsed = siteConfigSchema.safeParse({
  name: 'Lantern Hill Recovery',
  shortName: 'Lantern Hill',
  tagline: 'Intensive outpatient care for addiction, close to home',
  url: 'https://lanternhill.example',
  lang: 'en',
  admissionsPhone: '+15125550100',
  admissionsHours: 'Answered 24 hours a day, 7 days a week',
  admissionsHoursShort: '24/7',
  crisis: {
    lifeline: {
      name: '988 Suicide & Crisis Lifeline',
      dial: '988',
      text: true,
      url: 'https://988lifeline.org/',
    },
    emergency: { name: 'Emergency services', dial: '911', text: false },
    helpline: {
      name: 'SAMHSA National Helpline',
      dial: '+18006624357',
      text: false,
      url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
    },
  },
  findTreatmentUrl: 'https://findtreatment.gov/',
  social: [],
  defaultOgImage: '/og-default.png',
  logo: '/logo.svg',
  isDemo,
  indexable: envFlag('SITE_INDEXABLE') ?? !isDemo,
  isOpioidTreatmentProgram: false,
  accreditations: [],
  review: { maxAgeMonths: 12, warnDays: 30 },
  securityContact: 'mailto:security@lanternhill.example',
  articlesPerPage: 6,
});

if (!parsed.success) {
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(config)'}: ${issue.message}`);
  throw new Error(`src/site.config.ts has ${lines.length === 1 ? 'a problem' : 'problems'}:\n${lines.join('\n')}`);
}

export const site = parsed.data;

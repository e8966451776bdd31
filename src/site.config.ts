/**
 * The organization. Everything provider-specific that is not a content entry
 * lives here; the code reads it and knows nothing else about the provider.
 * The demo organization below is fictional: its name and phone numbers are
 * invented (555-01xx numbers are reserved for fiction). The crisis lines are real.
 */
import { siteConfigSchema } from './schemas/site';

export const site = siteConfigSchema.parse({
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
  isDemo: true,
  review: { maxAgeMonths: 12, warnDays: 30 },
  securityContact: 'mailto:security@lanternhill.example',
  articlesPerPage: 6,
});

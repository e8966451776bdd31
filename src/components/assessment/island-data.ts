/**
 * Build-time data of the self-assessment, shared by its page
 * (SelfAssessment.astro) and the file its island reads
 * (src/pages/[...lang]/is-iop-right-for-me/island-data.json.ts). The island's
 * data is a file of its own, not a JSON block in the page: the first paint
 * does not need it, and without it the page's HTML fits the first round trip.
 */
import { ASSESSMENT } from '@/assessment';
import { FLAG_PHRASES } from '@/assessment/content';
import { EXPLAIN_WORDS_ES, FLAG_PHRASES_ES, FORM_WORDS_ES, withSpanish } from '@/assessment/content.es';
import { EXPLAIN_WORDS, FORM_WORDS, fill } from '@/assessment/ui-words';
import { getLocations } from '@/lib/content/queries';
import { pagesIn } from '@/i18n/routes';
import { useTranslations, type Language } from '@/i18n/ui';
import { formatPhone, pathIn, paths } from '@/lib/urls';
import { site } from '@/site.config';
import { noteFacts, outcomeFacts, ruleRoute, type AssessmentPageData, type PageLink } from './page-data';

/**
 * The same assessment in each language: the data, rules and engine are one;
 * only the words differ (src/assessment/content.es.ts). Links to the site's
 * own pages point at the page's language.
 */
export async function languageData(lang: Language) {
  if (lang === 'en') return { assessment: ASSESSMENT, phrases: FLAG_PHRASES, form: FORM_WORDS, explainWords: EXPLAIN_WORDS };
  const spanishPages = await pagesIn('es');
  return { assessment: withSpanish(ASSESSMENT, (href) => (spanishPages.has(pathIn(href, 'es')) ? pathIn(href, 'es') : href)), phrases: FLAG_PHRASES_ES, form: FORM_WORDS_ES, explainWords: EXPLAIN_WORDS_ES };
}

/** Where the island of the page in `lang` reads its data. */
export const islandDataPath = (lang: Language) => `${paths.selfCheck(lang)}island-data.json`;

/** What the island needs besides the form, the Sources section and its own bundle. */
export async function islandData(lang: Language): Promise<AssessmentPageData> {
  const t = useTranslations(lang);
  const { assessment, form } = await languageData(lang);
  const { questions, ...data } = assessment;
  const locations = await getLocations();
  /**
   * A provider number as its link shows it: on a sample site (site.isDemo) an
   * invented number (555-0100 to 555-0199) says "sample number, not in service"
   * inside the link, as PhoneLink does.
   */
  const phoneText = (dial: string) => `${formatPhone(dial)}${site.isDemo && /^\+1\d{3}55501\d{2}$/.test(dial) ? ` (${t('phone.sample')})` : ''}`;
  const call = (dial: string): PageLink => ({ href: `tel:${dial}`, label: fill(form.callDial, { dial }) });
  const text = (dial: string): PageLink => ({ href: `sms:${dial}`, label: fill(form.textDial, { dial }) });
  const { emergency, lifeline } = site.crisis;
  return {
    // Words the island loads on its own (the results', the notes', the common questions) are left out.
    assessment: (({ commonQuestions: _questions, ...rest }) => ({ ...rest, rules: data.rules.map(ruleRoute), outcomes: data.outcomes.map(outcomeFacts), notes: data.notes.map(noteFacts) }))(data),
    locations: Object.fromEntries(locations.map((l) => [l.id, { phone: l.data.phone, phoneText: phoneText(l.data.phone) }])),
    admissions: { phone: site.admissionsPhone, phoneText: phoneText(site.admissionsPhone) },
    locationPath: pathIn('/locations/', lang),
    crisisActions: {
      'call-911': [call(emergency.dial)],
      'danger-at-home': [call(emergency.dial), data.links['dv-hotline-call'], data.links['dv-hotline-text'], call(lifeline.dial), text(lifeline.dial)],
      'call-988': [call(lifeline.dial), text(lifeline.dial), call(emergency.dial)],
      child: [call(emergency.dial), call(lifeline.dial), text(lifeline.dial)],
    },
  };
}

/**
 * Reading content for pages. Each relation is stored once, in one file, and
 * derived here in the other direction: a program lists its therapies and a
 * therapy's programs are derived; a location lists its programs and a
 * program's locations are derived; an FAQ lists what it applies to.
 */
import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { LEVELS_OF_CARE } from '../../schemas/programs';
import { EVIDENCE_LEVELS } from '../../schemas/therapies';
import { FAQ_TOPICS } from '../../schemas/faqs';
import { admissionSequenceProblems } from '../../schemas/admissions';
import { PLAN_KINDS, PLAN_STATUSES } from '../../schemas/insurance';
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/ui';
import { TRANSLATABLE_FIELDS, type TranslatableShape, type TranslatedCollection } from './translation-version';

export type Program = CollectionEntry<'programs'>;
export type Therapy = CollectionEntry<'therapies'>;
export type Location = CollectionEntry<'locations'>;
export type Faq = CollectionEntry<'faqs'>;
export type TeamMember = CollectionEntry<'team'>;
export type Article = CollectionEntry<'articles'>;
export type Page = CollectionEntry<'pages'>;
export type Source = CollectionEntry<'sources'>;
export type AdmissionStep = CollectionEntry<'admissionSteps'>;
export type InsurancePlan = CollectionEntry<'insurancePlans'>;
export type SelfPayPrice = CollectionEntry<'selfPayPrices'>;

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title);

/* ------------------------------------------------------------------------ *
 * Translations. An entry in another language is its English entry with the
 * translated fields laid over it (facts come from the English) and the
 * translated body. Entries without a translation do not exist in that
 * language: no fallback to English.
 * ------------------------------------------------------------------------ */

/** The collection holding each collection's translations, by language. */
const TRANSLATION_COLLECTIONS = {
  es: {
    programs: 'programsEs',
    locations: 'locationsEs',
    faqs: 'faqsEs',
    pages: 'pagesEs',
    admissionSteps: 'admissionStepsEs',
    insurancePlans: 'insurancePlansEs',
    selfPayPrices: 'selfPayPricesEs',
  },
} as const satisfies Record<Exclude<Language, 'en'>, Record<TranslatedCollection, string>>;

type EntryOf<C extends TranslatedCollection> = CollectionEntry<C>;

/** The English data with each translated field laid over it, by the collection's translatable shape. */
function overlay(shape: TranslatableShape, english: unknown, translated: unknown): unknown {
  if (translated === undefined) return english;
  if (shape === 'text' || shape === 'texts') return translated;
  if ('list' in shape) {
    if (!Array.isArray(english) || !Array.isArray(translated)) return english;
    return english.map((item: unknown, index) => overlay({ object: shape.list }, item, translated[index]));
  }
  if (!english || typeof english !== 'object' || !translated || typeof translated !== 'object') return english;
  const out: Record<string, unknown> = { ...(english as Record<string, unknown>) };
  for (const [key, inner] of Object.entries(shape.object)) out[key] = overlay(inner, out[key], (translated as Record<string, unknown>)[key]);
  return out;
}

/** Each entry's translation into `lang`, by the English entry's id. */
async function translationsOf<C extends TranslatedCollection>(collection: C, lang: Exclude<Language, 'en'>): Promise<Map<string, CollectionEntry<(typeof TRANSLATION_COLLECTIONS)['es'][C]>>> {
  const entries = await getCollection(TRANSLATION_COLLECTIONS[lang][collection]);
  return new Map(entries.map((entry) => [entry.id, entry as CollectionEntry<(typeof TRANSLATION_COLLECTIONS)['es'][C]>]));
}

/**
 * The entries that exist in `lang`: in English, all of them; in another
 * language, only those with a translation, each with its translated fields
 * and body. The translated entry keeps its own collection so that render()
 * renders the translated body; nothing on the site branches on it.
 */
export async function inLanguage<C extends TranslatedCollection>(collection: C, entries: readonly EntryOf<C>[], lang: Language = DEFAULT_LANGUAGE): Promise<EntryOf<C>[]> {
  if (lang === 'en') return [...entries];
  const translations = await translationsOf(collection, lang);
  return entries.flatMap((entry) => {
    const twin = translations.get(entry.id);
    if (!twin) return [];
    const data = overlay({ object: TRANSLATABLE_FIELDS[collection] }, entry.data, twin.data);
    return [{ ...twin, id: entry.id, data } as unknown as EntryOf<C>];
  });
}

/** Whether an entry has a translation into `lang` (English always does). */
export async function existsIn(collection: TranslatedCollection, id: string, lang: Language): Promise<boolean> {
  return lang === 'en' || (await translationsOf(collection, lang)).has(id);
}

/** Programs in continuum order; in another language, only those translated. */
export async function getPrograms(lang: Language = DEFAULT_LANGUAGE): Promise<Program[]> {
  const programs = await inLanguage('programs', await getCollection('programs'), lang);
  return programs.sort((a, b) => LEVELS_OF_CARE.indexOf(a.data.levelOfCare) - LEVELS_OF_CARE.indexOf(b.data.levelOfCare));
}

/** Therapies, strongest evidence first, then by title. */
export async function getTherapies(): Promise<Therapy[]> {
  const therapies = await getCollection('therapies');
  return therapies.sort(
    (a, b) => EVIDENCE_LEVELS.indexOf(a.data.evidence.level) - EVIDENCE_LEVELS.indexOf(b.data.evidence.level) || byTitle(a, b),
  );
}

/** Locations by name; in another language, only those translated. */
export async function getLocations(lang: Language = DEFAULT_LANGUAGE): Promise<Location[]> {
  return (await inLanguage('locations', await getCollection('locations'), lang)).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/**
 * A build reads the same content on many pages (articles on every team and
 * program page, FAQs on every topic, program and location page), and each
 * getCollection call resolves every entry again: in a build, which cannot
 * see content change, each list is made once. `astro dev` always reads afresh.
 * Callers get their own copy of the array.
 */
const builtOnce = new Map<string, Promise<readonly unknown[]>>();
async function once<T>(key: string, load: () => Promise<T[]>): Promise<T[]> {
  if (import.meta.env.DEV) return load();
  let list = builtOnce.get(key) as Promise<readonly T[]> | undefined;
  if (!list) {
    list = load();
    builtOnce.set(key, list);
  }
  return [...(await list)];
}

/** FAQs in hub order: by topic, then order, then question; in another language, only those translated. */
export async function getFaqs(lang: Language = DEFAULT_LANGUAGE): Promise<Faq[]> {
  return once(`faqs:${lang}`, () => sortedFaqs(lang));
}

async function sortedFaqs(lang: Language): Promise<Faq[]> {
  const topics = Object.keys(FAQ_TOPICS);
  return (await inLanguage('faqs', await getCollection('faqs'), lang)).sort(
    (a, b) =>
      topics.indexOf(a.data.topic) - topics.indexOf(b.data.topic) ||
      a.data.order - b.data.order ||
      a.data.question.localeCompare(b.data.question),
  );
}

/** Team in display order. */
export async function getTeam(): Promise<TeamMember[]> {
  return (await getCollection('team')).sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
}

/** Whether drafts are shown: in `astro dev` only. */
export const showDrafts = import.meta.env.DEV;

/** Published articles, newest first; drafts too in `astro dev`. */
export async function getArticles(): Promise<Article[]> {
  return once('articles', sortedArticles);
}

async function sortedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', (article) => showDrafts || !article.data.draft);
  return articles.sort((a, b) => b.data.datePublished.getTime() - a.data.datePublished.getTime() || byTitle(a, b));
}

/** Standalone pages; in another language, only those translated. */
export async function getPages(lang: Language = DEFAULT_LANGUAGE): Promise<Page[]> {
  return inLanguage('pages', await getCollection('pages'), lang);
}

/** Sources by id, in the order cited. */
export async function getSources(refs: readonly { id: string }[]): Promise<Source[]> {
  return refs.length === 0 ? [] : getEntries(refs.map((ref) => ({ collection: 'sources' as const, id: ref.id })));
}

/** Locations offering a program, with the tracks offered there. */
export async function locationsOffering(programId: string, lang: Language = DEFAULT_LANGUAGE): Promise<{ location: Location; trackIds: string[] }[]> {
  const locations = await getLocations(lang);
  return locations.flatMap((location) => {
    const offer = location.data.programs.find((p) => p.program.id === programId);
    return offer ? [{ location, trackIds: offer.tracks }] : [];
  });
}

/** Programs that use a therapy. */
export async function programsUsing(therapyId: string): Promise<Program[]> {
  return (await getPrograms()).filter((program) => program.data.therapies.some((t) => t.id === therapyId));
}

/** FAQs that apply to a program or a location. */
export async function faqsFor(target: { programs?: string; locations?: string }, lang: Language = DEFAULT_LANGUAGE): Promise<Faq[]> {
  return (await getFaqs(lang)).filter(
    (faq) =>
      (target.programs !== undefined && faq.data.appliesTo.programs.some((p) => p.id === target.programs)) ||
      (target.locations !== undefined && faq.data.appliesTo.locations.some((l) => l.id === target.locations)),
  );
}

/**
 * The FAQs to show in full on a page: the most specific first (those that
 * apply to the fewest pages), one per topic, up to `limit`; the rest are
 * linked. Hub order within each group.
 */
export function featureFaqs(faqs: readonly Faq[], limit = 3): { featured: Faq[]; more: Faq[] } {
  const reach = (faq: Faq) => faq.data.appliesTo.programs.length + faq.data.appliesTo.locations.length;
  const topics = new Set<string>();
  const featured: Faq[] = [];
  for (const faq of [...faqs].sort((a, b) => reach(a) - reach(b))) {
    if (featured.length >= limit) break;
    if (topics.has(faq.data.topic)) continue;
    topics.add(faq.data.topic);
    featured.push(faq);
  }
  const chosen = new Set(featured);
  return { featured: faqs.filter((faq) => chosen.has(faq)), more: faqs.filter((faq) => !chosen.has(faq)) };
}

/** Articles that name a program among their related programs. */
export async function articlesAbout(programId: string): Promise<Article[]> {
  return (await getArticles()).filter((article) => article.data.relatedPrograms.some((p) => p.id === programId));
}

/** Team members who work at a location. */
export async function teamAt(locationId: string): Promise<TeamMember[]> {
  return (await getTeam()).filter((member) => member.data.locations.some((l) => l.id === locationId));
}

/** Team members who see a location's clients by video only. */
export async function teamByVideoAt(locationId: string): Promise<TeamMember[]> {
  return (await getTeam()).filter((member) => member.data.byVideo.some((l) => l.id === locationId));
}

/** The team member behind a reference. */
export async function teamMember(ref: { id: string }): Promise<TeamMember> {
  const member = await getEntry('team', ref.id);
  if (!member) throw new Error(`No team member "${ref.id}"`);
  return member;
}

/** "Elena Ruiz, MD, FASAM". */
export function nameWithCredentials(member: TeamMember): string {
  return [member.data.name, ...member.data.credentials].join(', ');
}

/** Minutes to read a body at 220 words a minute, at least 1. */
export function readingMinutes(body: string | undefined): number {
  const words = (body ?? '').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}

/*
 * The data lists below are translated item by item (content/es/<file>.yaml);
 * the content check requires every item, so a language has the whole list.
 */

/** The admissions steps in order; a gap or repeat in the numbering stops the build. */
export async function getAdmissionSteps(lang: Language = DEFAULT_LANGUAGE): Promise<AdmissionStep[]> {
  const steps = await getCollection('admissionSteps');
  const problems = admissionSequenceProblems(steps.map((step) => step.data));
  if (problems.length > 0) throw new Error(problems.join(' '));
  return (await inLanguage('admissionSteps', steps, lang)).sort((a, b) => a.data.order - b.data.order);
}

/** Health plans by kind of coverage, then network status, then in file order. */
export async function getInsurancePlans(lang: Language = DEFAULT_LANGUAGE): Promise<InsurancePlan[]> {
  return (await inLanguage('insurancePlans', await getCollection('insurancePlans'), lang)).sort(
    (a, b) => PLAN_KINDS.indexOf(a.data.kind) - PLAN_KINDS.indexOf(b.data.kind) || PLAN_STATUSES.indexOf(a.data.status) - PLAN_STATUSES.indexOf(b.data.status),
  );
}

/** Self-pay prices in display order. */
export async function getSelfPayPrices(lang: Language = DEFAULT_LANGUAGE): Promise<SelfPayPrice[]> {
  return (await inLanguage('selfPayPrices', await getCollection('selfPayPrices'), lang)).sort((a, b) => a.data.order - b.data.order);
}

/** How many locations there are, or how many offer `programId`: the count <SiteCount> writes. */
export async function siteCount(programId?: string): Promise<number> {
  const locations = await getCollection('locations');
  return programId ? locations.filter((l) => l.data.programs.some((p) => p.program.id === programId)).length : locations.length;
}

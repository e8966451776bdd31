/**
 * Which pages exist in which language. English has every page; another
 * language has a page only where its content is translated (no fallback).
 * Route files build their paths from the same queries, so the head's
 * alternates, the language switch, the menus and the routes always agree.
 */
import { getFaqs, getLocations, getPages, getPrograms } from '../lib/content/queries';
import { englishPathOf, pathIn, paths } from '../lib/urls';
import { DEFAULT_LANGUAGE, LANGUAGES, languageOf, type Language } from './ui';

/** `getStaticPaths` params for a route in each language: `lang` is undefined for English (no prefix). */
export const langParam = (lang: Language): string | undefined => (lang === DEFAULT_LANGUAGE ? undefined : lang);

/** The language of a route from its `lang` param. */
export const routeLanguage = (param: string | undefined): Language => languageOf(param ?? DEFAULT_LANGUAGE);

/** One path per language, for routes that exist in every language (home, search, self-check). */
export const everyLanguage = () => LANGUAGES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));

/** Every page path that exists in `lang` (404 pages aside). */
export async function pagesIn(lang: Language): Promise<Set<string>> {
  const faqs = await getFaqs(lang);
  const programs = await getPrograms(lang);
  const locations = await getLocations(lang);
  const pages = await getPages(lang);
  return new Set([
    paths.home(lang),
    paths.search(lang),
    paths.selfCheck(lang),
    ...(faqs.length > 0 ? [paths.faq(lang), ...new Set(faqs.map((faq) => paths.faqTopic(faq.data.topic, lang)))] : []),
    ...(programs.length > 0 ? [paths.programs(lang), ...programs.map((program) => paths.program(program.id, lang))] : []),
    ...(locations.length > 0 ? [paths.locations(lang), ...locations.map((location) => paths.location(location.id, lang))] : []),
    ...pages.map((page) => paths.page(page.id, lang)),
  ]);
}

/** Every page's path in each language where it exists: { en: "/faq/", es: "/es/faq/" }. */
export async function alternatesOf(path: string): Promise<Partial<Record<Language, string>>> {
  // A "not found" page has no counterpart: it answers for any missing path.
  if (/\/404(?:\.html|\/)$/.test(path)) return {};
  const english = englishPathOf(path);
  const alternates: Partial<Record<Language, string>> = { en: english };
  for (const lang of LANGUAGES) {
    if (lang === DEFAULT_LANGUAGE) continue;
    const translated = pathIn(english, lang);
    if ((await pagesIn(lang)).has(translated)) alternates[lang] = translated;
  }
  return alternates;
}

/**
 * Where an English link leads on a page in `lang`: its translation, or
 * undefined when the page does not exist in that language (the link is left out).
 */
export async function linkIn(englishPath: string, lang: Language): Promise<string | undefined> {
  if (lang === DEFAULT_LANGUAGE) return englishPath;
  const [path = '', hash] = englishPath.split('#');
  const translated = pathIn(path, lang);
  return (await pagesIn(lang)).has(translated) ? `${translated}${hash === undefined ? '' : `#${hash}`}` : undefined;
}

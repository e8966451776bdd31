/**
 * The one URL helper. Every internal link is built here, so a locale prefix
 * (for Spanish pages) can be added in one place. Paths end with "/".
 */
import { site } from '../site.config';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/ui';

function localized(path: string, lang: Language): string {
  return lang === DEFAULT_LANGUAGE ? path : `/${lang}${path}`;
}

/** The language a site path is in: "/es/faq/" is Spanish, "/faq/" English. */
export function languageOfPath(path: string): Language {
  const first = path.split('/')[1] ?? '';
  return LANGUAGES.find((lang) => lang !== DEFAULT_LANGUAGE && lang === first) ?? DEFAULT_LANGUAGE;
}

/** The same page's path in English: "/es/faq/" → "/faq/". */
export function englishPathOf(path: string): string {
  const lang = languageOfPath(path);
  return lang === DEFAULT_LANGUAGE ? path : path.slice(lang.length + 1);
}

/** The path of an English page in `lang`: "/faq/" → "/es/faq/". */
export const pathIn = (englishPath: string, lang: Language) => localized(englishPath, lang);

export const paths = {
  home: (lang: Language = 'en') => localized('/', lang),
  programs: (lang: Language = 'en') => localized('/programs/', lang),
  program: (id: string, lang: Language = 'en') => localized(`/programs/${id}/`, lang),
  therapies: (lang: Language = 'en') => localized('/therapies/', lang),
  therapy: (id: string, lang: Language = 'en') => localized(`/therapies/${id}/`, lang),
  locations: (lang: Language = 'en') => localized('/locations/', lang),
  location: (id: string, lang: Language = 'en') => localized(`/locations/${id}/`, lang),
  team: (lang: Language = 'en') => localized('/team/', lang),
  teamMember: (id: string, lang: Language = 'en') => localized(`/team/${id}/`, lang),
  blog: (lang: Language = 'en') => localized('/blog/', lang),
  blogPage: (page: number, lang: Language = 'en') => localized(page <= 1 ? '/blog/' : `/blog/page/${page}/`, lang),
  article: (id: string, lang: Language = 'en') => localized(`/blog/${id}/`, lang),
  faq: (lang: Language = 'en') => localized('/faq/', lang),
  /** A topic's page, where its answers are. */
  faqTopic: (topic: string, lang: Language = 'en') => localized(`/faq/${topic}/`, lang),
  /** An answer: its anchor (the FAQ's file name) on its topic's page. */
  faqEntry: (topic: string, id: string, lang: Language = 'en') => `${localized(`/faq/${topic}/`, lang)}#${id}`,
  page: (id: string, lang: Language = 'en') => localized(`/${id}/`, lang),
  search: (lang: Language = 'en') => localized('/search/', lang),
  selfCheck: (lang: Language = 'en') => localized('/is-iop-right-for-me/', lang),
  rss: () => '/rss.xml',
  /** The organization's logo as a 512 px PNG (search engines ask for at least 112 px, and no SVG). */
  logoImage: () => '/logo-512.png',
  securityTxt: () => '/.well-known/security.txt',
  sitemap: () => '/sitemap-index.xml',
} as const;

/**
 * The path a built page is served at, from Astro's route pathname: the 404
 * page is the file /404.html (hosts serve it for any missing path), every
 * other page a folder with a trailing slash.
 */
export function servedPath(pathname: string): string {
  if (/^\/404(\.html|\/)?$/.test(pathname)) return '/404.html';
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** The absolute URL of a site path, for canonicals, feeds and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).href;
}

/** Width and height of the PNG logo at paths.logoImage(). */
export const LOGO_IMAGE_SIZE = 512;

const NBSP = '\u00a0';
const NB_HYPHEN = '\u2011';
const TOLL_FREE = ['800', '833', '844', '855', '866', '877', '888'];

/**
 * The one phone formatter: "(512) 555-0100" for "+15125550100",
 * "1-800-662-4357" for toll-free numbers, short codes (988, 911) as they are.
 * Spaces and hyphens do not break, so a number never wraps across lines.
 */
export function formatPhone(dial: string): string {
  if (/^\d{3}$/.test(dial)) return dial;
  const digits = dial.replace(/^\+1/, '');
  if (!/^\d{10}$/.test(digits)) return dial;
  const [area, exchange, line] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  return TOLL_FREE.includes(area) ? ['1', area, exchange, line].join(NB_HYPHEN) : `(${area})${NBSP}${exchange}${NB_HYPHEN}${line}`;
}

/**
 * The head of every page, built as data by one pure function and rendered
 * by components/head/Head.astro. Tests check this data directly.
 */
import { site } from '../../site.config';
import { DEFAULT_LANGUAGE, LANGUAGE_INFO, t, type Language } from '../../i18n/ui';
import { absoluteUrl, languageOfPath, paths } from '../urls';

export type HeadInput = {
  /** The page's own title, without the brand; unique across the site. */
  title: string;
  /** The meta description, 70 to 160 characters. */
  description: string;
  /** The page's path, ending with "/". */
  path: string;
  lang?: Language;
  /** The page's path in each language it exists in, itself included: hreflang links and og:locale:alternate. */
  alternates?: Partial<Record<Language, string>> | undefined;
  /** An Open Graph image: a site path or absolute URL, with its alt text. */
  image?: { src: string; alt: string; width?: number; height?: number } | undefined;
  /** "article" for blog posts. */
  type?: 'website' | 'article' | 'profile';
  /** Dates for articles. */
  article?: { published: Date; modified: Date; section?: string } | undefined;
  /** true keeps the page out of search engines and the sitemap, and drops the canonical link. */
  noindex?: boolean;
  /** The home page shows the brand first. */
  isHome?: boolean;
};

export type MetaTag = { name: string; content: string } | { property: string; content: string };
export type LinkTag = { rel: string; href: string; type?: string; title?: string; sizes?: string; hreflang?: string };
export type HeadData = { lang: Language; title: string; canonical: string; meta: MetaTag[]; links: LinkTag[] };

/**
 * The robots meta values. A page kept out of search on its own says
 * "noindex, follow"; a whole site kept out (a sample or a staging build,
 * site.indexable false) says "noindex, nofollow" on every page. The sitemap
 * tells the two apart (src/integrations/sitemap.ts).
 */
export const ROBOTS = { index: 'index, follow', pageNoindex: 'noindex, follow', siteNoindex: 'noindex, nofollow' } as const;

/** The robots meta value for a page. */
export function robotsFor(pageNoindex: boolean, siteIndexable: boolean = site.indexable): string {
  if (pageNoindex) return ROBOTS.pageNoindex;
  return siteIndexable ? ROBOTS.index : ROBOTS.siteNoindex;
}

/** The separator between a page title and the brand. */
export const TITLE_SEPARATOR = ' | ';

/** The full <title>: "Page | Brand", or "Brand: tagline" on the home page. */
export function fullTitle(title: string, isHome = false): string {
  return isHome ? `${site.name}: ${title}` : `${title}${TITLE_SEPARATOR}${site.name}`;
}

/** og:image:type from the image's extension, so a crawler knows the format before it fetches the file. */
const OG_IMAGE_TYPES: Readonly<Record<string, string>> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
function ogImageType(src: string): MetaTag[] {
  const type = OG_IMAGE_TYPES[/\.(\w+)(?:\?.*)?$/.exec(src)?.[1]?.toLowerCase() ?? ''];
  return type ? [{ property: 'og:image:type', content: type }] : [];
}

/** Builds the head of a page. */
export function buildHead(input: HeadInput): HeadData {
  if (!input.path.startsWith('/') || !(input.path.endsWith('/') || input.path === '/404.html')) {
    throw new Error(`Head path must start and end with "/" (or be "/404.html"): found "${input.path}".`);
  }
  const lang = input.lang ?? languageOfPath(input.path);
  const title = fullTitle(input.title, input.isHome);
  const canonical = absoluteUrl(input.path);
  const image = input.image ?? { src: site.defaultOgImage, alt: `${site.name}: ${t('site.tagline', lang)}`, width: 1200, height: 630 };
  const imageUrl = absoluteUrl(image.src);
  // A page kept out of search names no alternates; one that exists in a single language needs none.
  const alternates = input.noindex ? [] : (Object.entries(input.alternates ?? {}) as [Language, string][]);
  const translations = alternates.length > 1 ? alternates.filter(([other]) => other !== lang) : [];
  const xDefault = input.alternates?.[DEFAULT_LANGUAGE];

  const meta: MetaTag[] = [
    { name: 'description', content: input.description },
    { name: 'robots', content: robotsFor(input.noindex === true) },
    { property: 'og:type', content: input.type ?? 'website' },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: LANGUAGE_INFO[lang].ogLocale },
    ...translations.map(([other]) => ({ property: 'og:locale:alternate', content: LANGUAGE_INFO[other].ogLocale })),
    { property: 'og:title', content: title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: canonical },
    { property: 'og:image', content: imageUrl },
    { property: 'og:image:alt', content: image.alt },
    ...ogImageType(image.src),
    ...(image.width && image.height
      ? [
          { property: 'og:image:width', content: String(image.width) },
          { property: 'og:image:height', content: String(image.height) },
        ]
      : []),
    ...(input.article
      ? [
          { property: 'article:published_time', content: input.article.published.toISOString() },
          { property: 'article:modified_time', content: input.article.modified.toISOString() },
          ...(input.article.section ? [{ property: 'article:section', content: input.article.section }] : []),
        ]
      : []),
    // X (Twitter) reads og:title, og:description and og:image when its own tags are absent; only the card type is its own.
    { name: 'twitter:card', content: 'summary_large_image' },
  ];

  const links: LinkTag[] = [
    ...(input.noindex ? [] : [{ rel: 'canonical', href: canonical }]),
    // Every language version names all of them, itself included, and the English as the default (x-default).
    ...(translations.length > 0 && xDefault
      ? [...alternates.map(([other, path]) => ({ rel: 'alternate', hreflang: LANGUAGE_INFO[other].tag, href: absoluteUrl(path) })), { rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(xDefault) }]
      : []),
    { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
    // A site kept out of search does not point crawlers at its page list.
    ...(site.indexable ? [{ rel: 'sitemap', href: paths.sitemap(), type: 'application/xml', title: 'Sitemap' }] : []),
    { rel: 'alternate', href: paths.rss(), type: 'application/rss+xml', title: `${site.name}: articles` },
  ];

  return { lang, title, canonical, meta, links };
}

/**
 * JSON-LD for every page: one @graph with stable @ids, built from the same
 * content data the page shows. Types come from schema-dts.
 */
import type {
  BlogPosting,
  BreadcrumbList,
  DayOfWeek,
  FAQPage,
  MedicalClinic,
  MedicalOrganization,
  OpeningHoursSpecification,
  Person,
  ProfilePage,
  Thing,
  WebPage,
  WebSite,
} from 'schema-dts';
import { site } from '../../site.config';
import { isoDay } from '../dates';
import { absoluteUrl, languageOfPath, LOGO_IMAGE_SIZE, paths } from '../urls';
import { LANGUAGE_INFO, type Language } from '../../i18n/ui';
import type { Weekday } from '../../schemas/primitives';

/** A schema.org object (not a bare string) with a stable @id. */
export type Node<T> = Exclude<T, string> & { '@id': string };
/** A node of the graph: any schema.org thing with an @id. */
export type GraphNode = Node<Thing>;

export const ids = {
  organization: () => `${absoluteUrl('/')}#organization`,
  website: () => `${absoluteUrl('/')}#website`,
  webpage: (path: string) => `${absoluteUrl(path)}#webpage`,
  breadcrumb: (path: string) => `${absoluteUrl(path)}#breadcrumb`,
  clinic: (locationId: string) => `${absoluteUrl(paths.location(locationId))}#clinic`,
  person: (memberId: string) => `${absoluteUrl(paths.teamMember(memberId))}#person`,
  article: (articleId: string) => `${absoluteUrl(paths.article(articleId))}#article`,
  faq: (topic: string, faqId: string, lang: Language = 'en') => absoluteUrl(paths.faqEntry(topic, faqId, lang)),
} as const;

const ref = (id: string) => ({ '@id': id });

/** The organization, on every page. */
export function organizationNode(): Node<MedicalOrganization> {
  return {
    '@type': 'MedicalOrganization',
    '@id': ids.organization(),
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(paths.logoImage()), width: `${LOGO_IMAGE_SIZE}`, height: `${LOGO_IMAGE_SIZE}` },
    // A sample organization publishes no phone number search engines could pass on as real.
    ...(site.isDemo ? {} : { telephone: site.admissionsPhone }),
    medicalSpecialty: 'Psychiatric',
    ...(site.social.length > 0 ? { sameAs: site.social.map((s) => s.url) } : {}),
  };
}

/** The website, on every page. */
export function websiteNode(): Node<WebSite> {
  return {
    '@type': 'WebSite',
    '@id': ids.website(),
    url: absoluteUrl('/'),
    name: site.name,
    inLanguage: site.lang,
    publisher: ref(ids.organization()),
  };
}

export type Crumb = { name: string; path: string };

/** Breadcrumbs, on every page but home. */
export function breadcrumbNode(path: string, crumbs: readonly Crumb[]): Node<BreadcrumbList> {
  return {
    '@type': 'BreadcrumbList',
    '@id': ids.breadcrumb(path),
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

export type PageKind = 'WebPage' | 'MedicalWebPage' | 'CollectionPage' | 'FAQPage' | 'ProfilePage' | 'AboutPage' | 'ContactPage';

export type WebPageInput = {
  kind: PageKind;
  path: string;
  name: string;
  description: string;
  hasBreadcrumb: boolean;
  review?: { reviewedBy: { id: string }; lastReviewed: Date } | undefined;
  mainEntity?: string | undefined;
  about?: string | undefined;
  dateModified?: Date | undefined;
};

/** The page itself; MedicalWebPage carries the same review the byline shows. */
export function webPageNode(input: WebPageInput): GraphNode {
  const node: Node<WebPage> = {
    '@type': input.kind as 'WebPage',
    ...pageFields(input.path, input.name, input.description, input.hasBreadcrumb),
    ...(input.review ? { lastReviewed: isoDay(input.review.lastReviewed), reviewedBy: ref(ids.person(input.review.reviewedBy.id)) } : {}),
    ...(input.mainEntity ? { mainEntity: ref(input.mainEntity) } : {}),
    ...(input.about ? { about: ref(input.about) } : {}),
    ...(input.dateModified ? { dateModified: isoDay(input.dateModified) } : {}),
  };
  return node;
}

/** `image`: a rendition's path (never the original photo, which would then be shipped); left out when the page has none. */
export type PersonInput = { id: string; name: string; jobTitle: string; credentials: readonly string[]; description: string; image?: string | undefined };

/** A team member. */
export function personNode(person: PersonInput): Node<Person> {
  return {
    '@type': 'Person',
    '@id': ids.person(person.id),
    name: person.name,
    jobTitle: person.jobTitle,
    ...(person.credentials.length > 0 ? { honorificSuffix: person.credentials.join(', ') } : {}),
    description: person.description,
    url: absoluteUrl(paths.teamMember(person.id)),
    ...(person.image ? { image: absoluteUrl(person.image) } : {}),
    worksFor: ref(ids.organization()),
  };
}

const SCHEMA_DAYS: Record<Weekday, DayOfWeek> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
};

export type ClinicInput = {
  id: string;
  name: string;
  description: string;
  address: { street: string; suite?: string | undefined; city: string; state: string; zip: string };
  geo: { lat: number; lng: number };
  phone: string;
  hours: readonly { days: readonly Weekday[]; opens: string; closes: string }[];
  image: string;
  languages: readonly string[];
  services: readonly { name: string; path: string }[];
};

/** A location, with the same hours the page's table shows. */
export function clinicNode(clinic: ClinicInput): Node<MedicalClinic> {
  const hours: Exclude<OpeningHoursSpecification, string>[] = clinic.hours.map((h) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: h.days.map((d) => SCHEMA_DAYS[d]),
    opens: h.opens,
    closes: h.closes,
  }));
  return {
    '@type': 'MedicalClinic',
    '@id': ids.clinic(clinic.id),
    name: `${site.name} ${clinic.name}`,
    description: clinic.description,
    url: absoluteUrl(paths.location(clinic.id)),
    image: absoluteUrl(clinic.image),
    telephone: clinic.phone,
    address: {
      '@type': 'PostalAddress',
      streetAddress: [clinic.address.street, clinic.address.suite].filter(Boolean).join(', '),
      addressLocality: clinic.address.city,
      addressRegion: clinic.address.state,
      postalCode: clinic.address.zip,
      addressCountry: 'US',
    },
    // Five decimals (about a metre), as search engines ask; a number would drop trailing zeros.
    geo: { '@type': 'GeoCoordinates', latitude: clinic.geo.lat.toFixed(5), longitude: clinic.geo.lng.toFixed(5) },
    openingHoursSpecification: hours,
    knowsLanguage: [...clinic.languages],
    parentOrganization: ref(ids.organization()),
    availableService: clinic.services.map((service) => ({
      '@type': 'MedicalTherapy',
      name: service.name,
      url: absoluteUrl(service.path),
    })),
  };
}

export type ArticleInput = {
  id: string;
  headline: string;
  description: string;
  authorId: string;
  published: Date;
  modified: Date;
  image: string;
  section: string;
};

/** A blog post. */
export function blogPostingNode(article: ArticleInput): Node<BlogPosting> {
  const url = absoluteUrl(paths.article(article.id));
  return {
    '@type': 'BlogPosting',
    '@id': ids.article(article.id),
    headline: article.headline,
    description: article.description,
    url,
    mainEntityOfPage: ref(ids.webpage(paths.article(article.id))),
    datePublished: isoDay(article.published),
    dateModified: isoDay(article.modified),
    author: ref(ids.person(article.authorId)),
    publisher: ref(ids.organization()),
    image: absoluteUrl(article.image),
    articleSection: article.section,
    inLanguage: site.lang,
  };
}

/** What every page node says about itself: where it is, what it is called, what site it belongs to. */
function pageFields(path: string, name: string, description: string, hasBreadcrumb = true) {
  return {
    '@id': ids.webpage(path),
    url: absoluteUrl(path),
    name,
    description,
    inLanguage: LANGUAGE_INFO[languageOfPath(path)].tag,
    isPartOf: ref(ids.website()),
    ...(hasBreadcrumb ? { breadcrumb: ref(ids.breadcrumb(path)) } : {}),
  };
}

/** A FAQ topic page's questions: each question is marked up once site-wide, on its topic's page. */
export function faqPageNode(
  path: string,
  name: string,
  description: string,
  questions: readonly { id: string; topic: string; question: string; answer: string }[],
): Node<FAQPage> {
  return {
    '@type': 'FAQPage',
    ...pageFields(path, name, description),
    mainEntity: questions.map((q) => ({
      '@type': 'Question',
      '@id': ids.faq(q.topic, q.id, languageOfPath(path)),
      name: q.question,
      acceptedAnswer: { '@type': 'Answer', text: q.answer },
    })),
  };
}

/** A team member's page, with when the profile was first published and last changed. */
export function profilePageNode(
  path: string,
  name: string,
  description: string,
  personId: string,
  dates: { published: Date; updated: Date },
): Node<ProfilePage> {
  return {
    '@type': 'ProfilePage',
    ...pageFields(path, name, description),
    mainEntity: ref(ids.person(personId)),
    dateCreated: isoDay(dates.published),
    dateModified: isoDay(dates.updated),
  };
}

/** The JSON-LD document for a page. */
export function graph(nodes: readonly GraphNode[]): { '@context': 'https://schema.org'; '@graph': GraphNode[] } {
  return { '@context': 'https://schema.org', '@graph': [...nodes] };
}

/** JSON for a <script> element: "<" is escaped so content can never close the element. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

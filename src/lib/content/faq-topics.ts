/**
 * The FAQ's topic pages: /faq/ lists every question under its topic, and each
 * topic has a page of its own (/faq/<topic>/) with the answers. Titles and
 * descriptions are generated from the topic headings in src/schemas/faqs.ts.
 */
import { FAQ_TOPICS, type FaqTopic } from '../../schemas/faqs';
import { site } from '../../site.config';
import { t, type Language, type UiKey } from '../../i18n/ui';

export type FaqTopicGroup<T> = { topic: FaqTopic; heading: string; faqs: T[] };

/** A topic's heading in `lang`: src/i18n has one per topic of FAQ_TOPICS ("faq.topic.detox"). */
export const topicHeading = (topic: FaqTopic, lang: Language = 'en') => t(`faq.topic.${topic}` as UiKey, lang);

/** FAQs grouped by topic, in hub order; topics without FAQs are left out. Order within a topic is kept. */
export function groupFaqsByTopic<T extends { data: { topic: FaqTopic } }>(faqs: readonly T[], lang: Language = 'en'): FaqTopicGroup<T>[] {
  return (Object.keys(FAQ_TOPICS) as FaqTopic[])
    .map((topic) => ({ topic, heading: topicHeading(topic, lang), faqs: faqs.filter((faq) => faq.data.topic === topic) }))
    .filter((group) => group.faqs.length > 0);
}

/**
 * The most answers one topic page holds. Each answer weighs about 350 bytes
 * gzip (text and structured data); at 20 a topic page is about 13.5 kB with
 * its stylesheet, inside the 14 kB every page must fit.
 */
export const MAX_FAQS_PER_TOPIC = 20;

/** Topics with more answers than a page holds, as messages an editor can act on. */
export function crowdedTopicProblems<T extends { id: string }>(groups: readonly FaqTopicGroup<T>[]): string[] {
  return groups
    .filter((group) => group.faqs.length > MAX_FAQS_PER_TOPIC)
    .map(
      (group) =>
        `content/faqs: the topic "${group.topic}" (${group.heading}) has ${group.faqs.length} questions; a topic page holds at most ${MAX_FAQS_PER_TOPIC}, so it loads fast on a phone. ` +
        'Move some to another topic, or add a topic in src/schemas/faqs.ts.',
    );
}

/** A topic page's title: "FAQ: Cost and insurance". */
export function faqTopicTitle(heading: string, lang: Language = 'en'): string {
  return t('faq.topicTitle', lang, { heading });
}

const MAX_DESCRIPTION = 160;

/**
 * A topic page's meta description, 70 to 160 characters: the heading, how
 * many answers, and the first question when it fits.
 */
export function faqTopicDescription(heading: string, questions: readonly string[], lang: Language = 'en'): string {
  const count = t(questions.length === 1 ? 'faq.answersOne' : 'faq.answersMany', lang, { count: questions.length });
  const lead = `${heading}${/[?!.]$/.test(heading) ? '' : ':'} ${count}`;
  const first = questions[0];
  const withExample = first ? t('faq.startingWith', lang, { lead, first }) : '';
  return withExample.length > 0 && withExample.length <= MAX_DESCRIPTION ? withExample : t('faq.aboutCare', lang, { lead, name: site.name });
}

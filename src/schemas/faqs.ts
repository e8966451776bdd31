/**
 * FAQs: one question per file in content/faqs/. The body is the answer. Each
 * FAQ appears on /faq/ under its topic and on the program and location pages
 * it applies to.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { choice, fields, searchAliases, text } from './primitives';

/** FAQ topics, in the order /faq/ shows them, with their headings. */
export const FAQ_TOPICS = {
  'cost-and-insurance': 'Cost and insurance',
  'schedule-and-hours': 'Schedule and hours',
  'work-and-school': 'Keeping a job or school',
  'length-of-treatment': 'How long it takes',
  'typical-day': 'What a typical day looks like',
  detox: 'Detox and withdrawal',
  confidentiality: 'Confidentiality',
  'drug-testing': 'Drug testing',
  medication: 'Medication for addiction treatment',
  effectiveness: 'Does IOP work?',
  family: 'Family involvement',
  'licensing-and-accreditation': 'Licensing and accreditation',
  adolescents: 'Teens and adolescents',
  'mental-health': 'Co-occurring mental health',
  telehealth: 'Telehealth',
  'spanish-services': 'Spanish-language services',
  'after-iop': 'After IOP',
} as const;
export type FaqTopic = keyof typeof FAQ_TOPICS;
const topicIds = Object.keys(FAQ_TOPICS) as [FaqTopic, ...FaqTopic[]];

export const faqSchema = fields({
  /** The question, as a family would ask it. */
  question: text('the question').refine((q) => q.endsWith('?'), { error: 'Write the question as a question, ending with "?".' }),
  /** Other names families search for this answer, for example ["sick note"]: indexed for search, never shown. */
  searchAliases,
  /** The topic it is grouped under on /faq/. */
  topic: choice(topicIds, 'an FAQ topic'),
  /** Order within its topic; lower comes first. */
  order: z.number().int().min(0).default(100),
  /** Programs and locations whose pages show this FAQ. */
  appliesTo: fields({
      /** Program file names. */
      programs: z.array(reference('programs')).default([]),
      /** Location file names. */
      locations: z.array(reference('locations')).default([]),
    })
    .default({ programs: [], locations: [] }),
  /** Sources for the answer (ids in content/sources.yaml). */
  sources: z.array(reference('sources')).default([]),
});

export type FaqData = z.output<typeof faqSchema>;

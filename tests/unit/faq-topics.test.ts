/** FAQ topic pages: grouping in hub order, and titles and descriptions made from the topic headings. */
import { describe, expect, it } from 'vitest';
import { MAX_FAQS_PER_TOPIC, crowdedTopicProblems, faqTopicDescription, faqTopicTitle, groupFaqsByTopic } from '../../src/lib/content/faq-topics';
import { FAQ_TOPICS, type FaqTopic } from '../../src/schemas/faqs';

const faq = (id: string, topic: FaqTopic) => ({ id, data: { topic } });

describe('FAQ topics', () => {
  it('groups FAQs in hub order, keeps their order, and leaves out empty topics', () => {
    const groups = groupFaqsByTopic([faq('b', 'detox'), faq('a', 'cost-and-insurance'), faq('c', 'detox')]);
    expect(groups.map((g) => [g.topic, g.heading, g.faqs.map((f) => f.id)])).toEqual([
      ['cost-and-insurance', 'Cost and insurance', ['a']],
      ['detox', 'Detox and withdrawal', ['b', 'c']],
    ]);
  });

  it('gives every topic a title within 60 characters and a description of 70 to 160', () => {
    const longQuestion = `Can I ${'really '.repeat(20)}keep my job?`;
    for (const heading of Object.values(FAQ_TOPICS)) {
      expect(faqTopicTitle(heading).length, heading).toBeLessThanOrEqual(60);
      for (const questions of [['Can I keep my job during IOP?'], ['Can I keep my job?', 'Can I stay in school?'], [longQuestion]]) {
        const description = faqTopicDescription(heading, questions);
        expect(description.length, description).toBeGreaterThanOrEqual(70);
        expect(description.length, description).toBeLessThanOrEqual(160);
      }
    }
  });

  it('words the description from the heading, the count and the first question', () => {
    expect(faqTopicDescription('Telehealth', ['Can I attend IOP by telehealth?', 'What do I need?'])).toBe(
      'Telehealth: 2 plain answers to questions families ask, starting with “Can I attend IOP by telehealth?”',
    );
    expect(faqTopicDescription('Does IOP work?', ['Does IOP work as well as residential?'])).toBe(
      'Does IOP work? 1 plain answer to a question families ask, starting with “Does IOP work as well as residential?”',
    );
  });

  it('refuses a topic with more answers than one light page holds', () => {
    const many = (count: number) => groupFaqsByTopic(Array.from({ length: count }, (_, i) => faq(`q${i}`, 'family')));
    expect(crowdedTopicProblems(many(MAX_FAQS_PER_TOPIC))).toEqual([]);
    expect(crowdedTopicProblems(many(MAX_FAQS_PER_TOPIC + 1))).toEqual([
      `content/faqs: the topic "family" (Family involvement) has ${MAX_FAQS_PER_TOPIC + 1} questions; a topic page holds at most ${MAX_FAQS_PER_TOPIC}, so it loads fast on a phone. Move some to another topic, or add a topic in src/schemas/faqs.ts.`,
    ]);
  });
});

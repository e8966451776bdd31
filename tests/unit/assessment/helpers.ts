/**
 * Shared generators and readers for the self-assessment tests. Expectations in
 * the tests are written from CLINICAL.md in terms of answers, not by reusing
 * the engine's own logic.
 */
import fc from 'fast-check';
import { ASSESSMENT } from '../../../src/assessment/content';
import type { Answers, AnswerValue, AssessmentResult, QuestionId } from '../../../src/assessment/types';
import { QUESTION_IDS } from '../../../src/assessment/types';

export const SUBSTANCES = ['alcohol', 'benzodiazepines', 'opioids', 'stimulants', 'cannabis', 'other'] as const;

/** The option ids of a question, from the data. */
export function optionIds(questionId: QuestionId): string[] {
  const question = ASSESSMENT.questions.find((q) => q.id === questionId);
  if (!question) throw new Error(`No question ${questionId}`);
  return question.options.map((o) => o.id);
}

/** One answer to a question: an option id, or for W1 a set of substances or "none". */
function valueArbitrary(questionId: QuestionId): fc.Arbitrary<AnswerValue> {
  if (questionId === 'W1') {
    return fc.oneof(fc.subarray([...SUBSTANCES]), fc.constant(['none']));
  }
  return fc.constantFrom(...optionIds(questionId));
}

const arbitraries = Object.fromEntries(QUESTION_IDS.map((id) => [id, valueArbitrary(id)])) as Record<
  QuestionId,
  fc.Arbitrary<AnswerValue>
>;

/** Every question answered. */
export const completeAnswers: fc.Arbitrary<Answers> = fc.record(arbitraries);

/** Any subset of the questions answered, including none. */
export const partialAnswers: fc.Arbitrary<Answers> = fc.record(arbitraries, { requiredKeys: [] });

/** Complete or partial answer sets. */
export const anyAnswers: fc.Arbitrary<Answers> = fc.oneof(completeAnswers, partialAnswers);

/** The option ids given for a question, as a list. */
export function given(answers: Answers, questionId: QuestionId): readonly string[] {
  const value = answers[questionId];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

export const has = (answers: Answers, questionId: QuestionId, option: string): boolean => given(answers, questionId).includes(option);

/** Every text a reader can see in a result (links' labels, not their addresses). */
export function visibleTexts(result: AssessmentResult): string[] {
  return [
    result.disclaimer,
    ...result.rules.flatMap((r) => [r.why, r.outcome.title, r.outcome.body, ...r.outcome.nextSteps, ...r.outcome.links.map((l) => l.label)]),
    ...result.links.map((l) => l.label),
    ...result.notes.map((n) => n.text),
    ...result.questionsToAsk,
    ...(result.referral ? [result.referral.text, ...result.referral.links.map((l) => l.label)] : []),
  ];
}

export const ruleIds = (result: AssessmentResult): string[] => result.rules.map((r) => r.id);

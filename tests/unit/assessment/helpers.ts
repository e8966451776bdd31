/**
 * Shared generators and readers for the self-assessment tests. Expectations in
 * the tests are written from CLINICAL.md in terms of answers, not by reusing
 * the engine's own logic.
 */
import fc from 'fast-check';
import { ASSESSMENT } from '../../../src/assessment/content';
import { isQuestionRelevant } from '../../../src/assessment/engine';
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
    ...result.notes.flatMap((n) => [n.text, ...n.links.map((l) => l.label)]),
    ...result.questionsToAsk,
    ...(result.referral ? [result.referral.text, ...result.referral.links.map((l) => l.label)] : []),
  ];
}

export const ruleIds = (result: AssessmentResult): string[] => result.rules.map((r) => r.id);

/** The safety questions, asked right after Q0. */
export const SAFETY = ['S1', 'S2', 'S3', 'S4'] as const;

/**
 * The question-by-question flow, as the page runs it: ask the first relevant
 * question not yet asked, take the answer from `full` (unanswered stays
 * unanswered), until no relevant question is left.
 */
export function walk(full: Answers): { asked: QuestionId[]; answers: Answers } {
  const answers: { [Q in QuestionId]?: AnswerValue } = {};
  const asked: QuestionId[] = [];
  for (;;) {
    const next = QUESTION_IDS.find((id) => !asked.includes(id) && isQuestionRelevant(id, answers));
    if (!next) return { asked, answers };
    asked.push(next);
    const value = full[next];
    if (value !== undefined) answers[next] = value;
  }
}

/**
 * The Spanish self-assessment runs the same engine on the same rules: for
 * every combination of answers it gives the same outcomes as the English.
 * The routing data (ids, flags, gates, rules, variants, links, sources) of
 * the Spanish data is identical to the English, and the engine reads nothing
 * else, so every combination routes alike; the enumeration corroborates it.
 * Two answers that set the same flags (and pass the same gates) route alike,
 * so the combinations are taken over each question's distinct answers:
 * unanswered, and each option with flags of its own, with every set of
 * substances for W1 (the multiple-choice question).
 */
import { describe, expect, it } from 'vitest';
import { ASSESSMENT } from '../../../src/assessment/content';
import { ASSESSMENT_ES } from '../../../src/assessment/content.es';
import { assessWith } from '../../../src/assessment/engine';
import type { AnswerValue, Answers, AssessmentData, AssessmentResult, QuestionId } from '../../../src/assessment/types';

/** Everything in a result but its words: what it routes to and why. */
function routing(result: AssessmentResult) {
  return {
    perspective: result.perspective,
    outcome: result.outcome.id,
    rules: result.rules.map((rule) => [rule.id, rule.outcome.id, rule.sources, rule.triggers]),
    stopped: result.stopped,
    links: result.links.map((link) => link.href),
    notes: result.notes.map((note) => [note.id, note.links.map((link) => link.href)]),
    referral: result.referral && [result.referral.reasons, result.referral.links.map((link) => link.href)],
    questionsToAsk: result.questionsToAsk.length,
    location: result.location,
    unanswered: result.unanswered,
    sources: result.sources,
  };
}

/** Each question's distinct answers: unanswered, and the first option for each set of flags (all options for gates and W1). */
function distinctAnswers(data: AssessmentData): Map<QuestionId, (AnswerValue | undefined)[]> {
  const gates = new Set(data.questions.flatMap((q) => (q.onlyIf ? [q.onlyIf.question] : [])));
  return new Map(
    data.questions.map((question) => {
      if (question.multiple) {
        const options = question.options.map((o) => o.id).filter((id) => id !== 'none');
        const subsets = [...Array(2 ** options.length).keys()].map((mask) => options.filter((_, bit) => mask & (1 << bit)));
        return [question.id, [undefined, ['none'], ...subsets.filter((subset) => subset.length > 0)]] as [QuestionId, (AnswerValue | undefined)[]];
      }
      const seen = new Set<string>();
      const options = question.options.filter((option) => {
        // Q0 changes the wording, L1 the nearest location, a gate the questions asked: keep all of theirs.
        const key = question.id === 'Q0' || question.id === 'L1' || gates.has(question.id) ? option.id : [...option.flags].sort().join(' ');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return [question.id, [undefined, ...options.map((o) => o.id)]];
    }),
  );
}

/** Every combination of the given questions' distinct answers, the others as in `base`. */
function* combinations(choices: Map<QuestionId, (AnswerValue | undefined)[]>, questions: readonly QuestionId[], base: Answers = {}): Generator<Answers> {
  const [first, ...rest] = questions;
  if (first === undefined) {
    yield base;
    return;
  }
  for (const value of choices.get(first) ?? [undefined]) yield* combinations(choices, rest, value === undefined ? base : { ...base, [first]: value });
}

describe('the self-assessment in Spanish', () => {
  it('has the same routing data as the English: only words differ', () => {
    const strip = (data: AssessmentData) => JSON.stringify(data, (key, value: unknown) => (['text', 'label', 'why', 'title', 'body', 'nextSteps', 'ask', 'commonQuestions', 'disclaimer'].includes(key) ? undefined : value));
    expect(strip({ ...ASSESSMENT_ES, links: {} as AssessmentData['links'], referral: { ...ASSESSMENT_ES.referral, text: '' } })).toBe(strip({ ...ASSESSMENT, links: {} as AssessmentData['links'], referral: { ...ASSESSMENT.referral, text: '' } }));
    expect(Object.keys(ASSESSMENT_ES.links)).toEqual(Object.keys(ASSESSMENT.links));
  });

  it('gives the same outcomes as the English for every combination of answers', () => {
    const choices = distinctAnswers(ASSESSMENT);
    const questions = ASSESSMENT.questions.map((q) => q.id);
    // The questions split in two halves, each crossed in full with the other half at each of its distinct values in turn.
    const half = Math.ceil(questions.length / 2);
    const [left, right] = [questions.slice(0, half), questions.slice(half)];
    let count = 0;
    const compare = (answers: Answers) => {
      const english = routing(assessWith(ASSESSMENT, answers));
      const spanish = routing(assessWith(ASSESSMENT_ES, answers));
      if (JSON.stringify(english) !== JSON.stringify(spanish)) expect(spanish, JSON.stringify(answers)).toEqual(english);
      count += 1;
    };
    for (const answers of combinations(choices, left)) compare(answers);
    for (const answers of combinations(choices, right)) compare(answers);
    // Across the halves: the routing data is shown identical above, so these only corroborate it where rules meet (safety, substances, pregnancy, age, location).
    for (const answers of combinations(choices, ['S1', 'S2', 'Q1', 'W1', 'W3', 'B1'])) compare(answers);
    console.info(`Compared ${count} combinations of answers in English and Spanish.`);
    expect(count).toBeGreaterThan(10_000);
  }, 120_000);
});

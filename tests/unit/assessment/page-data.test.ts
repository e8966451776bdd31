/**
 * The island puts its data together from three places (page-data.ts): the
 * page's JSON, the form (questions, option flags and gates) and its own bundle
 * (the outcomes' words). Put together that way, the data must route exactly
 * as the assessment itself.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT, OUTCOME_WORDS } from '../../../src/assessment/content';
import { assess, assessWith, isQuestionRelevant, isQuestionRelevantWith } from '../../../src/assessment/engine';
import { QUESTION_IDS } from '../../../src/assessment/types';
import type { RoutingData } from '../../../src/assessment/types';
import { flagsAttribute, gateAttribute, outcomeFacts, readQuestions, ruleRoute } from '../../../src/components/assessment/page-data';
import { anyAnswers } from './helpers';

/** The form's routing markup, as SelfAssessment.astro writes it (words left out). */
function formMarkup(): string {
  const attribute = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${value}"`);
  return `<form>${ASSESSMENT.questions
    .map(
      (q) =>
        `<fieldset data-question="${q.id}"${attribute('data-gate', q.onlyIf && gateAttribute(q.onlyIf))}>${q.options
          .map((o) => `<label><input type="${q.multiple ? 'checkbox' : 'radio'}" name="${q.id}" value="${o.id}"${attribute('data-flags', flagsAttribute(o.flags))}><span>x</span></label>`)
          .join('')}</fieldset>`,
    )
    .join('')}</form>`;
}

const { document } = parseHTML(`<!doctype html><html><body>${formMarkup()}</body></html>`);
const { questions, ...rest } = ASSESSMENT;
/** What the page's JSON carries, after the trip through JSON. */
const pageAssessment = JSON.parse(JSON.stringify({ ...rest, rules: rest.rules.map(ruleRoute), outcomes: rest.outcomes.map(outcomeFacts) })) as Omit<RoutingData, 'questions'>;
/** The island's data, put together as SelfAssessment.astro does. */
const islandData: RoutingData = {
  ...pageAssessment,
  questions: readQuestions(document),
  outcomes: pageAssessment.outcomes.map((o) => ({ ...o, ...OUTCOME_WORDS[o.id] })),
};

describe('the island data', () => {
  it('reads back every question, option, flag and gate from the form', () => {
    expect(islandData.questions).toEqual(
      questions.map((q) => ({
        id: q.id,
        ...(q.multiple ? { multiple: true } : {}),
        ...(q.onlyIf ? { onlyIf: q.onlyIf } : {}),
        options: q.options.map((o) => ({ id: o.id, flags: o.flags })),
      })),
    );
  });

  it('gives back every outcome from the page and the bundled words', () => {
    expect(islandData.outcomes).toEqual(ASSESSMENT.outcomes);
    expect(ASSESSMENT.outcomes.map(outcomeFacts).every((o) => !('body' in o) && !('nextSteps' in o) && !('ask' in o))).toBe(true);
  });

  it('routes every answer set exactly as the assessment', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(assessWith(islandData, answers)).toEqual(assess(answers));
        for (const id of QUESTION_IDS) expect(isQuestionRelevantWith(islandData, id, answers)).toBe(isQuestionRelevant(id, answers));
      }),
      { numRuns: 500 },
    );
  });
});

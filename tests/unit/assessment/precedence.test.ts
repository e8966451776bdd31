/**
 * Exhaustive tests of the routing precedence (CLINICAL.md, "routing"): every
 * combination of the age, safety and withdrawal answers, unanswered included,
 * then every combination of the answers behind rules 6 to 12.
 */
import { describe, expect, it } from 'vitest';
import { assess, isQuestionRelevant } from '../../../src/assessment';
import type { Answers, AssessmentResult } from '../../../src/assessment';
import { SUBSTANCES, optionIds, ruleIds } from './helpers';

/** Every value a question can take, with undefined for unanswered. */
const choices = (id: Parameters<typeof optionIds>[0]): (string | undefined)[] => [undefined, ...optionIds(id)];

/** Every subset of the substances, plus "none of these" and unanswered. */
const W1_CHOICES: (readonly string[] | undefined)[] = [
  undefined,
  ['none'],
  ...Array.from({ length: 2 ** SUBSTANCES.length }, (_, mask) => SUBSTANCES.filter((_, bit) => mask & (1 << bit))),
];

function* product(): Generator<Answers> {
  for (const Q1 of choices('Q1'))
    for (const S1 of choices('S1'))
      for (const S2 of choices('S2'))
        for (const S3 of choices('S3'))
          for (const W1 of W1_CHOICES)
            for (const W2 of choices('W2'))
              for (const W3 of choices('W3')) yield { Q1, S1, S2, S3, W1, W2, W3 };
}

/** CLINICAL.md's routing table, written out for these questions only. */
function expected(a: Answers): { rules: string[]; opioidOutcome?: string; stopped: boolean } {
  if (a.S1 === 'yes') return { rules: ['emergency'], stopped: true };
  if (a.S2 === 'now' || a.S3 === 'yes') return { rules: ['suicide-or-danger'], stopped: true };
  if (a.Q1 === 'under-13') return { rules: ['child'], stopped: true };
  const w1 = a.W1 ?? [];
  const rules: string[] = [];
  if ((w1.includes('alcohol') || w1.includes('benzodiazepines')) && (a.W2 === 'yes' || a.W3 === 'yes')) rules.push('withdrawal-danger');
  if (w1.includes('opioids')) rules.push('opioids');
  if (a.S2 === 'past') rules.push('mental-health');
  if (rules.length === 0) rules.push('otherwise');
  const opioidOutcome = w1.includes('opioids') ? (a.W3 === 'yes' ? 'opioid-withdrawal-first' : 'opioid-medication') : undefined;
  return opioidOutcome ? { rules, opioidOutcome, stopped: false } : { rules, stopped: false };
}

describe('every combination of Q1, S1, S2, S3, W1 (every subset), W2 and W3', { timeout: 60_000 }, () => {
  const combinations = [...product()];

  it(`covers all ${combinations.length} combinations`, () => {
    expect(combinations).toHaveLength(4 * 3 * 4 * 3 * 66 * 4 * 3);
  });

  it('routes each by the precedence of CLINICAL.md, detox first over every lower-priority rule', () => {
    const failures: string[] = [];
    for (const answers of combinations) {
      const result = assess(answers);
      const want = expected(answers);
      const opioid = result.rules.find((r) => r.id === 'opioids');
      const ok =
        ruleIds(result).join() === want.rules.join() &&
        result.stopped === want.stopped &&
        result.outcome === result.rules[0]?.outcome &&
        opioid?.outcome.id === want.opioidOutcome &&
        (want.rules[0] !== 'withdrawal-danger' || result.outcome.id === 'detox-first');
      if (!ok && failures.length < 5) failures.push(`${JSON.stringify(answers)} -> ${ruleIds(result).join()}; expected ${want.rules.join()}`);
    }
    expect(failures).toEqual([]);
  });

  it('skips W2 and W3 after "none of these", and everything after a stop answer', () => {
    for (const answers of combinations) {
      const noSubstance = answers.W1?.length === 1 && answers.W1[0] === 'none';
      const w1Empty = answers.W1 !== undefined && answers.W1.length === 0;
      const stopBeforeW = answers.S1 === 'yes' || answers.S2 === 'now' || answers.S3 === 'yes' || answers.Q1 === 'under-13';
      expect(isQuestionRelevant('W2', answers)).toBe(!noSubstance && !w1Empty && !stopBeforeW);
      expect(isQuestionRelevant('W3', answers)).toBe(!noSubstance && !w1Empty && !stopBeforeW);
      expect(isQuestionRelevant('S1', answers)).toBe(answers.Q1 !== 'under-13');
      expect(isQuestionRelevant('L1', answers)).toBe(!stopBeforeW);
    }
  });
});

describe('every combination of the answers behind rules 6 to 12', { timeout: 60_000 }, () => {
  const contexts: Answers[] = [{}, { W1: ['none'] }, { W1: ['alcohol'], W3: 'yes' }, { W1: ['opioids'], S2: 'past' }];
  const rows: Answers[] = [];
  for (const context of contexts)
    for (const B1 of choices('B1'))
      for (const E1 of choices('E1'))
        for (const P1 of choices('P1'))
          for (const H1 of choices('H1'))
            for (const H2 of choices('H2'))
              for (const R1 of choices('R1')) rows.push({ ...context, B1, E1, P1, H1, H2, R1 });

  /** Rules 4 to 12 for these answers, in priority order. */
  function expectedRules(a: Answers): string[] {
    const w1 = a.W1 ?? [];
    const rules = [
      w1.includes('alcohol') && a.W3 === 'yes' ? 'withdrawal-danger' : '',
      w1.includes('opioids') ? 'opioids' : '',
      a.B1 === 'medical' || a.B1 === 'pregnant' || a.B1 === 'both' ? 'medical' : '',
      a.E1 === 'severe' || a.S2 === 'past' ? 'mental-health' : '',
      a.P1 === 'during' ? 'failed-lower-level' : '',
      a.H1 === 'unsafe' ? 'environment-unsafe' : '',
      a.H1 === 'unstable' ? 'environment-unstable' : '',
      a.H2 === 'no' ? 'schedule-barrier' : '',
    ].filter(Boolean);
    return rules.length > 0 ? rules : ['otherwise'];
  }

  it(`routes all ${rows.length} combinations by priority, and adds family and intervention links only when not ready`, () => {
    const failures: string[] = [];
    for (const answers of rows) {
      const result: AssessmentResult = assess(answers);
      const want = expectedRules(answers);
      if (ruleIds(result).join() !== want.join() && failures.length < 5) {
        failures.push(`${JSON.stringify(answers)} -> ${ruleIds(result).join()}; expected ${want.join()}`);
      }
      const hrefs = result.links.map((l) => l.href);
      const notReadyLinks = hrefs.includes('/programs/intervention/') && hrefs.includes('/therapies/family-therapy/');
      expect(notReadyLinks).toBe(want[0] === 'otherwise' && answers.R1 === 'not-ready');
      if (want[0] === 'otherwise') {
        expect(result.outcome.id).toBe(answers.R1 === 'not-ready' ? 'iop-discuss-not-ready' : 'iop-discuss');
        expect(result.outcome.title).toBe('IOP may be a good fit to discuss with the clinical team');
      }
    }
    expect(failures).toEqual([]);
  });
});

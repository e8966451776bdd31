/**
 * Exhaustive tests of the routing precedence (CLINICAL.md, "routing", version
 * 2): every combination of the safety and age answers with the answers behind
 * rules 5 to 8, then every combination of the substances with the
 * withdrawal and pregnancy answers, then every combination behind rules 9 to 15.
 * Unanswered is one of the choices everywhere.
 */
import { describe, expect, it } from 'vitest';
import { assess, isQuestionRelevant } from '../../../src/assessment';
import type { Answers } from '../../../src/assessment';
import { SAFETY, SUBSTANCES, optionIds, ruleIds, walk } from './helpers';

/** Every value a question can take, with undefined for unanswered. */
const choices = (id: Parameters<typeof optionIds>[0]): (string | undefined)[] => [undefined, ...optionIds(id)];

const EVERY_W1: (readonly string[] | undefined)[] = [
  undefined,
  ['none'],
  ...Array.from({ length: 2 ** SUBSTANCES.length }, (_, mask) => SUBSTANCES.filter((_, bit) => mask & (1 << bit))),
];

/** CLINICAL.md's routing table, rules 1 to 8 (and 9 for B1), written out from the answers. */
function expected(a: Answers): { rules: string[]; outcomes: string[]; stopped: boolean } {
  if (a.S1 === 'yes') return { rules: ['emergency'], outcomes: ['call-911'], stopped: true };
  if (a.S4 === 'yes') return { rules: ['danger-at-home'], outcomes: ['danger-at-home'], stopped: true };
  if (a.S2 === 'now' || a.S3 === 'yes') return { rules: ['suicide-or-danger'], outcomes: ['call-988'], stopped: true };
  if (a.Q1 === 'under-13') return { rules: ['child'], outcomes: ['child'], stopped: true };
  const w1: readonly string[] = typeof a.W1 === 'string' ? [a.W1] : (a.W1 ?? []);
  const withdrawalCounts = a.W1 === undefined || w1.some((s) => s !== 'none');
  const W2 = withdrawalCounts ? a.W2 : undefined;
  const W3 = withdrawalCounts ? a.W3 : undefined;
  const alcoholOrBenzo = w1.includes('alcohol') || w1.includes('benzodiazepines');
  const pregnant = a.B1 === 'pregnant' || a.B1 === 'both';
  const rules: [string, string][] = [];
  if (pregnant) rules.push(['pregnancy', 'pregnancy-care-first']);
  if (alcoholOrBenzo && (W2 === 'yes' || W3 === 'yes')) rules.push(['withdrawal-danger', 'detox-first']);
  if (alcoholOrBenzo && W2 === 'not-sure') rules.push(['withdrawal-unsure', 'withdrawal-check-first']);
  if (w1.includes('opioids')) rules.push(['opioids', pregnant ? 'opioid-pregnancy' : W3 === 'yes' ? 'opioid-withdrawal-first' : 'opioid-medication']);
  if (a.B1 === 'medical' || a.B1 === 'both') rules.push(['medical', 'medical-first']);
  if (a.S2 === 'past') rules.push(['mental-health', 'more-support']);
  if (rules.length === 0) rules.push(['otherwise', 'iop-discuss']);
  return { rules: rules.map(([r]) => r), outcomes: rules.map(([, o]) => o), stopped: false };
}

function check(combinations: Answers[]): string[] {
  const failures: string[] = [];
  for (const answers of combinations) {
    const result = assess(answers);
    const want = expected(answers);
    const ok =
      ruleIds(result).join() === want.rules.join() &&
      result.rules.map((r) => r.outcome.id).join() === want.outcomes.join() &&
      result.stopped === want.stopped &&
      result.outcome === result.rules[0]?.outcome;
    if (!ok && failures.length < 5) failures.push(`${JSON.stringify(answers)} -> ${result.rules.map((r) => r.outcome.id).join()}; expected ${want.outcomes.join()}`);
  }
  return failures;
}

describe('every combination of the safety and age answers, with the substance, withdrawal and pregnancy answers', { timeout: 120_000 }, () => {
  const W1_SAMPLE: (readonly string[] | undefined)[] = [undefined, ['none'], ['alcohol'], ['benzodiazepines', 'opioids'], ['opioids'], [...SUBSTANCES]];
  const combinations: Answers[] = [];
  for (const Q1 of choices('Q1'))
    for (const S1 of choices('S1'))
      for (const S2 of choices('S2'))
        for (const S3 of choices('S3'))
          for (const S4 of choices('S4'))
            for (const W1 of W1_SAMPLE)
              for (const W2 of choices('W2'))
                for (const W3 of choices('W3')) for (const B1 of choices('B1')) combinations.push({ Q1, S1, S2, S3, S4, W1, W2, W3, B1 });

  it(`covers all ${combinations.length} combinations`, () => {
    expect(combinations).toHaveLength(4 * 3 * 4 * 3 * 3 * 6 * 4 * 3 * 5);
  });

  it('routes each by the precedence of CLINICAL.md: crisis first and alone, then the child stop, then pregnancy, withdrawal and opioids', () => {
    expect(check(combinations)).toEqual([]);
  });

  // The flow depends on the safety and age answers; these W2, W3 and B1 values keep the run short.
  const flows = combinations.filter((a) => [undefined, 'not-sure'].includes(a.W2 as string) && [undefined, 'yes'].includes(a.W3 as string) && [undefined, 'both'].includes(a.B1 as string));

  it('asks every safety question before age, and the flow ends on the same first outcome as all the answers together', () => {
    const failures: string[] = [];
    for (const answers of flows) {
      if (answers.Q1 === undefined) continue;
      const full = { Q0: 'self', ...answers };
      const { asked, answers: walked } = walk(full);
      const crisis = answers.S1 === 'yes' || answers.S2 === 'now' || answers.S3 === 'yes' || answers.S4 === 'yes';
      const allSafetyAsked = SAFETY.every((id) => asked.includes(id));
      const ok =
        (crisis || allSafetyAsked) &&
        (!asked.includes('Q1') || allSafetyAsked) &&
        assess(walked).outcome.id === assess(full).outcome.id &&
        (answers.S1 !== 'yes' || asked.join() === 'Q0,S1');
      if (!ok && failures.length < 5) failures.push(`${JSON.stringify(full)} asked ${asked.join()}`);
    }
    expect(failures).toEqual([]);
  });

  it('skips W2 and W3 after "none of these", and everything that could not change a stop', () => {
    for (const answers of flows) {
      const noSubstance = answers.W1?.length === 1 && answers.W1[0] === 'none';
      const crisis = answers.S1 === 'yes' || answers.S2 === 'now' || answers.S3 === 'yes' || answers.S4 === 'yes';
      const stopBeforeW = crisis || answers.Q1 === 'under-13';
      expect(isQuestionRelevant('W2', answers)).toBe(!noSubstance && !stopBeforeW);
      expect(isQuestionRelevant('S1', answers)).toBe(true);
      expect(isQuestionRelevant('S4', answers)).toBe(answers.S1 !== 'yes');
      expect(isQuestionRelevant('Q1', answers)).toBe(!crisis);
      expect(isQuestionRelevant('L1', answers)).toBe(!stopBeforeW);
    }
  });
});

describe('every subset of substances with every withdrawal and pregnancy answer', { timeout: 60_000 }, () => {
  const combinations: Answers[] = [];
  for (const W1 of EVERY_W1)
    for (const W2 of choices('W2'))
      for (const W3 of choices('W3')) for (const B1 of choices('B1')) combinations.push({ Q0: 'self', S1: 'no', S2: 'no', S3: 'no', S4: 'no', Q1: '18-plus', W1, W2, W3, B1 });

  it(`routes all ${combinations.length} combinations by priority`, () => {
    expect(combinations).toHaveLength(EVERY_W1.length * 4 * 3 * 5);
    expect(check(combinations)).toEqual([]);
  });
});

describe('every combination of the answers behind rules 9 to 15', { timeout: 60_000 }, () => {
  const contexts: Answers[] = [{}, { W1: ['none'] }, { W1: ['alcohol'], W3: 'yes' }, { W1: ['opioids'], S2: 'past' }];
  const rows: Answers[] = [];
  for (const context of contexts)
    for (const B1 of choices('B1'))
      for (const E1 of choices('E1'))
        for (const P1 of choices('P1'))
          for (const H1 of choices('H1'))
            for (const H2 of choices('H2'))
              for (const R1 of choices('R1')) rows.push({ ...context, B1, E1, P1, H1, H2, R1 });

  /** Rules 5 to 15 for these answers, in priority order. */
  function expectedRules(a: Answers): string[] {
    const w1 = a.W1 ?? [];
    const rules = [
      a.B1 === 'pregnant' || a.B1 === 'both' ? 'pregnancy' : '',
      w1.includes('alcohol') && a.W3 === 'yes' ? 'withdrawal-danger' : '',
      w1.includes('opioids') ? 'opioids' : '',
      a.B1 === 'medical' || a.B1 === 'both' ? 'medical' : '',
      a.E1 === 'severe' || a.S2 === 'past' ? 'mental-health' : '',
      a.P1 === 'during' ? 'failed-lower-level' : '',
      a.H1 === 'unsafe' ? 'environment-unsafe' : '',
      a.H1 === 'unstable' ? 'environment-unstable' : '',
      a.H2 === 'no' ? 'schedule-barrier' : '',
    ].filter(Boolean);
    return rules.length > 0 ? rules : ['otherwise'];
  }

  it(`routes all ${rows.length} combinations by priority, and adds the readiness note whenever not ready or not sure yet`, () => {
    const failures: string[] = [];
    for (const answers of rows) {
      const result = assess(answers);
      const want = expectedRules(answers);
      if (ruleIds(result).join() !== want.join() && failures.length < 5) {
        failures.push(`${JSON.stringify(answers)} -> ${ruleIds(result).join()}; expected ${want.join()}`);
      }
      expect(result.notes.some((n) => n.id === 'not-ready')).toBe(answers.R1 === 'not-ready' || answers.R1 === 'unsure');
      if (want[0] === 'otherwise') expect(result.outcome.title).toBe('IOP may be a good fit to discuss with the clinical team');
    }
    expect(failures).toEqual([]);
  });
});

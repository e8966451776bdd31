/**
 * Property-based tests: the invariants of CLINICAL.md (self-assessment
 * version 2) hold over random complete and partial answer sets. Expectations
 * are written from CLINICAL.md in terms of answers, not from the engine.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ASSESSMENT_SOURCE_IDS, assess, isQuestionRelevant } from '../../../src/assessment';
import { QUESTION_IDS } from '../../../src/assessment/types';
import type { Answers, AssessmentResult } from '../../../src/assessment';
import { SAFETY, anyAnswers, completeAnswers, given, has, optionIds, partialAnswers, ruleIds, visibleTexts, walk } from './helpers';

const RUNS = { numRuns: 1500 };
vi.setConfig({ testTimeout: 60_000 });

const CRISIS_OUTCOMES = ['call-911', 'danger-at-home', 'call-988'];
const alcoholOrBenzo = (a: Answers) => has(a, 'W1', 'alcohol') || has(a, 'W1', 'benzodiazepines');
/** W2 and W3 count unless W1 says "none of these" (or nothing ticked). */
const withdrawalAsked = (a: Answers) => a.W1 === undefined || given(a, 'W1').some((id) => id !== 'none');
const withdrawalDanger = (a: Answers) => alcoholOrBenzo(a) && withdrawalAsked(a) && (has(a, 'W2', 'yes') || has(a, 'W3', 'yes'));
const withdrawalUnsure = (a: Answers) => alcoholOrBenzo(a) && withdrawalAsked(a) && has(a, 'W2', 'not-sure');
const pregnant = (a: Answers) => has(a, 'B1', 'pregnant') || has(a, 'B1', 'both');

/** CLINICAL.md rules 1 to 3, in priority order. */
function crisisOutcome(a: Answers): string | undefined {
  if (has(a, 'S1', 'yes')) return 'call-911';
  if (has(a, 'S4', 'yes')) return 'danger-at-home';
  if (has(a, 'S2', 'now') || has(a, 'S3', 'yes')) return 'call-988';
  return undefined;
}

const allText = (result: AssessmentResult) => visibleTexts(result).join('\n');
const DISCLAIMER = /only a licensed clinician can recommend a level of care, after a full assessment/i;
const DO_NOT_STOP_SUDDENLY = /do not stop[^.]*suddenly/i;

describe('safety first: crisis answers yield their crisis outcome first and alone, whatever else, age included', () => {
  it('S1 yes gives "Call 911 now"; S4 yes gives "Get help now" with 911 first; S2 now or S3 yes gives 988', () => {
    const crisis = fc.constantFrom<Answers>({ S1: 'yes' }, { S4: 'yes' }, { S2: 'now' }, { S3: 'yes' }, { S2: 'now', S4: 'yes' }, { S3: 'yes', S1: 'yes' });
    const age = fc.constantFrom<Answers>({ Q1: 'under-13' }, { Q1: '13-17' }, { Q1: '18-plus' }, { Q1: undefined });
    fc.assert(
      fc.property(anyAnswers, crisis, age, (answers, safety, years) => {
        const all = { ...answers, ...years, ...safety };
        const result = assess(all);
        expect(result.outcome.id).toBe(crisisOutcome(all));
        expect(result.rules).toHaveLength(1);
        expect(result.stopped).toBe(true);
        expect(result.notes).toEqual([]);
        expect(result.questionsToAsk).toEqual([]);
      }),
      RUNS,
    );
  });

  it('with no crisis answer, no crisis outcome appears', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        const crisis = crisisOutcome(answers);
        if (crisis) expect(result.outcome.id).toBe(crisis);
        else for (const rule of result.rules) expect(CRISIS_OUTCOMES).not.toContain(rule.outcome.id);
      }),
      RUNS,
    );
  });

  it('danger at home leads with 911, then the National Domestic Violence Hotline, then 988, and says "you can come back to this later"', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('self', 'other'), (answers, who) => {
        const all = { ...answers, Q0: who, S1: 'no', S4: 'yes' };
        const { outcome } = assess(all);
        expect(outcome.id).toBe('danger-at-home');
        const text = [outcome.title, outcome.body, ...outcome.nextSteps].join(' ');
        const at911 = text.indexOf('911');
        expect(at911).toBeGreaterThanOrEqual(0);
        expect(at911).toBeLessThan(text.indexOf('1-800-799-7233'));
        expect(text.indexOf('1-800-799-7233')).toBeLessThan(text.indexOf('988'));
        expect(text).toContain('text START to 88788');
        expect(outcome.body).toMatch(/you can come back to this later/i);
      }),
      { numRuns: 300 },
    );
  });

  it('a child with no crisis answer gets the child outcome, which names 911, 988, the pediatrician or doctor, and the SAMHSA Helpline', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('self', 'other'), (answers, who) => {
        const all = { ...answers, Q0: who, Q1: 'under-13', S1: 'no', S2: 'no', S3: 'no', S4: 'no' };
        const result = assess(all);
        expect(result.outcome.id).toBe('child');
        expect(result.stopped).toBe(true);
        const text = allText(result);
        for (const words of ['911', '988', 'SAMHSA National Helpline', who === 'self' ? 'doctor' : 'pediatrician']) expect(text).toContain(words);
      }),
      { numRuns: 300 },
    );
  });
});

describe('no answer skips a safety question', () => {
  it('S1 to S4 come right after Q0, before age and everything else', () => {
    expect(QUESTION_IDS.slice(0, 6)).toEqual(['Q0', 'S1', 'S2', 'S3', 'S4', 'Q1']);
  });

  it('in the question-by-question flow, every safety question is asked before any other question, and before the child stop', () => {
    fc.assert(
      fc.property(completeAnswers, (full) => {
        const { asked } = walk(full);
        const firstOther = asked.findIndex((id) => id !== 'Q0' && !(SAFETY as readonly string[]).includes(id));
        if (firstOther >= 0) for (const id of SAFETY) expect(asked.indexOf(id), `${id} in ${asked.join()}`).toBeGreaterThanOrEqual(0);
        if (firstOther >= 0) for (const id of SAFETY) expect(asked.indexOf(id)).toBeLessThan(firstOther);
      }),
      RUNS,
    );
  });

  it('a safety question is left out only when no answer to it could change the crisis outcome already reached', () => {
    fc.assert(
      fc.property(completeAnswers, (full) => {
        const { asked, answers } = walk(full);
        const reached = assess(answers);
        for (const id of SAFETY) {
          if (asked.includes(id)) continue;
          expect(reached.stopped).toBe(true);
          expect(CRISIS_OUTCOMES).toContain(reached.outcome.id);
          for (const option of optionIds(id)) expect(assess({ ...answers, [id]: option }).outcome.id).toBe(reached.outcome.id);
        }
      }),
      RUNS,
    );
  });

  it('the flow reaches the same first outcome as all the answers together: skipping never hides a more urgent result', () => {
    fc.assert(
      fc.property(completeAnswers, (full) => {
        const walked = assess(walk(full).answers);
        const whole = assess(full);
        expect(walked.outcome.id).toBe(whole.outcome.id);
        if (!whole.stopped) expect(ruleIds(walked)).toEqual(ruleIds(whole));
      }),
      RUNS,
    );
  });

  it('the age question never hides a safety question, whatever the age', () => {
    for (const Q1 of optionIds('Q1')) {
      for (const id of SAFETY) expect(isQuestionRelevant(id, { Q0: 'self', Q1 })).toBe(true);
    }
  });
});

describe('pregnancy comes before the substance rules', () => {
  it('leads with medical care first and "do not stop suddenly", and never with detox for opioids', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('pregnant', 'both'), (answers, b1) => {
        const all = { ...answers, B1: b1 };
        const result = assess(all);
        if (result.stopped) return;
        expect(result.outcome.id).toBe('pregnancy-care-first');
        expect([result.outcome.body, ...result.outcome.nextSteps].join(' ')).toMatch(DO_NOT_STOP_SUDDENLY);
        expect(result.outcome.body).toMatch(/buprenorphine or methadone\) is the standard of care in pregnancy, and detox is not advised/);
        expect(result.outcome.body).toMatch(/priority admission in publicly funded/);
        const opioid = result.rules.find((r) => r.id === 'opioids');
        if (has(all, 'W1', 'opioids') && withdrawalAsked(all)) expect(opioid?.outcome.id).toBe('opioid-pregnancy');
        expect(result.rules.map((r) => r.outcome.id)).not.toContain('opioid-withdrawal-first');
        if (result.rules.some((r) => r.outcome.id === 'detox-first')) expect(withdrawalDanger(all)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every result with a pregnancy says "do not stop suddenly", unless a crisis or the child stop came first', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (!pregnant(answers)) return;
        if (result.stopped) expect([...CRISIS_OUTCOMES, 'child']).toContain(result.outcome.id);
        else expect(allText(result)).toMatch(DO_NOT_STOP_SUDDENLY);
      }),
      RUNS,
    );
  });
});

describe('alcohol or benzodiazepines with withdrawal danger, or not sure, never yields "IOP may be a good fit" first', () => {
  it('withdrawal danger: detox first, unless a crisis, the child stop or a pregnancy came first', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (!withdrawalDanger(answers)) return;
        expect(result.outcome.title).not.toMatch(/IOP may be a good fit/);
        expect(ruleIds(result)).not.toContain('otherwise');
        if (!result.stopped && !pregnant(answers)) {
          expect(result.outcome.id).toBe('detox-first');
          expect(result.links[0]?.href).toBe('/programs/detox/');
        }
      }),
      RUNS,
    );
  });

  it('not sure about past withdrawal: the headline asks for a medical withdrawal check and says not to stop suddenly', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (!withdrawalUnsure(answers)) return;
        expect(result.outcome.title).not.toMatch(/IOP may be a good fit/);
        expect(ruleIds(result)).not.toContain('otherwise');
        if (!result.stopped && !pregnant(answers) && !withdrawalDanger(answers)) {
          expect(result.outcome.id).toBe('withdrawal-check-first');
          expect(result.outcome.title).toBe('Ask for a medical withdrawal check before cutting down; do not stop suddenly');
        }
      }),
      RUNS,
    );
  });

  it('"IOP may be a good fit" comes first only when no other rule fired', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (result.outcome.title.startsWith('IOP may be a good fit')) expect(ruleIds(result)).toEqual(['otherwise']);
      }),
      RUNS,
    );
  });
});

describe('opioids: not an exclusion, medication works, Lantern Hill coordinates methadone with an OTP', () => {
  it('fires with daily opioids whenever no stop came first, and never says the provider starts methadone', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        const text = allText(result);
        expect(text).not.toMatch(/\b(start|starts|give|gives|prescribe|prescribes|provide|provides)\b[^.;:?]{0,30}\bmethadone/i);
        if (result.stopped || !has(answers, 'W1', 'opioids') || !withdrawalAsked(answers)) return;
        const opioid = result.rules.find((r) => r.id === 'opioids');
        expect(opioid).toBeDefined();
        expect(`${opioid?.outcome.body}`).toMatch(/opioid treatment program/);
        expect(`${opioid?.outcome.body}`).toMatch(/naloxone/);
        const expected = pregnant(answers) ? 'opioid-pregnancy' : has(answers, 'W3', 'yes') ? 'opioid-withdrawal-first' : 'opioid-medication';
        expect(opioid?.outcome.id).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('additions ride along with non-crisis results and never change which outcome comes first', () => {
  const routing = (result: AssessmentResult) => result.rules.map((r) => [r.id, r.outcome.id]);

  it('daily benzodiazepines always add "never stop benzodiazepines suddenly", whatever W2 says', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        const note = result.notes.find((n) => n.id === 'benzodiazepines');
        if (result.stopped || !has(answers, 'W1', 'benzodiazepines')) expect(note).toBeUndefined();
        else expect(note?.text).toMatch(/never stop benzodiazepines[^.]*suddenly: a prescriber tapers them/i);
      }),
      RUNS,
    );
  });

  it('not ready or not sure yet: family program and intervention for a loved one, the first call for oneself', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('unsure', 'not-ready'), fc.constantFrom('self', 'other'), (answers, r1, who) => {
        const result = assess({ ...answers, R1: r1, Q0: who });
        if (result.stopped) return;
        const note = result.notes.find((n) => n.id === 'not-ready');
        const hrefs = note?.links.map((l) => l.href);
        if (who === 'other') {
          expect(hrefs).toEqual(['/therapies/family-therapy/', '/programs/intervention/']);
          expect(note?.text).toMatch(/CRAFT/);
        } else {
          expect(hrefs).toEqual(['/admissions/']);
          expect(note?.text).toMatch(/commits you to nothing/);
        }
      }),
      RUNS,
    );
  });

  it('stimulants add contingency management and what IOP offers', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        const note = result.notes.find((n) => n.id === 'stimulants');
        if (result.stopped || !has(answers, 'W1', 'stimulants')) {
          expect(note).toBeUndefined();
          return;
        }
        expect(note?.links.map((l) => l.href)).toContain('/therapies/contingency-management/');
        expect(note?.text).toMatch(/contingency management/);
        expect(note?.text).toMatch(/IOP also offers/);
      }),
      RUNS,
    );
  });

  it('changing only readiness, or adding stimulants, changes no rule and no outcome', () => {
    fc.assert(
      fc.property(completeAnswers, fc.constantFrom('ready', 'unsure', 'not-ready'), (answers, r1) => {
        const base = assess(answers);
        expect(routing(assess({ ...answers, R1: r1 }))).toEqual(routing(base));
        const w1 = given(answers, 'W1');
        if (!w1.includes('none') && w1.length > 0) expect(routing(assess({ ...answers, W1: [...w1, 'stimulants'] }))).toEqual(routing(base));
      }),
      RUNS,
    );
  });
});

describe('every outcome names the rules that fired and at least one source', () => {
  it('rules are listed highest priority first, the first one is the outcome, each with sources', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        expect(result.rules.length).toBeGreaterThan(0);
        expect(result.rules[0]?.outcome).toEqual(result.outcome);
        const priorities = result.rules.map((r) => r.priority);
        expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
        expect(new Set(priorities).size).toBe(priorities.length);
        for (const rule of result.rules) {
          expect(rule.why.length).toBeGreaterThan(0);
          expect(rule.sources.length).toBeGreaterThan(0);
          expect(rule.outcome.sources.length).toBeGreaterThan(0);
          for (const source of [...rule.sources, ...rule.outcome.sources]) expect(result.sources).toContain(source);
        }
        for (const source of result.sources) expect(ASSESSMENT_SOURCE_IDS).toContain(source);
      }),
      RUNS,
    );
  });

  it('each rule shows the answers that led to it, and only answers that were given', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        for (const rule of result.rules) {
          if (rule.id !== 'otherwise') expect(rule.triggers.length).toBeGreaterThan(0);
          for (const trigger of rule.triggers) expect(given(answers, trigger.question)).toContain(trigger.option);
        }
      }),
      RUNS,
    );
  });

  it('a stop rule fires alone; the fallback fires only alone', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (result.stopped) expect(result.rules).toHaveLength(1);
        const ids = ruleIds(result);
        if (ids.includes('otherwise')) expect(ids).toEqual(['otherwise']);
        if (!result.stopped) expect(result.rules.every((r) => r.priority >= 5)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('no outcome text diagnoses, scores or says "you have"; the clinician disclaimer is always there', () => {
  it('holds for every text of every result, in both wordings', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom('self', 'other'), (answers, who) => {
        const result = assess({ ...answers, Q0: who });
        expect(result.disclaimer).toMatch(DISCLAIMER);
        for (const text of visibleTexts(result)) {
          expect(text).not.toMatch(/you have/i);
          expect(text.replace(/not a diagnosis/gi, '')).not.toMatch(/diagnos/i);
          expect(text).not.toMatch(/\bscor(e|es|ed|ing)\b|%|percent|\b\d+\s*(\/|out of)\s*\d+/i);
        }
      }),
      RUNS,
    );
  });
});

describe('the result depends on the answers alone', () => {
  const strip = (result: AssessmentResult) => ({
    outcome: result.outcome.id,
    rules: result.rules.map((r) => [r.id, r.outcome.id, r.triggers]),
    stopped: result.stopped,
    links: result.links,
    referral: result.referral?.reasons ?? null,
    location: result.location,
  });

  it('is deterministic: the same answers, or a copy of them, give the same result', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(assess(answers)).toEqual(assess(structuredClone(answers)));
      }),
      RUNS,
    );
  });

  it('ignores anything that is not an answer (no traits such as race or sex are read)', () => {
    fc.assert(
      fc.property(anyAnswers, fc.dictionary(fc.constantFrom('race', 'sex', 'gender', 'ethnicity', 'religion', 'income', 'zip'), fc.string()), (answers, traits) => {
        expect(assess({ ...traits, ...answers })).toEqual(assess(answers));
      }),
      RUNS,
    );
  });

  it('does not depend on the order or repetition of W1 choices', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const w1 = [...given(answers, 'W1')];
        expect(assess({ ...answers, W1: [...w1].reverse().concat(w1) })).toEqual(assess(answers));
      }),
      RUNS,
    );
  });

  it('uses age only for the child stop, the adolescent notes and referring teens out of adult-only care or far from a teen track', () => {
    // Outcomes whose levels of care the provider offers to adults only (content/programs).
    const adultOnly = ['detox-first', 'opioid-withdrawal-first', 'more-support', 'higher-level', 'safety-at-home', 'stable-housing'];
    // Cities with no teen track (content/locations: only Houston and Willow Bend have one).
    const noTeenTrack = ['austin', 'san-antonio', 'cedar-park'];
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const base = assess({ ...answers, Q1: undefined });
        expect(strip(assess({ ...answers, Q1: '18-plus' }))).toEqual(strip(base));
        const teen = assess({ ...answers, Q1: '13-17' });
        const { referral, ...routing } = strip(teen);
        const { referral: baseReferral, ...baseRouting } = strip(base);
        expect(routing).toEqual(baseRouting);
        const pointsToAdultCare = teen.rules.some((r) => adultOnly.includes(r.outcome.id));
        const farFromTeenTrack = !teen.stopped && noTeenTrack.includes(given(answers, 'L1')[0] ?? '');
        expect(referral ?? []).toEqual([...(baseReferral ?? []), ...(pointsToAdultCare || farFromTeenTrack ? ['level-not-offered'] : [])]);
        const baseNotes = base.notes.map((n) => n.id);
        const at = baseNotes.findIndex((id) => id === 'evenings');
        const teenNotes = farFromTeenTrack ? ['adolescent', 'no-teen-track-nearby'] : ['adolescent'];
        const withTeen = at < 0 ? [...baseNotes, ...teenNotes] : [...baseNotes.slice(0, at), ...teenNotes, ...baseNotes.slice(at)];
        expect(teen.notes.map((n) => n.id)).toEqual(teen.stopped ? [] : withTeen);
        const child = assess({ ...answers, Q1: 'under-13' });
        expect(child.outcome.id).toBe(crisisOutcome(answers) ?? 'child');
      }),
      RUNS,
    );
  });

  it('uses Q0 only for the wording', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const self = assess({ ...answers, Q0: 'self' });
        const other = assess({ ...answers, Q0: 'other' });
        expect(self.perspective).toBe('self');
        expect(other.perspective).toBe('other');
        expect(strip(other)).toEqual(strip(self));
        expect(other.notes.map((n) => n.id)).toEqual(self.notes.map((n) => n.id));
      }),
      RUNS,
    );
  });
});

describe('partial answers and skipping', () => {
  it('returns a complete, valid result for any partial answer set, even with unknown option ids', () => {
    fc.assert(
      fc.property(partialAnswers, fc.constantFrom(...QUESTION_IDS), fc.oneof(fc.string(), fc.array(fc.string())), (answers, question, junk) => {
        const result = assess({ ...answers, [question]: junk });
        expect(result.rules.length).toBeGreaterThan(0);
        expect(result.disclaimer).toMatch(DISCLAIMER);
        expect(result.sources.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('answers to questions skipped as irrelevant (W2, W3 after "none of these") change nothing', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const none = { ...answers, W1: ['none'] };
        expect(isQuestionRelevant('W2', none)).toBe(false);
        expect(isQuestionRelevant('W3', none)).toBe(false);
        expect(assess(none)).toEqual(assess({ ...none, W2: undefined, W3: undefined }));
      }),
      RUNS,
    );
  });

  it('a question is skipped after a stop answer only when the result already stops; unanswered lists only relevant questions', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        for (const id of QUESTION_IDS) {
          const gated = id === 'W2' || id === 'W3';
          if (!gated && !isQuestionRelevant(id, answers)) expect(result.stopped).toBe(true);
        }
        for (const id of result.unanswered) {
          expect(given(answers, id)).toEqual([]);
          expect(isQuestionRelevant(id, answers)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('honest referral out and location', () => {
  it('refers out for a child or a city not served, and exposes the chosen location', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        const reasons = result.referral?.reasons ?? [];
        expect(reasons.includes('not-served')).toBe(result.outcome.id === 'child');
        expect(reasons.includes('out-of-area')).toBe(has(answers, 'L1', 'none') && !result.stopped);
        if (result.referral) {
          expect(result.referral.links.map((l) => l.href)).toEqual(['https://findtreatment.gov/', 'tel:+18006624357']);
        }
        const city = given(answers, 'L1')[0];
        expect(result.location).toBe(city === undefined || city === 'none' ? null : city);
      }),
      RUNS,
    );
  });
});

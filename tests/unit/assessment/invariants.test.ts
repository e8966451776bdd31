/**
 * Property-based tests: the invariants of CLINICAL.md hold over random
 * complete and partial answer sets.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ASSESSMENT_SOURCE_IDS, assess, isQuestionRelevant } from '../../../src/assessment';
import { QUESTION_IDS } from '../../../src/assessment/types';
import type { Answers, AssessmentResult } from '../../../src/assessment';
import { anyAnswers, completeAnswers, given, has, partialAnswers, ruleIds, visibleTexts } from './helpers';

const RUNS = { numRuns: 1500 };
vi.setConfig({ testTimeout: 30_000 });

const withdrawalDanger = (a: Answers) =>
  (has(a, 'W1', 'alcohol') || has(a, 'W1', 'benzodiazepines')) && (has(a, 'W2', 'yes') || has(a, 'W3', 'yes'));

const DISCLAIMER = /only a licensed clinician can recommend a level of care, after a full assessment/i;

describe('crisis answers always yield the crisis outcome, whatever else is answered', () => {
  it('an emergency (S1 yes) yields "Call 911 now" and stops', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess({ ...answers, S1: 'yes' });
        expect(result.outcome.id).toBe('call-911');
        expect(ruleIds(result)).toEqual(['emergency']);
        expect(result.stopped).toBe(true);
      }),
      RUNS,
    );
  });

  it('suicidal thoughts now (S2) or danger to others (S3) yield "Call or text 988 now" unless an emergency outranks it', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom<Answers>({ S2: 'now' }, { S3: 'yes' }, { S2: 'now', S3: 'yes' }), (answers, crisis) => {
        const result = assess({ ...answers, ...crisis });
        const expected = has(answers, 'S1', 'yes') ? 'call-911' : 'call-988';
        expect(result.outcome.id).toBe(expected);
        expect(result.rules).toHaveLength(1);
        expect(result.stopped).toBe(true);
        if (expected === 'call-988') expect(result.outcome.body).toMatch(/come back to this later/);
      }),
      RUNS,
    );
  });

  it('any answer set with a crisis answer routes to that crisis outcome', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (has(answers, 'S1', 'yes')) expect(result.outcome.id).toBe('call-911');
        else if (has(answers, 'S2', 'now') || has(answers, 'S3', 'yes')) expect(result.outcome.id).toBe('call-988');
        else expect(['call-911', 'call-988']).not.toContain(result.outcome.id);
      }),
      RUNS,
    );
  });
});

describe('alcohol or benzodiazepines with withdrawal danger never yields "IOP may be a good fit" without detox first', () => {
  it('detox is the primary outcome whenever no stop rule fired', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (!withdrawalDanger(answers) || result.stopped) return;
        expect(result.outcome.id).toBe('detox-first');
        expect(result.rules.map((r) => r.outcome.id)).not.toContain('iop-discuss');
        expect(result.rules.map((r) => r.outcome.id)).not.toContain('iop-discuss-not-ready');
        expect(result.links[0]?.href).toBe('/programs/detox/');
      }),
      RUNS,
    );
  });

  it('"IOP may be a good fit" appears only without withdrawal danger', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (result.outcome.title.startsWith('IOP may be a good fit')) expect(withdrawalDanger(answers)).toBe(false);
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
          expect(rule.sources.length).toBeGreaterThan(0);
          expect(rule.outcome.sources.length).toBeGreaterThan(0);
          for (const source of [...rule.sources, ...rule.outcome.sources]) expect(result.sources).toContain(source);
        }
        expect(result.sources.length).toBeGreaterThan(0);
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

  it('a stop rule fires alone; the fallback fires only when no rule 4 to 11 did', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assess(answers);
        if (result.stopped) {
          expect(result.rules).toHaveLength(1);
          expect(result.notes).toEqual([]);
          expect(result.questionsToAsk).toEqual([]);
        }
        const ids = ruleIds(result);
        if (ids.includes('otherwise')) expect(ids).toEqual(['otherwise']);
        if (!result.stopped && !ids.includes('otherwise')) expect(result.rules.every((r) => r.priority >= 4 && r.priority <= 11)).toBe(true);
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
        expect(assess(answers)).toEqual(assess(answers));
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

  it('uses age only for the child stop, the adolescent note and referring teens out of adult-only care', () => {
    // Outcomes whose levels of care the provider offers to adults only (content/programs).
    const adultOnly = ['detox-first', 'opioid-withdrawal-first', 'more-support', 'higher-level', 'safety-at-home', 'stable-housing'];
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const base = assess({ ...answers, Q1: undefined });
        expect(strip(assess({ ...answers, Q1: '18-plus' }))).toEqual(strip(base));
        const teen = assess({ ...answers, Q1: '13-17' });
        const { referral, ...routing } = strip(teen);
        const { referral: baseReferral, ...baseRouting } = strip(base);
        expect(routing).toEqual(baseRouting);
        const pointsToAdultCare = teen.rules.some((r) => adultOnly.includes(r.outcome.id));
        expect(referral ?? []).toEqual([...(baseReferral ?? []), ...(pointsToAdultCare ? ['level-not-offered'] : [])]);
        expect(teen.notes.map((n) => n.id)).toEqual(teen.stopped ? [] : ['adolescent', ...base.notes.map((n) => n.id)]);
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

  it('a question is skipped after a stop answer only when the result already stops', () => {
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
          expect(result.sources).toEqual(expect.arrayContaining(['findtreatment-gov', 'samhsa-national-helpline']));
        }
        const city = given(answers, 'L1')[0];
        expect(result.location).toBe(city === undefined || city === 'none' ? null : city);
      }),
      RUNS,
    );
  });
});

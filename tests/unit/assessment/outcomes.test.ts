/**
 * One case per outcome: the answers that lead to it, the rules expected to
 * fire (priority order) and the answers shown as leading to the first rule.
 */
import { describe, expect, it } from 'vitest';
import { ASSESSMENT, assess, assessWith } from '../../../src/assessment';
import type { Answers, OutcomeId } from '../../../src/assessment';
import { OUTCOME_IDS } from '../../../src/assessment/types';
import { ruleIds } from './helpers';

interface Case {
  outcome: OutcomeId;
  answers: Answers;
  rules: string[];
  triggers: [string, string][];
  links: string[];
}

const adult: Answers = { Q0: 'self', Q1: '18-plus', S1: 'no', S2: 'no', S3: 'no', W1: ['cannabis'], W2: 'no', W3: 'no', B1: 'no', E1: 'no', R1: 'ready', P1: 'never', H1: 'yes', H2: 'yes', L1: 'austin' };

const CASES: Case[] = [
  { outcome: 'call-911', answers: { ...adult, S1: 'yes', S2: 'now', Q1: 'under-13' }, rules: ['emergency'], triggers: [['S1', 'yes']], links: ['/crisis/'] },
  { outcome: 'call-988', answers: { ...adult, S2: 'now', W1: ['alcohol'], W3: 'yes' }, rules: ['suicide-or-danger'], triggers: [['S2', 'now']], links: ['/crisis/'] },
  { outcome: 'call-988', answers: { ...adult, S3: 'yes' }, rules: ['suicide-or-danger'], triggers: [['S3', 'yes']], links: ['/crisis/'] },
  { outcome: 'child', answers: { ...adult, Q1: 'under-13', W1: ['alcohol'], W2: 'yes' }, rules: ['child'], triggers: [['Q1', 'under-13']], links: ['/crisis/'] },
  {
    outcome: 'detox-first',
    answers: { ...adult, W1: ['benzodiazepines', 'opioids'], W2: 'yes', E1: 'severe', H2: 'no', R1: 'not-ready' },
    rules: ['withdrawal-danger', 'opioids', 'mental-health', 'schedule-barrier'],
    triggers: [['W1', 'benzodiazepines'], ['W2', 'yes']],
    links: ['/programs/detox/', '/programs/intensive-outpatient/', '/programs/partial-hospitalization/', '/programs/residential/', '/crisis/', '/programs/outpatient/'],
  },
  {
    outcome: 'opioid-medication',
    answers: { ...adult, W1: ['opioids', 'stimulants'] },
    rules: ['opioids'],
    triggers: [['W1', 'opioids']],
    links: ['/programs/intensive-outpatient/'],
  },
  {
    outcome: 'opioid-withdrawal-first',
    answers: { ...adult, W1: ['opioids'], W3: 'yes' },
    rules: ['opioids'],
    triggers: [['W1', 'opioids'], ['W3', 'yes']],
    links: ['/programs/detox/', '/programs/intensive-outpatient/'],
  },
  { outcome: 'medical-first', answers: { ...adult, B1: 'pregnant', P1: 'during' }, rules: ['medical', 'failed-lower-level'], triggers: [['B1', 'pregnant']], links: ['/programs/intensive-outpatient/', '/programs/partial-hospitalization/', '/programs/residential/'] },
  { outcome: 'more-support', answers: { ...adult, S2: 'past' }, rules: ['mental-health'], triggers: [['S2', 'past']], links: ['/programs/partial-hospitalization/', '/programs/residential/', '/crisis/'] },
  { outcome: 'higher-level', answers: { ...adult, P1: 'during', H1: 'unstable' }, rules: ['failed-lower-level', 'environment-unstable'], triggers: [['P1', 'during']], links: ['/programs/partial-hospitalization/', '/programs/residential/', '/programs/sober-living/', '/programs/intensive-outpatient/'] },
  { outcome: 'safety-at-home', answers: { ...adult, H1: 'unsafe' }, rules: ['environment-unsafe'], triggers: [['H1', 'unsafe']], links: ['/crisis/', '/programs/residential/', '/programs/sober-living/', '/programs/intensive-outpatient/'] },
  { outcome: 'stable-housing', answers: { ...adult, H1: 'unstable', H2: 'no' }, rules: ['environment-unstable', 'schedule-barrier'], triggers: [['H1', 'unstable']], links: ['/programs/sober-living/', '/programs/intensive-outpatient/', '/programs/residential/', '/programs/outpatient/'] },
  { outcome: 'schedule-options', answers: { ...adult, H2: 'no' }, rules: ['schedule-barrier'], triggers: [['H2', 'no']], links: ['/programs/intensive-outpatient/', '/programs/outpatient/'] },
  { outcome: 'iop-discuss', answers: adult, rules: ['otherwise'], triggers: [], links: ['/programs/intensive-outpatient/', '/programs/outpatient/'] },
  { outcome: 'iop-discuss', answers: {}, rules: ['otherwise'], triggers: [], links: ['/programs/intensive-outpatient/', '/programs/outpatient/'] },
  {
    outcome: 'iop-discuss-not-ready',
    answers: { ...adult, R1: 'not-ready', W1: ['alcohol'], W2: 'not-sure' },
    rules: ['otherwise'],
    triggers: [['R1', 'not-ready']],
    links: ['/programs/intensive-outpatient/', '/therapies/family-therapy/', '/programs/intervention/'],
  },
];

describe('one case per outcome', () => {
  it('covers every outcome', () => {
    expect(new Set(CASES.map((c) => c.outcome))).toEqual(new Set(OUTCOME_IDS));
  });

  it.each(CASES.map((c) => [c.outcome, c] as const))('%s', (_, c) => {
    const result = assess(c.answers);
    expect(result.outcome.id).toBe(c.outcome);
    expect(ruleIds(result)).toEqual(c.rules);
    expect(result.rules[0]?.triggers.map((t) => [t.question, t.option])).toEqual(c.triggers);
    expect(result.links.map((l) => l.href)).toEqual(c.links);
    expect(result.disclaimer).toMatch(/only a licensed clinician can recommend a level of care/i);
  });
});

describe('details of the result', () => {
  it('words the result for "you" or "your loved one"', () => {
    expect(assess({ Q0: 'self', Q1: 'under-13' }).outcome.nextSteps[0]).toBe('Talk with a parent, a school counselor or your doctor.');
    expect(assess({ Q0: 'other', Q1: 'under-13' }).outcome.nextSteps[0]).toBe('Talk with the child’s pediatrician.');
  });

  it('notes the adolescent track for ages 13 to 17, without stopping', () => {
    const result = assess({ ...adult, Q1: '13-17' });
    expect(result.outcome.id).toBe('iop-discuss');
    expect(result.notes.map((n) => n.id)).toEqual(['adolescent']);
    expect(result.notes[0]?.text).toMatch(/6 hours a week/);
  });

  it('notes an unsure withdrawal history with alcohol or sedatives, and evening-only availability', () => {
    const result = assess({ ...adult, W1: ['alcohol'], W2: 'not-sure', H2: 'evenings' });
    expect(result.outcome.id).toBe('iop-discuss');
    expect(result.notes.map((n) => n.id)).toEqual(['withdrawal-unsure', 'evenings']);
  });

  it('exposes the chosen location, and refers out when no location is near', () => {
    expect(assess({ ...adult, L1: 'willow-bend' }).location).toBe('willow-bend');
    const away = assess({ ...adult, L1: 'none' });
    expect(away.location).toBeNull();
    expect(away.referral?.reasons).toEqual(['out-of-area']);
    expect(away.referral?.links.map((l) => l.label)).toEqual(['FindTreatment.gov', 'SAMHSA National Helpline: 1-800-662-4357']);
    expect(away.sources).toEqual(expect.arrayContaining(['findtreatment-gov', 'samhsa-national-helpline']));
    expect(assess(adult).referral).toBeNull();
  });

  it('refers out a child, whatever the location', () => {
    expect(assess({ Q1: 'under-13', L1: 'austin' }).referral?.reasons).toEqual(['not-served']);
  });

  it('refers out when a level of care the result points to is not offered', () => {
    const adultPrograms = ASSESSMENT.offeredPrograms.adult.filter((p) => p !== 'detox');
    const noDetox = { ...ASSESSMENT, offeredPrograms: { ...ASSESSMENT.offeredPrograms, adult: adultPrograms } };
    const result = assessWith(noDetox, { ...adult, W1: ['alcohol'], W3: 'yes' });
    expect(result.outcome.id).toBe('detox-first');
    expect(result.referral?.reasons).toEqual(['level-not-offered']);
    expect(assessWith(noDetox, adult).referral).toBeNull();
  });

  it('refers a teen out when the result points to a level of care offered to adults only', () => {
    const teen = assess({ ...adult, Q1: '13-17', W1: ['alcohol'], W2: 'yes' });
    expect(teen.outcome.id).toBe('detox-first');
    expect(teen.referral?.reasons).toEqual(['level-not-offered']);
    expect(assess({ ...adult, Q1: '13-17' }).referral).toBeNull();
    expect(assess({ ...adult, W1: ['alcohol'], W2: 'yes' }).referral).toBeNull();
  });

  it('lists questions to ask when calling, the outcome’s own first, and none for a stop', () => {
    const result = assess({ ...adult, W1: ['opioids'] });
    expect(result.questionsToAsk[0]).toBe('Do you offer or coordinate medication for opioid use?');
    expect(result.questionsToAsk).toContain('Who does the full assessment, and when?');
    expect(new Set(result.questionsToAsk).size).toBe(result.questionsToAsk.length);
    expect(assess({ S1: 'yes' }).questionsToAsk).toEqual([]);
  });

  it('lists the relevant questions left unanswered', () => {
    expect(assess({}).unanswered).toHaveLength(15);
    expect(assess({ ...adult, W1: ['none'], W2: undefined, W3: undefined }).unanswered).toEqual([]);
    expect(assess({ Q0: 'self', S1: 'yes' }).unanswered).toEqual(['Q1']);
  });
});

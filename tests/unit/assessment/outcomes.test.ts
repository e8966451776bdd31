/**
 * One case per outcome: the answers that lead to it, the rules expected to
 * fire (priority order) and the answers shown as leading to the first rule.
 */
import { describe, expect, it } from 'vitest';
import { ASSESSMENT, assess, assessWith, wording } from '../../../src/assessment';
import type { Answers, Outcome, OutcomeId } from '../../../src/assessment';
import { OUTCOME_IDS } from '../../../src/assessment/types';
import { ruleIds } from './helpers';

interface Case {
  /** The outcome under test; it comes first unless `first` says which one does. */
  outcome: OutcomeId;
  first?: OutcomeId;
  answers: Answers;
  rules: string[];
  triggers: [string, string][];
  links: string[];
}

const adult: Answers = { Q0: 'self', S1: 'no', S2: 'no', S3: 'no', S4: 'no', Q1: '18-plus', W1: ['cannabis'], W2: 'no', W3: 'no', B1: 'no', E1: 'no', R1: 'ready', P1: 'never', H1: 'yes', H2: 'yes', L1: 'austin' };

const CASES: Case[] = [
  { outcome: 'call-911', answers: { ...adult, S1: 'yes', S2: 'now', S4: 'yes', Q1: 'under-13' }, rules: ['emergency'], triggers: [['S1', 'yes']], links: ['/crisis/'] },
  { outcome: 'danger-at-home', answers: { ...adult, S2: 'now', S4: 'yes', Q1: 'under-13' }, rules: ['danger-at-home'], triggers: [['S4', 'yes']], links: ['/crisis/'] },
  { outcome: 'call-988', answers: { ...adult, S2: 'now', W1: ['alcohol'], W3: 'yes', Q1: 'under-13' }, rules: ['suicide-or-danger'], triggers: [['S2', 'now']], links: ['/crisis/'] },
  { outcome: 'call-988', answers: { ...adult, S3: 'yes' }, rules: ['suicide-or-danger'], triggers: [['S3', 'yes']], links: ['/crisis/'] },
  { outcome: 'child', answers: { ...adult, Q1: 'under-13', W1: ['alcohol'], W2: 'yes', B1: 'pregnant' }, rules: ['child'], triggers: [['Q1', 'under-13']], links: ['/crisis/'] },
  {
    outcome: 'pregnancy-care-first',
    answers: { ...adult, B1: 'pregnant', W1: ['opioids', 'alcohol'], W2: 'not-sure', W3: 'yes' },
    rules: ['pregnancy', 'withdrawal-danger', 'withdrawal-unsure', 'opioids'],
    triggers: [['B1', 'pregnant']],
    links: ['/therapies/medication-assisted-treatment/', '/programs/detox/', '/programs/intensive-outpatient/', '/programs/partial-hospitalization/', '/programs/residential/'],
  },
  {
    outcome: 'detox-first',
    answers: { ...adult, W1: ['benzodiazepines', 'opioids'], W2: 'yes', E1: 'severe', H2: 'no', R1: 'not-ready' },
    rules: ['withdrawal-danger', 'opioids', 'mental-health', 'schedule-barrier'],
    triggers: [['W1', 'benzodiazepines'], ['W2', 'yes']],
    links: ['/programs/detox/', '/programs/intensive-outpatient/', '/programs/partial-hospitalization/', '/programs/residential/', '/therapies/medication-assisted-treatment/', '/crisis/', '/programs/outpatient/'],
  },
  {
    outcome: 'withdrawal-check-first',
    answers: { ...adult, W1: ['alcohol'], W2: 'not-sure', R1: 'not-ready' },
    rules: ['withdrawal-unsure'],
    triggers: [['W1', 'alcohol'], ['W2', 'not-sure']],
    links: ['/programs/detox/', '/programs/intensive-outpatient/'],
  },
  {
    outcome: 'opioid-medication',
    answers: { ...adult, W1: ['opioids', 'stimulants'] },
    rules: ['opioids'],
    triggers: [['W1', 'opioids']],
    links: ['/programs/intensive-outpatient/', '/therapies/medication-assisted-treatment/'],
  },
  {
    outcome: 'opioid-withdrawal-first',
    answers: { ...adult, W1: ['opioids'], W3: 'yes' },
    rules: ['opioids'],
    triggers: [['W1', 'opioids'], ['W3', 'yes']],
    links: ['/programs/detox/', '/therapies/medication-assisted-treatment/', '/programs/intensive-outpatient/'],
  },
  {
    outcome: 'opioid-pregnancy',
    first: 'pregnancy-care-first',
    answers: { ...adult, W1: ['opioids'], W3: 'yes', B1: 'pregnant' },
    rules: ['pregnancy', 'opioids'],
    triggers: [['B1', 'pregnant']],
    links: ['/therapies/medication-assisted-treatment/', '/programs/intensive-outpatient/'],
  },
  { outcome: 'medical-first', answers: { ...adult, B1: 'medical', P1: 'during' }, rules: ['medical', 'failed-lower-level'], triggers: [['B1', 'medical']], links: ['/programs/intensive-outpatient/', '/programs/partial-hospitalization/', '/programs/residential/'] },
  { outcome: 'more-support', answers: { ...adult, S2: 'past' }, rules: ['mental-health'], triggers: [['S2', 'past']], links: ['/programs/partial-hospitalization/', '/programs/residential/', '/crisis/'] },
  { outcome: 'higher-level', answers: { ...adult, P1: 'during', H1: 'unstable' }, rules: ['failed-lower-level', 'environment-unstable'], triggers: [['P1', 'during']], links: ['/programs/partial-hospitalization/', '/programs/residential/', '/programs/sober-living/', '/programs/intensive-outpatient/'] },
  { outcome: 'safety-at-home', answers: { ...adult, H1: 'unsafe' }, rules: ['environment-unsafe'], triggers: [['H1', 'unsafe']], links: ['/crisis/', '/programs/residential/', '/programs/sober-living/', '/programs/intensive-outpatient/'] },
  { outcome: 'stable-housing', answers: { ...adult, H1: 'unstable', H2: 'no' }, rules: ['environment-unstable', 'schedule-barrier'], triggers: [['H1', 'unstable']], links: ['/programs/sober-living/', '/programs/intensive-outpatient/', '/programs/residential/', '/programs/outpatient/'] },
  { outcome: 'schedule-options', answers: { ...adult, H2: 'no' }, rules: ['schedule-barrier'], triggers: [['H2', 'no']], links: ['/programs/intensive-outpatient/', '/programs/outpatient/'] },
  { outcome: 'iop-discuss', answers: adult, rules: ['otherwise'], triggers: [], links: ['/programs/intensive-outpatient/', '/programs/outpatient/'] },
  { outcome: 'iop-discuss', answers: {}, rules: ['otherwise'], triggers: [], links: ['/programs/intensive-outpatient/', '/programs/outpatient/'] },
];

const textsOf = (outcome: Outcome) => [outcome.title, outcome.body, ...outcome.nextSteps];

describe('one case per outcome, in both wordings', () => {
  it('covers every outcome', () => {
    expect(new Set(CASES.map((c) => c.outcome))).toEqual(new Set(OUTCOME_IDS));
  });

  it.each(CASES.flatMap((c) => (['self', 'other'] as const).map((who) => [c.outcome, who, c] as const)))('%s (%s)', (_, who, c) => {
    const result = assess({ ...c.answers, Q0: who });
    expect(result.perspective).toBe(who);
    expect(result.outcome.id).toBe(c.first ?? c.outcome);
    expect(ruleIds(result)).toEqual(c.rules);
    const tested = result.rules.find((r) => r.outcome.id === c.outcome)?.outcome;
    if (!tested) throw new Error(`${c.outcome} did not fire`);
    expect(result.rules[0]?.triggers.map((t) => [t.question, t.option])).toEqual(c.triggers);
    expect(result.links.map((l) => l.href)).toEqual(c.links);
    expect(result.disclaimer).toMatch(/only a licensed clinician can recommend a level of care/i);
    expect(result.sources.length).toBeGreaterThan(0);
    const data = ASSESSMENT.outcomes.find((o) => o.id === c.outcome);
    if (!data) throw new Error(c.outcome);
    expect([tested.title, tested.body, ...tested.nextSteps]).toEqual(textsOf(data).map((t) => wording(t, who)));
    const shown = [tested.title, tested.body, ...tested.nextSteps].join(' ');
    if (who === 'other') expect(shown).not.toMatch(/\byour (doctor|life)\b|\bbefore you cut\b|\bif you are in danger\b/i);
  });
});

describe('details of the result', () => {
  it('words the result for "you" or "your loved one"', () => {
    expect(assess({ Q0: 'self', Q1: 'under-13' }).outcome.nextSteps[2]).toBe('Talk with a parent, a school counselor or your doctor.');
    expect(assess({ Q0: 'other', Q1: 'under-13' }).outcome.nextSteps[1]).toBe('Talk with the child’s pediatrician.');
    expect(assess({ Q0: 'other', W1: ['alcohol'], W2: 'not-sure' }).outcome.body).toContain('Before your loved one cuts down');
  });

  it('notes the adolescent track for ages 13 to 17, without stopping', () => {
    const result = assess({ ...adult, Q1: '13-17', L1: 'houston' });
    expect(result.outcome.id).toBe('iop-discuss');
    expect(result.notes.map((n) => n.id)).toEqual(['adolescent']);
    expect(result.notes[0]?.text).toMatch(/6 hours a week/);
    expect(result.referral).toBeNull();
  });

  it('tells a teen in a city with no teen track where it meets, and refers out too', () => {
    for (const city of ['austin', 'san-antonio', 'cedar-park']) {
      const result = assess({ ...adult, Q1: '13-17', L1: city });
      expect(result.outcome.id).toBe('iop-discuss');
      expect(result.notes.map((n) => n.id)).toEqual(['adolescent', 'no-teen-track-nearby']);
      expect(result.notes[1]?.text).toContain('Houston and Willow Bend (Plano) only');
      expect(result.referral?.reasons).toEqual(['level-not-offered']);
    }
    expect(assess({ ...adult, L1: 'austin' }).referral).toBeNull();
    expect(assess({ ...adult, Q1: '13-17', L1: 'willow-bend' }).referral).toBeNull();
  });

  it('puts an unsure withdrawal history with alcohol or sedatives in the headline, with the benzodiazepine and evening notes alongside', () => {
    const result = assess({ ...adult, W1: ['benzodiazepines'], W2: 'not-sure', H2: 'evenings' });
    expect(result.outcome.id).toBe('withdrawal-check-first');
    expect(result.notes.map((n) => n.id)).toEqual(['benzodiazepines', 'evenings']);
  });

  it('words the readiness note, and its links, for "you" or "your loved one"', () => {
    const self = assess({ ...adult, R1: 'unsure' }).notes.find((n) => n.id === 'not-ready');
    const other = assess({ ...adult, Q0: 'other', R1: 'not-ready' }).notes.find((n) => n.id === 'not-ready');
    expect(self?.links.map((l) => l.href)).toEqual(['/admissions/']);
    expect(other?.links.map((l) => l.href)).toEqual(['/therapies/family-therapy/', '/programs/intervention/']);
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
    expect(assess({ ...adult, Q1: '13-17', L1: 'houston' }).referral).toBeNull();
    expect(assess({ ...adult, W1: ['alcohol'], W2: 'yes' }).referral).toBeNull();
  });

  it('lists questions to ask when calling, the outcome’s own first, and none for a stop', () => {
    const result = assess({ ...adult, W1: ['opioids'] });
    expect(result.questionsToAsk[0]).toBe('Can you start buprenorphine, and how do you coordinate with an opioid treatment program for methadone?');
    expect(result.questionsToAsk).toContain('Who does the full assessment, and when?');
    expect(new Set(result.questionsToAsk).size).toBe(result.questionsToAsk.length);
    expect(assess({ S1: 'yes' }).questionsToAsk).toEqual([]);
  });

  it('lists the relevant questions left unanswered', () => {
    expect(assess({}).unanswered).toHaveLength(16);
    expect(assess({ ...adult, W1: ['none'], W2: undefined, W3: undefined }).unanswered).toEqual([]);
    expect(assess({ Q0: 'self', S1: 'yes' }).unanswered).toEqual([]);
    expect(assess({ Q0: 'self', S1: 'no', S2: 'now' }).unanswered).toEqual(['S4']);
    expect(assess({ Q0: 'self', Q1: 'under-13' }).unanswered).toEqual(['S1', 'S2', 'S3', 'S4']);
  });
});

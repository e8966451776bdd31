/**
 * The self-assessment as data, for clinical review (CLINICAL.md, version 2):
 * questions and the flags their answers set, routing rules (highest priority
 * first), outcomes, the additions that ride along, and links. The engine
 * (engine.ts) only reads this file; schema.ts checks it; explain.ts turns the
 * same rules into the no-JavaScript explanations. Texts never diagnose or
 * score: they point to a conversation with the clinical team. Plain literals
 * only, but for one pure call (withWords), so a bundle that does not use this
 * data can drop it. Each outcome's words (body, next steps, questions to ask)
 * sit in OUTCOME_WORDS, which withWords adds to the outcome with the same id:
 * the self-assessment island bundles those words, and the page carries the
 * rest (both have a byte budget, tests/build/budgets.test.ts).
 *
 * How to read it: each answer sets flags; a rule fires when every group in its
 * `when` has at least one flag set ([['alcohol', 'benzodiazepines'],
 * ['current-withdrawal']] reads "(alcohol or benzodiazepines) and
 * current-withdrawal"). Rules run from priority 1 down; a rule with
 * `stop: true` ends routing; the others add up, and the first one that fired
 * gives the main outcome. The fallback fires only when no other rule did.
 * A rule's `variants` swap in another outcome when their extra condition also
 * holds (the first that holds wins). Notes are additions that ride along with
 * any non-crisis result and never change which outcome comes first.
 * Text is either one string, or { self, other } for "you" / "your loved one".
 *
 * Age (Q1) is used only for the child stop and the adolescent track (45 CFR
 * 92.210: a decision-support tool must not discriminate; see engine.ts).
 */
import type { AssessmentData, Flag, Note, Outcome, OutcomeId, OutcomeWords } from './types';
import { STOP_OUTCOME_WORDS as STOP_EN } from './words/stop.en';
import { COMMON_QUESTIONS, MORE_OUTCOME_WORDS as MORE_EN, NOTE_TEXTS } from './words/more.en';

/** W1 answers that make the withdrawal questions W2 and W3 relevant. */
const SUBSTANCES = ['alcohol', 'benzodiazepines', 'opioids', 'stimulants', 'cannabis', 'other'];

/**
 * Each flag in a few plain words, for the explanations shown without
 * JavaScript ("Detox first, only with past withdrawal problems or withdrawal now").
 */
export const FLAG_PHRASES: Readonly<Record<Flag, string>> = {
  child: 'under 13',
  adolescent: 'ages 13 to 17',
  adult: '18 or older',
  emergency: 'a medical emergency now',
  'suicide-now': 'thoughts of suicide now',
  'suicide-history': 'past thoughts of suicide or self-harm',
  'danger-to-others': 'thoughts of seriously harming someone',
  'danger-at-home': 'someone at home in danger now',
  alcohol: 'daily alcohol',
  benzodiazepines: 'daily benzodiazepines or sedatives',
  opioids: 'daily opioids',
  stimulants: 'daily stimulants',
  cannabis: 'daily cannabis',
  'other-substance': 'another substance daily',
  'severe-withdrawal-history': 'past withdrawal problems',
  'withdrawal-unsure': 'not sure about past withdrawal',
  'current-withdrawal': 'withdrawal now',
  'medical-unmanaged': 'a medical condition no doctor is following',
  pregnant: 'pregnancy',
  'mh-severe': 'mental-health symptoms that make the day very hard',
  'mh-mild': 'some mental-health symptoms',
  'not-sure-yet': 'not sure yet about getting help',
  'not-ready': 'not ready for help',
  'failed-lower-level': 'use that went on during outpatient care or IOP',
  'environment-unstable': 'others using at home or no stable housing',
  'environment-unsafe': 'a home that is not safe',
  'evenings-only': 'evenings only',
  'schedule-barrier': 'not able to attend the usual schedule',
  'out-of-area': 'no location nearby',
  'no-teen-track-nearby': 'a city with no teen track',
};

/**
 * What each result says beyond its title, by outcome id: shown once the
 * questions are done. Kept apart from the outcomes below (in ./words/) so the
 * island's bundle carries the stop results' words and loads the rest once the
 * page is idle, while the page carries everything else; withWords adds each
 * entry to its outcome, so the data the engine reads is the same. The bundle
 * has a budget too (6 kB gzip with its code, tests/build/budgets.test.ts).
 */
// A pure call, so a bundle that does not use OUTCOME_WORDS (the island's) drops both halves.
export const OUTCOME_WORDS: Readonly<Record<OutcomeId, OutcomeWords>> = /* @__PURE__ */ Object.assign({}, STOP_EN, MORE_EN);

/** Adds each note's words (NOTE_TEXTS, in ./words/more.en.ts) to it; pure, like withWords. */
function withNoteTexts(notes: readonly Omit<Note, 'text'>[]): Note[] {
  return notes.map((note) => ({ ...note, text: NOTE_TEXTS[note.id as keyof typeof NOTE_TEXTS] }));
}

/**
 * Adds each outcome's words (OUTCOME_WORDS) to it. Marked pure, so a bundle
 * that uses only OUTCOME_WORDS (the island) drops ASSESSMENT whole.
 */
function withWords(outcomes: readonly Omit<Outcome, keyof OutcomeWords>[]): Outcome[] {
  return outcomes.map((outcome) => ({ ...outcome, ...OUTCOME_WORDS[outcome.id] }));
}

export const ASSESSMENT: AssessmentData = {
  questions: [
    {
      id: 'Q0',
      dimension: 'about',
      text: 'Who is this about?',
      options: [
        { id: 'self', label: 'Me', flags: [] },
        { id: 'other', label: 'Someone I care about', flags: [] },
      ],
    },
    {
      id: 'S1',
      dimension: 'safety',
      text: {
        self: 'Right now, are you having trouble breathing, chest pain, a seizure, or signs of overdose or alcohol poisoning?',
        other: 'Right now, is your loved one unresponsive, or having trouble breathing, chest pain, a seizure, or signs of overdose or alcohol poisoning?',
      },
      options: [
        { id: 'yes', label: 'Yes', flags: ['emergency'] },
        { id: 'no', label: 'No', flags: [] },
      ],
    },
    {
      id: 'S2',
      dimension: 'safety',
      text: {
        self: 'In the past month, have you thought of ending your life or harming yourself?',
        other: 'In the past month, has your loved one thought of ending their life or harming themselves?',
      },
      options: [
        { id: 'now', label: 'Yes, now or with a plan', flags: ['suicide-now'] },
        { id: 'past', label: 'Yes, in the past but not now', flags: ['suicide-history'] },
        { id: 'no', label: 'No', flags: [] },
      ],
    },
    {
      id: 'S3',
      dimension: 'safety',
      text: {
        self: 'Are you having thoughts of seriously harming someone else?',
        other: 'Is your loved one having thoughts of seriously harming someone else?',
      },
      options: [
        { id: 'yes', label: 'Yes', flags: ['danger-to-others'] },
        { id: 'no', label: 'No', flags: [] },
      ],
    },
    {
      id: 'S4',
      dimension: 'safety',
      text: {
        self: 'Right now, is anyone at home in danger or not safe? That includes you, a partner or a child.',
        other: 'Right now, is anyone at home in danger or not safe? That includes your loved one, a partner or a child.',
      },
      options: [
        { id: 'yes', label: 'Yes', flags: ['danger-at-home'] },
        { id: 'no', label: 'No', flags: [] },
      ],
    },
    {
      id: 'Q1',
      dimension: 'about',
      text: { self: 'How old are you?', other: 'How old is your loved one?' },
      options: [
        { id: 'under-13', label: 'Under 13', flags: ['child'] },
        { id: '13-17', label: '13 to 17', flags: ['adolescent'] },
        { id: '18-plus', label: '18 or older', flags: ['adult'] },
      ],
    },
    {
      id: 'W1',
      dimension: 'D1',
      text: {
        self: 'What do you use daily or almost daily? Choose all that apply.',
        other: 'What does your loved one use daily or almost daily? Choose all that apply.',
      },
      multiple: true,
      options: [
        { id: 'alcohol', label: 'Alcohol', flags: ['alcohol'] },
        { id: 'benzodiazepines', label: 'Benzodiazepines or sedatives (Xanax, sleeping pills)', flags: ['benzodiazepines'] },
        { id: 'opioids', label: 'Opioids, including fentanyl and pain pills', flags: ['opioids'] },
        { id: 'stimulants', label: 'Stimulants (cocaine, meth)', flags: ['stimulants'] },
        { id: 'cannabis', label: 'Cannabis', flags: ['cannabis'] },
        { id: 'other', label: 'Something else', flags: ['other-substance'] },
        { id: 'none', label: 'None of these', flags: [] },
      ],
    },
    {
      id: 'W2',
      dimension: 'D1',
      text: {
        self: 'When cutting down, have you ever had a seizure, hallucinations, severe shakes, sweats or vomiting, or needed a morning drink or dose to feel normal?',
        other: 'When cutting down, has your loved one ever had a seizure, hallucinations, severe shakes, sweats or vomiting, or needed a morning drink or dose to feel normal?',
      },
      options: [
        { id: 'yes', label: 'Yes', flags: ['severe-withdrawal-history'] },
        { id: 'not-sure', label: 'Not sure', flags: ['withdrawal-unsure'] },
        { id: 'no', label: 'No', flags: [] },
      ],
      onlyIf: { question: 'W1', anyOf: SUBSTANCES },
    },
    {
      id: 'W3',
      dimension: 'D1',
      text: {
        self: 'Now or in the last 24 to 48 hours, have you had withdrawal symptoms, such as shaking, sweating, vomiting, feeling very anxious, or seeing or hearing things? Using today is not withdrawal.',
        other: 'Now or in the last 24 to 48 hours, has your loved one had withdrawal symptoms, such as shaking, sweating, vomiting, feeling very anxious, or seeing or hearing things? Using today is not withdrawal.',
      },
      options: [
        { id: 'yes', label: 'Yes, withdrawal symptoms', flags: ['current-withdrawal'] },
        { id: 'no', label: 'No', flags: [] },
      ],
      onlyIf: { question: 'W1', anyOf: SUBSTANCES },
    },
    {
      id: 'B1',
      dimension: 'D2',
      text: 'Is there a pregnancy, or a serious medical condition no doctor is following?',
      options: [
        { id: 'pregnant', label: 'A pregnancy', flags: ['pregnant'] },
        { id: 'medical', label: 'A medical condition no doctor is following', flags: ['medical-unmanaged'] },
        { id: 'both', label: 'Both', flags: ['pregnant', 'medical-unmanaged'] },
        { id: 'no', label: 'No', flags: [] },
      ],
    },
    {
      id: 'E1',
      dimension: 'D3',
      text: {
        self: 'Do mental-health symptoms make it hard to get through the day or care for yourself?',
        other: 'Do mental-health symptoms make it hard for your loved one to get through the day or care for themselves?',
      },
      options: [
        { id: 'severe', label: 'Yes, it is very hard', flags: ['mh-severe'] },
        { id: 'some', label: 'Some, but coping', flags: ['mh-mild'] },
        { id: 'no', label: 'No', flags: [] },
      ],
    },
    {
      id: 'R1',
      dimension: 'D6',
      text: { self: 'How do you feel about getting help?', other: 'How does your loved one feel about getting help?' },
      options: [
        { id: 'ready', label: 'Ready', flags: [] },
        { id: 'unsure', label: 'Not sure yet', flags: ['not-sure-yet'] },
        { id: 'not-ready', label: 'Not ready', flags: ['not-ready'] },
      ],
    },
    {
      id: 'P1',
      dimension: 'D4',
      text: { self: 'Have you tried outpatient care or IOP before?', other: 'Has your loved one tried outpatient care or IOP before?' },
      options: [
        { id: 'during', label: 'Yes, and use went on during it', flags: ['failed-lower-level'] },
        { id: 'after', label: 'Yes, and use started again after it', flags: [] },
        { id: 'never', label: 'Never tried', flags: [] },
      ],
    },
    {
      id: 'H1',
      dimension: 'D5',
      text: { self: 'Is home a safe place to recover?', other: 'Is home a safe place for your loved one to recover?' },
      options: [
        { id: 'yes', label: 'Yes', flags: [] },
        { id: 'unstable', label: 'Others use there, or there is no stable housing', flags: ['environment-unstable'] },
        { id: 'unsafe', label: 'No: there is violence, or it is not safe', flags: ['environment-unsafe'] },
      ],
    },
    {
      id: 'H2',
      dimension: 'D6',
      text: {
        self: 'Could you attend about 3 hours a day, 3 to 5 days a week, for several weeks?',
        other: 'Could your loved one attend about 3 hours a day, 3 to 5 days a week, for several weeks?',
      },
      options: [
        { id: 'yes', label: 'Yes', flags: [] },
        { id: 'evenings', label: 'Only evenings', flags: ['evenings-only'] },
        { id: 'no', label: 'No', flags: ['schedule-barrier'] },
      ],
    },
    {
      id: 'L1',
      dimension: 'logistics',
      text: 'Which city is nearest?',
      options: [
        { id: 'austin', label: 'Austin', flags: ['no-teen-track-nearby'] },
        { id: 'houston', label: 'Houston', flags: [] },
        { id: 'san-antonio', label: 'San Antonio', flags: ['no-teen-track-nearby'] },
        { id: 'willow-bend', label: 'Willow Bend (Plano)', flags: [] },
        { id: 'cedar-park', label: 'Cedar Park', flags: ['no-teen-track-nearby'] },
        { id: 'none', label: 'None of these', flags: ['out-of-area'] },
      ],
    },
  ],

  rules: [
    {
      id: 'emergency',
      priority: 1,
      kind: 'safety',
      when: [['emergency']],
      outcome: 'call-911',
      // Nothing outranks 911: an emergency answer ends the questions at once (engine.ts, relevantQuestions).
      stop: true,
      why: 'An answer points to a medical emergency now.',
      sources: ['samhsa-overdose-toolkit', 'niaaa-alcohol-overdose'],
    },
    {
      id: 'danger-at-home',
      priority: 2,
      kind: 'safety',
      when: [['danger-at-home']],
      outcome: 'danger-at-home',
      stop: true,
      why: 'An answer says someone at home is in danger or not safe now.',
      sources: ['domestic-violence-hotline', 'lifeline-988'],
    },
    {
      id: 'suicide-or-danger',
      priority: 3,
      kind: 'safety',
      when: [['suicide-now', 'danger-to-others']],
      outcome: 'call-988',
      stop: true,
      why: 'An answer points to thoughts of suicide now, or thoughts of seriously harming someone.',
      sources: ['lifeline-988'],
    },
    {
      id: 'child',
      priority: 4,
      kind: 'eligibility',
      when: [['child']],
      outcome: 'child',
      stop: true,
      why: 'These programs serve ages 13 and up.',
      sources: ['samhsa-national-helpline', 'lifeline-988', 'findtreatment-gov', 'poison-help-hrsa'],
    },
    {
      id: 'pregnancy',
      priority: 5,
      kind: 'level-of-care',
      when: [['pregnant']],
      outcome: 'pregnancy-care-first',
      stop: false,
      why: 'A pregnancy: medical care comes first, and no substance should be stopped suddenly.',
      sources: ['samhsa-pregnancy-oud-guidance', 'samhsa-tip-63', 'ecfr-45-cfr-96-131'],
    },
    {
      id: 'withdrawal-danger',
      priority: 6,
      kind: 'level-of-care',
      when: [
        ['alcohol', 'benzodiazepines'],
        ['severe-withdrawal-history', 'current-withdrawal'],
      ],
      outcome: 'detox-first',
      stop: false,
      why: 'Daily alcohol or sedatives with past withdrawal problems or withdrawal now: stopping suddenly is dangerous.',
      sources: ['samhsa-tip-45', 'asam-criteria'],
    },
    {
      id: 'withdrawal-unsure',
      priority: 7,
      kind: 'level-of-care',
      when: [['alcohol', 'benzodiazepines'], ['withdrawal-unsure']],
      outcome: 'withdrawal-check-first',
      stop: false,
      why: 'Daily alcohol or sedatives, and past withdrawal is not known: stopping suddenly could be dangerous.',
      sources: ['samhsa-tip-45', 'asam-criteria'],
    },
    {
      id: 'opioids',
      priority: 8,
      kind: 'level-of-care',
      when: [['opioids']],
      outcome: 'opioid-medication',
      stop: false,
      why: 'Daily opioid use: medication works, and overdose risk rises after a break in use.',
      sources: ['samhsa-tip-63', 'samhsa-overdose-toolkit'],
      variants: [
        {
          when: [['pregnant']],
          outcome: 'opioid-pregnancy',
          why: 'Daily opioid use during a pregnancy: medication is the standard of care, not detox.',
          sources: ['samhsa-pregnancy-oud-guidance'],
        },
        {
          when: [['current-withdrawal']],
          outcome: 'opioid-withdrawal-first',
          why: 'Daily opioid use with withdrawal symptoms now: withdrawal care or medication comes first.',
          sources: ['samhsa-tip-45'],
        },
      ],
    },
    {
      id: 'medical',
      priority: 9,
      kind: 'level-of-care',
      when: [['medical-unmanaged']],
      outcome: 'medical-first',
      stop: false,
      why: 'A serious medical condition no doctor is following.',
      sources: ['asam-criteria', 'samhsa-tip-47'],
    },
    {
      id: 'mental-health',
      priority: 10,
      kind: 'level-of-care',
      when: [['mh-severe', 'suicide-history']],
      outcome: 'more-support',
      stop: false,
      why: 'Mental-health symptoms that make the day very hard, or past thoughts of suicide or self-harm.',
      sources: ['samhsa-tip-42', 'asam-criteria', 'lifeline-988'],
    },
    {
      id: 'failed-lower-level',
      priority: 11,
      kind: 'level-of-care',
      when: [['failed-lower-level']],
      outcome: 'higher-level',
      stop: false,
      why: 'Use went on during outpatient care or IOP.',
      sources: ['asam-criteria'],
    },
    {
      id: 'environment-unsafe',
      priority: 12,
      kind: 'level-of-care',
      when: [['environment-unsafe']],
      outcome: 'safety-at-home',
      stop: false,
      why: 'Home is not a safe place to recover.',
      sources: ['asam-criteria', 'domestic-violence-hotline', 'tx-hsc-469', 'usc-18-220'],
    },
    {
      id: 'environment-unstable',
      priority: 13,
      kind: 'level-of-care',
      when: [['environment-unstable']],
      outcome: 'stable-housing',
      stop: false,
      why: 'Others use at home, or housing is unstable.',
      sources: ['asam-criteria', 'samhsa-tip-47', 'tx-hsc-469', 'usc-18-220'],
    },
    {
      id: 'schedule-barrier',
      priority: 14,
      kind: 'level-of-care',
      when: [['schedule-barrier']],
      outcome: 'schedule-options',
      stop: false,
      why: 'The usual schedule is hard to attend.',
      sources: ['samhsa-tip-47', 'samhsa-iop-advisory-2021'],
    },
    {
      id: 'otherwise',
      priority: 15,
      kind: 'fallback',
      when: [],
      outcome: 'iop-discuss',
      stop: false,
      why: 'No answer points to another level of care.',
      sources: ['samhsa-iop-advisory-2021', 'samhsa-tip-47', 'asam-criteria'],
    },
  ],

  // Each outcome gets its words from OUTCOME_WORDS (above), by id.
  outcomes: /* @__PURE__ */ withWords([
    {
      id: 'call-911',
      title: 'Call 911 now',
      links: ['crisis'],
      levels: [],
      sources: ['samhsa-overdose-toolkit', 'niaaa-alcohol-overdose'],
    },
    {
      id: 'danger-at-home',
      title: 'Get help now: call 911 if anyone is in danger',
      links: ['crisis'],
      levels: [],
      sources: ['domestic-violence-hotline', 'lifeline-988'],
    },
    {
      id: 'call-988',
      title: 'Call or text 988 now',
      links: ['crisis'],
      levels: [],
      sources: ['lifeline-988'],
    },
    {
      id: 'child',
      title: { self: 'Talk with a parent or your doctor', other: 'Start with the child’s pediatrician' },
      links: ['crisis'],
      levels: [],
      sources: ['samhsa-national-helpline', 'lifeline-988', 'findtreatment-gov', 'poison-help-hrsa'],
      referOut: true,
    },
    {
      id: 'pregnancy-care-first',
      title: 'Medical care first, today',
      links: ['medication'],
      levels: [],
      sources: ['samhsa-pregnancy-oud-guidance', 'samhsa-tip-63', 'ecfr-45-cfr-96-131', 'asam-criteria'],
    },
    {
      id: 'detox-first',
      title: 'Medically supervised withdrawal (detox) first',
      links: ['detox', 'intensive-outpatient', 'partial-hospitalization', 'residential'],
      levels: ['detox'],
      sources: ['samhsa-tip-45', 'asam-criteria'],
    },
    {
      id: 'withdrawal-check-first',
      title: 'Ask for a medical withdrawal check before cutting down; do not stop suddenly',
      links: ['detox', 'intensive-outpatient'],
      levels: [],
      sources: ['samhsa-tip-45', 'asam-criteria'],
    },
    {
      id: 'opioid-medication',
      title: 'Opioid use does not rule out IOP',
      links: ['intensive-outpatient', 'medication'],
      levels: ['intensive-outpatient'],
      sources: ['samhsa-tip-63', 'samhsa-overdose-toolkit'],
    },
    {
      id: 'opioid-withdrawal-first',
      title: 'Start withdrawal care or medication first',
      links: ['detox', 'medication', 'intensive-outpatient'],
      levels: ['detox'],
      sources: ['samhsa-tip-63', 'samhsa-tip-45', 'samhsa-overdose-toolkit'],
    },
    {
      id: 'opioid-pregnancy',
      title: 'Medication for opioid use, alongside prenatal care',
      links: ['medication', 'intensive-outpatient'],
      levels: ['intensive-outpatient'],
      sources: ['samhsa-pregnancy-oud-guidance', 'samhsa-tip-63', 'samhsa-overdose-toolkit'],
    },
    {
      id: 'medical-first',
      title: 'A medical evaluation first',
      links: ['intensive-outpatient'],
      levels: [],
      sources: ['asam-criteria', 'samhsa-tip-47'],
    },
    {
      id: 'more-support',
      title: 'More support than IOP may be safer',
      links: ['partial-hospitalization', 'residential', 'crisis'],
      levels: ['partial-hospitalization', 'residential'],
      sources: ['samhsa-tip-42', 'asam-criteria', 'lifeline-988'],
    },
    {
      id: 'higher-level',
      title: 'Partial hospitalization or residential may be the better start',
      links: ['partial-hospitalization', 'residential'],
      levels: ['partial-hospitalization', 'residential'],
      sources: ['asam-criteria'],
    },
    {
      id: 'safety-at-home',
      title: 'Safety first',
      links: ['crisis', 'residential', 'sober-living', 'intensive-outpatient'],
      levels: ['residential', 'sober-living'],
      sources: ['asam-criteria', 'domestic-violence-hotline', 'tx-hsc-469', 'usc-18-220'],
    },
    {
      id: 'stable-housing',
      title: 'IOP with sober living, or residential',
      links: ['sober-living', 'intensive-outpatient', 'residential'],
      levels: ['sober-living', 'residential'],
      sources: ['asam-criteria', 'samhsa-tip-47', 'tx-hsc-469', 'usc-18-220'],
    },
    {
      id: 'schedule-options',
      title: 'Evening, telehealth or outpatient options',
      links: ['intensive-outpatient', 'outpatient'],
      levels: ['intensive-outpatient', 'outpatient'],
      sources: ['samhsa-tip-47', 'samhsa-iop-advisory-2021'],
    },
    {
      id: 'iop-discuss',
      title: 'IOP may be a good fit to discuss with the clinical team',
      links: ['intensive-outpatient', 'outpatient'],
      levels: ['intensive-outpatient'],
      sources: ['samhsa-iop-advisory-2021', 'samhsa-tip-47'],
    },
  ]),

  links: {
    detox: { href: '/programs/detox/', label: 'Detox (medically supervised withdrawal)' },
    'partial-hospitalization': { href: '/programs/partial-hospitalization/', label: 'Partial hospitalization' },
    residential: { href: '/programs/residential/', label: 'Residential care' },
    'sober-living': { href: '/programs/sober-living/', label: 'Sober living' },
    intervention: { href: '/programs/intervention/', label: 'Intervention (CRAFT-informed family planning)' },
    'intensive-outpatient': { href: '/programs/intensive-outpatient/', label: 'Intensive outpatient (IOP)' },
    outpatient: { href: '/programs/outpatient/', label: 'Outpatient' },
    family: { href: '/therapies/family-therapy/', label: 'Family program' },
    medication: { href: '/therapies/medication-assisted-treatment/', label: 'Medication for addiction treatment' },
    'contingency-management': { href: '/therapies/contingency-management/', label: 'Contingency management' },
    admissions: { href: '/admissions/', label: 'What happens when you call' },
    crisis: { href: '/crisis/', label: 'Crisis resources' },
    findtreatment: { href: 'https://findtreatment.gov/', label: 'FindTreatment.gov' },
    helpline: { href: 'tel:+18006624357', label: 'SAMHSA National Helpline: 1-800-662-4357' },
    'dv-hotline-call': { href: 'tel:+18007997233', label: 'Call the National Domestic Violence Hotline: 1-800-799-7233' },
    'dv-hotline-text': { href: 'sms:88788?body=START', label: 'Text START to 88788' },
  },

  notes: /* @__PURE__ */ withNoteTexts([
    {
      id: 'benzodiazepines',
      when: [['benzodiazepines']],
      sources: ['samhsa-tip-45'],
    },
    {
      id: 'not-ready',
      when: [['not-ready', 'not-sure-yet']],
      links: { self: ['admissions'], other: ['family', 'intervention'] },
      sources: ['samhsa-tip-35', 'samhsa-tip-39'],
    },
    {
      id: 'stimulants',
      when: [['stimulants']],
      links: ['contingency-management', 'intensive-outpatient'],
      sources: ['samhsa-stimulant-guide', 'samhsa-tip-47'],
    },
    {
      id: 'adolescent',
      when: [['adolescent']],
      sources: ['samhsa-tip-47', 'samhsa-iop-advisory-2021'],
    },
    {
      id: 'no-teen-track-nearby',
      when: [['adolescent'], ['no-teen-track-nearby']],
      notOffered: true,
      sources: ['findtreatment-gov', 'samhsa-national-helpline'],
    },
    {
      id: 'evenings',
      // Teens see the teen track's own note; this one is about the adult tracks.
      when: [['evenings-only'], ['adult']],
      sources: ['samhsa-tip-47'],
    },
  ]),

  // As in content/programs: detox, PHP, residential, outpatient and sober living serve adults only.
  offeredPrograms: {
    adult: ['detox', 'partial-hospitalization', 'residential', 'sober-living', 'intervention', 'intensive-outpatient', 'outpatient'],
    adolescent: ['intervention', 'intensive-outpatient'],
  },

  referral: {
    text: 'FindTreatment.gov lists licensed programs near you; the SAMHSA National Helpline gives free, confidential referrals any time.',
    links: ['findtreatment', 'helpline'],
    sources: ['findtreatment-gov', 'samhsa-national-helpline'],
  },

  commonQuestions: COMMON_QUESTIONS,

  disclaimer: 'This is not a diagnosis. Only a licensed clinician can recommend a level of care, after a full assessment.',
};

/**
 * The self-assessment as data, for clinical review: questions and the flags
 * their answers set, routing rules (CLINICAL.md, highest priority first),
 * outcomes, notes and links. The engine (engine.ts) only reads this file;
 * schema.ts checks it. Texts never diagnose or score: they point to a
 * conversation with the clinical team. Plain literals only (no function
 * calls), so a bundle that does not use this data can drop it.
 *
 * How to read it: each answer sets flags; a rule fires when every group in its
 * `when` has at least one flag set ([['alcohol', 'benzodiazepines'],
 * ['current-withdrawal']] reads "(alcohol or benzodiazepines) and
 * current-withdrawal"). Rules run from priority 1 down; a rule with
 * `stop: true` ends routing; the others add up, and the first one that fired
 * gives the main outcome. The fallback fires only when no other rule did.
 * A `variant` swaps in another outcome when its extra condition also holds.
 * Text is either one string, or { self, other } for "you" / "your loved one".
 */
import type { AssessmentData } from './types';

/** W1 answers that make the withdrawal questions W2 and W3 relevant. */
const SUBSTANCES = ['alcohol', 'benzodiazepines', 'opioids', 'stimulants', 'cannabis', 'other'];

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
      id: 'S1',
      dimension: 'safety',
      text: {
        self: 'Right now, are you having trouble breathing, chest pain, a seizure or signs of overdose?',
        other: 'Right now, is your loved one unresponsive, or having trouble breathing, chest pain, a seizure or signs of overdose?',
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
        self: 'Are you thinking of seriously harming someone, or is someone at home in danger?',
        other: 'Is your loved one thinking of seriously harming someone, or is someone at home in danger?',
      },
      options: [
        { id: 'yes', label: 'Yes', flags: ['danger-to-others'] },
        { id: 'no', label: 'No', flags: [] },
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
        self: 'Have you used today, or had withdrawal symptoms in the last 24 to 48 hours?',
        other: 'Has your loved one used today, or had withdrawal symptoms in the last 24 to 48 hours?',
      },
      options: [
        { id: 'yes', label: 'Yes', flags: ['current-withdrawal'] },
        { id: 'no', label: 'No', flags: [] },
      ],
      onlyIf: { question: 'W1', anyOf: SUBSTANCES },
    },
    {
      id: 'B1',
      dimension: 'D2',
      text: 'Is there a serious medical condition no doctor is following, or a pregnancy?',
      options: [
        { id: 'medical', label: 'A medical condition', flags: ['medical-unmanaged'] },
        { id: 'pregnant', label: 'Pregnancy', flags: ['pregnant'] },
        { id: 'both', label: 'Both', flags: ['medical-unmanaged', 'pregnant'] },
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
      dimension: 'D4',
      text: { self: 'How do you feel about getting help?', other: 'How does your loved one feel about getting help?' },
      options: [
        { id: 'ready', label: 'Ready', flags: [] },
        { id: 'unsure', label: 'Unsure', flags: [] },
        { id: 'not-ready', label: 'Not ready', flags: ['not-ready'] },
      ],
    },
    {
      id: 'P1',
      dimension: 'D5',
      text: { self: 'Have you tried outpatient care or IOP before?', other: 'Has your loved one tried outpatient care or IOP before?' },
      options: [
        { id: 'during', label: 'Yes, and use went on during it', flags: ['failed-lower-level'] },
        { id: 'after', label: 'Yes, and use started again after it', flags: [] },
        { id: 'never', label: 'Never tried', flags: [] },
      ],
    },
    {
      id: 'H1',
      dimension: 'D6',
      text: { self: 'Is home a safe place to recover?', other: 'Is home a safe place for your loved one to recover?' },
      options: [
        { id: 'yes', label: 'Yes', flags: [] },
        { id: 'unstable', label: 'Others use there, or there is no stable housing', flags: ['environment-unstable'] },
        { id: 'unsafe', label: 'No: there is violence, or it is not safe', flags: ['environment-unsafe'] },
      ],
    },
    {
      id: 'H2',
      dimension: 'logistics',
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
        { id: 'austin', label: 'Austin', flags: [] },
        { id: 'houston', label: 'Houston', flags: [] },
        { id: 'san-antonio', label: 'San Antonio', flags: [] },
        { id: 'willow-bend', label: 'Willow Bend (Plano)', flags: [] },
        { id: 'cedar-park', label: 'Cedar Park', flags: [] },
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
      stop: true,
      why: 'An answer points to a medical emergency now.',
      sources: ['samhsa-overdose-toolkit'],
    },
    {
      id: 'suicide-or-danger',
      priority: 2,
      kind: 'safety',
      when: [['suicide-now', 'danger-to-others']],
      outcome: 'call-988',
      stop: true,
      why: 'An answer points to suicidal thoughts now, or someone in danger.',
      sources: ['lifeline-988'],
    },
    {
      id: 'child',
      priority: 3,
      kind: 'eligibility',
      when: [['child']],
      outcome: 'child',
      stop: true,
      why: 'These programs serve ages 13 and up.',
      sources: ['samhsa-national-helpline', 'findtreatment-gov'],
    },
    {
      id: 'withdrawal-danger',
      priority: 4,
      kind: 'level-of-care',
      when: [
        ['alcohol', 'benzodiazepines'],
        ['severe-withdrawal-history', 'current-withdrawal'],
      ],
      outcome: 'detox-first',
      stop: false,
      why: 'Alcohol or sedatives with signs of withdrawal: stopping suddenly is dangerous.',
      sources: ['samhsa-tip-45', 'asam-criteria'],
    },
    {
      id: 'opioids',
      priority: 5,
      kind: 'level-of-care',
      when: [['opioids']],
      outcome: 'opioid-medication',
      stop: false,
      why: 'Opioid use: medication helps, and overdose risk rises after a break.',
      sources: ['samhsa-tip-63', 'samhsa-overdose-toolkit'],
      variant: {
        when: [['current-withdrawal']],
        outcome: 'opioid-withdrawal-first',
        why: 'Opioid use with withdrawal now: detox or medication first.',
        sources: ['samhsa-tip-45'],
      },
    },
    {
      id: 'medical',
      priority: 6,
      kind: 'level-of-care',
      when: [['medical-unmanaged', 'pregnant']],
      outcome: 'medical-first',
      stop: false,
      why: 'A medical condition no doctor is following, or a pregnancy.',
      sources: ['asam-criteria', 'samhsa-tip-47'],
    },
    {
      id: 'mental-health',
      priority: 7,
      kind: 'level-of-care',
      when: [['mh-severe', 'suicide-history']],
      outcome: 'more-support',
      stop: false,
      why: 'Severe mental-health symptoms, or past suicidal thoughts.',
      sources: ['samhsa-tip-42', 'asam-criteria', 'lifeline-988'],
    },
    {
      id: 'failed-lower-level',
      priority: 8,
      kind: 'level-of-care',
      when: [['failed-lower-level']],
      outcome: 'higher-level',
      stop: false,
      why: 'Use went on during outpatient care or IOP.',
      sources: ['asam-criteria'],
    },
    {
      id: 'environment-unsafe',
      priority: 9,
      kind: 'level-of-care',
      when: [['environment-unsafe']],
      outcome: 'safety-at-home',
      stop: false,
      why: 'Home is not a safe place to recover.',
      sources: ['asam-criteria'],
    },
    {
      id: 'environment-unstable',
      priority: 10,
      kind: 'level-of-care',
      when: [['environment-unstable']],
      outcome: 'stable-housing',
      stop: false,
      why: 'Others use at home, or housing is unstable.',
      sources: ['asam-criteria', 'samhsa-tip-47'],
    },
    {
      id: 'schedule-barrier',
      priority: 11,
      kind: 'level-of-care',
      when: [['schedule-barrier']],
      outcome: 'schedule-options',
      stop: false,
      why: 'The usual schedule is hard to attend.',
      sources: ['samhsa-tip-47', 'samhsa-iop-advisory-2021'],
    },
    {
      id: 'otherwise',
      priority: 12,
      kind: 'fallback',
      when: [],
      outcome: 'iop-discuss',
      stop: false,
      why: 'No answer points to another level of care.',
      sources: ['samhsa-iop-advisory-2021', 'samhsa-tip-47', 'asam-criteria'],
      variant: {
        when: [['not-ready']],
        outcome: 'iop-discuss-not-ready',
        why: 'Not feeling ready is common, and family can help.',
        sources: ['samhsa-tip-35', 'samhsa-tip-39'],
      },
    },
  ],

  outcomes: [
    {
      id: 'call-911',
      title: 'Call 911 now',
      body: 'This may be a medical emergency. If an opioid overdose is possible, give naloxone (Narcan) if it is at hand.',
      nextSteps: ['Call 911.', 'Stay until help arrives.'],
      links: ['crisis'],
      ask: [],
      levels: [],
      sources: ['samhsa-overdose-toolkit'],
    },
    {
      id: 'call-988',
      title: 'Call or text 988 now',
      body: 'A trained counselor answers any time (press 2 for Spanish). If anyone is in immediate danger, call 911. You can come back to this later.',
      nextSteps: ['Call or text 988.'],
      links: ['crisis'],
      ask: [],
      levels: [],
      sources: ['lifeline-988'],
    },
    {
      id: 'child',
      title: 'Start with a pediatrician',
      body: 'These programs do not serve children under 13. A pediatrician can help find the right care.',
      nextSteps: [
        { self: 'Talk with a parent, a school counselor or your doctor.', other: 'Talk with the child’s pediatrician.' },
        'In a crisis, call or text 988.',
      ],
      links: ['crisis'],
      ask: [],
      levels: [],
      sources: ['samhsa-national-helpline', 'findtreatment-gov', 'lifeline-988'],
      referOut: true,
    },
    {
      id: 'detox-first',
      title: 'Medically supervised withdrawal (detox) first',
      body: 'Stopping alcohol or sedatives suddenly, alone, can cause seizures or confusion. Detox comes first; then IOP, partial hospitalization or residential care.',
      nextSteps: ['Do not stop suddenly alone.', 'Call 911 for confusion or a seizure.'],
      links: ['detox', 'intensive-outpatient', 'partial-hospitalization', 'residential'],
      ask: ['How does the move from detox to IOP work?'],
      levels: ['detox'],
      sources: ['samhsa-tip-45', 'asam-criteria'],
    },
    {
      id: 'opioid-medication',
      title: 'Opioid use does not rule out IOP',
      body: 'Medication (buprenorphine, methadone or naltrexone) works, and IOP coordinates it. Overdose risk rises after a break in use: keep naloxone at hand.',
      nextSteps: ['Ask about medication for opioid use.'],
      links: ['intensive-outpatient'],
      ask: ['Do you offer or coordinate medication for opioid use?'],
      levels: ['intensive-outpatient'],
      sources: ['samhsa-tip-63', 'samhsa-overdose-toolkit'],
    },
    {
      id: 'opioid-withdrawal-first',
      title: 'Start detox or medication first',
      body: 'With withdrawal now, start with detox or medication (buprenorphine or methadone); IOP can follow. Overdose risk rises after a break in use: keep naloxone at hand.',
      nextSteps: ['Ask about detox or starting medication.'],
      links: ['detox', 'intensive-outpatient'],
      ask: ['Do you offer or coordinate medication for opioid use?'],
      levels: ['detox'],
      sources: ['samhsa-tip-63', 'samhsa-tip-45', 'samhsa-overdose-toolkit'],
    },
    {
      id: 'medical-first',
      title: 'A medical evaluation first',
      body: 'A medical condition no doctor is following, or a pregnancy, needs a medical evaluation first; then the level of care can be chosen safely.',
      nextSteps: ['See a doctor or prenatal care provider soon.'],
      links: ['intensive-outpatient'],
      ask: ['Can you work with a doctor or prenatal care?'],
      levels: [],
      sources: ['asam-criteria', 'samhsa-tip-47'],
    },
    {
      id: 'more-support',
      title: 'More support than IOP may be safer',
      body: 'Partial hospitalization or residential care with psychiatric care may be safer than IOP. 988 is there any time.',
      nextSteps: ['Call or text 988 in a crisis.'],
      links: ['partial-hospitalization', 'residential', 'crisis'],
      ask: ['Is psychiatric care part of the program?'],
      levels: ['partial-hospitalization', 'residential'],
      sources: ['samhsa-tip-42', 'asam-criteria', 'lifeline-988'],
    },
    {
      id: 'higher-level',
      title: 'Partial hospitalization or residential may be the better start',
      body: 'When use went on during outpatient care or IOP, more structure may help: partial hospitalization (20 or more hours a week) or residential care.',
      nextSteps: ['Ask which level gives enough structure.'],
      links: ['partial-hospitalization', 'residential'],
      ask: [],
      levels: ['partial-hospitalization', 'residential'],
      sources: ['asam-criteria'],
    },
    {
      id: 'safety-at-home',
      title: 'Safety first',
      body: 'If anyone is in immediate danger, call 911. Then residential care, or IOP with sober living, offers a safer place to recover.',
      nextSteps: ['Call 911 in immediate danger.'],
      links: ['crisis', 'residential', 'sober-living', 'intensive-outpatient'],
      ask: ['Can you help find sober living?'],
      levels: ['residential', 'sober-living'],
      sources: ['asam-criteria'],
    },
    {
      id: 'stable-housing',
      title: 'IOP with sober living, or residential',
      body: 'Recovery is harder where others use or housing is unstable; sober living or residential care can help.',
      nextSteps: ['Look at sober living near the program.'],
      links: ['sober-living', 'intensive-outpatient', 'residential'],
      ask: ['Can you help find sober living?'],
      levels: ['sober-living', 'residential'],
      sources: ['asam-criteria', 'samhsa-tip-47'],
    },
    {
      id: 'schedule-options',
      title: 'Evening, telehealth or outpatient options',
      body: 'Ask about evening or telehealth tracks, or outpatient care after an assessment.',
      nextSteps: ['Ask which tracks fit work or school.'],
      links: ['intensive-outpatient', 'outpatient'],
      ask: [],
      levels: ['intensive-outpatient', 'outpatient'],
      sources: ['samhsa-tip-47', 'samhsa-iop-advisory-2021'],
    },
    {
      id: 'iop-discuss',
      title: 'IOP may be a good fit to discuss with the clinical team',
      body: 'IOP is usually about 3 hours a day, 3 to 5 days a week, day or evening, while living at home.',
      nextSteps: ['Call admissions to talk it through.'],
      links: ['intensive-outpatient', 'outpatient'],
      ask: [],
      levels: ['intensive-outpatient'],
      sources: ['samhsa-iop-advisory-2021', 'samhsa-tip-47'],
    },
    {
      id: 'iop-discuss-not-ready',
      title: 'IOP may be a good fit to discuss with the clinical team',
      body: 'Feeling unsure or not ready is common, and family can help: see the family program and intervention pages.',
      nextSteps: ['Call admissions to talk it through.'],
      links: ['intensive-outpatient', 'family', 'intervention'],
      ask: ['How can family get support now?'],
      levels: ['intensive-outpatient'],
      sources: ['samhsa-iop-advisory-2021', 'samhsa-tip-35', 'samhsa-tip-39'],
    },
  ],

  links: {
    detox: { href: '/programs/detox/', label: 'Detox (medically supervised withdrawal)' },
    'partial-hospitalization': { href: '/programs/partial-hospitalization/', label: 'Partial hospitalization' },
    residential: { href: '/programs/residential/', label: 'Residential care' },
    'sober-living': { href: '/programs/sober-living/', label: 'Sober living' },
    intervention: { href: '/programs/intervention/', label: 'Intervention' },
    'intensive-outpatient': { href: '/programs/intensive-outpatient/', label: 'Intensive outpatient (IOP)' },
    outpatient: { href: '/programs/outpatient/', label: 'Outpatient' },
    family: { href: '/therapies/family-therapy/', label: 'Family program' },
    crisis: { href: '/crisis/', label: 'Crisis resources' },
    findtreatment: { href: 'https://findtreatment.gov/', label: 'FindTreatment.gov' },
    helpline: { href: 'tel:+18006624357', label: 'SAMHSA National Helpline: 1-800-662-4357' },
  },

  notes: [
    {
      id: 'adolescent',
      when: [['adolescent']],
      text: 'Teens 13 to 17 can join IOP; the adolescent track is at least 6 hours a week.',
      sources: ['samhsa-tip-47', 'samhsa-iop-advisory-2021'],
    },
    {
      id: 'withdrawal-unsure',
      when: [['alcohol', 'benzodiazepines'], ['withdrawal-unsure']],
      text: 'Not sure about past withdrawal? Say so when you call: the team checks whether detox is needed first.',
      sources: ['samhsa-tip-45'],
    },
    {
      id: 'evenings',
      when: [['evenings-only']],
      text: 'Ask which locations run an evening track.',
      sources: ['samhsa-tip-47'],
    },
  ],

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

  commonQuestions: [
    'Who does the full assessment, and when?',
    'What will insurance cover, and what will it cost?',
    'What days and hours do groups meet?',
    'How is family involved?',
  ],

  disclaimer: 'This is not a diagnosis. Only a licensed clinician can recommend a level of care, after a full assessment.',
};

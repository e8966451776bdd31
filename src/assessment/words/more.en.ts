/**
 * The words of every other result (English).
 * The self-assessment's island ships the stop results' words with its code
 * (a crisis result never waits for the network) and loads the others once
 * the page is idle, never in answer to a click; src/assessment/content.ts joins both for everything else.
 */
import type { OutcomeId, OutcomeWords, StopOutcomeId, Text } from '../types';

export const MORE_OUTCOME_WORDS: Readonly<Record<Exclude<OutcomeId, StopOutcomeId>, OutcomeWords>> = {  'pregnancy-care-first': {
    body: {
      self: 'With a pregnancy, see an obstetric (pregnancy) clinician or an addiction-medicine clinician today. Do not stop opioids, alcohol or sedatives suddenly: that can be risky for you and the pregnancy. For opioids, medication (buprenorphine or methadone) is the standard of care in pregnancy, and detox is not advised. With alcohol or sedatives and a risk of withdrawal, withdrawal is managed medically, together with prenatal care. Pregnant people get priority admission in publicly funded treatment programs. Treatment can start now alongside prenatal care; for opioids, that includes medication. Then the team can help choose the level of care.',
      other:
        'With a pregnancy, your loved one should see an obstetric (pregnancy) clinician or an addiction-medicine clinician today. They should not stop opioids, alcohol or sedatives suddenly: that can be risky for them and the pregnancy. For opioids, medication (buprenorphine or methadone) is the standard of care in pregnancy, and detox is not advised. With alcohol or sedatives and a risk of withdrawal, withdrawal is managed medically, together with prenatal care. Pregnant people get priority admission in publicly funded treatment programs. Treatment can start now alongside prenatal care; for opioids, that includes medication. Then the team can help choose the level of care.',
    },
    nextSteps: [
      'Today, call an obstetric clinician or an addiction-medicine clinician.',
      'Do not stop opioids, alcohol or sedatives suddenly.',
      'When calling a treatment program, say there is a pregnancy.',
      'Call 911 for bleeding, severe pain, confusion or a seizure.',
    ],
    ask: [],
  },
  'detox-first': {
    body: 'Stopping alcohol or sedatives suddenly, alone, can cause seizures or confusion. Medically supervised withdrawal (detox) comes first. Then IOP, partial hospitalization or residential care can follow.',
    nextSteps: ['Do not stop suddenly alone.', 'Call 911 for confusion or a seizure.'],
    ask: ['How does the move from detox to IOP work?'],
  },
  'withdrawal-check-first': {
    body: {
      self: 'With daily alcohol or sedatives, and no clear answer about past withdrawal, stopping suddenly could be dangerous. Before you cut down, ask a clinician to check whether medically supervised withdrawal (detox) is needed. Then the team can help choose the level of care.',
      other:
        'With daily alcohol or sedatives, and no clear answer about past withdrawal, stopping suddenly could be dangerous. Before your loved one cuts down, ask a clinician to check whether medically supervised withdrawal (detox) is needed. Then the team can help choose the level of care.',
    },
    nextSteps: ['Do not stop or cut down suddenly before a medical check.', 'Call 911 for confusion or a seizure.'],
    ask: ['Can a clinician check the withdrawal risk before any cutting down?'],
  },
  'opioid-medication': {
    body: 'Medication for opioid use works: buprenorphine, methadone or naltrexone (a monthly shot). The IOP team coordinates it with the rest of care. The team here can start buprenorphine, or naltrexone once 7 to 10 opioid-free days have passed. This is not a certified opioid treatment program (OTP), so methadone comes from an OTP that the team coordinates with. Overdose risk is higher after a break in use, because the body loses its tolerance: keep naloxone (Narcan) at hand.',
    nextSteps: ['Ask about medication for opioid use.', 'Keep naloxone (Narcan) at hand, and tell family where it is.'],
    ask: ['Can you start buprenorphine, and how do you coordinate with an opioid treatment program for methadone?'],
  },
  'opioid-withdrawal-first': {
    body: 'With withdrawal symptoms now and daily opioid use, start with withdrawal care or with medication: buprenorphine, or methadone from a certified opioid treatment program (OTP) that the team coordinates with. IOP can follow. Naltrexone needs 7 to 10 days with no opioids first, so it is not a way to skip withdrawal. Overdose risk is higher after a break in use: keep naloxone (Narcan) at hand.',
    nextSteps: ['Ask about starting medication or withdrawal care now.', 'Keep naloxone (Narcan) at hand.'],
    ask: ['Can you start buprenorphine, and how do you coordinate with an opioid treatment program for methadone?'],
  },
  'opioid-pregnancy': {
    body: 'In pregnancy, medication (buprenorphine or methadone) is the standard of care for opioid use, and detox is not advised. Do not stop opioids suddenly. With withdrawal symptoms now, ask to start medication today. The team here can start buprenorphine; methadone comes from a certified opioid treatment program (OTP) that the team coordinates with. Keep naloxone (Narcan) at hand.',
    nextSteps: ['Ask about starting medication now, together with prenatal care.', 'Keep naloxone (Narcan) at hand.'],
    ask: ['Can you start buprenorphine, and how do you coordinate with an opioid treatment program for methadone?'],
  },
  'medical-first': {
    body: 'A serious medical condition that no doctor is following needs a medical evaluation first. Then the level of care can be chosen safely.',
    nextSteps: ['See a doctor soon.', 'Call 911 for a medical emergency.'],
    ask: [{ self: 'Can you work with my doctor?', other: 'Can you work with my loved one’s doctor?' }],
  },
  'more-support': {
    body: 'Partial hospitalization or residential care with psychiatric care may be safer than IOP. 988 is there any time, by call or text.',
    nextSteps: ['Call or text 988 in a crisis (press 2 or text AYUDA for Spanish).'],
    ask: ['Is psychiatric care part of the program?'],
  },
  'higher-level': {
    body: 'When use went on during outpatient care or IOP, more structure may help: partial hospitalization (20 or more hours a week) or residential care.',
    nextSteps: ['Ask which level gives enough structure.'],
    ask: [],
  },
  'safety-at-home': {
    body: 'If anyone is in immediate danger, call 911. For violence at home, the National Domestic Violence Hotline answers any time: 1-800-799-7233, or text START to 88788. Then residential care, or IOP with sober living, offers a safer place to recover. You are free to choose any sober home and any program, and nobody is paid or rewarded for a referral.',
    nextSteps: ['Call 911 in immediate danger.'],
    ask: ['Can you help find sober living?'],
  },
  'stable-housing': {
    body: 'Recovery is harder where others use or housing is unstable. IOP while living in a sober home (housing with recovery expectations, not treatment), or residential care, can help. You are free to choose any sober home and any program, and nobody is paid or rewarded for a referral.',
    nextSteps: ['Look at sober living near the program.'],
    ask: ['Can you help find sober living?'],
  },
  'schedule-options': {
    body: 'Ask about evening or telehealth tracks, or outpatient care after an assessment.',
    nextSteps: ['Ask which tracks fit work or school.'],
    ask: [],
  },
  'iop-discuss': {
    body: 'IOP is usually about 3 hours a day, 3 to 5 days a week, while living at home. For adults, every location has an evening track, and Austin, Houston and San Antonio also have a day track. Teens have an after-school track in Houston and Willow Bend (Plano).',
    nextSteps: ['Call admissions to talk it through.'],
    ask: [],
  },
};

/** What each note says (the notes' conditions stay in content.ts): shown only with a result that did not stop routing. */
export const NOTE_TEXTS = {
  'benzodiazepines': 'Never stop benzodiazepines or other sedatives suddenly: a prescriber tapers them, lowering the dose step by step.',
  'not-ready': {
    self: 'Not being sure, or not ready yet, is common. A first call is a short, private conversation: a few questions about what is going on, and a check of insurance benefits. You can ask anything, and the call commits you to nothing.',
    other:
      'Not being ready, or not sure yet, is common, and family can get support now. The family program helps you look after yourself. The intervention page explains a CRAFT-informed way (Community Reinforcement and Family Training) to invite your loved one into treatment, with no surprise confrontation.',
  },
  'stimulants': 'For cocaine or meth use, contingency management (small rewards for drug tests that show no stimulant use) is the treatment with the strongest research support. IOP also offers group and individual counseling, relapse prevention and drug testing. At Lantern Hill, contingency management is part of adult IOP at every location; ask about it at your assessment.',
  'adolescent': 'Teens 13 to 17 have their own after-school IOP track, at least 6 hours a week, in Houston and Willow Bend (Plano).',
  'no-teen-track-nearby': 'Lantern Hill’s teen track meets in person in Houston and Willow Bend (Plano) only. From another city, ask admissions about getting there, or about a teen program closer to home; FindTreatment.gov and the SAMHSA National Helpline (1-800-662-4357) can help.',
  'evenings': 'Every Lantern Hill location runs an adult evening IOP track, Monday to Thursday, 6 to 9 p.m.',
} as const satisfies Readonly<Record<string, Text>>;

/** Questions to ask when calling, after each result's own: shown only with a result that did not stop routing. */
export const COMMON_QUESTIONS: readonly Text[] = [
  'Who does the full assessment, and when?',
  'What will insurance cover, and what will it cost?',
  'What days and hours do groups meet?',
  'How is family involved?',
];

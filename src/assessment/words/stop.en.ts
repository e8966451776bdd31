/**
 * The words of the results that stop routing (English): 911, danger at home, 988 and the child result.
 * The self-assessment's island ships the stop results' words with its code
 * (a crisis result never waits for the network) and loads the others once
 * the page is idle, never in answer to a click; src/assessment/content.ts joins both for everything else.
 */
import type { OutcomeWords, StopOutcomeId } from '../types';

export const STOP_OUTCOME_WORDS: Readonly<Record<StopOutcomeId, OutcomeWords>> = {
  'call-911': {
    body: {
      self: 'This may be a medical emergency. Call 911 now, or ask someone near you to call. If an opioid overdose is possible, ask them to give naloxone (Narcan) if it is at hand. After heavy drinking, do not try to “sleep it off” alone: ask someone to stay with you and keep you on your side.',
      other:
        'This may be a medical emergency. Call 911 now. If an opioid overdose is possible, give naloxone (Narcan) if it is at hand. If it may be alcohol poisoning, do not let your loved one “sleep it off”: keep them on their side and stay with them.',
    },
    nextSteps: [
      { self: 'Call 911, or ask someone near you to call.', other: 'Call 911.' },
      { self: 'Stay on the line until help arrives.', other: 'Stay with your loved one until help arrives.' },
    ],
    ask: [],
  },
  'danger-at-home': {
    body: {
      self: 'If you, a partner, a child or anyone at home is in danger right now, call 911. The National Domestic Violence Hotline is free and confidential, and answers any time: call 1-800-799-7233 or text START to 88788. For thoughts of suicide or an emotional crisis, call or text 988 (press 2 or text AYUDA for Spanish). You can come back to this later.',
      other:
        'If your loved one, a partner, a child or anyone at home is in danger right now, call 911. The National Domestic Violence Hotline is free and confidential, and answers any time: call 1-800-799-7233 or text START to 88788. For thoughts of suicide or an emotional crisis, call or text 988 (press 2 or text AYUDA for Spanish). You can come back to this later.',
    },
    nextSteps: [
      'Call 911 if anyone is in danger now.',
      'Then call the National Domestic Violence Hotline at 1-800-799-7233, or text START to 88788.',
      'For an emotional crisis, call or text 988 (press 2 or text AYUDA for Spanish).',
    ],
    ask: [],
  },
  'call-988': {
    body: {
      self: 'A trained counselor answers any time, free and confidential (press 2 or text AYUDA for Spanish). If anyone is in immediate danger, call 911. You can come back to this later.',
      other:
        'A trained counselor answers any time, free and confidential (press 2 or text AYUDA for Spanish). 988 also helps people who are worried about someone else. If anyone is in immediate danger, call 911. You can come back to this later.',
    },
    nextSteps: ['Call or text 988.', 'Call 911 if anyone is in immediate danger.'],
    ask: [],
  },
  child: {
    body: {
      self: 'These programs do not serve children under 13. If you are in danger, call 911. If you feel like hurting yourself, or very upset, call or text 988. If you drink alcohol or take pills like sleeping, anxiety or pain pills every day, do not stop suddenly on your own: tell a parent, a school nurse or your doctor today. A parent, a school counselor or your doctor can help find the right care, and the SAMHSA National Helpline (1-800-662-4357) gives free referrals any time.',
      other:
        'These programs do not serve children under 13. In a crisis, call 911, or call or text 988. If the child uses alcohol, sedatives or opioids every day, or could be pregnant, see the pediatrician today and do not stop those substances suddenly without medical advice. If the child may have swallowed a medicine or drug, call Poison Help at 1-800-222-1222. The child’s pediatrician can help find the right care, and the SAMHSA National Helpline (1-800-662-4357) gives free referrals any time.',
    },
    nextSteps: [
      { self: 'In danger now: call 911.', other: 'In a crisis: call 911, or call or text 988.' },
      { self: 'Thinking of hurting yourself: call or text 988.', other: 'Talk with the child’s pediatrician.' },
      { self: 'Talk with a parent, a school counselor or your doctor.', other: 'For referrals, call the SAMHSA National Helpline at 1-800-662-4357.' },
    ],
    ask: [],
  },
};

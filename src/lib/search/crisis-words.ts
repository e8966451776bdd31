/**
 * Words and phrases that signal danger in a search: suicide, wanting to die,
 * self-harm, overdose, someone not breathing, hurting someone. A query that
 * matches shows the crisis lines (911, 988 call and text) above any result,
 * before the search index loads. False alarms are acceptable; misses are not,
 * so matching forgives case, accents, apostrophes, missing spaces, a few
 * typing mistakes and a word or two in between ("I really want to die").
 *
 * Data, structured by language so another slots in: one entry per phrase,
 * written plainly (accents allowed; they are removed before comparing).
 * An entry ending in "*" matches any word that starts with it ("suicid*":
 * suicide, suicidal, suicidio). Spanish is here now because Spanish speakers
 * search the English site too. Tests: tests/unit/crisis-words.test.ts.
 *
 * This file ships in the search page's own script: keep it small (its one import is a
 * dozen lines).
 */
import { editDistance } from './edit-distance';

export const CRISIS_WORDS = {
  en: [
    // Suicide and wanting to die
    'suicid*', 'suicide', 'suicidal', 'kill myself', 'killing myself', 'kms', 'end my life', 'end it all', 'take my own life',
    'take my life', 'want to die', 'wanna die', 'wish i was dead', 'wish i were dead', 'better off dead', 'dont want to live', 'not want to live',
    'dont want to be alive', 'no reason to live', 'want to be dead', 'die', 'dying', 'dead', 'death', 'hang myself', 'shoot myself',
    // Self-harm
    'hurt myself', 'hurting myself', 'harm myself', 'self harm', 'selfharm', 'cut myself', 'cutting myself',
    // Overdose and poisoning
    'overdos*', 'overdose', 'overdosed', 'overdosing', 'od', 'odd', 'oded', 'oding', 'ods', 'too many pills', 'took too much',
    'alcohol poisoning', 'poisoned', 'poisoning', 'narcan', 'naloxone',
    // Breathing, waking, seizures
    'not breathing', 'isnt breathing', 'no breathing', 'cant breathe', 'hard to breathe', 'stopped breathing', 'trouble breathing', 'barely breathing', 'wont wake',
    'not waking up', 'cant wake', 'unresponsive', 'unconscious', 'passed out', 'blue lips', 'lips are blue', 'seizure', 'seizures',
    // Hurting someone, or being hurt
    'hurt someone', 'hurt somebody', 'hurt others', 'hurt people', 'hurt him', 'hurt her', 'hurt them', 'kill someone',
    'kill', 'murder', 'hurting me', 'hits me', 'beats me', 'abusing me', 'being abused', 'domestic violence',
    // Asking for the lines themselves
    'emergency', 'crisis', '911', '988', 'hotline',
  ],
  es: [
    // Suicidio y querer morir
    'suicid*', 'suicidio', 'suicidarme', 'suicida', 'quiero morir', 'quiero morirme', 'me quiero morir', 'quiero estar muerto',
    'quiero estar muerta', 'no quiero vivir', 'morir', 'muerte', 'muerto', 'muerta', 'matarme', 'me voy a matar', 'quitarme la vida', 'acabar con mi vida',
    'no quiero seguir viviendo', 'quiero desaparecer', 'no aguanto mas', 'ahorcarme', 'pegarme un tiro', 'darme un tiro',
    // Autolesión
    'hacerme dano', 'hacerme daño', 'autolesi*', 'lastimarme', 'cortarme', 'herirme',
    // Sobredosis y envenenamiento
    'sobredos*', 'sobredosis', 'intoxicacion', 'envenenado', 'envenenada', 'envenenamiento', 'demasiadas pastillas', 'muchas pastillas', 'naloxona',
    // Respiración
    'no respira', 'no esta respirando', 'no puede respirar', 'no puedo respirar', 'dejo de respirar', 'no despierta', 'inconsciente',
    'no reacciona', 'no responde', 'desmayado', 'desmayada', 'convulsion', 'convulsion*', 'convulsiones', 'ataque', 'labios morados', 'labios azules',
    // Hacer daño a alguien
    'hacerle dano', 'hacer dano a alguien', 'lastimar a alguien', 'matar', 'matarlo', 'matarla', 'matarlos', 'me pega', 'violencia domestica',
    'me golpea', 'me maltrata', 'me amenaza', 'peligro',
    // Pedir ayuda
    'emergencia', 'ayuda urgente', 'auxilio',
  ],
} as const satisfies Record<string, readonly string[]>;

export type CrisisLanguage = keyof typeof CRISIS_WORDS;

/**
 * How queries and phrases are compared: lower case, accents removed
 * ("daño" → "dano"), apostrophes dropped ("can't" → "cant"), anything
 * else that is not a letter or digit a single space.
 */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

/** Typing mistakes forgiven in a word this long: none up to 3 letters (4 alone), 1 up to 6, then 2. */
function tolerance(length: number, alone: boolean): number {
  if (length <= 3 || (alone && length === 4)) return 0;
  return length <= 6 ? 1 : 2;
}

function wordMatches(word: string, pattern: string, alone: boolean): boolean {
  if (pattern.endsWith('*')) {
    const stem = pattern.slice(0, -1);
    if (word.startsWith(stem)) return true;
    // A misspelt stem: compare it with the word's beginning, a letter shorter or longer too.
    return word.length >= stem.length - 1 && [-1, 0, 1].some((d) => editDistance(word.slice(0, stem.length + d), stem) <= 1);
  }
  return word === pattern || editDistance(word, pattern) <= tolerance(pattern.length, alone);
}

/** True when the phrase's words appear in order in the query, with at most two other words between each. */
function phraseMatches(words: readonly string[], phrase: readonly string[], from = 0, previous = -1): boolean {
  const [first, ...rest] = phrase;
  if (first === undefined) return true;
  const last = previous < 0 ? words.length - 1 : Math.min(words.length - 1, previous + 3);
  for (let i = from; i <= last; i++) {
    if (wordMatches(words[i] ?? '', first, phrase.length === 1 && previous < 0) && phraseMatches(words, rest, i + 1, i)) return true;
  }
  return false;
}

type Phrase = { words: string[]; compact: string };
const PHRASES = Object.fromEntries(
  Object.entries(CRISIS_WORDS).map(([language, phrases]) => [
    language,
    phrases.map((phrase): Phrase => {
      const normal = normalizeQuery(phrase);
      return { words: normal.split(' '), compact: normal.replace(/[ *]/g, '') };
    }),
  ]),
) as Record<CrisisLanguage, Phrase[]>;

/** The languages whose crisis words the query matches (empty when none): "quiero morir" → ["es"]. */
export function crisisLanguages(query: string): CrisisLanguage[] {
  const normal = normalizeQuery(query).replace(/\*/g, ' ').trim();
  if (normal === '') return [];
  const words = normal.split(/ +/);
  const compact = words.join('');
  return (Object.keys(PHRASES) as CrisisLanguage[]).filter((language) =>
    PHRASES[language].some(
      // Or several words typed without spaces ("killmyself", "notbreathing").
      (phrase) => phraseMatches(words, phrase.words) || (phrase.words.length > 1 && phrase.compact.length >= 6 && compact.includes(phrase.compact)),
    ),
  );
}

/** True when a search signals danger and the crisis lines must come first. */
export function isCrisisQuery(query: string): boolean {
  return crisisLanguages(query).length > 0;
}

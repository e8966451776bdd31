/** Crisis detection in search: every phrasing of danger shows the crisis lines; misses are not acceptable, false alarms are. */
import { describe, expect, it } from 'vitest';
import { CRISIS_WORDS, crisisLanguages, isCrisisQuery, normalizeQuery } from '../../src/lib/search/crisis-words';
import { editDistance } from '../../src/lib/search/edit-distance';

const ENGLISH = [
  'suicide', 'Suicide hotline', 'suicidal thoughts', 'suicde', 'sucide', 'suiside', 'suicidal son', 'SUICIDE',
  'kill myself', 'i want to kill myself', 'killmyself', 'kil myself', 'kms', 'end my life', 'i want to end it all',
  'want to die', 'I want to die', 'i really want to die', 'i wanna die', 'I just want to die tonight', 'wnat to die',
  'i dont want to live anymore', "I don't want to live", 'i do not want to live', 'better off dead', 'my son is dying',
  'self harm', 'self-harm', 'hurting myself', 'cutting myself', 'hurt myself',
  'overdose', 'od', 'OD', 'overdosed', 'overdosing', 'my daughter overdosed', 'overdoes', 'ovredose', 'he ODd', "he od'd",
  'took too many pills', 'alcohol poisoning', 'narcan', 'where to get naloxone',
  'not breathing', 'he is not breathing', "isn't breathing", 'notbreathing', "can't breathe", 'cant breath', 'wont wake up',
  "won't wake up", 'unresponsive', 'passed out and blue lips', 'seizure from alcohol withdrawal',
  'hurt someone', 'I might hurt someone', 'want to hurt somebody', 'kill someone', 'going to kill him', 'my husband hits me',
  'emergency', 'crisis', 'crisis line', '988', '911',
];
const SPANISH = [
  'quiero morir', 'Quiero morirme', 'me quiero morir', 'no quiero vivir', 'suicidio', 'suicidarme', 'sucidio',
  'pensamientos suicidas', 'sobredosis', 'SOBREDOSIS', 'sobredósis', 'sobredosis de fentanilo', 'no respira', 'mi hijo no respira',
  'no está respirando', 'no puede respirar', 'hacerme daño', 'hacerme dano', 'quiero hacerme daño', 'quitarme la vida',
  'me voy a matar', 'matarme', 'lastimar a alguien', 'emergencia', 'convulsiones',
  // What a family types in a hurry (issue #15).
  'ya no quiero seguir viviendo', 'me quiero ahorcar', 'ahorcarme', 'se tomó muchas pastillas', 'mi hijo no reacciona',
  'no responde', 'está desmayado', 'está convulsionando', 'le dio un ataque', 'tiene los labios azules', 'no puedo respirar',
  'dónde consigo naloxona', 'mi esposo me golpea', 'me amenaza', 'estoy en peligro', 'no aguanto más', 'envenenamiento',
];
const ORDINARY = [
  'detox', 'family therapy', 'Houston', 'Cedar Park', 'intensive outpatient', 'contingency management', 'insurance',
  'evening IOP', 'keep my job', 'suboxone', 'billing', 'skill building', 'will my insurance pay', 'cost', 'telehealth',
  'outpatient', 'sober living', 'teen program', 'payment plan', 'Medicaid', 'what is IOP', 'methadone', 'food', 'mood',
  'seguro médico', 'terapia familiar', 'tratamiento en español', 'desintoxicación', 'horario de noche', 'metadona',
  'programa para adolescentes', 'costo del tratamiento', 'pruebas de drogas', 'vivienda de recuperación', 'telesalud',
];

describe('crisis words', () => {
  it.each(ENGLISH)('flags "%s"', (query) => expect(isCrisisQuery(query)).toBe(true));
  it.each(SPANISH)('flags the Spanish "%s"', (query) => expect(crisisLanguages(query)).toContain('es'));
  it.each(ORDINARY)('leaves the ordinary search "%s" alone', (query) => expect(isCrisisQuery(query)).toBe(false));

  it('ignores empty and punctuation-only queries', () => {
    for (const query of ['', '   ', '?!', '*']) expect(isCrisisQuery(query)).toBe(false);
  });

  it('is structured by language, each list written once and already in its compared form or accented', () => {
    expect(Object.keys(CRISIS_WORDS)).toEqual(['en', 'es']);
    for (const [language, phrases] of Object.entries(CRISIS_WORDS)) {
      expect(phrases.length, language).toBeGreaterThan(20);
      // Two entries that compare the same are one entry listed twice.
      const compared = phrases.map((p) => normalizeQuery(p));
      expect(compared.filter((p, i) => compared.indexOf(p) !== i), language).toEqual(['hacerme dano'].filter(() => language === 'es'));
    }
  });

  it('compares without case, accents or apostrophes', () => {
    expect(normalizeQuery("  Hacerme DAÑO, can't ")).toBe('hacerme dano cant');
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('detxo', 'detox')).toBe(1);
    expect(editDistance('detx', 'detox')).toBe(1);
    expect(editDistance('suboxen', 'suboxone')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

/**
 * The self-assessment in Spanish (US Spanish for families, "usted"; words from
 * src/i18n/glossary.es.yaml). Only words live here, keyed by the ids of
 * content.ts: withSpanish() puts them on the English data, so the questions,
 * answer ids, flags, rules, priorities, variants, sources and links are the
 * very same objects the engine routes by, never a second copy. Each table is
 * typed by its ids, and withSpanish() throws on any id without words, so a
 * question or option added in English cannot ship half translated.
 *
 * Safety first, as in English: every crisis result sends to 911 or 988, and
 * 988 always says how to get Spanish ("marque 2 para español, o envíe AYUDA
 * al 988"). Same meaning and same caution as content.ts; kept short for the
 * page's byte budget. Text is one string, or { self, other } for "usted" /
 * "su ser querido".
 */
import { ASSESSMENT } from './content';
import type { AssessmentData, Flag, LinkId, OutcomeId, OutcomeWords, QuestionId, RuleId, Text } from './types';
import type { ExplainWords, FormWords } from './ui-words';
import { STOP_OUTCOME_WORDS as STOP_ES } from './words/stop.es';
import { COMMON_QUESTIONS as COMMON_QUESTIONS_ES, MORE_OUTCOME_WORDS as MORE_ES, NOTE_TEXTS as NOTES_ES } from './words/more.es';
export { COMMON_QUESTIONS_ES, NOTES_ES };


/** FLAG_PHRASES in Spanish: each reads after "con" ("solo con alcohol a diario"). */
export const FLAG_PHRASES_ES: Readonly<Record<Flag, string>> = {
  child: 'una edad menor de 13 años',
  adolescent: 'una edad de 13 a 17 años',
  adult: 'una edad de 18 años o más',
  emergency: 'una emergencia médica ahora',
  'suicide-now': 'pensamientos de suicidio ahora',
  'suicide-history': 'pensamientos de suicidio o de hacerse daño en el pasado',
  'danger-to-others': 'pensamientos de hacerle daño grave a alguien',
  'danger-at-home': 'alguien en casa en peligro ahora',
  alcohol: 'alcohol a diario',
  benzodiazepines: 'benzodiacepinas o sedantes a diario',
  opioids: 'opioides a diario',
  stimulants: 'estimulantes a diario',
  cannabis: 'cannabis a diario',
  'other-substance': 'otra sustancia a diario',
  'severe-withdrawal-history': 'síntomas fuertes de abstinencia en el pasado',
  'withdrawal-unsure': 'dudas sobre síntomas de abstinencia en el pasado',
  'current-withdrawal': 'síntomas de abstinencia ahora',
  'medical-unmanaged': 'un problema de salud que ningún médico está tratando',
  pregnant: 'un embarazo',
  'mh-severe': 'síntomas de salud mental que hacen el día muy difícil',
  'mh-mild': 'algunos síntomas de salud mental',
  'not-sure-yet': 'dudas sobre buscar ayuda',
  'not-ready': 'la respuesta de no estar listo/a para buscar ayuda',
  'failed-lower-level': 'consumo que siguió durante el tratamiento ambulatorio o el IOP',
  'environment-unstable': 'otras personas que consumen en casa, o una vivienda inestable',
  'environment-unsafe': 'una casa que no es segura',
  'evenings-only': 'disponibilidad solo de noche',
  'schedule-barrier': 'dificultad para asistir al horario habitual',
  'out-of-area': 'una ciudad lejos de las ubicaciones',
  'no-teen-track-nearby': 'una ciudad sin horario para adolescentes',
};

/**
 * OUTCOME_WORDS in Spanish: a plain literal with no imports, so the island's
 * Spanish bundle carries these words and nothing else of this file.
 */
// A pure call, so a bundle that does not use OUTCOME_WORDS_ES (the island's) drops both halves.
export const OUTCOME_WORDS_ES: Readonly<Record<OutcomeId, OutcomeWords>> = /* @__PURE__ */ Object.assign({}, STOP_ES, MORE_ES);

/** Each result's headline, by outcome id. */
export const OUTCOME_TITLES_ES: Readonly<Record<OutcomeId, Text>> = {
  'call-911': 'Llame al 911 ahora',
  'danger-at-home': 'Busque ayuda ahora: llame al 911 si alguien está en peligro',
  'call-988': 'Llame o envíe un mensaje de texto al 988 ahora',
  child: { self: 'Hable con su mamá o papá, o con su médico', other: 'Empiece con el pediatra del niño o la niña' },
  'pregnancy-care-first': 'Primero, atención médica hoy mismo',
  'detox-first': 'Primero, desintoxicación con supervisión médica',
  'withdrawal-check-first': 'Pida una revisión médica de la abstinencia antes de reducir el consumo; no deje de consumir de repente',
  'opioid-medication': 'El consumo de opioides no impide el IOP',
  'opioid-withdrawal-first': 'Primero, atención para la abstinencia o medicamento',
  'opioid-pregnancy': 'Medicamento para el consumo de opioides, junto con la atención prenatal',
  'medical-first': 'Primero, una evaluación médica',
  'more-support': 'Un nivel con más apoyo que el IOP puede ser más seguro',
  'higher-level': 'La hospitalización parcial o el tratamiento residencial pueden ser un mejor comienzo',
  'safety-at-home': 'La seguridad primero',
  'stable-housing': 'IOP con vivienda de recuperación, o tratamiento residencial',
  'schedule-options': 'Opciones de noche, por telesalud o ambulatorias',
  'iop-discuss': 'El IOP puede ser una buena opción para hablar con el equipo clínico',
};

/** Each question and its answers, by question id and option id. */
export const QUESTIONS_ES: Readonly<Record<QuestionId, { readonly text: Text; readonly options: Readonly<Record<string, Text>> }>> = {
  Q0: {
    text: '¿Sobre quién es esto?',
    options: { self: 'Sobre mí', other: 'Sobre un ser querido' },
  },
  S1: {
    text: {
      self: 'Ahora mismo, ¿tiene dificultad para respirar, dolor en el pecho, una convulsión, o señales de sobredosis o de intoxicación por alcohol?',
      other: 'Ahora mismo, ¿su ser querido no responde, o tiene dificultad para respirar, dolor en el pecho, una convulsión, o señales de sobredosis o de intoxicación por alcohol?',
    },
    options: { yes: 'Sí', no: 'No' },
  },
  S2: {
    text: {
      self: 'En el último mes, ¿ha pensado en quitarse la vida o en hacerse daño?',
      other: 'En el último mes, ¿su ser querido ha pensado en quitarse la vida o en hacerse daño?',
    },
    options: { now: 'Sí, ahora o con un plan', past: 'Sí, en el pasado, pero no ahora', no: 'No' },
  },
  S3: {
    text: {
      self: '¿Tiene pensamientos de hacerle daño grave a otra persona?',
      other: '¿Su ser querido tiene pensamientos de hacerle daño grave a otra persona?',
    },
    options: { yes: 'Sí', no: 'No' },
  },
  S4: {
    text: {
      self: 'Ahora mismo, ¿alguien en casa está en peligro o no está seguro, ya sea usted, su pareja o un niño?',
      other: 'Ahora mismo, ¿alguien en casa está en peligro o no está seguro, ya sea su ser querido, una pareja o un niño?',
    },
    options: { yes: 'Sí', no: 'No' },
  },
  Q1: {
    text: { self: '¿Cuántos años tiene?', other: '¿Cuántos años tiene su ser querido?' },
    options: { 'under-13': 'Menos de 13', '13-17': 'De 13 a 17', '18-plus': '18 o más' },
  },
  W1: {
    text: {
      self: '¿Qué consume a diario o casi a diario? Elija todo lo que corresponda.',
      other: '¿Qué consume su ser querido a diario o casi a diario? Elija todo lo que corresponda.',
    },
    options: {
      alcohol: 'Alcohol',
      benzodiazepines: 'Benzodiacepinas o sedantes (Xanax, pastillas para dormir)',
      opioids: 'Opioides, incluidos el fentanilo y las pastillas para el dolor',
      stimulants: 'Estimulantes (cocaína, metanfetamina)',
      cannabis: 'Cannabis (marihuana)',
      other: 'Otra cosa',
      none: 'Ninguna de estas',
    },
  },
  W2: {
    text: {
      self: 'Al reducir el consumo, ¿alguna vez ha tenido una convulsión, alucinaciones, temblores fuertes, sudores o vómitos, o ha necesitado un trago o una dosis en la mañana para sentirse normal?',
      other: 'Al reducir el consumo, ¿su ser querido alguna vez ha tenido una convulsión, alucinaciones, temblores fuertes, sudores o vómitos, o ha necesitado un trago o una dosis en la mañana para sentirse normal?',
    },
    options: { yes: 'Sí', 'not-sure': 'No sé', no: 'No' },
  },
  W3: {
    text: {
      self: 'Ahora o en las últimas 24 a 48 horas, ¿ha tenido síntomas de abstinencia, como temblores, sudor, vómitos, mucha ansiedad, o ver u oír cosas? Los efectos de haber consumido hoy no son síntomas de abstinencia.',
      other: 'Ahora o en las últimas 24 a 48 horas, ¿su ser querido ha tenido síntomas de abstinencia, como temblores, sudor, vómitos, mucha ansiedad, o ver u oír cosas? Los efectos de haber consumido hoy no son síntomas de abstinencia.',
    },
    options: { yes: 'Sí, síntomas de abstinencia', no: 'No' },
  },
  B1: {
    text: '¿Hay un embarazo, o un problema de salud grave que ningún médico está tratando?',
    options: { pregnant: 'Un embarazo', medical: 'Un problema de salud que ningún médico está tratando', both: 'Ambos', no: 'No' },
  },
  E1: {
    text: {
      self: '¿Los síntomas de salud mental le hacen difícil pasar el día o cuidarse?',
      other: '¿Los síntomas de salud mental le hacen difícil a su ser querido pasar el día o cuidarse?',
    },
    options: { severe: 'Sí, es muy difícil', some: 'Algo, pero se puede sobrellevar', no: 'No' },
  },
  R1: {
    text: { self: '¿Cómo se siente sobre buscar ayuda?', other: '¿Cómo se siente su ser querido sobre buscar ayuda?' },
    // "Está" reads for "usted" and for a loved one alike.
    options: { ready: 'Está listo/a', unsure: 'Todavía no está seguro/a', 'not-ready': 'Todavía no está listo/a' },
  },
  P1: {
    text: { self: '¿Ha probado antes el tratamiento ambulatorio o el IOP?', other: '¿Su ser querido ha probado antes el tratamiento ambulatorio o el IOP?' },
    options: { during: 'Sí, y el consumo siguió durante el tratamiento', after: 'Sí, y volvió a consumir después', never: 'Nunca lo ha probado' },
  },
  H1: {
    text: { self: '¿Su casa es un lugar seguro para recuperarse?', other: '¿La casa es un lugar seguro para que su ser querido se recupere?' },
    options: { yes: 'Sí', unstable: 'Otros consumen ahí, o no hay vivienda estable', unsafe: 'No: hay violencia, o no es seguro' },
  },
  H2: {
    text: {
      self: '¿Podría asistir unas 3 horas al día, de 3 a 5 días por semana, durante varias semanas?',
      other: '¿Podría su ser querido asistir unas 3 horas al día, de 3 a 5 días por semana, durante varias semanas?',
    },
    options: { yes: 'Sí', evenings: 'Solo de noche', no: 'No' },
  },
  L1: {
    text: '¿Qué ciudad le queda más cerca?',
    options: {
      austin: 'Austin',
      houston: 'Houston',
      'san-antonio': 'San Antonio',
      'willow-bend': 'Willow Bend (Plano)',
      'cedar-park': 'Cedar Park',
      none: 'Ninguna de estas',
    },
  },
};

/** Why each rule fired; a rule's variants by the outcome they lead to. */
export const RULES_ES: Readonly<Record<RuleId, { readonly why: Text; readonly variants?: Readonly<Partial<Record<OutcomeId, Text>>> }>> = {
  emergency: { why: 'Una respuesta indica una emergencia médica ahora.' },
  'danger-at-home': { why: 'Una respuesta dice que alguien en casa está en peligro o no está seguro ahora.' },
  'suicide-or-danger': { why: 'Una respuesta indica pensamientos de suicidio ahora, o pensamientos de hacerle daño grave a alguien.' },
  child: { why: 'Estos programas atienden a personas de 13 años en adelante.' },
  pregnancy: { why: 'Un embarazo: la atención médica va primero, y no se debe dejar ninguna sustancia de repente.' },
  'withdrawal-danger': { why: 'Alcohol o sedantes a diario, con síntomas fuertes de abstinencia en el pasado o síntomas de abstinencia ahora: dejarlos de repente es peligroso.' },
  'withdrawal-unsure': { why: 'Alcohol o sedantes a diario, y no se sabe si hubo síntomas de abstinencia en el pasado: dejarlos de repente podría ser peligroso.' },
  opioids: {
    why: 'Consumo diario de opioides: los medicamentos funcionan, y el riesgo de sobredosis aumenta después de una pausa en el consumo.',
    variants: {
      'opioid-pregnancy': 'Consumo diario de opioides durante un embarazo: el tratamiento estándar es con medicamento, no la desintoxicación.',
      'opioid-withdrawal-first': 'Consumo diario de opioides con síntomas de abstinencia ahora: primero va la atención para la abstinencia o el medicamento.',
    },
  },
  medical: { why: 'Un problema de salud grave que ningún médico está tratando.' },
  'mental-health': { why: 'Síntomas de salud mental que hacen el día muy difícil, o pensamientos de suicidio o de hacerse daño en el pasado.' },
  'failed-lower-level': { why: 'El consumo siguió durante el tratamiento ambulatorio o el IOP.' },
  'environment-unsafe': { why: 'La casa no es un lugar seguro para recuperarse.' },
  'environment-unstable': { why: 'Otros consumen en casa, o la vivienda no es estable.' },
  'schedule-barrier': { why: 'Es difícil asistir al horario habitual.' },
  otherwise: { why: 'Ninguna respuesta indica otro nivel de atención.' },
};

/** Link labels; the addresses stay those of content.ts (the wiring maps them to Spanish pages). */
export const LINK_LABELS_ES: Readonly<Record<LinkId, string>> = {
  detox: 'Desintoxicación con supervisión médica',
  'partial-hospitalization': 'Hospitalización parcial',
  residential: 'Tratamiento residencial',
  'sober-living': 'Vivienda de recuperación (sober living)',
  intervention: 'Intervención (un plan en familia basado en CRAFT)',
  'intensive-outpatient': 'Programa ambulatorio intensivo (IOP)',
  outpatient: 'Tratamiento ambulatorio',
  family: 'Programa para familias',
  medication: 'Medicamentos para tratar la adicción',
  'contingency-management': 'Manejo de contingencias',
  admissions: 'Qué pasa cuando llama',
  crisis: 'Recursos para crisis',
  findtreatment: 'FindTreatment.gov',
  helpline: 'Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357',
  'dv-hotline-call': 'Llame a la Línea Nacional contra la Violencia Doméstica: 1-800-799-7233',
  'dv-hotline-text': 'Envíe START al 88788',
};


export const REFERRAL_TEXT_ES =
  'FindTreatment.gov muestra programas con licencia cerca de usted; la Línea Nacional de Ayuda de SAMHSA da referencias gratis y confidenciales a cualquier hora, también en español.';


export const DISCLAIMER_ES = 'Esto no es un diagnóstico. Solo un profesional clínico con licencia puede recomendar un nivel de atención, después de una evaluación completa.';

/** FORM_WORDS (ui-words.ts) in Spanish. */
export const FORM_WORDS_ES: FormWords = {
  formLabel: 'Preguntas de la autoevaluación',
  chooseAll: 'Elija todo lo que corresponda.',
  meaning: 'Qué significan estas respuestas',
  back: 'Atrás',
  next: 'Siguiente',
  startOver: 'Empezar de nuevo',
  result: 'Resultado',
  crisisLine:
    'Si usted o su ser querido está en peligro ahora, llame al {911}. Si hay pensamientos de suicidio o una crisis, llame o envíe un mensaje de texto al {988} (marque 2 para español, o envíe AYUDA al 988). Para ayuda gratis y confidencial para encontrar tratamiento, a cualquier hora, llame a la {helpline}.',
  sources: 'Fuentes',
  callDial: 'Llame al {dial}',
  textDial: 'Mensaje de texto al {dial}',
  listComma: ', ',
  listOr: ' o ',
};

export { ISLAND_WORDS_ES } from './words/island.es';

/** EXPLAIN_WORDS (ui-words.ts) in Spanish: “Primero, desintoxicación…”, solo con síntomas fuertes de abstinencia en el pasado o síntomas de abstinencia ahora. */
export const EXPLAIN_WORDS_ES: ExplainWords = {
  or: ' o ',
  and: ', y ',
  onlyWith: ', solo con {rest}',
  unless: ', salvo con {list}',
  replaces: ' (este resultado reemplaza a todos los demás{before})',
  before: '; solo {list} va antes',
  instead: 'En cambio, con {rest}{unless}: {title}.',
  also: 'Además{with}: {text}',
  alsoWith: ', con {rest}',
  forLovedOne: ' Para un ser querido: {text}',
  quote: '“{text}”',
};

/** The words for `id` in `table`, or an error naming what is missing. */
function words<T>(table: Readonly<Record<string, T>>, id: string, what: string): T {
  const found = table[id];
  if (found === undefined) throw new Error(`src/assessment/content.es.ts has no Spanish for ${what} "${id}".`);
  return found;
}

/**
 * The assessment data with every visible string in Spanish and everything
 * else (ids, flags, gates, rules, priorities, sources, link addresses) taken
 * from `data` unchanged. `href` lets the wiring point links at Spanish pages.
 */
export function withSpanish(data: AssessmentData, href: (href: string) => string = (h) => h): AssessmentData {
  return {
    ...data,
    questions: data.questions.map((question) => {
      const es = words(QUESTIONS_ES, question.id, 'question');
      return {
        ...question,
        text: es.text,
        options: question.options.map((option) => ({ ...option, label: words(es.options, option.id, `option of ${question.id}`) })),
      };
    }),
    rules: data.rules.map((rule) => {
      const es = words(RULES_ES, rule.id, 'rule');
      return {
        ...rule,
        why: es.why,
        ...(rule.variants ? { variants: rule.variants.map((variant) => ({ ...variant, why: words(es.variants ?? {}, variant.outcome, `variant of rule ${rule.id}`) })) } : {}),
      };
    }),
    outcomes: data.outcomes.map((outcome) => ({
      ...outcome,
      title: words(OUTCOME_TITLES_ES, outcome.id, 'outcome title'),
      ...words(OUTCOME_WORDS_ES, outcome.id, 'outcome words'),
    })),
    links: Object.fromEntries(
      Object.entries(data.links).map(([id, link]) => [id, { href: href(link.href), label: words(LINK_LABELS_ES, id, 'link') }]),
    ) as AssessmentData['links'],
    notes: data.notes.map((note) => ({ ...note, text: words(NOTES_ES, note.id, 'note') })),
    referral: { ...data.referral, text: REFERRAL_TEXT_ES },
    commonQuestions: data.commonQuestions.map((_, i) => words<Text>(Object.fromEntries(COMMON_QUESTIONS_ES.entries()), String(i), 'common question')),
    disclaimer: DISCLAIMER_ES,
  };
}

/** The self-assessment in Spanish: the data of content.ts, in Spanish words. */
export const ASSESSMENT_ES: AssessmentData = /* @__PURE__ */ withSpanish(ASSESSMENT);

/**
 * The words of every other result (Spanish).
 * The self-assessment's island ships the stop results' words with its code
 * (a crisis result never waits for the network) and loads the others once
 * the page is idle, never in answer to a click; src/assessment/content.es.ts joins both for everything else.
 */
import type { OutcomeId, OutcomeWords, StopOutcomeId, Text } from '../types';

export const MORE_OUTCOME_WORDS: Readonly<Record<Exclude<OutcomeId, StopOutcomeId>, OutcomeWords>> = {  'pregnancy-care-first': {
    body: {
      self: 'Con un embarazo, vea hoy a un profesional clínico de obstetricia (embarazo) o de medicina de adicciones. No deje los opioides, el alcohol o los sedantes de repente: puede ser riesgoso para usted y para el embarazo. Para los opioides, el tratamiento estándar en el embarazo es con medicamento (buprenorfina o metadona), y no se aconseja la desintoxicación. Con alcohol o sedantes y riesgo de abstinencia, la abstinencia se maneja con supervisión médica, junto con la atención prenatal. Las personas embarazadas tienen prioridad de admisión en los programas de tratamiento con fondos públicos. El tratamiento puede empezar ahora junto con la atención prenatal; para los opioides, eso incluye el medicamento. Luego el equipo puede ayudar a elegir el nivel de atención.',
      other:
        'Con un embarazo, su ser querido debe ver hoy a un profesional clínico de obstetricia (embarazo) o de medicina de adicciones. No debe dejar los opioides, el alcohol o los sedantes de repente: puede ser riesgoso para esa persona y para el embarazo. Para los opioides, el tratamiento estándar en el embarazo es con medicamento (buprenorfina o metadona), y no se aconseja la desintoxicación. Con alcohol o sedantes y riesgo de abstinencia, la abstinencia se maneja con supervisión médica, junto con la atención prenatal. Las personas embarazadas tienen prioridad de admisión en los programas de tratamiento con fondos públicos. El tratamiento puede empezar ahora junto con la atención prenatal; para los opioides, eso incluye el medicamento. Luego el equipo puede ayudar a elegir el nivel de atención.',
    },
    nextSteps: [
      'Hoy mismo, llame a un profesional clínico de obstetricia o de medicina de adicciones.',
      'No deje los opioides, el alcohol o los sedantes de repente.',
      'Al llamar a un programa de tratamiento, diga que hay un embarazo.',
      'Llame al 911 si hay sangrado, dolor fuerte, confusión o una convulsión.',
    ],
    ask: [],
  },
  'detox-first': {
    body: 'Dejar el alcohol o los sedantes de repente, a solas, puede causar convulsiones o confusión. Primero va la desintoxicación con supervisión médica. Después puede seguir el IOP, la hospitalización parcial o el tratamiento residencial.',
    nextSteps: ['No deje de consumir de repente a solas.', 'Llame al 911 si hay confusión o una convulsión.'],
    ask: ['¿Cómo es el paso de la desintoxicación al IOP?'],
  },
  'withdrawal-check-first': {
    body: {
      self: 'Con alcohol o sedantes a diario, y sin una respuesta clara sobre síntomas de abstinencia en el pasado, dejarlos de repente podría ser peligroso. Antes de reducir el consumo, pida a un profesional clínico que revise si se necesita desintoxicación con supervisión médica. Luego el equipo puede ayudar a elegir el nivel de atención.',
      other:
        'Con alcohol o sedantes a diario, y sin una respuesta clara sobre síntomas de abstinencia en el pasado, dejarlos de repente podría ser peligroso. Antes de que su ser querido reduzca el consumo, pida a un profesional clínico que revise si se necesita desintoxicación con supervisión médica. Luego el equipo puede ayudar a elegir el nivel de atención.',
    },
    nextSteps: ['No deje ni reduzca el consumo de repente antes de una revisión médica.', 'Llame al 911 si hay confusión o una convulsión.'],
    ask: ['¿Puede un profesional clínico revisar el riesgo de abstinencia antes de reducir el consumo?'],
  },
  'opioid-medication': {
    body: 'Los medicamentos para el consumo de opioides funcionan: buprenorfina, metadona o naltrexona (una inyección al mes). El equipo del IOP los coordina con el resto de la atención. El equipo de aquí puede empezar la buprenorfina, o la naltrexona después de 7 a 10 días sin opioides. Este no es un programa certificado de tratamiento de opioides (OTP), así que la metadona viene de un OTP con el que el equipo se coordina. El riesgo de sobredosis es mayor después de una pausa en el consumo, porque el cuerpo pierde la tolerancia: tenga naloxona (Narcan) a mano.',
    nextSteps: ['Pregunte por los medicamentos para el consumo de opioides.', 'Tenga naloxona (Narcan) a mano, y diga a su familia dónde está.'],
    ask: ['¿Pueden empezar la buprenorfina, y cómo se coordinan con un programa de tratamiento de opioides para la metadona?'],
  },
  'opioid-withdrawal-first': {
    body: 'Con síntomas de abstinencia ahora y consumo diario de opioides, empiece con atención para la abstinencia o con medicamento: buprenorfina, o metadona de un programa certificado de tratamiento de opioides (OTP) con el que el equipo se coordina. Después puede seguir el IOP. La naltrexona requiere primero de 7 a 10 días sin opioides, así que no es una forma de evitar la abstinencia. El riesgo de sobredosis es mayor después de una pausa en el consumo: tenga naloxona (Narcan) a mano.',
    nextSteps: ['Pregunte por empezar ahora un medicamento o la atención para la abstinencia.', 'Tenga naloxona (Narcan) a mano.'],
    ask: ['¿Pueden empezar la buprenorfina, y cómo se coordinan con un programa de tratamiento de opioides para la metadona?'],
  },
  'opioid-pregnancy': {
    body: 'En el embarazo, el tratamiento estándar para el consumo de opioides es con medicamento (buprenorfina o metadona), y no se aconseja la desintoxicación. No deje los opioides de repente. Con síntomas de abstinencia ahora, pida empezar el medicamento hoy. El equipo de aquí puede empezar la buprenorfina; la metadona viene de un programa certificado de tratamiento de opioides (OTP) con el que el equipo se coordina. Tenga naloxona (Narcan) a mano.',
    nextSteps: ['Pregunte por empezar el medicamento ahora, junto con la atención prenatal.', 'Tenga naloxona (Narcan) a mano.'],
    ask: ['¿Pueden empezar la buprenorfina, y cómo se coordinan con un programa de tratamiento de opioides para la metadona?'],
  },
  'medical-first': {
    body: 'Un problema de salud grave que ningún médico está tratando necesita primero una evaluación médica. Luego se puede elegir el nivel de atención de forma segura.',
    nextSteps: ['Vea a un médico pronto.', 'Llame al 911 en una emergencia médica.'],
    ask: [{ self: '¿Pueden trabajar con mi médico?', other: '¿Pueden trabajar con el médico de mi ser querido?' }],
  },
  'more-support': {
    body: 'La hospitalización parcial o el tratamiento residencial con atención psiquiátrica pueden ser más seguros que el IOP. El 988 está disponible a cualquier hora, por llamada o mensaje de texto.',
    nextSteps: ['En una crisis, llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA al 988).'],
    ask: ['¿La atención psiquiátrica es parte del programa?'],
  },
  'higher-level': {
    body: 'Si el consumo siguió durante el tratamiento ambulatorio o el IOP, más estructura puede ayudar: hospitalización parcial (20 horas o más por semana) o tratamiento residencial.',
    nextSteps: ['Pregunte qué nivel da suficiente estructura.'],
    ask: [],
  },
  'safety-at-home': {
    body: 'Si alguien está en peligro inmediato, llame al 911. Para la violencia en casa, la Línea Nacional contra la Violencia Doméstica atiende a cualquier hora: 1-800-799-7233, o envíe START al 88788. Después, el tratamiento residencial, o el IOP con una vivienda de recuperación, ofrece un lugar más seguro para recuperarse. Usted es libre de elegir cualquier vivienda de recuperación y cualquier programa, y nadie recibe pago ni recompensa por una referencia.',
    nextSteps: ['Llame al 911 si hay peligro inmediato.'],
    ask: ['¿Pueden ayudar a encontrar una vivienda de recuperación?'],
  },
  'stable-housing': {
    body: 'La recuperación es más difícil donde otros consumen o donde la vivienda no es estable. Puede ayudar el IOP mientras vive en una vivienda de recuperación (una casa con expectativas de recuperación, no un tratamiento), o el tratamiento residencial. Usted es libre de elegir cualquier vivienda de recuperación y cualquier programa, y nadie recibe pago ni recompensa por una referencia.',
    nextSteps: ['Busque viviendas de recuperación cerca del programa.'],
    ask: ['¿Pueden ayudar a encontrar una vivienda de recuperación?'],
  },
  'schedule-options': {
    body: 'Pregunte por los horarios de noche o por telesalud, o por el tratamiento ambulatorio después de una evaluación.',
    nextSteps: ['Pregunte qué horarios se ajustan al trabajo o a la escuela.'],
    ask: [],
  },
  'iop-discuss': {
    body: 'El IOP suele ser unas 3 horas al día, de 3 a 5 días por semana, mientras vive en casa. Para adultos, cada ubicación tiene un horario de noche, y Austin, Houston y San Antonio también tienen un horario de día. Los adolescentes tienen un horario después de la escuela en Houston y Willow Bend (Plano).',
    nextSteps: ['Llame a admisiones para hablarlo.'],
    ask: [],
  },
};

/** The additions that ride along, by note id. */
export const NOTE_TEXTS: Readonly<Record<string, Text>> = {
  benzodiazepines: 'Nunca deje de repente las benzodiacepinas ni otros sedantes: el profesional que los receta baja la dosis poco a poco.',
  'not-ready': {
    self: 'No estar seguro, o no estar listo todavía, es común. Una primera llamada es una conversación corta y privada: unas preguntas sobre lo que está pasando, y una revisión de los beneficios del seguro médico. Puede preguntar lo que quiera, y llamar no le compromete a nada.',
    other:
      'No estar listo, o no estar seguro todavía, es común, y la familia puede recibir apoyo ahora. El programa para familias le ayuda a cuidarse. La página de intervención explica una forma basada en CRAFT (Community Reinforcement and Family Training) de invitar a su ser querido al tratamiento, sin confrontaciones por sorpresa.',
  },
  stimulants:
    'Para el consumo de cocaína o metanfetamina, el manejo de contingencias (pequeñas recompensas por pruebas de drogas que no muestran consumo de estimulantes) es el tratamiento con más apoyo de los estudios. El IOP también ofrece consejería en grupo e individual, prevención de recaídas y pruebas de drogas. En Lantern Hill, el manejo de contingencias es parte del IOP para adultos en todas las ubicaciones; pregunte por él en su evaluación.',
  adolescent: 'Los adolescentes de 13 a 17 años tienen su propio horario de IOP después de la escuela, de al menos 6 horas por semana, en Houston y Willow Bend (Plano).',
  'no-teen-track-nearby':
    'El horario para adolescentes de Lantern Hill es en persona solo en Houston y Willow Bend (Plano). Desde otra ciudad, pregunte a admisiones cómo llegar, o por un programa para adolescentes más cerca de casa; FindTreatment.gov y la Línea Nacional de Ayuda de SAMHSA (1-800-662-4357) pueden ayudar.',
  evenings: 'Todas las ubicaciones de Lantern Hill tienen un horario de IOP de noche para adultos, de lunes a jueves, de 6:00 p. m. a 9:00 p. m.',
};

/** Questions to ask when calling, in the order of content.ts. */
export const COMMON_QUESTIONS: readonly Text[] = [
  '¿Quién hace la evaluación completa, y cuándo?',
  '¿Qué cubrirá el seguro médico, y cuánto costará?',
  '¿Qué días y a qué horas se reúnen los grupos?',
  '¿Cómo participa la familia?',
];

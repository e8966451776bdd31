/**
 * The words of the results that stop routing (Spanish): 911, danger at home, 988 and the child result.
 * The self-assessment's island ships the stop results' words with its code
 * (a crisis result never waits for the network) and loads the others once
 * the page is idle, never in answer to a click; src/assessment/content.es.ts joins both for everything else.
 */
import type { OutcomeWords, StopOutcomeId } from '../types';

/** How 988 offers Spanish, said the same way everywhere. */
const LINEA_988 = 'llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA al 988)';

export const STOP_OUTCOME_WORDS: Readonly<Record<StopOutcomeId, OutcomeWords>> = {
  'call-911': {
    body: {
      self: 'Esto puede ser una emergencia médica. Llame al 911 ahora, o pida a alguien cerca de usted que llame. Si puede ser una sobredosis de opioides, pida que le den naloxona (Narcan) si la tienen a mano. Después de beber mucho, no intente dormir a solas para que se le pase: pida a alguien que se quede con usted y que le ayude a quedarse de lado.',
      other:
        'Esto puede ser una emergencia médica. Llame al 911 ahora. Si puede ser una sobredosis de opioides, dé naloxona (Narcan) si la tiene a mano. Si puede ser una intoxicación por alcohol, no deje que su ser querido se duerma para que se le pase: manténgalo de lado y no lo deje solo.',
    },
    nextSteps: [
      { self: 'Llame al 911, o pida a alguien cerca de usted que llame.', other: 'Llame al 911.' },
      { self: 'No cuelgue hasta que llegue la ayuda.', other: 'Quédese con su ser querido hasta que llegue la ayuda.' },
    ],
    ask: [],
  },
  'danger-at-home': {
    body: {
      self: 'Si usted, su pareja, un niño o cualquier persona en casa está en peligro ahora mismo, llame al 911. La Línea Nacional contra la Violencia Doméstica es gratis y confidencial, y atiende a cualquier hora: llame al 1-800-799-7233 o envíe START al 88788. Si hay pensamientos de suicidio o una crisis emocional, llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA al 988). Puede volver a esto más tarde.',
      other:
        'Si su ser querido, una pareja, un niño o cualquier persona en casa está en peligro ahora mismo, llame al 911. La Línea Nacional contra la Violencia Doméstica es gratis y confidencial, y atiende a cualquier hora: llame al 1-800-799-7233 o envíe START al 88788. Si hay pensamientos de suicidio o una crisis emocional, llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA al 988). Puede volver a esto más tarde.',
    },
    nextSteps: [
      'Llame al 911 si alguien está en peligro ahora.',
      'Luego llame a la Línea Nacional contra la Violencia Doméstica al 1-800-799-7233, o envíe START al 88788.',
      'Para una crisis emocional, llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA al 988).',
    ],
    ask: [],
  },
  'call-988': {
    body: {
      self: 'Un consejero capacitado contesta a cualquier hora, gratis y confidencial (marque 2 para español, o envíe AYUDA al 988). Si alguien está en peligro inmediato, llame al 911. Puede volver a esto más tarde.',
      other:
        'Un consejero capacitado contesta a cualquier hora, gratis y confidencial (marque 2 para español, o envíe AYUDA al 988). El 988 también ayuda a quienes se preocupan por otra persona. Si alguien está en peligro inmediato, llame al 911. Puede volver a esto más tarde.',
    },
    nextSteps: ['Llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA al 988).', 'Llame al 911 si alguien está en peligro inmediato.'],
    ask: [],
  },
  child: {
    body: {
      self: 'Estos programas no atienden a niños menores de 13 años. Si está en peligro, llame al 911. Si siente ganas de hacerse daño, o se siente muy mal, llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA al 988). Si toma alcohol o pastillas todos los días, como pastillas para dormir, para la ansiedad o para el dolor, no las deje de repente por su cuenta: dígaselo hoy a su mamá o papá, a la enfermera de la escuela o a su médico. Su mamá o papá, un consejero de la escuela o su médico pueden ayudar a encontrar la atención adecuada, y la Línea Nacional de Ayuda de SAMHSA (1-800-662-4357) da referencias gratis a cualquier hora.',
      other:
        'Estos programas no atienden a niños menores de 13 años. En una crisis, llame al 911, o llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA al 988). Si el niño o la niña consume alcohol, sedantes u opioides todos los días, o si podría haber un embarazo, vea hoy al pediatra y no suspenda esas sustancias de repente sin consejo médico. Si pudo haber tragado un medicamento o una droga, llame a Poison Help, la línea de control de envenenamientos, al 1-800-222-1222. El pediatra puede ayudar a encontrar la atención adecuada, y la Línea Nacional de Ayuda de SAMHSA (1-800-662-4357) da referencias gratis a cualquier hora.',
    },
    nextSteps: [
      { self: 'Si está en peligro ahora: llame al 911.', other: `En una crisis: llame al 911, o ${LINEA_988}.` },
      { self: `Si piensa en hacerse daño: ${LINEA_988}.`, other: 'Hable con el pediatra del niño o la niña.' },
      { self: 'Hable con su mamá o papá, con un consejero de la escuela o con su médico.', other: 'Para referencias, llame a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357.' },
    ],
    ask: [],
  },
};

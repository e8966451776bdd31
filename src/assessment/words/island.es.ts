/**
 * The island's own words in Spanish, apart from the rest of the Spanish
 * assessment (content.es.ts), so the Spanish island's bundle carries only these.
 */
import type { IslandWords } from '../ui-words';

/** ISLAND_WORDS (ui-words.ts) in Spanish. */
export const ISLAND_WORDS_ES: IslandWords = {
  progress: 'Pregunta {n} de {total}',
  next: 'Siguiente',
  seeResult: 'Ver el resultado',
  pagesToRead: 'Páginas para leer después',
  whyResult: 'Por qué este resultado',
  youAnswered: '{question} Usted respondió: {answer}.',
  askTitle: 'Preguntas para hacer cuando llame',
  print: 'Imprimir estas preguntas',
  admissions: 'Admisiones atiende de día y de noche: {phone}.',
  nearest: 'Ubicación más cercana: {location} (dirección, horario y cómo llegar en su página), {phone}.',
  sources: 'Fuentes',
  changeAnswers: 'Cambiar mis respuestas',
  startOver: 'Empezar de nuevo',
  announce: 'Resultado: {title}',
};

/**
 * The one date and time formatter: every date, time and day a reader sees
 * goes through here, in the page's language. English follows AP style
 * ("9 a.m. to noon", "Monday to Thursday"); Spanish, US Spanish usage
 * ("de 9:00 a. m. a 12:00 p. m.", "de lunes a jueves").
 */
import type { Language } from '../i18n/ui';

const LONG: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** "March 15, 2026"; "15 de marzo de 2026". */
export function formatDate(date: Date, lang: Language = 'en'): string {
  return LONG[lang].format(date);
}

/** "2026-03-15", for datetime attributes, structured data and the sitemap. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "9 a.m." for "09:00", "6:30 p.m." for "18:30", "noon" for "12:00"; in Spanish "9:00 a. m.", "6:30 p. m.", "12:00 p. m.". */
export function formatTime(time: string, lang: Language = 'en'): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  if (lang === 'es') return `${hour12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'a. m.' : 'p. m.'}`;
  if (minutes === 0 && hours === 12) return 'noon';
  if (minutes === 0 && hours === 0) return 'midnight';
  const suffix = hours < 12 ? 'a.m.' : 'p.m.';
  return minutes === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')} ${suffix}`;
}

/** "6 to 9 p.m." (the suffix once when both share it), "9 a.m. to noon"; "de 9:00 a. m. a 12:00 p. m.". */
export function formatTimeRange(start: string, end: string, lang: Language = 'en'): string {
  if (lang === 'es') return `de ${formatTime(start, lang)} a ${formatTime(end, lang)}`;
  const [from, to] = [formatTime(start), formatTime(end)];
  const suffix = / (a\.m\.|p\.m\.)$/;
  const shared = suffix.exec(from)?.[1];
  return shared && shared === suffix.exec(to)?.[1] ? `${from.replace(suffix, '')} to ${to}` : `${from} to ${to}`;
}

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_NAMES: Readonly<Record<Language, readonly string[]>> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
};

/** A day's name: "Monday"; "lunes" (Spanish writes days in lower case). */
export function dayName(day: string, lang: Language = 'en'): string {
  return DAY_NAMES[lang][WEEK.indexOf(day)] ?? day;
}

/** "Monday to Thursday" or "Monday, Tuesday and Thursday"; "de lunes a jueves" or "lunes, martes y jueves". */
export function formatDays(days: readonly string[], lang: Language = 'en'): string {
  const sorted = [...days].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
  const names = sorted.map((d) => dayName(d, lang));
  const indexes = sorted.map((d) => WEEK.indexOf(d));
  const consecutive = indexes.every((value, i) => i === 0 || value === (indexes[i - 1] ?? 0) + 1);
  if (names.length >= 3 && consecutive) return lang === 'es' ? `de ${names[0]} a ${names.at(-1)}` : `${names[0]} to ${names.at(-1)}`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'es' ? 'y' : 'and'} ${names.at(-1)}`;
}

/** Days a security.txt stays valid after a build: RFC 9116 advises less than a year. */
export const SECURITY_TXT_DAYS = 180;

/** When a security.txt written on `built` expires. */
export function securityTxtExpiry(built: Date): Date {
  return new Date(built.getTime() + SECURITY_TXT_DAYS * 24 * 60 * 60 * 1000);
}

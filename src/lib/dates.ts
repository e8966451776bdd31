/** The one date formatter: every date a reader sees goes through here. */

const LONG = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "March 15, 2026". */
export function formatDate(date: Date): string {
  return LONG.format(date);
}

/** "2026-03-15", for datetime attributes, structured data and the sitemap. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "9 a.m." for "09:00", "6:30 p.m." for "18:30", "noon" for "12:00": the AP style US readers expect. */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (minutes === 0 && hours === 12) return 'noon';
  if (minutes === 0 && hours === 0) return 'midnight';
  const suffix = hours < 12 ? 'a.m.' : 'p.m.';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')} ${suffix}`;
}

/** "Monday to Thursday" or "Monday, Tuesday and Thursday". */
export function formatDays(days: readonly string[]): string {
  const order = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const sorted = [...days].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const names = sorted.map((d) => d[0]?.toUpperCase() + d.slice(1));
  const indexes = sorted.map((d) => order.indexOf(d));
  const consecutive = indexes.every((value, i) => i === 0 || value === (indexes[i - 1] ?? 0) + 1);
  if (names.length >= 3 && consecutive) return `${names[0]} to ${names.at(-1)}`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Days a security.txt stays valid after a build: RFC 9116 advises less than a year. */
export const SECURITY_TXT_DAYS = 180;

/** When a security.txt written on `built` expires. */
export function securityTxtExpiry(built: Date): Date {
  return new Date(built.getTime() + SECURITY_TXT_DAYS * 24 * 60 * 60 * 1000);
}

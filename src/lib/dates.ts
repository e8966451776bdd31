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

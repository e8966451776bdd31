/**
 * Small field types shared by every collection schema. Each one rejects a
 * mistake with a message an editor can act on: what was found, what is allowed.
 */
import { z } from 'astro/zod';
import { editDistance } from '../lib/search/edit-distance';

/** Edit distance between two short words, for "did you mean" hints (shared with site search). */
export { editDistance };

/** Shows a value the way an editor typed it, for error messages. */
export function shown(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value) ?? String(value);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written as YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day written as YYYY-MM-DD (YAML may already have turned it into a
 * Date). Stored as a Date at midnight UTC.
 */
export const calendarDay = z.unknown().transform((value, ctx): Date => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && isCalendarDay(value)) return new Date(`${value}T00:00:00Z`);
  ctx.addIssue({
    code: 'custom',
    message: `Expected a date written as YYYY-MM-DD, for example 2026-03-15; found ${shown(value)}.`,
  });
  return z.NEVER;
});

/** A sentence or more of plain text; empty strings are a mistake. */
export const text = (what: string) =>
  z
    .string({
      // At run time this message also answers length checks added later with .max(), although
      // Zod's types only promise type issues here: say which check failed.
      error: (issue) => {
        const { code, maximum } = issue as { code: string; maximum?: unknown };
        return code === 'too_big'
          ? `${what[0]?.toUpperCase()}${what.slice(1)} is ${String(issue.input ?? '').length} characters long; at most ${String(maximum)} are allowed.`
          : `Expected ${what} as text; found ${shown(issue.input)}.`;
      },
    })
    .trim()
    .min(1, {
      error: `${what[0]?.toUpperCase()}${what.slice(1)} cannot be empty.`,
    });

/** The meta description search engines show under the title: 70 to 160 characters. */
export const description = z
  .string({ error: (issue) => `Expected the description as text; found ${shown(issue.input)}.` })
  .trim()
  .superRefine((value, ctx) => {
    const length = value.length;
    if (length < 70 || length > 160) {
      ctx.addIssue({
        code: 'custom',
        message: `The description is shown in search results and must be 70 to 160 characters; this one has ${length}.`,
      });
    }
  });

/** A US phone number in E.164 form, for example +15125550142. */
export const phoneE164 = z.string().regex(/^\+1[2-9]\d{2}[2-9]\d{6}$/, {
  error: (issue) =>
    `Expected a US phone number in E.164 form: +1 then 10 digits, no spaces, for example +15125550142; found ${shown(issue.input)}.`,
});

/** A US ZIP code: 5 digits, or ZIP+4 (78701-1234). */
export const usZip = z.string().regex(/^\d{5}(-\d{4})?$/, {
  error: (issue) => `Expected a US ZIP code of 5 digits (or ZIP+4, 78701-1234); found ${shown(issue.input)}.`,
});

/** A time of day on the 24-hour clock, HH:MM. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: (issue) => `Expected a time on the 24-hour clock written as HH:MM, for example 09:00 or 18:30; found ${shown(issue.input)}.`,
});

/** Minutes after midnight for an HH:MM time. */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A day of the week, in lower case. */
export const weekday = z.enum(WEEKDAYS, {
  error: (issue) => `Expected a day of the week in lower case (${WEEKDAYS.join(', ')}); found ${shown(issue.input)}.`,
});

/** A URL path slug: lower-case words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) => `Expected a slug of lower-case letters, digits and hyphens, for example "cedar-park"; found ${shown(issue.input)}.`,
});

/** An absolute https:// link to another site. */
export const httpsUrl = z.url({
  protocol: /^https$/,
  error: (issue) => `Expected a full https:// link; found ${shown(issue.input)}.`,
});

/** Either an https:// link or a path on this site starting with "/" and ending with "/" or a #fragment. */
export const link = z.union([httpsUrl, z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/)], {
  error: (issue) => `Expected a full https:// link or a site path such as /programs/detox/; found ${shown(issue.input)}.`,
});

/** An enum whose error lists every allowed value. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => `Expected ${what}: one of ${values.map((v) => `"${v}"`).join(', ')}; found ${shown(issue.input)}.`,
  });
}

/** Explains unknown keys: which, the likely intended one, and what is allowed. */
export function unknownFieldMessage(keys: readonly string[], allowed: readonly string[]): string {
  return keys
    .map((key) => {
      const closest = [...allowed].sort((x, y) => editDistance(key, x) - editDistance(key, y))[0];
      const hint = closest && editDistance(key, closest) <= 2 ? ` Did you mean "${closest}"?` : '';
      return `Unknown field "${key}".${hint} Allowed fields here: ${allowed.join(', ')}.`;
    })
    .join(' ');
}

/** An object that rejects unknown or misspelt keys with a helpful message. */
export function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldMessage(issue.keys, allowed) : undefined),
  });
}

/**
 * Other names a family might search for an entry: brand names, slang, older
 * terms and common misspellings ("Suboxone", "rehab", "extended care").
 * Search indexes them with the entry without showing them on the page; the
 * "did you mean" list learns them too. Each is a word or short phrase, at
 * most 40 characters, listed once.
 */
export const searchAliases = z
  .array(
    z
      .string({ error: (issue) => `Expected each search alias as text; found ${shown(issue.input)}.` })
      .trim()
      .min(2, { error: 'A search alias needs at least 2 characters.' })
      .max(40, { error: 'Keep each search alias to a word or short phrase (40 characters at most).' }),
  )
  .superRefine((aliases, ctx) => {
    const seen = new Set<string>();
    for (const alias of aliases) {
      const key = alias.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `The search alias "${alias}" is listed twice.` });
      seen.add(key);
    }
  })
  .optional();

/**
 * Rules that span files or need the raw file text, checked when content loads
 * (see ./loader.ts). Pure functions: entries in, problems out. Each problem
 * names the file and the field, what was found and what is allowed.
 */
import { isCalendarDay } from '../../schemas/primitives';
import { reviewStatus, type ReviewPolicy } from '../review';
import { formatDate } from '../dates';

/** One loaded entry, as the rules see it. */
export type LoadedEntry = { id: string; filePath: string; data: Record<string, unknown>; body?: string | undefined };
/** A collection's entries by id. */
export type Snapshot = ReadonlyMap<string, LoadedEntry>;
export type Problem = { file: string; field: string; message: string };

type Reference = { collection: string; id: string; path: string };

/** Every `{ collection, id }` reference inside an entry's data, with its field path. */
export function findReferences(value: unknown, path = ''): Reference[] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findReferences(item, `${path}[${index}]`));
  const record = value as Record<string, unknown>;
  if (typeof record['collection'] === 'string' && typeof record['id'] === 'string' && Object.keys(record).length === 2) {
    return [{ collection: record['collection'], id: record['id'], path }];
  }
  return Object.entries(record).flatMap(([key, item]) => findReferences(item, path ? `${path}.${key}` : key));
}

/** References to entries that do not exist. */
export function danglingReferences(entry: LoadedEntry, collections: ReadonlyMap<string, Snapshot>): Problem[] {
  return findReferences(entry.data).flatMap(({ collection, id, path }) => {
    const target = collections.get(collection);
    if (!target || target.has(id)) return [];
    const known = [...target.keys()].sort();
    return [
      {
        file: entry.filePath,
        field: path,
        message: `"${id}" is not an entry in ${collection}. Allowed: ${known.map((k) => `"${k}"`).join(', ')}.`,
      },
    ];
  });
}

/** A review must be signed by a team member with isMedicalReviewer: true. */
export function reviewerProblems(entry: LoadedEntry, team: Snapshot): Problem[] {
  const review = entry.data['review'] as { reviewedBy?: { id: string } } | undefined;
  const reviewerId = review?.reviewedBy?.id;
  if (!reviewerId) return [];
  const reviewer = team.get(reviewerId);
  if (!reviewer || reviewer.data['isMedicalReviewer'] === true) return [];
  const allowed = [...team.values()].filter((m) => m.data['isMedicalReviewer'] === true).map((m) => `"${m.id}"`).sort();
  return [
    {
      file: entry.filePath,
      field: 'review.reviewedBy',
      message: `"${reviewerId}" is not a medical reviewer (${reviewer.filePath} has isMedicalReviewer: false). Allowed: ${allowed.join(', ')}.`,
    },
  ];
}

/** Overdue reviews are problems; reviews due soon are warnings. */
export function reviewDateProblems(entry: LoadedEntry, today: Date, policy: ReviewPolicy): { errors: Problem[]; warnings: Problem[] } {
  const review = entry.data['review'] as { lastReviewed?: Date } | undefined;
  if (!(review?.lastReviewed instanceof Date)) return { errors: [], warnings: [] };
  const status = reviewStatus(review.lastReviewed, today, policy);
  const reviewed = formatDate(review.lastReviewed);
  const due = formatDate(status.dueOn);
  if (status.state === 'overdue') {
    return {
      errors: [
        {
          file: entry.filePath,
          field: 'review.lastReviewed',
          message: `The medical review of ${reviewed} expired on ${due} (reviews last ${policy.maxAgeMonths} months). Have a medical reviewer check the page, then set a new date.`,
        },
      ],
      warnings: [],
    };
  }
  if (status.state === 'due-soon') {
    return {
      errors: [],
      warnings: [
        {
          file: entry.filePath,
          field: 'review.lastReviewed',
          message: `The medical review of ${reviewed} expires on ${due}, in ${status.daysLeft} days.`,
        },
      ],
    };
  }
  return { errors: [], warnings: [] };
}

/** A location may only offer tracks its programs define. */
export function locationTrackProblems(entry: LoadedEntry, programs: Snapshot): Problem[] {
  const offered = (entry.data['programs'] as { program: { id: string }; tracks: string[] }[] | undefined) ?? [];
  return offered.flatMap((offer, index) => {
    const program = programs.get(offer.program.id);
    if (!program) return [];
    const defined = ((program.data['tracks'] as { id: string }[] | undefined) ?? []).map((t) => t.id);
    return offer.tracks.flatMap((trackId, trackIndex) =>
      defined.includes(trackId)
        ? []
        : [
            {
              file: entry.filePath,
              field: `programs[${index}].tracks[${trackIndex}]`,
              message: `"${trackId}" is not a track of ${offer.program.id}. Allowed: ${defined.map((d) => `"${d}"`).join(', ') || 'none (leave tracks empty)'}.`,
            },
          ],
    );
  });
}

/**
 * YAML turns 2026-02-30 into March 2 without a word; this finds dates in the
 * raw frontmatter that are not real calendar days.
 */
export function impossibleDates(filePath: string, source: string): Problem[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  return frontmatter.split(/\r?\n/).flatMap((line, index) => {
    const match = /^\s*([A-Za-z][\w]*):\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*$/.exec(line);
    if (!match || isCalendarDay(match[2] ?? '')) return [];
    return [
      {
        file: `${filePath}:${index + 2}`,
        field: match[1] ?? '',
        message: `"${match[2]}" is not a real date. Write a real day as YYYY-MM-DD, for example 2026-03-15.`,
      },
    ];
  });
}

/** One readable block for a list of problems. */
export function formatProblems(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    `Content check found ${problems.length} ${noun}:`,
    ...problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.message}`),
  ].join('\n');
}

/** Thrown when content breaks a rule; its message is what the editor reads. */
export class ContentRuleError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentRuleError';
  }
}

/** Top-level paths taken by the site's own routes; a page in content/pages/ cannot use them. */
export const RESERVED_PAGE_IDS = [
  'programs', 'therapies', 'locations', 'team', 'blog', 'faq', 'search', 'is-iop-right-for-me', 'rss.xml', '404', 'pagefind', '_astro',
] as const;

/** A page whose file name would take over one of the site's own routes. */
export function reservedPageProblems(entry: LoadedEntry): Problem[] {
  if (!(RESERVED_PAGE_IDS as readonly string[]).includes(entry.id)) return [];
  return [
    {
      file: entry.filePath,
      field: 'file name',
      message: `"${entry.id}" is a path the site already uses. Rename the file; taken: ${RESERVED_PAGE_IDS.join(', ')}.`,
    },
  ];
}

/**
 * Words that stigmatize people with substance use disorders (SAMHSA and NIDA
 * guidance), with the person-first wording to use instead.
 */
export const STIGMATIZING_TERMS: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /\baddicts?\b/i, instead: 'a person with a substance use disorder' },
  { pattern: /\bjunkies?\b/i, instead: 'a person who uses drugs' },
  { pattern: /\b(substance |drug |alcohol )?abusers?\b/i, instead: 'a person with a substance use disorder' },
  { pattern: /\b(clean|dirty) (urine|tests?|screens?|results?)\b/i, instead: 'a negative or positive test result' },
  { pattern: /\b(is|stay|stayed|staying|get|got|getting) clean\b/i, instead: 'in recovery, or not using' },
];

/** Stigmatizing words in a body, each with the wording to use instead. */
export function languageProblems(entry: LoadedEntry): Problem[] {
  const lines = (entry.body ?? '').split(/\r?\n/);
  return lines.flatMap((line, index) =>
    STIGMATIZING_TERMS.flatMap(({ pattern, instead }) => {
      const found = pattern.exec(line)?.[0];
      return found ? [{ file: entry.filePath, field: `text, line ${index + 1} of the body`, message: `"${found}" stigmatizes; write "${instead}" instead.` }] : [];
    }),
  );
}

/** The most words an FAQ answer may have: answers are read on phones, and all of them on one page. */
export const FAQ_MAX_WORDS = 90;

/** An FAQ answer over the word limit. */
export function faqLengthProblems(entry: LoadedEntry): Problem[] {
  const words = (entry.body ?? '').split(/\s+/).filter(Boolean).length;
  return words > FAQ_MAX_WORDS
    ? [{ file: entry.filePath, field: 'answer', message: `The answer has ${words} words; keep it to ${FAQ_MAX_WORDS} or fewer and link to a page for more.` }]
    : [];
}

/**
 * Rules that span files or need the raw file text, checked when content loads
 * (see ./loader.ts). Pure functions: entries in, problems out. Each problem
 * names the file and the field, what was found and what is allowed.
 */
import { isCalendarDay } from '../../schemas/primitives';
import { reviewStatus, type ReviewPolicy } from '../review';
import { formatDate } from '../dates';
import { site } from '../../site.config';
import { PICTURE_FORMATS, PICTURE_KINDS, PICTURE_WARN_BYTES, minimumSize, type PictureKind } from '../pictures';

/** One loaded entry, as the rules see it. */
export type LoadedEntry = {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  body?: string | undefined;
  /** The file line on which the body starts, when known, so rules can name "file:line". */
  bodyLine?: number | undefined;
  /** The raw file, when known, so rules can find the line of a frontmatter value. */
  source?: string | undefined;
};

/** "file:line" of the first line of the raw file that contains `needle`, or just the file. */
export function placeOf(entry: LoadedEntry, needle: string): string {
  const lines = entry.source?.split(/\r?\n/) ?? [];
  const index = needle ? lines.findIndex((line) => line.includes(needle)) : -1;
  return index < 0 ? entry.filePath : `${entry.filePath}:${index + 1}`;
}
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

/** Plain advice for the YAML mistakes editors make most, keyed by js-yaml's reason. */
const YAML_HINTS: readonly [RegExp, string][] = [
  [/bad indentation/i, 'This line is indented more or less than it should be. Fields start at the left edge; list items under a field start with two spaces and "- ", all lined up.'],
  [/within a (?:double|single) quoted scalar/i, 'A quotation mark opened here is never closed. Close it at the end of the value, or remove it.'],
  [/duplicated mapping key/i, 'This field appears twice. Keep one.'],
  [/multiline key|implicit key|block mapping entry/i, 'A line is missing "field:" at its start, or a value that contains ": " needs quotation marks around it.'],
  [/end of the stream or a document separator/i, 'Something after a value does not belong there. Check for a stray character or a missing "- " at the start of a list item.'],
];

/**
 * A YAML error in a Markdown file's frontmatter, placed at the line and
 * column an editor sees (js-yaml counts from 0 inside the frontmatter; the
 * file has the opening "---" above it), with plain advice.
 */
export function yamlProblem(filePath: string, reason: string, yamlLine: number | undefined, yamlColumn: number | undefined, source?: string): Problem {
  // An unclosed quote is only noticed at the end of the frontmatter: point at the line that opened it.
  const quote = /within a (double|single) quoted scalar/i.exec(reason)?.[1];
  if (quote && source && yamlLine !== undefined) {
    const mark = quote === 'double' ? '"' : "'";
    const lines = source.split(/\r?\n/).slice(0, yamlLine + 1);
    const opened = lines.findLastIndex((line) => (line.split(mark).length - 1) % 2 === 1);
    if (opened > 0) {
      yamlLine = opened;
      yamlColumn = (lines[opened] ?? '').indexOf(mark);
    }
  }
  const where = yamlLine === undefined ? filePath : `${filePath}:${yamlLine + 1}${yamlColumn === undefined ? '' : `:${yamlColumn + 1}`}`;
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'The frontmatter between the two "---" lines is not valid YAML.';
  return { file: where, field: 'frontmatter', message: `${reason.replace(/\s*\(\d+:\d+\)\s*$/, '')}. ${hint}` };
}

/**
 * List items YAML merges without a word: a "- " indented one space more than
 * the item above it continues that item's text ("…a written list. - A
 * notebook, water…"). Finds strings that hold such a line, with its file line.
 */
export function mergedListItemProblems(entry: LoadedEntry): Problem[] {
  const lines = entry.source?.split(/\r?\n/) ?? [];
  const end = lines.indexOf('---', 1);
  const frontmatter = end > 0 ? lines.slice(0, end) : [];
  return dataStrings(entry.data).flatMap(({ path, text }) => {
    const parts = text.split(/\s+-\s+(?=\S)/).slice(1);
    return parts.flatMap((part) => {
      const start = part.slice(0, 20);
      const index = frontmatter.findIndex((line) => /^\s+-\s/.test(line) && line.replace(/^\s+-\s+/, '').replace(/^["']/, '').startsWith(start));
      if (index < 0) return [];
      const line = frontmatter[index] ?? '';
      const above = frontmatter.slice(0, index).findLast((l) => /^\s*-\s/.test(l));
      const indent = (l: string) => l.length - l.trimStart().length;
      const shift = above === undefined ? '' : ` It is indented ${indent(line)} spaces; the item above is indented ${indent(above)}.`;
      return [
        {
          file: `${entry.filePath}:${index + 1}`,
          field: path,
          message: `"- ${start}…" was read as part of the item above, not as its own list item.${shift} Line up the "- " with the one above.`,
        },
      ];
    });
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
  'programs', 'therapies', 'locations', 'team', 'blog', 'faq', 'search', 'is-iop-right-for-me', 'rss.xml', '404', 'pagefind', '_astro', 'editor',
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

/** A whole word or phrase in Spanish text: \b does not know accented letters. */
const spanish = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The same for Spanish files (content/<collection>/es/, src/i18n/es.ts), from
 * the glossary given to translators (src/i18n/glossary.es.yaml).
 */
export const STIGMATIZING_TERMS_ES: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: spanish('(?:drog)?adict[oa]s?'), instead: 'persona con un trastorno por consumo de sustancias' },
  { pattern: spanish('toxicóman[oa]s?|viciosos?|viciosas?'), instead: 'persona con un trastorno por consumo de sustancias' },
  { pattern: spanish('abusador(?:es|as?)?'), instead: 'persona con un trastorno por consumo de sustancias' },
  { pattern: spanish('(?:un|una|el|la|los|las|es|son|ser|sea)\\s+alcohólic[oa]s?'), instead: 'persona con un trastorno por consumo de alcohol' },
  { pattern: spanish('(?:pruebas?|resultados?|orina|análisis|muestras?)(?:\\s+de\\s+\\p{L}+)?(?:\\s+(?:salió|sale|salga|salieron|dio|da|está|estaba|fue|sea))?\\s+(?:limpi|suci)[oa]s?'), instead: 'resultado negativo o positivo' },
  { pattern: spanish('(?:estar|está|están|estoy|estaba|estuvo|mantenerse|se mantiene|seguir|sigue|siga|quedarse|salir)\\s+limpi[oa]s?'), instead: 'en recuperación, o sin consumir' },
];

/** Stigmatizing terms by the language of a file. */
export const STIGMATIZING_TERMS_BY_LANGUAGE: Readonly<Record<'en' | 'es', readonly { pattern: RegExp; instead: string }[]>> = {
  en: STIGMATIZING_TERMS,
  es: STIGMATIZING_TERMS_ES,
};

/**
 * Stigmatizing words, each with the wording to use instead: in the body of an
 * English entry; in every text (frontmatter and body) of a translation.
 */
export function languageProblems(entry: LoadedEntry, lang: 'en' | 'es' = 'en'): Problem[] {
  const lines = lang === 'en' ? bodyLines(entry) : textOf(entry);
  return lines.flatMap(({ file, field, text }) =>
    STIGMATIZING_TERMS_BY_LANGUAGE[lang].flatMap(({ pattern, instead }) => {
      const found = pattern.exec(text)?.[0];
      return found ? [{ file, field, message: `"${found}" stigmatizes; write "${instead}" instead.` }] : [];
    }),
  );
}

/** The most words an FAQ answer may have: answers are read on phones, and all of them on one page. */
export const FAQ_MAX_WORDS = 90;

/** An FAQ answer over the word limit. */
export function faqLengthProblems(entry: LoadedEntry, max: number = FAQ_MAX_WORDS): Problem[] {
  // Words a reader sees: component tags count as what they show (a schedule is about seven words, a number or count one).
  const shown = (entry.body ?? '')
    .replace(/<TrackTime\b[^>]*\/>/g, (tag) => (/show=["']days/.test(tag) ? ' Monday to Thursday ' : /show=["']time/.test(tag) ? ' 6 to 9 p.m. ' : ' Monday to Thursday, 6 to 9 p.m. '))
    .replace(/<(?:PhoneLink|SiteCount|Cite)\b[^>]*\/>/g, ' 0 ');
  const words = countWords(shown);
  return words > max
    ? [{ file: entry.filePath, field: 'answer', message: `The answer has ${words} words; keep it to ${max} or fewer and link to a page for more.` }]
    : [];
}

/**
 * The fewest words the body of an entry may have, by collection: enough for a
 * page that answers its question. Counted on the Markdown body (headings,
 * lists and link text included), so `npm run check` reports it before CI.
 * Drafts are exempt until they are published.
 */
export const MIN_BODY_WORDS: Readonly<Record<string, number>> = {
  articles: 400,
  programs: 350,
  therapies: 300,
  locations: 150,
};

/** Words a reader sees in a Markdown or MDX body: link targets, imports, tags and marks left out. */
export function countWords(body: string): number {
  const text = body
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`[\]|-]+(?=\s|$)/g, ' ');
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** A published entry whose body is shorter than its collection's minimum. */
export function bodyLengthProblems(entry: LoadedEntry, collection: string): Problem[] {
  const minimum = MIN_BODY_WORDS[collection];
  if (minimum === undefined || entry.data['draft'] === true) return [];
  const words = countWords(entry.body ?? '');
  if (words >= minimum) return [];
  return [
    {
      file: entry.bodyLine === undefined ? entry.filePath : `${entry.filePath}:${entry.bodyLine}`,
      field: 'text',
      message: `The text below the frontmatter has ${words} words; a page in ${collection} needs at least ${minimum}. Add what a reader still needs to know (or set draft: true until it is ready).`,
    },
  ];
}

/* ------------------------------------------------------------------------ *
 * Claims a provider's site must never make, and shapes that mislead.
 * Each rule reads the body line by line (and, where it matters, frontmatter
 * text) and names the file and line, the field, what it found and what to
 * write instead.
 * ------------------------------------------------------------------------ */

/** What the claim rules need to know about the organization (from src/site.config.ts). */
export type ClaimPolicy = {
  /** site.isOpioidTreatmentProgram: only an OTP may start, give or dispense methadone. */
  isOpioidTreatmentProgram: boolean;
  /** site.accreditations: empty means not accredited. */
  accreditations: readonly { body: string }[];
};

export type TextLine = { file: string; field: string; text: string };

/** The body's lines, each with its place: "file:line" when the body's first line is known. */
export function bodyLines(entry: LoadedEntry): TextLine[] {
  return (entry.body ?? '').split(/\r?\n/).map((text, index) =>
    entry.bodyLine === undefined
      ? { file: entry.filePath, field: `text, line ${index + 1} of the body`, text }
      : { file: `${entry.filePath}:${entry.bodyLine + index}`, field: 'text', text },
  );
}

/** Every string in the frontmatter, with its field path. */
function dataStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => dataStrings(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => dataStrings(item, path ? `${path}.${key}` : key));
}

/** All readable text of an entry: frontmatter strings, then body lines. */
/** Each entry's text, worked out once: several rules read it. */
const textCache = new WeakMap<LoadedEntry, TextLine[]>();

function textOf(entry: LoadedEntry): TextLine[] {
  const cached = textCache.get(entry);
  if (cached) return cached;
  const lines = textOfUncached(entry);
  textCache.set(entry, lines);
  return lines;
}

function textOfUncached(entry: LoadedEntry): TextLine[] {
  return [...dataStrings(entry.data).map(({ path, text }) => ({ file: placeOf(entry, text.slice(0, 60)), field: path, text })), ...bodyLines(entry)];
}

/** Sentences (and clauses after a semicolon) of a line, Markdown links reduced to their words. */
function clauses(text: string): string[] {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/(?<=[.!?])\s+|;\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const quote = (text: string) => `"${text.length > 110 ? `${text.slice(0, 107)}…` : text}"`;

/**
 * The organization as the one who acts: "we", "our prescribers", its name or short name (site config),
 * "prescribers on site". Followed (in the same clause, with no "not") by a verb
 * that puts a medicine in someone's hands.
 */
const ORG_NAMES = [site.name, site.shortName].map((name) => name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const ORG_SUBJECT = String.raw`\b(?:we|we'll|we're|our (?:prescribers?|doctors?|physicians?|clinicians?|nurses?|nurse practitioners?|providers?|team|staff|medical team|program|programs|clinic|clinics)|prescribers? on site|${ORG_NAMES}|on site)\b`;
const GIVING_VERB = String.raw`\b(?:start|starts|started|starting|give|gives|giving|prescribe|prescribes|prescribing|provide|provides|providing|dispense|dispenses|dispensing|administer|administers|offer|offers|continue|continues|induct|inducts|begin|begins)\b`;
const NEGATION = /\b(?:not|never|cannot|can't|don't|doesn't|won't|no)\b/i;

/** A clause in which the organization starts, gives, prescribes or provides methadone. */
export function claimsToGiveMethadone(clause: string): boolean {
  const methadone = clause.search(/\bmethadone\b/i);
  if (methadone < 0) return false;
  // Only the part of the sentence that leads into "methadone": "we start X; methadone comes from…" is two claims.
  const before = clause.slice(0, methadone).split(/;|,\s*(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s/i).at(-1) ?? '';
  if (/\b(?:can start|start or continue|start and continue|started on site|on site)\b/i.test(before) && !NEGATION.test(before)) return true;
  const subject = new RegExp(ORG_SUBJECT, 'i').exec(before);
  if (!subject) return false;
  const afterSubject = before.slice(subject.index + subject[0].length);
  const verb = new RegExp(GIVING_VERB, 'i').exec(afterSubject);
  if (!verb) return false;
  return !NEGATION.test(afterSubject.slice(0, verb.index));
}

/** "We can start or continue medication": the organization giving medicine without naming which. */
export function claimsToGiveMedication(clause: string): boolean {
  if (/\b(?:can start|start or continue|start and continue)\b/i.test(clause) && !NEGATION.test(clause)) return true;
  const subject = new RegExp(ORG_SUBJECT, 'i').exec(clause);
  if (!subject) return false;
  const rest = clause.slice(subject.index + subject[0].length);
  const verb = new RegExp(`${GIVING_VERB}\\s+(?:(?:all|any|your|the|this|these|those|longer-term|addiction)\\s+)*(?:medications?|medicines?|it|them)\\b`, 'i').exec(rest);
  return verb !== null && !NEGATION.test(rest.slice(0, verb.index));
}

/** Names an opioid treatment program, where methadone really comes from. */
const OTP = /\b(?:opioid treatment programs?|OTPs?|methadone clinics?)\b/i;

/**
 * Clauses of a body section (text under one heading) that say the
 * organization gives a medicine while the section lists methadone among them
 * and never says methadone comes from an opioid treatment program.
 */
function sectionMethadoneClaims(entry: LoadedEntry): TextLine[] {
  const sections: TextLine[][] = [[]];
  for (const line of bodyLines(entry)) {
    if (/^#{1,6}\s/.test(line.text)) sections.push([]);
    sections.at(-1)?.push(line);
  }
  return sections.flatMap((lines) => {
    const text = lines.map((l) => l.text).join('\n');
    if (!/\bmethadone\b/i.test(text) || OTP.test(text)) return [];
    return lines.flatMap((line) => clauses(line.text).filter((c) => claimsToGiveMedication(c) && !claimsToGiveMethadone(c)).map((c) => ({ ...line, text: c })));
  });
}

/** While the organization is not an opioid treatment program, no page may say it starts, gives or provides methadone. */
export function methadoneClaimProblems(entry: LoadedEntry, policy: ClaimPolicy): Problem[] {
  if (policy.isOpioidTreatmentProgram) return [];
  const allowed = 'Allowed: "We can start buprenorphine or naltrexone. Methadone comes from a certified opioid treatment program: we arrange it and coordinate your dosing."';
  const implied = sectionMethadoneClaims(entry).map(({ file, field, text }) => ({
    file,
    field,
    message: `${quote(text)} says we start or give medication in a section that lists methadone, without saying methadone comes from a certified opioid treatment program (src/site.config.ts isOpioidTreatmentProgram: false). ${allowed}`,
  }));
  return textOf(entry).flatMap(({ file, field, text }) =>
    clauses(text)
      .filter(claimsToGiveMethadone)
      .map((clause) => ({
        file,
        field,
        message: `${quote(clause)} says we start, give or provide methadone, but only a certified opioid treatment program can (src/site.config.ts isOpioidTreatmentProgram: false). ${allowed}`,
      })),
  ).concat(implied);
}

/** Words no provider may use about its own care, with what to write instead. */
export const FORBIDDEN_CLAIMS: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /\bcur(?:e|es|ed|ing)\b/i, instead: 'addiction is a long-term condition that treatment helps people manage; say what the program does, not that it cures' },
  { pattern: /\bguarantee(?:s|d)?\b/i, instead: 'describe what the program offers; never promise a result' },
];

/** A percentage next to words about results ("success", "sober", "recovered"…). */
const OUTCOME_PERCENT = /\b\d{1,3}(?:\.\d+)?\s?(?:%|percent\b)/i;
const OUTCOME_WORDS = /\b(?:success(?:ful|fully)?|succeed(?:s|ed)?|recover(?:ed|y)|sober|sobriety|abstinen(?:t|ce)|relapse|return to use|complete(?:d)? (?:treatment|the program)|stay(?:s|ed)? in recovery|outcomes?)\b/i;

/** Who could be claimed to be accredited: the organization or one of its programs, sites or homes. */
const ACCREDITED_SUBJECT = new RegExp(String.raw`\b(?:we|we're|us|our|lantern hill|this (?:program|site|home|clinic)|each site|every site)\b`, 'i');

/** A clause that claims accreditation (negations such as "not accredited" pass). */
export function claimsAccreditation(clause: string): boolean {
  const word = /\baccredit(?:ed|ation|s)\b/i.exec(clause);
  if (!word) return false;
  if (!ACCREDITED_SUBJECT.test(clause)) return false;
  const before = clause.slice(0, word.index);
  return !/\b(?:not|never|no|isn't|aren't|without|neither|nor)\b/i.test(before);
}

/** "Cure", "guarantee", unsourced outcome percentages, and accreditation claims with no accreditation on file. */
export function forbiddenClaimProblems(entry: LoadedEntry, policy: ClaimPolicy): Problem[] {
  const sources = entry.data['sources'];
  const hasSources = Array.isArray(sources) && sources.length > 0;
  return textOf(entry).flatMap(({ file, field, text }) => {
    if (field === 'sources' || field.startsWith('sources[') || /^https?:/.test(text)) return [];
    const found: Problem[] = [];
    for (const { pattern, instead } of FORBIDDEN_CLAIMS) {
      const match = pattern.exec(text)?.[0];
      if (match) found.push({ file, field, message: `"${match}" is a claim a provider must never make. Allowed: ${instead}.` });
    }
    for (const clause of clauses(text)) {
      const percent = OUTCOME_PERCENT.exec(clause)?.[0];
      if (percent && OUTCOME_WORDS.test(clause) && !hasSources) {
        found.push({ file, field, message: `${quote(clause)} gives an outcome figure (${percent}) with no source. Allowed: cite a study in sources and name it, or leave the figure out.` });
      }
      if (policy.accreditations.length === 0 && claimsAccreditation(clause)) {
        found.push({
          file,
          field,
          message: `${quote(clause)} claims accreditation, but src/site.config.ts lists none (accreditations: []). Allowed: say plainly that we are licensed by the state and not accredited, or add the accreditation to site.config.ts.`,
        });
      }
    }
    return found;
  });
}

/** An invented 555-01xx number typed as text: it would show without its "sample number" label and could not be tapped. */
const TYPED_SAMPLE_NUMBER = /\(?\b\d{3}\)?[\s.\u2011-]*555[.\u2011-]01\d{2}\b/;

/** Phone numbers of the organization go through PhoneLink, which makes them tap-to-call and labels invented ones. */
export function typedPhoneProblems(entry: LoadedEntry): Problem[] {
  return bodyLines(entry).flatMap((line) => {
    const found = TYPED_SAMPLE_NUMBER.exec(line.text)?.[0];
    if (!found) return [];
    return [
      {
        file: line.file,
        field: 'body',
        message: `"${found.trim()}" is a phone number typed as text. Allowed: <PhoneLink line="admissions" /> (or dial="+1…") in an .mdx file, so it can be tapped and, on the sample site, says "sample number, not in service".`,
      },
    ];
  });
}

/** A count of the organization's sites or programs typed into prose: it goes stale when a location or program is added. */
const NUMBER = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)`;
const PLACES = String.raw`(?:sites?|locations?|cities|offices|clinics|campuses)`;
export const PROSE_COUNT = new RegExp(
  String.raw`\b(?:(?:all|our|the)\s+${NUMBER}\s+(?:of\s+(?:our|the)\s+)?(?:texas\s+)?(?:${PLACES}|programs)|${NUMBER}\s+(?:of\s+(?:our|the)\s+)?(?:texas\s+)?${PLACES}|(?:all|our)\s+${NUMBER}\s+of\s+them)\b`,
  'i',
);

/** "All five sites", "our five cities", "four of our sites": counts that must come from data, not prose. */
export function proseCountProblems(entry: LoadedEntry): Problem[] {
  return textOf(entry).flatMap(({ file, field, text }) =>
    clauses(text).flatMap((clause) => {
      const found = PROSE_COUNT.exec(clause)?.[0];
      if (!found) return [];
      return [
        {
          file,
          field,
          message: `"${found}" is a count typed into the text; it goes stale when a location or program is added. Allowed: "every site", "each of our locations", the places by name, or (in an .mdx file) <SiteCount /> (see content/README.md, "Components").`,
        },
      ];
    }),
  );
}

/** A paragraph that is only bold text, used as a heading: screen readers and the page outline miss it. */
export function boldHeadingProblems(entry: LoadedEntry): Problem[] {
  const lines = bodyLines(entry);
  return lines.flatMap((line, index) => {
    const match = /^\s*(\*\*|__)([^*_]+?)\1\s*:?\s*$/.exec(line.text);
    if (!match) return [];
    const blankBefore = index === 0 || (lines[index - 1]?.text.trim() ?? '') === '';
    if (!blankBefore) return [];
    return [
      {
        file: line.file,
        field: line.field,
        message: `"${line.text.trim()}" is a bold paragraph used as a heading. Allowed: a Markdown heading such as "## ${(match[2] ?? '').trim().replace(/:$/, '')}" (one level below the section it is in).`,
      },
    ];
  });
}

/** A medical review must cover the text as last changed: review.lastReviewed on or after dateModified (articles) or updated (pages). */
export function reviewOrderProblems(entry: LoadedEntry): Problem[] {
  const review = entry.data['review'] as { lastReviewed?: unknown } | undefined;
  const reviewed = review?.lastReviewed;
  const changedField = entry.data['dateModified'] instanceof Date ? 'dateModified' : 'updated';
  const modified = entry.data[changedField];
  if (!(reviewed instanceof Date) || !(modified instanceof Date) || reviewed >= modified) return [];
  return [
    {
      file: placeOf(entry, 'lastReviewed:'),
      field: 'review.lastReviewed',
      message: `The review (${formatDate(reviewed)}) is older than the last change (${changedField} ${formatDate(modified)}), so the byline would vouch for text nobody reviewed. Allowed: ${formatDate(modified)} or later, after a medical reviewer has read the change.`,
    },
  ];
}

/** A situation that needs emergency care now, not a treatment search. */
export const EMERGENCY_WORDS =
  /\b(?:emergenc(?:y|ies)|hospital(?:s|ized)?|overdos(?:e|es|ed|ing)|seizures?|911|unconscious|not breathing|trouble breathing|hard to wake|suicid(?:e|al)|ending (?:your|their) life|poison(?:ing)?|danger)\b/i;

/** A program's "not a fit" item about a medical emergency must send the reader to crisis help (911/988). */
export function notAFitRoutingProblems(entry: LoadedEntry): Problem[] {
  const items = (entry.data['notAFitIf'] as { when?: string; resource?: string }[] | undefined) ?? [];
  return items.flatMap((item, index) => {
    if (!item.resource || item.resource === 'crisis' || !EMERGENCY_WORDS.test(item.when ?? '')) return [];
    return [
      {
        file: placeOf(entry, (item.when ?? '').slice(0, 60)),
        field: `notAFitIf[${index}].resource`,
        message: `"${item.when}" is about a medical emergency but routes to "${item.resource}". Allowed: "crisis" (an emergency room or 911; 988), never "findtreatment", which lists treatment programs, not emergency care.`,
      },
    ];
  });
}

/**
 * What the loader found at one picture field (src/lib/content/picture-facts.ts):
 * the file's size in bytes and, when it could be read as a picture, its
 * pixel size and format ("jpg", "png", "heif", …); nothing when it is missing.
 */
export type PictureFact = {
  field: string;
  /** As written in the frontmatter, e.g. "./images/dallas.jpg". */
  path: string;
  /** Root-relative, e.g. "content/locations/images/dallas.jpg". */
  resolved: string;
  kind?: PictureKind | undefined;
  bytes?: number | undefined;
  picture?: { width: number; height: number; format: string } | undefined;
};

const KIND_NAMES: Record<PictureKind, string> = { portrait: 'A team portrait', location: 'A location photo', hero: 'An article picture' };
const FORMAT_NAMES: Readonly<Record<string, string>> = { jpg: 'JPEG', heif: 'HEIC', tiff: 'TIFF', gif: 'GIF', bmp: 'BMP', psd: 'Photoshop', jxl: 'JPEG XL' };
const ALLOWED_FORMATS = 'JPEG (.jpg), PNG, WebP, AVIF or SVG';
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Pictures the site cannot use: a missing file, a format other than JPEG,
 * PNG, WebP, AVIF or SVG, or a photo smaller than twice the size it is shown
 * at (blurry on phones and most laptops). Big files are fine (they are
 * resized) but over 15 MB they get a warning.
 */
export function pictureProblems(entry: LoadedEntry, facts: readonly PictureFact[]): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const fact of facts) {
    const at = { file: placeOf(entry, `${fact.field}:`), field: fact.field };
    const found = `"${fact.path}"`;
    if (fact.bytes === undefined) {
      errors.push({ ...at, message: `${found} does not exist (looked for ${fact.resolved}). Allowed: the path of a picture next to this file, such as ./images/${entry.id}.jpg; check the spelling and the folder.` });
      continue;
    }
    const format = fact.picture?.format;
    if (!format || !(PICTURE_FORMATS as readonly string[]).includes(format)) {
      const what = format ? `a ${FORMAT_NAMES[format] ?? format.toUpperCase()} file` : 'not a picture the site can read';
      errors.push({ ...at, message: `${found} is ${what}. Allowed: ${ALLOWED_FORMATS}. Open the picture and save or export it as JPEG.` });
      continue;
    }
    const picture = fact.picture;
    if (picture && format !== 'svg' && fact.kind) {
      const need = minimumSize(fact.kind);
      const shown = PICTURE_KINDS[fact.kind];
      if (picture.width < need.width || picture.height < need.height) {
        const wanted = need.height > 0 ? `${need.width} × ${need.height} pixels` : `${need.width} pixels wide`;
        const shownAs = 'height' in shown ? `${shown.width} × ${shown.height}` : `up to ${shown.width} pixels wide`;
        errors.push({
          ...at,
          message: `${found} is ${picture.width} × ${picture.height} pixels: too small. ${KIND_NAMES[fact.kind]} is shown ${shownAs}, and phones and sharp screens need about twice that. Allowed: at least ${wanted} (a photo straight from a phone or camera is fine).`,
        });
      }
    }
    if (fact.bytes > PICTURE_WARN_BYTES) {
      warnings.push({ ...at, message: `${found} is ${megabytes(fact.bytes)}. It works (the site makes small copies), but files over ${megabytes(PICTURE_WARN_BYTES)} slow every build; export a copy about 4000 pixels wide.` });
    }
  }
  return { errors, warnings };
}

/** One glossary term: the wording to use and the wordings to avoid (src/i18n/glossary.es.yaml). */
export type GlossaryTerm = { en: string; use: string; avoid?: readonly string[]; note?: string };

/** Wordings a translation must not use, from the glossary, each with the one to use instead. */
export function glossaryProblems(entry: LoadedEntry, glossary: readonly GlossaryTerm[]): Problem[] {
  // An avoid item with a note in parentheses ("menor (alone)") is avoided only in one sense: a reviewer's call, not a pattern.
  const rules = glossary.flatMap((term) => (term.avoid ?? []).filter((avoid) => !avoid.includes('(')).map((avoid) => ({ avoid, pattern: spanish(avoid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')), use: term.use })));
  return textOf(entry).flatMap(({ file, field, text }) =>
    rules.flatMap(({ avoid, pattern, use }) => {
      const found = pattern.exec(text)?.[0];
      return found ? [{ file, field, message: `"${found}" is on the glossary's avoid list (src/i18n/glossary.es.yaml, "${avoid}"); write "${use}" instead.` }] : [];
    }),
  );
}

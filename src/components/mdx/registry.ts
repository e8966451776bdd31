/**
 * The components an editor may use in an .mdx body, without importing them.
 * One list drives everything: the check that runs while content loads
 * (src/lib/content/mdx-rules.ts), each component's own props check at render,
 * the catalogue page (/editor/components/) and the editor guide.
 *
 * Attribute values are plain strings (`kind="note"`); an attribute with no
 * value means "yes" (`labelOnly`). No `{…}` expressions: editors never need
 * code, and every value can be checked before the page is built.
 */
import { z } from 'astro/zod';

/** Collections a component can point into by id. */
export type RefCollection = 'faqs' | 'sources' | 'programs' | 'therapies' | 'locations' | 'articles' | 'pages';

export type ComponentSpec = {
  /** "block": on its own lines, between paragraphs. "inline": inside a sentence. */
  placement: 'block' | 'inline';
  /** What may go between the opening and closing tag. */
  children: 'none' | 'markdown' | 'list' | 'text' | 'optional-text';
  props: z.ZodObject;
  /** Props whose value is an entry's id, and the collection it must exist in. */
  refs: Partial<Record<string, RefCollection>>;
  /** One line for the editor: what it shows. */
  purpose: string;
};

const id = (what: string) =>
  z.string({ error: `Give the ${what} id, for example "intensive-outpatient".` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `Write the ${what} id as its file name without .md: lowercase words joined by hyphens.`,
  });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: (issue) => `${what} must be one of ${values.map((v) => `"${v}"`).join(', ')}; found ${JSON.stringify(issue.input)}.` });

/** The link targets <Link> accepts, each a collection. */
export const LINK_TARGETS = { program: 'programs', therapy: 'therapies', location: 'locations', article: 'articles', page: 'pages' } as const;

export const SUMMARY_MAX_WORDS = 60;
export const TAKEAWAYS = { min: 3, max: 5 } as const;

export const MDX_COMPONENTS = {
  Summary: {
    placement: 'block',
    children: 'markdown',
    props: z.strictObject({}),
    refs: {},
    purpose: `An "In short" box: the page's answer in one to three sentences (at most ${SUMMARY_MAX_WORDS} words). Articles open with it.`,
  },
  KeyTakeaways: {
    placement: 'block',
    children: 'list',
    props: z.strictObject({}),
    refs: {},
    purpose: `A "Key takeaways" box holding one bulleted list of ${TAKEAWAYS.min} to ${TAKEAWAYS.max} points. Articles put it right after the summary.`,
  },
  Callout: {
    placement: 'block',
    children: 'markdown',
    props: z.strictObject({
      kind: oneOf(['note', 'safety'], 'kind'),
      title: z.string().min(1).max(80, { error: 'Keep the title under 80 characters.' }).optional(),
    }),
    refs: {},
    purpose: 'A box that stands out from the text. "note" for a helpful aside; "safety" for a danger, which also shows how to reach 911 and 988.',
  },
  CallToAction: {
    placement: 'block',
    children: 'none',
    props: z.strictObject({ kind: oneOf(['admissions', 'self-check', 'crisis'], 'kind') }),
    refs: {},
    purpose: 'A next step as a button-like link: call admissions, take the self-check, or call or text 988 (crisis).',
  },
  Faq: {
    placement: 'block',
    children: 'none',
    props: z.strictObject({ id: id('FAQ') }),
    refs: { id: 'faqs' },
    purpose: 'One question and its answer from content/faqs/, by file name, with a link to its topic page.',
  },
  TrackSchedule: {
    placement: 'block',
    children: 'none',
    props: z.strictObject({ program: id('program'), track: id('track').optional() }),
    refs: { program: 'programs' },
    purpose: "A table of a program's schedules (days, times, hours a week), read from the program's tracks; `track` shows one.",
  },
  LevelsOfCare: {
    placement: 'block',
    children: 'none',
    props: z.strictObject({}),
    refs: {},
    purpose: 'A table comparing every level of care we offer (ASAM level, hours a week, where you sleep), from content/programs/.',
  },
  Cite: {
    placement: 'inline',
    children: 'none',
    props: z.strictObject({ id: id('source') }),
    refs: { id: 'sources' },
    purpose: "A citation after a claim, by its id in content/sources.yaml. The source joins the page's source list by itself.",
  },
  Link: {
    placement: 'inline',
    children: 'optional-text',
    props: z
      .strictObject({ program: id('program').optional(), therapy: id('therapy').optional(), location: id('location').optional(), article: id('article').optional(), page: id('page').optional() })
      .refine((props) => Object.values(props).filter(Boolean).length === 1, {
        error: `Give exactly one of ${Object.keys(LINK_TARGETS).join(', ')}, for example <Link program="intensive-outpatient">.`,
      }),
    refs: LINK_TARGETS,
    purpose: "A link to a program, therapy, location, article or page by its file name. The link's words default to that entry's title.",
  },
  TrackTime: {
    placement: 'inline',
    children: 'none',
    props: z.strictObject({ program: id('program'), track: id('track'), show: oneOf(['both', 'days', 'time'], 'show').default('both') }),
    refs: { program: 'programs' },
    purpose: 'When a track meets, from the program\'s data: "Monday to Thursday, 6 to 9 p.m.". `show="days"` or `show="time"` gives one half. `track="family-group"` is the family group.',
  },
  PhoneLink: {
    placement: 'inline',
    children: 'none',
    props: z
      .strictObject({
        line: oneOf(['admissions', 'lifeline', 'emergency', 'helpline'], 'line').optional(),
        dial: z
          .string()
          .regex(/^(?:\+1\d{10}|\d{3,6})$/, { error: 'Write the number as +1 and ten digits, for example "+15125550140", or a short code of 3 to 6 digits such as "988".' })
          .optional(),
        label: z.string().min(1).optional(),
        hiddenLabel: z.string().min(1).optional(),
        labelOnly: z.boolean().optional(),
        scheme: oneOf(['tel', 'sms'], 'scheme').optional(),
      })
      .refine((props) => (props.line === undefined) !== (props.dial === undefined), {
        error: 'Give either line (admissions, lifeline, emergency or helpline) or dial (a number), not both.',
      }),
    refs: {},
    purpose: 'A tap-to-call (or, with scheme="sms", tap-to-text) phone link. `line="admissions"` reads our number from the site settings.',
  },
  SiteCount: {
    placement: 'inline',
    children: 'none',
    props: z.strictObject({ program: id('program').optional() }),
    refs: { program: 'programs' },
    purpose: 'How many locations we have, as a word ("five"); with `program`, how many offer that program.',
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

/** The number a <PhoneLink> dials: a named line from the site settings, or the number typed. */
export function phoneLineDial({ line, dial }: { line?: string | undefined; dial?: string | undefined }, settings: { admissionsPhone: string; crisis: Record<string, { dial: string }> }): string {
  if (line === 'admissions') return settings.admissionsPhone;
  return (line ? settings.crisis[line]?.dial : undefined) ?? dial ?? '';
}

/** The pseudo-track id that means a program's family group. */
export const FAMILY_GROUP_TRACK = 'family-group';

/** A component's props, checked at render: a clear message instead of a stack trace if a template passes something wrong. */
export function mdxProps<N extends MdxComponentName>(name: N, props: Record<string, unknown>): z.output<(typeof MDX_COMPONENTS)[N]['props']> {
  const { children: _children, ...rest } = props;
  const result = MDX_COMPONENTS[name].props.safeParse(rest);
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.') || '(props)'}: ${issue.message}`).join('; ');
    throw new Error(`<${name}>: ${detail}`);
  }
  return result.data as z.output<(typeof MDX_COMPONENTS)[N]['props']>;
}

/**
 * Checks the self-assessment data (content.ts): its shape, and the rules a
 * clinician's edit must not break. Used by tests and build-time checks only;
 * the engine never imports it, so zod stays out of the browser bundle.
 */
import { z } from 'astro/zod';
import { ASSESSMENT } from './content';
import { ASSESSMENT_SOURCE_IDS, FLAGS, LINK_IDS, LOCATION_IDS, OUTCOME_IDS, PROGRAM_SLUGS, QUESTION_IDS, RULE_IDS } from './types';

const text = z.string().trim().min(1, { error: 'Text cannot be empty.' });
/** Text that reads the same either way, or one form for "you" and one for "your loved one". */
const wordedText = z.union([text, z.strictObject({ self: text, other: text })]);
const flag = z.enum(FLAGS);
const condition = z.array(z.array(flag).min(1, { error: 'A group of flags cannot be empty.' }));
const sources = z.array(z.enum(ASSESSMENT_SOURCE_IDS)).min(1, { error: 'Cite at least one source.' });

const optionSchema = z.strictObject({
  /** The id the UI submits. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'Option ids use lowercase letters, digits and hyphens.' }),
  /** What the option says. */
  label: wordedText,
  /** Flags the answer sets. */
  flags: z.array(flag),
});

const questionSchema = z.strictObject({
  /** One of the question ids of CLINICAL.md. */
  id: z.enum(QUESTION_IDS),
  /** ASAM dimension or role. */
  dimension: z.enum(['about', 'safety', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'logistics']),
  /** The question. */
  text: wordedText,
  /** Several options may be chosen. */
  multiple: z.literal(true).optional(),
  /** The answers, at least two. */
  options: z.array(optionSchema).min(2, { error: 'A question needs at least two options.' }),
  /** Asked only after one of these answers to an earlier question. */
  onlyIf: z.strictObject({ question: z.enum(QUESTION_IDS), anyOf: z.array(z.string()).min(1) }).optional(),
});

const ruleSchema = z.strictObject({
  /** Stable id of the rule. */
  id: z.enum(RULE_IDS),
  /** 1 is the highest priority. */
  priority: z.int({ error: 'Priorities are whole numbers from 1 (the highest).' }).positive({ error: 'Priorities are whole numbers from 1 (the highest).' }),
  /** safety and eligibility rules stop; the fallback fires alone. */
  kind: z.enum(['safety', 'eligibility', 'level-of-care', 'fallback']),
  /** When the rule fires. */
  when: condition,
  /** Where it leads: an outcome id (checked against the outcomes below). */
  outcome: z.string(),
  /** Whether it ends routing. */
  stop: z.boolean(),
  /** Why, in plain words. */
  why: wordedText,
  /** Sources for the rule. */
  sources,
  /** Further conditions that lead to another outcome; the first that holds wins. */
  variants: z
    .array(z.strictObject({ when: condition.min(1), outcome: z.string(), why: wordedText, sources }))
    .min(1)
    .optional(),
});

const outcomeSchema = z.strictObject({
  /** Stable id of the outcome. */
  id: z.enum(OUTCOME_IDS),
  /** The headline. */
  title: wordedText,
  /** What it means, in plain words. */
  body: wordedText,
  /** What to do next. */
  nextSteps: z.array(wordedText).min(1, { error: 'List at least one next step.' }),
  /** Pages to read next. */
  links: z.array(z.enum(LINK_IDS)),
  /** Questions to ask when calling. */
  ask: z.array(wordedText),
  /** Sources for the outcome. */
  sources,
  /** The levels of care it recommends. */
  levels: z.array(z.enum(PROGRAM_SLUGS)),
  /** The provider cannot serve this need. */
  referOut: z.literal(true).optional(),
});

const linkSchema = z.strictObject({
  /** A site path with a trailing slash, an https:// address, a tel: number or an sms: number with an optional body. */
  href: z.string().regex(/^(\/([a-z0-9-]+\/)*|https:\/\/\S+|tel:\+\d+|sms:\d+(\?body=[A-Z]+)?)$/, {
    error: 'Links are site paths ending in "/", https:// addresses, tel: numbers or sms: numbers.',
  }),
  /** The link text. */
  label: text,
});

const dataSchema = z.strictObject({
  questions: z.array(questionSchema),
  rules: z.array(ruleSchema),
  outcomes: z.array(outcomeSchema),
  links: z.strictObject(Object.fromEntries(LINK_IDS.map((id) => [id, linkSchema])) as Record<(typeof LINK_IDS)[number], typeof linkSchema>),
  notes: z.array(
    z.strictObject({
      id: text,
      when: condition.min(1),
      text: wordedText,
      links: z.union([z.array(z.enum(LINK_IDS)), z.strictObject({ self: z.array(z.enum(LINK_IDS)), other: z.array(z.enum(LINK_IDS)) })]).optional(),
      sources,
      notOffered: z.literal(true).optional(),
    }),
  ),
  offeredPrograms: z.strictObject({ adult: z.array(z.enum(PROGRAM_SLUGS)), adolescent: z.array(z.enum(PROGRAM_SLUGS)) }),
  referral: z.strictObject({ text, links: z.array(z.enum(LINK_IDS)).min(1), sources }),
  commonQuestions: z.array(wordedText),
  disclaimer: text,
});

type Data = z.output<typeof dataSchema>;

/** Phrases no text may contain: the assessment never diagnoses or scores. */
const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /you have/i, why: 'says "you have"' },
  { pattern: /diagnos(?!is\b)|(?<!not a )diagnosis/i, why: 'mentions a diagnosis (only "not a diagnosis" is allowed)' },
  { pattern: /\bscor(e|es|ed|ing)\b|\d\s*%|percent|\b\d+\s*(\/|out of)\s*\d+/i, why: 'reads like a score or a percentage' },
];

const at = (value: unknown, key: PropertyKey): unknown => (value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined);

/** One step of a path, naming the item by its id when it has one: rules[3] (withdrawal-danger). */
function step(key: PropertyKey, item: unknown): string {
  if (typeof key !== 'number') return `.${String(key)}`;
  const id = at(item, 'id');
  return typeof id === 'string' ? `[${key}] (${id})` : `[${key}]`;
}

/** A readable path into the data, for example data.rules[3] (withdrawal-danger).outcome. */
function where(data: unknown, path: readonly PropertyKey[]): string {
  let text = 'data';
  let node = data;
  for (const key of path) {
    node = at(node, key);
    text += step(key, node);
  }
  return text;
}

/** Every string inside a value, with its path. */
function strings(value: unknown, path: string): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, path + step(i, item)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

const duplicates = <T>(items: readonly T[]): T[] => items.filter((item, i) => items.indexOf(item) !== i);

/** The rules a valid shape must also keep; each message names the item and what to fix. */
function crossCheck(data: Data): string[] {
  const problems: string[] = [];
  const outcomeIds = new Set<string>(data.outcomes.map((o) => o.id));
  const setFlags = new Set(data.questions.flatMap((q) => q.options.flatMap((o) => o.flags)));
  const questionIds = data.questions.map((q) => q.id);

  if (questionIds.join() !== QUESTION_IDS.join()) {
    problems.push(`questions: expected ${QUESTION_IDS.join(', ')} in that order; found ${questionIds.join(', ')}.`);
  }
  for (const q of data.questions) {
    for (const id of duplicates(q.options.map((o) => o.id))) problems.push(`question ${q.id}: option id "${id}" is used twice.`);
    if (q.onlyIf) {
      const gate = data.questions.find((g) => g.id === q.onlyIf?.question);
      if (!gate || questionIds.indexOf(gate.id) >= questionIds.indexOf(q.id)) {
        problems.push(`question ${q.id}: onlyIf must name an earlier question; found "${q.onlyIf.question}".`);
      }
      for (const id of q.onlyIf.anyOf) {
        if (gate && !gate.options.some((o) => o.id === id)) problems.push(`question ${q.id}: onlyIf option "${id}" is not an option of ${gate.id}.`);
      }
    }
  }

  // The engine reads the location from L1: every location, in order, then one answer that sets out-of-area.
  const cities = data.questions.find((q) => q.id === 'L1')?.options ?? [];
  const cityIds = cities.filter((o) => !o.flags.includes('out-of-area')).map((o) => o.id);
  if (cityIds.join() !== LOCATION_IDS.join() || cities.length !== LOCATION_IDS.length + 1) {
    problems.push(`question L1: its options must be ${LOCATION_IDS.join(', ')}, in that order, then one that sets out-of-area; found ${cities.map((o) => o.id).join(', ')}.`);
  }

  for (const id of duplicates(data.rules.map((r) => r.id))) problems.push(`rule "${id}" is defined twice.`);
  for (const priority of new Set(duplicates(data.rules.map((r) => r.priority)))) {
    const names = data.rules.filter((r) => r.priority === priority).map((r) => `"${r.id}"`);
    problems.push(`priority ${priority} is used by rules ${names.join(' and ')}; priorities must be unique.`);
  }
  const lowestStop = Math.max(0, ...data.rules.filter((r) => r.stop).map((r) => r.priority));
  const fallbacks = data.rules.filter((r) => r.kind === 'fallback');
  if (fallbacks.length !== 1) problems.push(`rules: expected exactly one fallback rule; found ${fallbacks.length}.`);
  const lowest = Math.max(...data.rules.map((r) => r.priority));

  for (const rule of data.rules) {
    const name = `rule "${rule.id}" (priority ${rule.priority})`;
    for (const target of [rule.outcome, ...(rule.variants ?? []).map((v) => v.outcome)]) {
      if (target !== undefined && !outcomeIds.has(target)) {
        problems.push(`${name} points to outcome "${target}", which does not exist; outcomes are: ${[...outcomeIds].join(', ')}.`);
      }
    }
    if ((rule.kind === 'safety' || rule.kind === 'eligibility') && !rule.stop) problems.push(`${name} is a ${rule.kind} rule and must stop routing (stop: true).`);
    if (rule.stop && rule.kind !== 'safety' && rule.kind !== 'eligibility') problems.push(`${name} stops routing but is a ${rule.kind} rule; only safety and eligibility rules stop.`);
    if (!rule.stop && rule.priority < lowestStop) problems.push(`${name} must come after every stop rule, so that crisis answers always win.`);
    if (rule.kind === 'fallback') {
      if (rule.when.length > 0) problems.push(`${name} is the fallback and fires when no other rule does: its "when" must be empty.`);
      if (rule.priority !== lowest) problems.push(`${name} is the fallback and must have the lowest priority (${lowest}).`);
    } else if (rule.when.length === 0) {
      problems.push(`${name} needs a "when" condition; only the fallback has none.`);
    }
    for (const f of [...rule.when, ...(rule.variants ?? []).flatMap((v) => v.when)].flat()) {
      if (!setFlags.has(f)) problems.push(`${name} uses flag "${f}", which no answer sets.`);
    }
  }
  for (const note of data.notes) {
    for (const f of note.when.flat()) if (!setFlags.has(f)) problems.push(`note "${note.id}" uses flag "${f}", which no answer sets.`);
  }

  for (const id of duplicates(data.outcomes.map((o) => o.id))) problems.push(`outcome "${id}" is defined twice.`);
  const reached = new Set<string>(data.rules.flatMap((r) => [r.outcome, ...(r.variants ?? []).map((v) => v.outcome)]));
  for (const o of data.outcomes) if (!reached.has(o.id)) problems.push(`outcome "${o.id}" is not reached by any rule.`);
  for (const slug of PROGRAM_SLUGS) {
    if (data.links[slug].href !== `/programs/${slug}/`) problems.push(`link "${slug}" must point to /programs/${slug}/; found ${data.links[slug].href}.`);
  }
  for (const o of data.outcomes) {
    const missing = o.levels.filter((level) => !o.links.includes(level));
    if (missing.length > 0) problems.push(`outcome "${o.id}" recommends ${missing.join(', ')} but does not link to ${missing.length > 1 ? 'them' : 'it'}.`);
  }

  for (const { path, value } of strings(data, 'data')) {
    for (const { pattern, why } of FORBIDDEN) if (pattern.test(value)) problems.push(`${path} ${why}: "${value}".`);
  }
  if (!/only a licensed clinician can recommend a level of care/i.test(data.disclaimer)) {
    problems.push('disclaimer must say that only a licensed clinician can recommend a level of care after a full assessment.');
  }
  return problems;
}

/**
 * Checks the assessment data and throws one readable error listing every
 * problem, each naming the question, rule or outcome and what to fix.
 */
export function validateAssessmentData(data: unknown = ASSESSMENT): void {
  const parsed = dataSchema.safeParse(data);
  const problems = parsed.success
    ? crossCheck(parsed.data)
    : parsed.error.issues.map((issue) => `${where(data, issue.path)}: ${issue.message}`);
  if (problems.length > 0) {
    throw new Error(`The self-assessment data (src/assessment/content.ts) has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

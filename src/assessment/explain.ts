/**
 * What each answer can lead to, in words, for readers without JavaScript.
 * Generated from the same rules and notes the engine routes by, so the page
 * never carries a second, hand-written copy of the conditions:
 * "Alcohol": “Medically supervised withdrawal (detox) first”, only with past
 * withdrawal problems or withdrawal now. Runs at build time only.
 */
import { ASSESSMENT, FLAG_PHRASES } from './content';
import { wording } from './engine';
import type { AssessmentData, Condition, Flag, Option, Perspective } from './types';
import { EXPLAIN_WORDS, fill, type ExplainWords } from './ui-words';

/** "(a or b) and c", leaving out the groups the answer itself fills. */
function conditionText(condition: Condition, answered: readonly Flag[], phrases: Readonly<Record<Flag, string>>, words: ExplainWords = EXPLAIN_WORDS): string {
  return condition
    .filter((group) => !group.some((flag) => answered.includes(flag)))
    .map((group) => group.map((flag) => phrases[flag]).join(words.or))
    .join(words.and);
}

const touches = (condition: Condition, flags: readonly Flag[]) => condition.some((group) => group.some((flag) => flags.includes(flag)));

/**
 * One line per rule or note this answer takes part in, highest priority first,
 * each with the other conditions that must also hold.
 */
export function explainOption(
  option: Option,
  data: AssessmentData = ASSESSMENT,
  phrases: Readonly<Record<Flag, string>> = FLAG_PHRASES,
  perspective: Perspective = 'self',
  words: ExplainWords = EXPLAIN_WORDS,
): string[] {
  const quote = (text: string) => fill(words.quote, { text });
  const title = (id: string) => {
    const outcome = data.outcomes.find((o) => o.id === id);
    return outcome ? wording(outcome.title, perspective) : id;
  };
  const rest = (condition: Condition) => conditionText(condition, option.flags, phrases, words);
  const rules = [...data.rules].sort((a, b) => a.priority - b.priority);
  /** For a stop rule: it replaces every other result, and which more urgent results come before it. */
  const stopText = (priority: number) => {
    const before = rules.filter((r) => r.stop && r.priority < priority).map((r) => quote(title(r.outcome)));
    return fill(words.replaces, { before: before.length > 0 ? fill(words.before, { list: before.join(words.or) }) : '' });
  };
  /** ", unless pregnancy": the earlier variants win over this one. */
  const unlessText = (unless: readonly string[]) => (unless.length > 0 ? fill(words.unless, { list: unless.join(words.or) }) : '');
  const line = (lead: string, condition: Condition, stop: number | false, unless: readonly string[] = []) => {
    const further = rest(condition);
    return `${lead}${further ? fill(words.onlyWith, { rest: further }) : ''}${unlessText(unless)}${stop === false ? '' : stopText(stop)}.`;
  };
  const lines: string[] = [];
  for (const rule of rules) {
    const stop = rule.stop ? rule.priority : false;
    if (touches(rule.when, option.flags)) lines.push(line(quote(title(rule.outcome)), rule.when, stop));
    // The first variant that holds wins, so each one applies only when none before it does.
    const unless: string[] = [];
    let open = true;
    for (const variant of rule.variants ?? []) {
      const condition = [...rule.when, ...variant.when];
      if (open && touches(rule.when, option.flags)) {
        lines.push(fill(words.instead, { rest: rest(variant.when), unless: unlessText(unless), title: quote(title(variant.outcome)) }));
      } else if (open && touches(variant.when, option.flags)) {
        lines.push(line(quote(title(variant.outcome)), condition, stop, unless));
      }
      const earlier = rest(variant.when);
      // A variant this answer fills on its own always wins: none after it can apply.
      if (!earlier) open = false;
      unless.push(earlier);
    }
  }
  for (const note of data.notes) {
    if (!touches(note.when, option.flags)) continue;
    const further = rest(note.when);
    const self = wording(note.text, perspective);
    const other = wording(note.text, 'other');
    const text = `${self}${other === self ? '' : fill(words.forLovedOne, { text: other })}`;
    lines.push(fill(words.also, { with: further ? fill(words.alsoWith, { rest: further }) : '', text }));
  }
  return lines;
}

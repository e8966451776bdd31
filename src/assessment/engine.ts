/**
 * The self-assessment engine: a pure function from answers to a result.
 * No I/O, no logging, no clock, no randomness: the result depends on the
 * answers alone.
 *
 * Age (Q1) is read for two things only: the child stop (these programs serve
 * ages 13 and up) and the adolescent track (its hours and cities, with
 * referral out of adult-only levels of care or when no teen track is near).
 * No race, sex or similar trait is asked. This keeps the tool within 45 CFR
 * 92.210 (patient-care decision-support tools must not discriminate): age is
 * used only where the service itself differs.
 *
 * Routing follows the rules of content.ts by priority; a stop rule ends
 * routing, other rules accumulate, the fallback fires only alone. S1 = yes
 * (a medical emergency, priority 1) ends the questions and the routing at
 * once, on purpose: nothing outranks calling 911.
 */
import { ASSESSMENT } from './content';
import type {
  AnswerRef,
  Answers,
  AssessmentResult,
  Condition,
  FiredRule,
  Flag,
  Link,
  LinkId,
  LocationId,
  Outcome,
  Perspective,
  QuestionId,
  QuestionRoute,
  ReferralReason,
  RoutingData,
  Text,
  WordedLinks,
} from './types';

interface Picked extends AnswerRef {
  readonly flags: readonly Flag[];
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The option ids given for a question; tolerant of anything a form hands over. */
const chosen = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

const isLinkList = (links: WordedLinks): links is readonly LinkId[] => Array.isArray(links);

const holds = (condition: Condition, flags: ReadonlySet<Flag>): boolean =>
  condition.every((group) => group.some((flag) => flags.has(flag)));

/** The text in the reader's form: "you" or "your loved one". */
export function wording(text: Text, perspective: Perspective): string {
  return typeof text === 'string' ? text : text[perspective];
}

/** "other" when Q0 says the assessment is about someone else, otherwise "self". */
export function perspectiveOf(answers: Answers): Perspective {
  return chosen(answers.Q0).includes('other') ? 'other' : 'self';
}

/**
 * A gated question (W2, W3) counts while its gate is unanswered or open; an
 * empty choice (nothing ticked) closes it, unknown option ids count as unanswered.
 */
function gateOpen(question: QuestionRoute, answers: Answers, data: RoutingData): boolean {
  const gate = question.onlyIf;
  if (!gate) return true;
  const raw = answers[gate.question];
  const options = data.questions.find((q) => q.id === gate.question)?.options ?? [];
  const given = chosen(raw).filter((id) => options.some((o) => o.id === id));
  if (raw === undefined || (given.length === 0 && chosen(raw).length > 0)) return true;
  return given.some((id) => gate.anyOf.some((open) => open === id));
}

/** The valid answers, in question and option order. */
function picks(answers: Answers, data: RoutingData): Picked[] {
  return data.questions.flatMap((question) => {
    if (!gateOpen(question, answers, data)) return [];
    const given = chosen(answers[question.id]);
    return question.options.filter((o) => given.includes(o.id)).map((o) => ({ question: question.id, option: o.id, flags: o.flags }));
  });
}

/**
 * Whether the UI should ask this question now: false for a gated question
 * whose gate is closed (W2 and W3 after "none of these" in W1), and after an
 * answer that stops routing, for every question whose answers could not lead
 * to a more urgent stop (see relevantQuestions).
 */
export function isQuestionRelevant(questionId: QuestionId, answers: Answers): boolean {
  return isQuestionRelevantWith(ASSESSMENT, questionId, answers);
}

/** Routes answers (complete or partial) to an outcome, the rules that fired, and their sources. */
export function assess(answers: Answers): AssessmentResult {
  return assessWith(ASSESSMENT, answers);
}

/** isQuestionRelevant over the given data, for the island, which reads the questions from the page's form. */
export function isQuestionRelevantWith(data: RoutingData, questionId: QuestionId, answers: Answers): boolean {
  return relevantQuestions(data, answers).includes(questionId);
}

/**
 * The questions to ask, in order: open gates only. Once the answers so far
 * make a stop rule hold, a later question is still asked only when one of its
 * answers could lead to a higher-priority stop: so every safety question comes
 * before the child stop, "someone at home in danger" (priority 2) is still
 * asked after suicidal thoughts now (priority 3), and an emergency (priority 1)
 * ends the questions at once, because nothing outranks calling 911.
 */
export function relevantQuestions(data: RoutingData, answers: Answers): QuestionId[] {
  const stopRules = data.rules.filter((rule) => rule.stop).sort((a, b) => a.priority - b.priority);
  const earlier = new Set<Flag>();
  const relevant: QuestionId[] = [];
  for (const question of data.questions) {
    if (!gateOpen(question, answers, data)) continue;
    const holding = stopRules.find((rule) => holds(rule.when, earlier));
    if (holding) {
      const couldOutrank = question.options.some((option) =>
        stopRules.some((rule) => rule.priority < holding.priority && holds(rule.when, new Set([...earlier, ...option.flags]))),
      );
      if (!couldOutrank) continue;
    }
    relevant.push(question.id);
    const given = chosen(answers[question.id]);
    for (const option of question.options) if (given.includes(option.id)) option.flags.forEach((flag) => earlier.add(flag));
  }
  return relevant;
}

/**
 * assess over the given data. Importing only this (and isQuestionRelevantWith)
 * keeps the assessment data out of a bundle, for the island, which puts the
 * data together from the page (see SelfAssessment.astro). The data needs the
 * questions' routing only (option ids, flags and gates), not their words.
 */
export function assessWith(data: RoutingData, answers: Answers): AssessmentResult {
  const perspective = perspectiveOf(answers);
  const say = (text: Text) => wording(text, perspective);
  const link = (id: keyof RoutingData['links']): Link => data.links[id];
  const linksOf = (links: WordedLinks | undefined): Link[] => (links === undefined ? [] : isLinkList(links) ? links : links[perspective]).map(link);
  const picked = picks(answers, data);
  const flags = new Set(picked.flatMap((p) => p.flags));

  const outcomes: Outcome[] = [];
  const fired: FiredRule[] = [];
  for (const rule of [...data.rules].sort((a, b) => a.priority - b.priority)) {
    // The fallback (the one rule with no condition) fires only when no other rule did.
    if (rule.when.length > 0 ? !holds(rule.when, flags) : fired.length > 0) continue;
    const variant = rule.variants?.find((v) => holds(v.when, flags));
    const outcomeId = variant?.outcome ?? rule.outcome;
    // schema.ts checks that every rule leads to an outcome that exists.
    const outcome = data.outcomes.find((o) => o.id === outcomeId)!;
    const used = new Set([...rule.when, ...(variant?.when ?? [])].flat());
    outcomes.push(outcome);
    fired.push({
      id: rule.id,
      priority: rule.priority,
      stop: rule.stop,
      why: say(variant?.why ?? rule.why),
      outcome: {
        id: outcome.id,
        title: say(outcome.title),
        body: say(outcome.body),
        nextSteps: outcome.nextSteps.map(say),
        links: outcome.links.map(link),
        sources: outcome.sources,
      },
      sources: unique([...rule.sources, ...(variant?.sources ?? [])]),
      triggers: picked.filter((p) => p.flags.some((f) => used.has(f))).map(({ question, option }) => ({ question, option })),
    });
    if (rule.stop) break;
  }

  // schema.ts checks that there is exactly one fallback rule, so a rule always fires.
  const primary = fired[0]!;
  const stopped = primary.stop;
  // Each link id gives the same object (data.links), so this drops repeats.
  const links = unique(fired.flatMap((r) => r.outcome.links));
  const held = stopped ? [] : data.notes.filter((n) => holds(n.when, flags));
  const notes = held.map((n) => ({ id: n.id, text: say(n.text), links: linksOf(n.links), sources: n.sources }));

  const reasons: ReferralReason[] = [];
  if (outcomes.some((o) => o.referOut)) reasons.push('not-served');
  if (!stopped && flags.has('out-of-area')) reasons.push('out-of-area');
  const offered = data.offeredPrograms[flags.has('adolescent') ? 'adolescent' : 'adult'];
  // A level of care the result points to is not offered (to teens, or at all), or a note says so (no teen track nearby).
  if (held.some((n) => n.notOffered) || outcomes.some((o) => o.levels.length > 0 && !o.levels.some((level) => offered.includes(level)))) reasons.push('level-not-offered');
  const referral = reasons.length
    ? { reasons, text: data.referral.text, links: data.referral.links.map(link), sources: data.referral.sources }
    : null;

  const given = new Set(picked.map((p) => p.question));
  return {
    perspective,
    outcome: primary.outcome,
    rules: fired,
    stopped,
    links,
    notes,
    referral,
    questionsToAsk: stopped ? [] : unique([...outcomes.flatMap((o) => o.ask), ...data.commonQuestions].map(say)),
    // L1 lists the locations, then "none of these" (out-of-area); schema.ts checks it.
    location: (picked.find((p) => p.question === 'L1' && !p.flags.includes('out-of-area'))?.option as LocationId | undefined) ?? null,
    unanswered: relevantQuestions(data, answers).filter((id) => !given.has(id)),
    sources: unique([
      ...fired.flatMap((r) => [...r.sources, ...r.outcome.sources]),
      ...notes.flatMap((n) => n.sources),
      ...(referral?.sources ?? []),
    ]),
    disclaimer: data.disclaimer,
  };
}

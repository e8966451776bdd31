/**
 * What the self-assessment page hands its island, in a JSON file of its own
 * (island-data.ts), so the page's HTML fits the first round trip without it.
 * It carries only what the page does not already show: the form has every
 * question's words, option ids and flags (data-* attributes), the Sources
 * section has every source's title and address, and the island bundle has
 * the outcomes' words (OUTCOME_WORDS).
 */
import type { Flag, Note, Outcome, OutcomeWords, Question, QuestionId, QuestionRoute, Rule, RuleRoute, RoutingData } from '@/assessment/types';

/** An outcome without its words (body, next steps, questions to ask). */
export type OutcomeFacts = Omit<Outcome, keyof OutcomeWords>;

export interface PageLink {
  readonly href: string;
  readonly label: string;
}

export interface AssessmentPageData {
  /** The routing data without the questions (read from the form) and without the outcomes' words. */
  readonly assessment: Omit<RoutingData, 'questions' | 'outcomes' | 'notes' | 'commonQuestions'> & {
    readonly outcomes: readonly OutcomeFacts[];
    /** The notes' conditions; what they say comes with the island's later words, like commonQuestions. */
    readonly notes: readonly NoteFacts[];
  };
  /** By location id (/locations/<id>/); the name is the location's answer to L1 in the form, and the address is on its page. */
  readonly locations: Readonly<Record<string, { readonly phone: string; readonly phoneText: string }>>;
  /** phoneText is the number as its link shows it, "(sample number, not in service)" included on a sample site. */
  readonly admissions: { readonly phone: string; readonly phoneText: string };
  /** Where location pages are in the page's language: "/locations/" or "/es/locations/". */
  readonly locationPath: string;
  /** Buttons shown first on a crisis result, by outcome id, in the order to use them. */
  readonly crisisActions: Readonly<Record<string, readonly PageLink[]>>;
}

/** The rule without its kind, which routing does not read, for the page's JSON. */
export function ruleRoute({ kind, ...route }: Rule): RuleRoute {
  return route;
}

/** A note without its words. */
export type NoteFacts = Omit<Note, 'text'>;

/** The note without its words, for the page's JSON. */
export function noteFacts({ text, ...facts }: Note): NoteFacts {
  return facts;
}

/** The outcome without its words, for the page's JSON. */
export function outcomeFacts({ body, nextSteps, ask, ...facts }: Outcome): OutcomeFacts {
  return facts;
}

/** The id of a source's entry in the page's Sources section; a result lists its sources from there. */
export const sourceAnchor = (id: string) => `source-${id}`;

/**
 * How a gated question names its gate in the form (data-gate): "W1:alcohol opioids"
 * is asked only after one of those answers to W1.
 */
export const gateAttribute = (gate: NonNullable<Question['onlyIf']>) => `${gate.question}:${gate.anyOf.join(' ')}`;

/** How an option names its flags in the form (data-flags): space-separated; none for an answer that sets none. */
export const flagsAttribute = (flags: readonly Flag[]) => (flags.length > 0 ? flags.join(' ') : undefined);

/**
 * The questions' routing, read back from the server-rendered form: the
 * fieldsets in order, their inputs' values and data-flags, checkboxes for a
 * multiple-choice question, and data-gate. The form is rendered from the
 * same data (SelfAssessment.astro), so this gives back exactly its routing.
 */
export function readQuestions(form: ParentNode): QuestionRoute[] {
  return [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].map((fieldset) => {
    const inputs = [...fieldset.querySelectorAll('input')];
    const [gate, anyOf] = (fieldset.dataset['gate'] ?? '').split(':');
    return {
      id: fieldset.dataset['question'] as QuestionId,
      ...(inputs[0]?.type === 'checkbox' ? { multiple: true as const } : {}),
      ...(gate && anyOf ? { onlyIf: { question: gate as QuestionId, anyOf: anyOf.split(' ') } } : {}),
      options: inputs.map((input) => ({ id: input.value, flags: (input.dataset['flags']?.split(' ') ?? []) as Flag[] })),
    };
  });
}

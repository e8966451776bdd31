/**
 * Types of the "Is IOP right for me?" self-assessment: the data a clinician
 * reviews (content.ts) and the result the engine (engine.ts) returns.
 * The id lists are runtime constants so the schema (schema.ts) can check the data.
 */

/**
 * The questions, in the order they are asked (CLINICAL.md, version 2): who it
 * is about, then every safety question, then age, then the rest. Safety comes
 * before age so that a child in danger reaches 911 or 988 like anyone else.
 */
export const QUESTION_IDS = ['Q0', 'S1', 'S2', 'S3', 'S4', 'Q1', 'W1', 'W2', 'W3', 'B1', 'E1', 'R1', 'P1', 'H1', 'H2', 'L1'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** What an answer can tell the rules. Only options set flags; rules read them. */
export const FLAGS = [
  'child',
  'adolescent',
  'adult',
  'emergency',
  'suicide-now',
  'suicide-history',
  'danger-to-others',
  'danger-at-home',
  'alcohol',
  'benzodiazepines',
  'opioids',
  'stimulants',
  'cannabis',
  'other-substance',
  'severe-withdrawal-history',
  'withdrawal-unsure',
  'current-withdrawal',
  'medical-unmanaged',
  'pregnant',
  'mh-severe',
  'mh-mild',
  'not-sure-yet',
  'not-ready',
  'failed-lower-level',
  'environment-unstable',
  'environment-unsafe',
  'evenings-only',
  'schedule-barrier',
  'out-of-area',
  /** A city with no teen IOP track (L1): only Houston and Willow Bend have one (content/locations). */
  'no-teen-track-nearby',
] as const;
export type Flag = (typeof FLAGS)[number];

export const RULE_IDS = [
  'emergency',
  'danger-at-home',
  'suicide-or-danger',
  'child',
  'pregnancy',
  'withdrawal-danger',
  'withdrawal-unsure',
  'opioids',
  'medical',
  'mental-health',
  'failed-lower-level',
  'environment-unsafe',
  'environment-unstable',
  'schedule-barrier',
  'otherwise',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const OUTCOME_IDS = [
  'call-911',
  'danger-at-home',
  'call-988',
  'child',
  'pregnancy-care-first',
  'detox-first',
  'withdrawal-check-first',
  'opioid-medication',
  'opioid-withdrawal-first',
  'opioid-pregnancy',
  'medical-first',
  'more-support',
  'higher-level',
  'safety-at-home',
  'stable-housing',
  'schedule-options',
  'iop-discuss',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

/** Every source id the assessment cites; each must exist in content/sources.yaml. */
export const ASSESSMENT_SOURCE_IDS = [
  'lifeline-988',
  'samhsa-national-helpline',
  'domestic-violence-hotline',
  'findtreatment-gov',
  'samhsa-overdose-toolkit',
  'samhsa-tip-45',
  'samhsa-tip-63',
  'samhsa-pregnancy-oud-guidance',
  'ecfr-45-cfr-96-131',
  'samhsa-stimulant-guide',
  'samhsa-tip-47',
  'samhsa-iop-advisory-2021',
  'samhsa-tip-42',
  'samhsa-tip-35',
  'samhsa-tip-39',
  'asam-criteria',
  'niaaa-alcohol-overdose',
  'poison-help-hrsa',
  'tx-hsc-469',
  'usc-18-220',
] as const;
export type SourceId = (typeof ASSESSMENT_SOURCE_IDS)[number];

/** The provider's locations, the options of L1 besides "none". */
export const LOCATION_IDS = ['austin', 'houston', 'san-antonio', 'willow-bend', 'cedar-park'] as const;
export type LocationId = (typeof LOCATION_IDS)[number];

/** Program pages an outcome can point to (/programs/<slug>/). */
export const PROGRAM_SLUGS = [
  'detox',
  'partial-hospitalization',
  'residential',
  'sober-living',
  'intervention',
  'intensive-outpatient',
  'outpatient',
] as const;
export type ProgramSlug = (typeof PROGRAM_SLUGS)[number];

/** Links an outcome can show: every program page, and the pages and services beyond them. */
export const LINK_IDS = [
  ...PROGRAM_SLUGS,
  'crisis',
  'family',
  'medication',
  'contingency-management',
  'admissions',
  'findtreatment',
  'helpline',
  'dv-hotline-call',
  'dv-hotline-text',
] as const;
export type LinkId = (typeof LINK_IDS)[number];

/** Who the assessment is about, chosen in Q0: the wording says "you" or "your loved one". */
export type Perspective = 'self' | 'other';

/** Text that reads the same either way, or one form per perspective. */
export type Text = string | { readonly self: string; readonly other: string };

/** Links that are the same either way, or one list per perspective. */
export type WordedLinks = readonly LinkId[] | { readonly self: readonly LinkId[]; readonly other: readonly LinkId[] };

/**
 * A condition on flags: every group must have at least one of its flags set.
 * [['alcohol', 'benzodiazepines'], ['current-withdrawal']] reads
 * "(alcohol or benzodiazepines) and current-withdrawal".
 */
export type Condition = readonly (readonly Flag[])[];

export interface Option {
  /** Stable id the UI submits, for example "now". */
  readonly id: string;
  readonly label: Text;
  /** Flags this answer sets; none for answers that change nothing. */
  readonly flags: readonly Flag[];
}

export interface Question {
  readonly id: QuestionId;
  /** ASAM dimension (D1–D6), "safety", "logistics", or "about" for who/age. */
  readonly dimension: 'about' | 'safety' | 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'logistics';
  readonly text: Text;
  /** Several options may be chosen (W1). */
  readonly multiple?: true;
  readonly options: readonly Option[];
  /**
   * Asked only when this earlier question is unanswered or one of these options
   * was chosen; otherwise the answer is ignored.
   */
  readonly onlyIf?: { readonly question: QuestionId; readonly anyOf: readonly string[] };
}

export interface Rule {
  readonly id: RuleId;
  /** 1 is the highest priority; unique. */
  readonly priority: number;
  /** safety and eligibility rules stop routing; fallback fires only when no other rule did. */
  readonly kind: 'safety' | 'eligibility' | 'level-of-care' | 'fallback';
  /** Empty only for the fallback rule. */
  readonly when: Condition;
  readonly outcome: OutcomeId;
  /** Ends routing: no lower-priority rule is looked at. */
  readonly stop: boolean;
  /** Why this rule fired, in plain words. */
  readonly why: Text;
  readonly sources: readonly SourceId[];
  /** When a variant's further condition also holds, the rule leads there instead; the first that holds wins. */
  readonly variants?: readonly Variant[];
}

export interface Variant {
  readonly when: Condition;
  readonly outcome: OutcomeId;
  readonly why: Text;
  readonly sources: readonly SourceId[];
}

/** The results that stop routing: their words ship with the island, so they never wait for the network. */
export const STOP_OUTCOME_IDS = ['call-911', 'danger-at-home', 'call-988', 'child'] as const;
export type StopOutcomeId = (typeof STOP_OUTCOME_IDS)[number];

/** What a result says beyond its title (content.ts keeps these words apart, for the browser bundle). */
export interface OutcomeWords {
  readonly body: Text;
  readonly nextSteps: readonly Text[];
  /** Questions to ask when calling, added before the common ones; none for crisis outcomes. */
  readonly ask: readonly Text[];
}

export interface Outcome extends OutcomeWords {
  readonly id: OutcomeId;
  readonly title: Text;
  readonly links: readonly LinkId[];
  readonly sources: readonly SourceId[];
  /** The levels of care it recommends; when the provider offers none of them, the result refers out. */
  readonly levels: readonly ProgramSlug[];
  /** The provider cannot serve this need: the result adds FindTreatment.gov and the SAMHSA Helpline. */
  readonly referOut?: true;
}

export interface Link {
  readonly href: string;
  readonly label: string;
}

/**
 * An addition that rides along with any non-crisis result (CLINICAL.md):
 * it never changes which outcome comes first.
 */
export interface Note {
  readonly id: string;
  readonly when: Condition;
  readonly text: Text;
  /** Pages that go with the note, for example the family program for a loved one. */
  readonly links?: WordedLinks;
  readonly sources: readonly SourceId[];
  /** What the note is about is not offered near the reader (a teen far from a teen track): the result refers out too ('level-not-offered'). */
  readonly notOffered?: true;
}

export interface ResolvedNote {
  readonly id: string;
  readonly text: string;
  readonly links: readonly Link[];
  readonly sources: readonly SourceId[];
}

export interface AssessmentData {
  readonly questions: readonly Question[];
  readonly rules: readonly Rule[];
  readonly outcomes: readonly Outcome[];
  readonly links: Readonly<Record<LinkId, Link>>;
  readonly notes: readonly Note[];
  /** Program pages for levels of care this provider offers, to adults and to teens (13–17). */
  readonly offeredPrograms: { readonly adult: readonly ProgramSlug[]; readonly adolescent: readonly ProgramSlug[] };
  /** The honest referral out, shown when the provider cannot serve the need. */
  readonly referral: { readonly text: string; readonly links: readonly LinkId[]; readonly sources: readonly SourceId[] };
  /** Questions to ask when calling, after the outcome's own. */
  readonly commonQuestions: readonly Text[];
  /** In every result: only a licensed clinician can recommend a level of care. */
  readonly disclaimer: string;
}

/** What routing reads of an option: its id and flags, not its words. */
export type OptionRoute = Pick<Option, 'id' | 'flags'>;

/** What routing reads of a question: ids, flags and gate, not its words (the page's form has those). */
export interface QuestionRoute extends Pick<Question, 'id' | 'multiple' | 'onlyIf'> {
  readonly options: readonly OptionRoute[];
}

/** What routing reads of a rule: all but its kind (the fallback is the one rule with an empty `when`, which schema.ts checks). */
export type RuleRoute = Omit<Rule, 'kind'>;

/** The data the engine routes by: the assessment, with its questions reduced to their routing and its rules without their kind. */
export interface RoutingData extends Omit<AssessmentData, 'questions' | 'rules'> {
  readonly questions: readonly QuestionRoute[];
  readonly rules: readonly RuleRoute[];
}

/** One question's answer: an option id, or several for a multiple-choice question. */
export type AnswerValue = string | readonly string[];

/** Answers by question id; any question may be unanswered. */
export type Answers = { readonly [Q in QuestionId]?: AnswerValue | undefined };

/** One answer that led to a rule. */
export interface AnswerRef {
  readonly question: QuestionId;
  readonly option: string;
}

export interface ResolvedOutcome {
  readonly id: OutcomeId;
  readonly title: string;
  readonly body: string;
  readonly nextSteps: readonly string[];
  readonly links: readonly Link[];
  readonly sources: readonly SourceId[];
}

export interface FiredRule {
  readonly id: RuleId;
  readonly priority: number;
  readonly stop: boolean;
  readonly why: string;
  readonly outcome: ResolvedOutcome;
  /** The rule's sources, and its variant's when the variant applied. */
  readonly sources: readonly SourceId[];
  /** The answers that led to it ("which answers led to this"). */
  readonly triggers: readonly AnswerRef[];
}

export type ReferralReason = 'not-served' | 'out-of-area' | 'level-not-offered';

export interface Referral {
  readonly reasons: readonly ReferralReason[];
  readonly text: string;
  readonly links: readonly Link[];
  readonly sources: readonly SourceId[];
}

export interface AssessmentResult {
  readonly perspective: Perspective;
  /** The primary outcome: the highest-priority rule that fired. */
  readonly outcome: ResolvedOutcome;
  /** Every rule that fired, highest priority first; never empty. */
  readonly rules: readonly FiredRule[];
  /** A stop rule ended routing (emergency, danger at home, crisis, child). */
  readonly stopped: boolean;
  /** Links of every fired rule's outcome, primary first, without repeats. */
  readonly links: readonly Link[];
  readonly notes: readonly ResolvedNote[];
  /** FindTreatment.gov and the SAMHSA Helpline when the provider cannot serve the need. */
  readonly referral: Referral | null;
  /** Empty when routing stopped. */
  readonly questionsToAsk: readonly string[];
  /** The chosen location (L1), or null when unanswered or "none of these". */
  readonly location: LocationId | null;
  /** Questions still relevant but not answered. */
  readonly unanswered: readonly QuestionId[];
  /** Every source cited anywhere in the result, without repeats. */
  readonly sources: readonly SourceId[];
  /** Only a licensed clinician can recommend a level of care after a full assessment. */
  readonly disclaimer: string;
}

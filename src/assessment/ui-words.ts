/**
 * The self-assessment's own interface words, apart from its data: the form
 * (SelfAssessment.astro), the island that shows the result, and the glue of
 * the no-JavaScript explanations (explain.ts). Three small sets, so the
 * island's bundle carries only its own. English here; Spanish in content.es.ts.
 * A placeholder such as {911} or {phone} marks where a link or value goes.
 */

/** Words the server-rendered form shows. */
export interface FormWords {
  readonly formLabel: string;
  readonly chooseAll: string;
  readonly meaning: string;
  readonly back: string;
  readonly next: string;
  readonly startOver: string;
  /** The result's heading before the island fills it in. */
  readonly result: string;
  readonly crisisLine: string;
  readonly sources: string;
  /** Crisis buttons on a stop result: "Call 911", "Text 988". */
  readonly callDial: string;
  readonly textDial: string;
  /** Answers that share an explanation: “Austin”, “San Antonio” or “Cedar Park”. */
  readonly listComma: string;
  readonly listOr: string;
}

/** Words the island writes once the questions are done. */
export interface IslandWords {
  readonly progress: string;
  readonly next: string;
  readonly seeResult: string;
  readonly pagesToRead: string;
  readonly whyResult: string;
  readonly youAnswered: string;
  readonly askTitle: string;
  readonly print: string;
  readonly admissions: string;
  readonly nearest: string;
  readonly sources: string;
  readonly changeAnswers: string;
  readonly startOver: string;
  readonly announce: string;
}

/** The glue explain.ts puts around flag phrases and result titles. */
export interface ExplainWords {
  /** Between flags of one group: "alcohol or benzodiazepines". */
  readonly or: string;
  /** Between groups. */
  readonly and: string;
  readonly onlyWith: string;
  readonly unless: string;
  /** After a stop result; {before} is `before` filled in, or nothing. */
  readonly replaces: string;
  readonly before: string;
  readonly instead: string;
  /** A note; {with} is `alsoWith` filled in, or nothing. */
  readonly also: string;
  readonly alsoWith: string;
  readonly forLovedOne: string;
  readonly quote: string;
}

export const FORM_WORDS: FormWords = {
  formLabel: 'Self-assessment questions',
  chooseAll: 'Choose all that apply.',
  meaning: 'What these answers mean',
  back: 'Back',
  next: 'Next',
  startOver: 'Start over',
  result: 'Result',
  crisisLine:
    'If you or your loved one is in danger now, call {911}. For thoughts of suicide or a crisis, call or text {988} (press 2 or text AYUDA for Spanish). For free, confidential help finding treatment any time, call {helpline}.',
  sources: 'Sources',
  callDial: 'Call {dial}',
  textDial: 'Text {dial}',
  listComma: ', ',
  listOr: ' or ',
};

export const ISLAND_WORDS: IslandWords = {
  progress: 'Question {n} of {total}',
  next: 'Next',
  seeResult: 'See the result',
  pagesToRead: 'Pages to read next',
  whyResult: 'Why this result',
  youAnswered: '{question} You answered: {answer}.',
  askTitle: 'Questions to ask when you call',
  print: 'Print these questions',
  admissions: 'Admissions answers day and night: {phone}.',
  nearest: 'Nearest location: {location} (address, hours and directions on its page), {phone}.',
  sources: 'Sources',
  changeAnswers: 'Change my answers',
  startOver: 'Start over',
  announce: 'Result: {title}',
};

export const EXPLAIN_WORDS: ExplainWords = {
  or: ' or ',
  and: ', and ',
  onlyWith: ', only with {rest}',
  unless: ', unless {list}',
  replaces: ' (this result replaces every other one{before})',
  before: '; only {list} comes before it',
  instead: 'Instead, with {rest}{unless}: {title}.',
  also: 'Also{with}: {text}',
  alsoWith: ', with {rest}',
  forLovedOne: ' For a loved one: {text}',
  quote: '“{text}”',
};

/** The template with each {name} replaced by its value. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

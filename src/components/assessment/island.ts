/**
 * The self-assessment's island: the element that walks a visitor through the
 * questions and shows the result, in the browser. The page (SelfAssessment.astro)
 * renders the form and names the island's data file (data-src); this reads them.
 */
import { fill } from '@/assessment/ui-words';
import { assessWith, perspectiveOf, relevantQuestions } from '@/assessment/engine';
import type { Answers, AssessmentResult, Perspective, QuestionId, RoutingData } from '@/assessment/types';
import type { IslandWords } from '@/assessment/ui-words';
import type { OutcomeId, OutcomeWords, StopOutcomeId, Text } from '@/assessment/types';

/** One language's result words: the stop results' with the code, the others loaded when needed. */
export type OutcomeWordsSource = {
  stop: Readonly<Record<StopOutcomeId, OutcomeWords>>;
  /** Everything a result that did not stop routing adds: its words, the notes' words and the common questions to ask. */
  more: () => Promise<MoreWords>;
};
export type MoreWords = {
  outcomes: Partial<Record<OutcomeId, OutcomeWords>>;
  notes: Readonly<Record<string, Text>>;
  commonQuestions: readonly Text[];
};

/** A result whose words could not be loaded still shows its title, why, and the numbers to call. */
const NO_WORDS: OutcomeWords = { body: '', nextSteps: [], ask: [] };
import { readQuestions, sourceAnchor, type AssessmentPageData } from './page-data';

/** A tiny element builder: text children only, never HTML strings. */
function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A button that runs `action` when pressed. */
function button(label: string, className: string, action: () => void): HTMLElement {
  const element = h('button', { type: 'button', class: className }, label);
  element.onclick = action;
  return element;
}

/**
 * Defines <self-assessment> with one language's words. Each language has its
 * own small entry (island.en.ts, island.es.ts), so a page ships only its own
 * words and the engine is the same for all.
 */
export function defineSelfAssessment(outcomeWords: OutcomeWordsSource, islandWords: IslandWords): void {
class SelfAssessment extends HTMLElement {
  #page!: AssessmentPageData;
  #data!: RoutingData;
  #form!: HTMLFormElement;
  #fieldsets!: HTMLFieldSetElement[];
  /** Every text with a loved-one wording: the element, its "you" text and its "your loved one" text. */
  #worded: [HTMLElement, string, string][] = [];
  #history: QuestionId[] = [];
  #words!: IslandWords;
  #current: QuestionId | undefined;
  /** The other results' words, asked for once the page is idle. */
  #more: Promise<MoreWords> | undefined;

  /** The element the selector finds in this self-assessment (the page renders each one). */
  #get<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  connectedCallback() {
    // Until the island's data arrives (or if it cannot), the form stays as it reads without JavaScript.
    // A failed request, or an error page instead of JSON, ends in the second callback.
    fetch(this.dataset['src'] ?? '')
      .then((response) => response.json() as Promise<AssessmentPageData>)
      .then((page) => this.#start(page), () => {});
  }

  #start(page: AssessmentPageData) {
    this.#page = page;
    this.#form = this.#get('form');
    const { assessment } = this.#page;
    this.#words = islandWords;
    const stopWords: Partial<Record<OutcomeId, OutcomeWords>> = outcomeWords.stop;
    this.#data = {
      ...assessment,
      questions: readQuestions(this.#form),
      outcomes: assessment.outcomes.map((o) => ({ ...o, ...(stopWords[o.id] ?? NO_WORDS) })),
      notes: assessment.notes.map((n) => ({ ...n, text: '' })),
      commonQuestions: [],
    };
    this.#fieldsets = [...this.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
    this.#worded = [...this.querySelectorAll<HTMLElement>('[data-other]')].map((el) => [el, el.textContent ?? '', el.dataset['other'] ?? '']);
    for (const el of this.querySelectorAll('[data-no-js-only], .question-number')) el.remove();
    this.#get('[data-nav]').hidden = this.#get('[data-progress]').hidden = false;
    this.#form.onsubmit = (event) => {
      event.preventDefault();
      this.#next();
    };
    this.#form.onchange = () => this.#updateNext();
    this.#get('[data-back]').onclick = () => this.#back();
    this.#get('[data-restart]').onclick = () => this.#restart();
    this.#show(this.#data.questions[0]!.id, false);
    // The other results' words load once the page is idle: never in answer to a click, so no request tells the server anything about the answers.
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    whenIdle(() => void this.#loadMore());
  }

  #answers(): Answers {
    const form = new FormData(this.#form);
    const answers: Record<string, string | string[]> = {};
    for (const question of this.#data.questions) {
      // Radio buttons and checkboxes only: every value is a string.
      const values = form.getAll(question.id) as string[];
      if (values.length > 0) answers[question.id] = question.multiple ? values : values[0]!;
    }
    return answers as Answers;
  }

  /** Puts every question and answer in the reader's wording: "you" or "your loved one". */
  #word(perspective: Perspective) {
    for (const [el, self, other] of this.#worded) el.textContent = perspective === 'other' ? other : self;
  }

  #show(id: QuestionId, moveFocus = true) {
    this.#current = id;
    const answers = this.#answers();
    for (const fieldset of this.#fieldsets) fieldset.hidden = fieldset.dataset['question'] !== id;
    this.#word(perspectiveOf(answers));
    const relevant = relevantQuestions(this.#data, answers);
    this.#get('[data-progress]').textContent = fill(this.#words.progress, { n: relevant.indexOf(id) + 1, total: relevant.length });
    this.#get('[data-back]').hidden = this.#history.length === 0;
    this.#updateNext();
    this.#get('[data-result]').hidden = true;
    this.#form.hidden = false;
    if (moveFocus) this.#get(`[data-question="${id}"] input`).focus();
  }

  #updateNext() {
    const id = this.#current;
    if (!id) return;
    const answers = this.#answers();
    const next = this.#get<HTMLButtonElement>('[data-next]');
    next.disabled = answers[id] === undefined;
    const remaining = relevantQuestions(this.#data, answers).filter((q) => q !== id && !this.#history.includes(q));
    next.textContent = remaining.length === 0 ? this.#words.seeResult : this.#words.next;
  }

  #next() {
    const id = this.#current;
    const answers = this.#answers();
    if (!id || answers[id] === undefined) return;
    this.#history.push(id);
    const upcoming = relevantQuestions(this.#data, answers).find((q) => !this.#history.includes(q) && answers[q] === undefined);
    // Relevance already ends the questions after a stop answer, once no safety question could lead somewhere more urgent.
    if (!upcoming) void this.#finish(answers);
    else this.#show(upcoming);
  }

  /** Starts loading the other results' words (once); a failed load leaves those results without them. */
  #loadMore(): Promise<MoreWords> {
    this.#more ??= outcomeWords.more().catch(() => ({ outcomes: {}, notes: {}, commonQuestions: [] }));
    return this.#more;
  }

  /** Shows the result: a stop result at once, any other once its words are here. */
  async #finish(answers: Answers) {
    const result = assessWith(this.#data, answers);
    if (result.stopped) return this.#showResult(result);
    const more = await this.#loadMore();
    this.#data = {
      ...this.#data,
      outcomes: this.#data.outcomes.map((o) => ({ ...o, ...more.outcomes[o.id] })),
      // A note whose words could not be loaded is left out rather than shown empty.
      notes: this.#data.notes.flatMap((n) => (more.notes[n.id] ? [{ ...n, text: more.notes[n.id]! }] : [])),
      commonQuestions: more.commonQuestions,
    };
    this.#showResult(assessWith(this.#data, answers));
  }

  #back() {
    const previous = this.#history.pop();
    if (previous) this.#show(previous);
  }

  #restart() {
    this.#form.reset();
    this.#history = [];
    this.#show(this.#data.questions[0]!.id);
  }

  #showResult(result: AssessmentResult) {
    const page = this.#page;
    const words = this.#words;
    /** A sentence of the island's words with nodes where its {placeholders} go. */
    const sentence = (template: string, nodes: Record<string, Node | string>) =>
      template.split(/(\{\w+\})/).filter(Boolean).map((part) => nodes[part.slice(1, -1)] ?? part);
    // The form holds each question and answer in the result's wording.
    this.#word(result.perspective);
    const fieldset = (id: QuestionId) => this.#get(`[data-question="${id}"]`);
    const questionText = (id: QuestionId) => fieldset(id).querySelector('legend')?.textContent?.trim();
    const optionText = (id: QuestionId, option: string) => fieldset(id).querySelector(`input[value="${option}"]`)?.nextElementSibling?.textContent ?? option;
    const linkTo = (link: { href: string; label: string }) => h('li', {}, h('a', { href: link.href }, link.label));
    const tel = (phone: string, text: string) => h('a', { href: `tel:${phone}` }, text);
    const { location, outcome, questionsToAsk } = result;
    const nearest = location && page.locations[location];
    const crisisActions = page.crisisActions[outcome.id] ?? [];
    /** A source's link, copied from the page's Sources section. */
    const source = (id: string) => this.querySelector(`#${sourceAnchor(id)} a`)?.cloneNode(true);
    const section = this.#get('[data-result]');
    const parts: (Node | string | null | undefined | false)[] = [
      h('h2', { id: 'result-title' }, outcome.title),
      crisisActions.length > 0 && h('p', { class: 'actions' }, ...crisisActions.map((action) => h('a', { class: 'button', href: action.href }, action.label))),
      h('p', { class: 'lead' }, outcome.body),
      outcome.nextSteps.length > 0 && h('ul', {}, ...outcome.nextSteps.map((step) => h('li', {}, step))),
      h('p', { class: 'box box-accent' }, h('strong', {}, result.disclaimer)),
      ...(result.links.length > 0 ? [h('h3', {}, words.pagesToRead), h('ul', {}, ...result.links.map(linkTo))] : []),
      ...result.notes.flatMap((note) => [h('p', {}, note.text), note.links.length > 0 && h('ul', {}, ...note.links.map(linkTo))]),
      result.referral && h('div', { class: 'box' }, h('p', {}, result.referral.text), h('ul', {}, ...result.referral.links.map(linkTo))),
      h('h3', {}, words.whyResult),
      h(
        'ul',
        { class: 'why' },
        ...result.rules.map((rule) =>
          h(
            'li',
            {},
            h('strong', {}, rule.outcome.title),
            ': ',
            rule.why,
            rule.triggers.length > 0 && h('ul', {}, ...rule.triggers.map((t) => h('li', {}, fill(words.youAnswered, { question: questionText(t.question) ?? '', answer: optionText(t.question, t.option) })))),
          ),
        ),
      ),
      ...(questionsToAsk.length > 0
        ? [
            h('h3', {}, words.askTitle),
            h('ol', { class: 'ask-list' }, ...questionsToAsk.map((q) => h('li', {}, q))),
            h('p', {}, button(words.print, 'button button-secondary', () => window.print())),
          ]
        : []),
      // A stop result (911, 988, hotlines, the child result) shows only those numbers, never the provider's.
      !result.stopped && h('p', {}, ...sentence(words.admissions, { phone: tel(page.admissions.phone, page.admissions.phoneText) })),
      // The location's name is its answer to "Which city is nearest?".
      !result.stopped && nearest && h('p', {}, ...sentence(words.nearest, { location: h('a', { href: `${page.locationPath}${location}/` }, optionText('L1', location)), phone: tel(nearest.phone, nearest.phoneText) })),
      h('h3', {}, words.sources),
      h('ol', { class: 'sources' }, ...result.sources.map(source).filter((link): link is Node => link !== undefined).map((link) => h('li', {}, link))),
      h('p', {}, button(words.changeAnswers, 'button button-secondary', () => this.#back()), ' ', button(words.startOver, 'link-button', () => this.#restart())),
    ];
    section.replaceChildren(...parts.filter((part): part is Node | string => Boolean(part)));
    this.#form.hidden = true;
    section.hidden = false;
    this.#get('[data-announce]').textContent = fill(words.announce, { title: outcome.title });
    section.focus();
  }
}

customElements.define('self-assessment', SelfAssessment);
}

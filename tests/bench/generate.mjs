// @ts-check
/**
 * Synthetic, schema-valid content for the build benchmark (npm run bench):
 * articles of about 800 words and one FAQ per 20 articles, written into a
 * throwaway copy of the site, never into content/.
 *
 * The prose is recombined from the site's own sentences (the bodies of
 * content/**\/*.md), so word frequencies, and with them the Pagefind index,
 * look like the real site's. Everything is drawn from a seeded generator:
 * the same seed and the same content give the same files.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own content/ folder, the source of the sentences. */
export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

/** Every generated file name starts with this, so nothing collides with real content. */
export const PREFIX = 'bench-';

/** One FAQ for every this many articles. */
export const ARTICLES_PER_FAQ = 20;

/** Kept in step with src/schemas/articles.ts (the unit test parses with the real schema). */
const CATEGORIES = ['understanding-treatment', 'family', 'medication', 'recovery', 'rights-and-privacy', 'choosing-care'];
/** Kept in step with src/schemas/faqs.ts. */
const FAQ_TOPICS = [
  'cost-and-insurance', 'schedule-and-hours', 'work-and-school', 'length-of-treatment', 'typical-day', 'detox',
  'confidentiality', 'drug-testing', 'medication', 'effectiveness', 'family', 'licensing-and-accreditation',
  'adolescents', 'mental-health', 'telehealth', 'spanish-services', 'after-iop',
];
/** Entries that exist in content/ (programs, sources, pages, locations). */
const PROGRAMS = [
  ['intensive-outpatient', 'our intensive outpatient program'],
  ['partial-hospitalization', 'partial hospitalization'],
  ['outpatient', 'outpatient counseling'],
  ['detox', 'medically supervised detox'],
  ['residential', 'residential treatment'],
  ['sober-living', 'sober living'],
  ['alumni', 'our alumni program'],
  ['intervention', 'help planning an intervention'],
];
const SOURCES = ['samhsa-tip-47', 'samhsa-iop-advisory-2021', 'asam-criteria', 'nida-principles', 'samhsa-quality-treatment', 'samhsa-tip-63', 'niaaa-treatment-help'];
const SITE_LINKS = [
  ['/faq/', 'our answers to common questions'],
  ['/admissions/', 'how admissions works'],
  ['/insurance/', 'what insurance covers'],
  ['/is-iop-right-for-me/', 'the short self-check'],
  ['/locations/austin/', 'our Austin site'],
  ['/locations/houston/', 'our Houston site'],
  ['/therapies/family-therapy/', 'family therapy'],
  ['/therapies/cognitive-behavioral-therapy/', 'cognitive behavioral therapy'],
  ['/blog/what-is-iop/', 'what IOP is'],
  ['/crisis/', 'crisis lines you can call today'],
];
const HERO_IMAGES = ['what-is-iop', 'first-week-of-iop', 'iop-vs-php-vs-residential', 'relapse-prevention-skills', 'supporting-a-loved-one-in-iop'];
const HERO_ALTS = [
  'Abstract illustration of soft round shapes around a warm yellow center, set above green rolling hills.',
  'Abstract illustration of a path winding between gentle hills toward a rising sun.',
  'Abstract illustration of three stacked bands in teal, sand and coral.',
  'Abstract illustration of two overlapping circles in calm blue and green.',
];

const TITLE_OPENERS = [
  'A family guide to', 'What to know about', 'Questions to ask about', 'Five myths about', 'A first look at',
  'Getting ready for', 'Talking with your teen about', 'Making sense of', 'How to plan for', 'Common worries about',
  'A checklist for', 'What changes with', 'Small steps toward', 'Straight answers on', 'Where to start with',
  'Mistakes to avoid with', 'Your rights and', 'Hope and', 'A counselor explains', 'Real talk about',
];
const TITLE_SUBJECTS = [
  'evening IOP groups', 'the first week of treatment', 'relapse prevention plans', 'medication for opioid use disorder',
  'medication for alcohol use disorder', 'family therapy sessions', 'drug testing in treatment', 'confidentiality rules',
  'insurance and the cost of care', 'telehealth counseling', 'stepping down from residential care', 'sober living houses',
  'going back to work after detox', 'school and treatment for teens', 'cravings at night', 'support groups after IOP',
  'co-occurring anxiety and depression', 'choosing a treatment program', 'levels of care', 'trauma and substance use',
  'sleep in early recovery', 'holidays in recovery', 'setting boundaries with a loved one', 'naloxone at home',
  'relapse and returning to care', 'aftercare planning', 'group counseling', 'motivational interviewing',
  'care in Spanish', 'paying for treatment', 'partial hospitalization', 'individual counseling', 'alumni events',
  'the admissions call', 'a medical assessment', 'family education nights', 'stress at work', 'grief in recovery',
  'rebuilding trust', 'living with someone in treatment',
];
const TITLE_ENDINGS = ['', '', ' for parents', ' for partners', ' for teens', ' in Texas', ' in the first month', ' after detox', ' for working adults', ' for older adults'];

const HEADINGS = [
  'What it means in plain words', 'What happens first', 'How families can help', 'What the research says',
  'Questions to ask your care team', 'When to ask for more help', 'A typical week', 'What it costs', 'What to expect',
  'Common worries', 'Planning ahead', 'Signs that things are going well', 'When things are hard', 'Your rights',
  'Talking about it at home', 'Keeping work and school going', 'After the program ends', 'Where to learn more',
  'How we can help', 'Taking the next step',
];

const QUESTION_OPENERS = ['Can I', 'Should I', 'Do I need to', 'Is it okay to', 'Will you help me', 'How do I', 'When should I', 'Who can help me'];
const QUESTION_ACTIONS = [
  'bring a family member', 'switch to the evening track', 'keep seeing my own doctor', 'miss a session', 'change my medication',
  'start treatment this week', 'use my insurance', 'get a letter for my employer', 'join a group in Spanish', 'attend by video',
  'take a break from school', 'tell my children', 'talk to a counselor alone', 'plan for the holidays', 'find a sober living house',
  'come back after a relapse', 'pay for care without insurance', 'get a drug test result', 'ask for a different counselor', 'go on a trip',
];
const QUESTION_CONTEXTS = ['during IOP', 'before I start', 'after detox', 'in my first week', 'while I am in treatment', 'after the program ends'];

/** A small, fast seeded generator (mulberry32): a function returning numbers in [0, 1). */
export function seededRandom(seed = 1) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} items
 * @returns {T}
 */
function pick(random, items) {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/**
 * @param {() => number} random
 * @param {number} min
 * @param {number} max inclusive
 */
const between = (random, min, max) => min + Math.floor(random() * (max - min + 1));

/** @param {string} text */
export const slugify = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Words a reader reads: Markdown markup and link targets left out. */
export function countWords(/** @type {string} */ markdown) {
  const text = markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^#+\s/gm, '')
    .replace(/[*_[\]`>#|-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/**
 * @typedef {{ sentences: string[], short: string[], listItems: string[], faqSentences: string[] }} Corpus
 */

/** Markdown inline markup to plain text. */
const plain = (/** @type {string} */ text) =>
  text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();

// Recombined, a sentence naming methadone can land in a section where another says "we can start…",
// which the content rules reject (methadone comes only from an opioid treatment program): leave them out.
// Sentences whose meaning depends on their page (who gives methadone, who is accredited) are left out: out of context they trip the content rules.
const mentionsMethadone = (/** @type {string} */ text) => /\bmethadone\b|\baccredit/i.test(text);

const usable = (/** @type {string} */ sentence) =>
  !mentionsMethadone(sentence) &&
  /^[A-Z0-9"“]/.test(sentence) && /[.!?]["”]?$/.test(sentence) && !/[[\]<>{}|*_#]/.test(sentence) && !/:\s*$/.test(sentence);

/**
 * The site's own sentences, list items and FAQ answers, from the bodies of
 * content/<collection>/*.md and *.mdx (not the frontmatter, not generated files).
 */
export function harvestCorpus(contentDir = CONTENT_DIR) {
  /** @type {Corpus} */
  const corpus = { sentences: [], short: [], listItems: [], faqSentences: [] };
  const seen = new Set();
  for (const folder of readdirSync(contentDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(contentDir, folder.name);
    for (const file of readdirSync(dir).sort()) {
      if (!/\.mdx?$/.test(file) || file.startsWith(PREFIX)) continue;
      const source = readFileSync(join(dir, file), 'utf8');
      const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
      for (const block of body.split(/\r?\n\s*\r?\n/)) {
        const lines = block.split(/\r?\n/);
        if (lines.every((line) => /^\s*(?:[-*]|\d+\.)\s/.test(line))) {
          for (const line of lines) {
            const item = plain(line.replace(/^\s*(?:[-*]|\d+\.)\s+/, ''));
            const words = item.split(' ').length;
            if (words >= 3 && words <= 30 && !/[[\]<>{}|#]/.test(item) && !mentionsMethadone(item) && !seen.has(item)) {
              seen.add(item);
              corpus.listItems.push(item);
            }
          }
          continue;
        }
        if (/^\s*(#|\||<|import |export |```)/.test(block)) continue;
        const paragraph = plain(lines.join(' '));
        for (const sentence of paragraph.split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z0-9])/)) {
          const words = sentence.split(' ').length;
          if (words < 5 || words > 40 || !usable(sentence) || seen.has(sentence)) continue;
          seen.add(sentence);
          corpus.sentences.push(sentence);
          if (sentence.length >= 40 && sentence.length <= 180) corpus.short.push(sentence);
          if (folder.name === 'faqs' && words <= 30) corpus.faqSentences.push(sentence);
        }
      }
    }
  }
  if (corpus.sentences.length < 100 || corpus.listItems.length < 20 || corpus.short.length < 10 || corpus.faqSentences.length < 10) {
    throw new Error(`Too little text in ${contentDir} to generate from (${corpus.sentences.length} sentences, ${corpus.listItems.length} list items).`);
  }
  return corpus;
}

/**
 * @typedef {{ id: string, fileName: string, title: string, source: string, words: number }} GeneratedArticle
 * @typedef {{ id: string, fileName: string, question: string, source: string, words: number }} GeneratedFaq
 * @typedef {{ file: string, from: string, unique: boolean }} GeneratedImage
 * @typedef {{ articles: GeneratedArticle[], faqs: GeneratedFaq[], images: GeneratedImage[] }} GeneratedContent
 */

/** YAML scalar: JSON strings are valid YAML double-quoted strings. */
const q = (/** @type {string} */ value) => JSON.stringify(value);

/** @param {Date} date */
const day = (date) => date.toISOString().slice(0, 10);

const FIRST_DAY = Date.UTC(2022, 0, 3);
const LAST_DAY = Date.UTC(2026, 8, 30);
const DAY_MS = 86_400_000;

/** How many FAQs go with `articles` articles. */
export const faqCountFor = (/** @type {number} */ articles) => (articles <= 0 ? 0 : Math.max(1, Math.round(articles / ARTICLES_PER_FAQ)));

/**
 * @param {() => number} random
 * @param {Set<string>} taken
 * @param {number} index
 */
function uniqueTitle(random, taken, index) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const subject = `${pick(random, TITLE_SUBJECTS)}${pick(random, TITLE_ENDINGS)}`;
    const title = `${pick(random, TITLE_OPENERS)} ${subject}`;
    if (!taken.has(title)) return { title, subject };
  }
  // More articles than natural combinations: number the rest.
  const subject = pick(random, TITLE_SUBJECTS);
  return { title: `${pick(random, TITLE_OPENERS)} ${subject}, part ${index + 1}`, subject };
}

/**
 * @param {() => number} random
 * @param {Set<string>} taken
 * @param {number} index
 */
function uniqueQuestion(random, taken, index) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const question = `${pick(random, QUESTION_OPENERS)} ${pick(random, QUESTION_ACTIONS)} ${pick(random, QUESTION_CONTEXTS)}?`;
    if (!taken.has(question)) return question;
  }
  return `${pick(random, QUESTION_OPENERS)} ${pick(random, QUESTION_ACTIONS)} in week ${index + 1}?`;
}

/** The most answers a topic page holds (MAX_FAQS_PER_TOPIC in src/lib/content/faq-topics.ts). */
export const MAX_FAQS_PER_TOPIC = 20;

/**
 * A topic for each of `count` generated FAQs: always the topic with the most
 * room left beside the real FAQs in content/faqs/, so no topic page outgrows
 * what the content rules allow.
 */
export function topicsFor(/** @type {number} */ count, faqsDir = join(CONTENT_DIR, 'faqs')) {
  const used = new Map(FAQ_TOPICS.map((topic) => [topic, 0]));
  for (const file of existsSync(faqsDir) ? readdirSync(faqsDir) : []) {
    if (!file.endsWith('.md') || file.startsWith(PREFIX)) continue;
    const topic = /^topic:\s*(\S+)/m.exec(readFileSync(join(faqsDir, file), 'utf8'))?.[1];
    if (topic && used.has(topic)) used.set(topic, (used.get(topic) ?? 0) + 1);
  }
  const room = FAQ_TOPICS.reduce((sum, topic) => sum + Math.max(0, MAX_FAQS_PER_TOPIC - (used.get(topic) ?? 0)), 0);
  if (count > room) throw new Error(`${count} FAQs do not fit: the topics have room for ${room} more (at most ${MAX_FAQS_PER_TOPIC} a topic).`);
  /** @type {string[]} */
  const topics = [];
  for (let i = 0; i < count; i++) {
    const topic = FAQ_TOPICS.reduce((best, t) => ((used.get(t) ?? 0) < (used.get(best) ?? 0) ? t : best));
    used.set(topic, (used.get(topic) ?? 0) + 1);
    topics.push(topic);
  }
  return topics;
}

/** A meta description of 70 to 160 characters about `topic`. */
function descriptionFor(/** @type {string} */ topic) {
  const options = [
    `A plain-language look at ${topic}: what to expect, what to ask and where families can find help.`,
    `Plain answers on ${topic}, for people in treatment and the families who support them.`,
    `What to know about ${topic}, in plain words.`,
  ];
  for (const option of options) if (option.length >= 70 && option.length <= 160) return option;
  return `${options[2]} Written for families looking at intensive outpatient care in Texas.`.slice(0, 160).replace(/\s+\S*$/, '.');
}

/**
 * Up to `count` sentences, at least one, stopping before `budget` words.
 * @param {() => number} random
 * @param {Corpus} corpus
 * @param {number} count
 * @param {number} [budget]
 */
function paragraph(random, corpus, count, budget = Infinity) {
  const sentences = [];
  let words = 0;
  while (sentences.length < count) {
    const sentence = pick(random, corpus.sentences);
    const n = countWords(sentence);
    if (sentences.length > 0 && words + n > budget) break;
    sentences.push(sentence);
    words += n;
  }
  return sentences.join(' ');
}

/**
 * @param {() => number} random
 * @param {Corpus} corpus
 * @param {string[]} articleIds
 * @param {string[]} programIds
 * @param {string[]} faqIds
 */
function linkSentence(random, corpus, articleIds, programIds, faqIds) {
  const roll = random();
  if (roll < 0.45) {
    const [id, name] = pick(random, PROGRAMS.filter(([p]) => programIds.includes(p ?? '')).concat(PROGRAMS.slice(0, 1)));
    return pick(random, [
      `Read more about [${name}](/programs/${id}/).`,
      `Many people start with [${name}](/programs/${id}/) and adjust from there.`,
      `If you are weighing options, compare [${name}](/programs/${id}/) with the other levels of care.`,
    ]);
  }
  if (roll < 0.7 && articleIds.length > 0) {
    return `We also wrote about [a related question](/blog/${pick(random, articleIds)}/).`;
  }
  if (roll < 0.85 && faqIds.length > 0) {
    return `See the answer to [a question families often ask](/faq/#${pick(random, faqIds)}).`;
  }
  const [href, text] = pick(random, SITE_LINKS);
  return `${pick(random, corpus.short)} You can also read [${text}](${href}).`;
}

const CALL_TO_ACTION = 'Questions about [our intensive outpatient program](/programs/intensive-outpatient/)? Our admissions team can talk it through with you.';

/**
 * One article body of about `target` words: an introduction, then sections
 * with ## headings, paragraphs, bullet or numbered lists and links.
 * @param {() => number} random
 * @param {Corpus} corpus
 * @param {number} target
 * @param {{ articleIds: string[], programIds: string[], faqIds: string[] }} links
 */
function articleBody(random, corpus, target, links) {
  const budget = target - countWords(CALL_TO_ACTION);
  /** @type {string[]} */
  const blocks = [];
  let words = 0;
  const add = (/** @type {string} */ block) => {
    blocks.push(block);
    words += countWords(block);
  };
  const left = () => budget - words;
  add(paragraph(random, corpus, between(random, 2, 4)));
  const headings = new Set();
  while (left() > 90) {
    let heading = pick(random, HEADINGS);
    while (headings.has(heading)) heading = pick(random, HEADINGS);
    headings.add(heading);
    add(`## ${heading}`);
    add(paragraph(random, corpus, between(random, 2, 4), left() - 20));
    if (left() > 60 && random() < 0.55) {
      const numbered = random() < 0.3;
      const items = [];
      let listWords = 0;
      const count = between(random, 3, 5);
      while (items.length < count) {
        const item = pick(random, corpus.listItems);
        if (items.length >= 3 && listWords + countWords(item) > left() - 30) break;
        items.push(`${numbered ? `${items.length + 1}.` : '-'} ${item}`);
        listWords += countWords(item);
      }
      add(items.join('\n'));
    }
    if (left() > 50 && random() < 0.6) {
      const link = linkSentence(random, corpus, links.articleIds, links.programIds, links.faqIds);
      add(`${paragraph(random, corpus, between(random, 1, 2), left() - countWords(link) - 10)} ${link}`);
    } else if (left() > 60) add(paragraph(random, corpus, between(random, 2, 3), left() - 10));
  }
  // Close near the target with short sentences.
  const closing = [];
  while (words < budget - 5) {
    const sentence = pick(random, corpus.short);
    closing.push(sentence);
    words += countWords(sentence);
  }
  if (closing.length > 0) blocks.push(closing.join(' '));
  blocks.push(CALL_TO_ACTION);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Generates `articles` articles and their proportionate FAQs, all in memory.
 * By default the articles share five hero images (copies of real ones);
 * `uniqueImages` gives each article its own copy, so per-picture work
 * (image and Open Graph renditions) scales with the article count.
 * @param {{ articles: number, seed?: number, corpus?: Corpus, faqs?: number, uniqueImages?: boolean }} options
 * @returns {GeneratedContent}
 */
export function generateContent({ articles: articleCount, seed = 20_260_101, corpus = harvestCorpus(), faqs: faqCount = faqCountFor(articleCount), uniqueImages = false }) {
  const random = seededRandom(seed);
  const digits = String(Math.max(articleCount, faqCount)).length;
  const number = (/** @type {number} */ i) => String(i + 1).padStart(digits, '0');

  /** @type {{ id: string, question: string }[]} */
  const faqPlan = [];
  const faqTopics = topicsFor(faqCount);
  const questions = new Set();
  for (let i = 0; i < faqCount; i++) {
    const question = uniqueQuestion(random, questions, i);
    questions.add(question);
    faqPlan.push({ id: `${PREFIX}faq-${number(i)}-${slugify(question).split('-').slice(0, 6).join('-')}`, question });
  }

  /** @type {{ id: string, title: string, subject: string }[]} */
  const articlePlan = [];
  const titles = new Set();
  const ids = new Set();
  for (let i = 0; i < articleCount; i++) {
    const { title, subject } = uniqueTitle(random, titles, i);
    titles.add(title);
    let id = `${PREFIX}${slugify(title)}`;
    if (ids.has(id)) id = `${id}-${number(i)}`;
    ids.add(id);
    articlePlan.push({ id, title, subject });
  }
  const articleIds = articlePlan.map((a) => a.id);
  const faqIds = faqPlan.map((f) => f.id);

  const faqFiles = faqPlan.map(({ id, question }, i) => {
    const sentences = [];
    let words = 0;
    const goal = between(random, 35, 75);
    while (words < goal) {
      const sentence = pick(random, corpus.faqSentences);
      if (words + countWords(sentence) >= 90) break;
      sentences.push(sentence);
      words += countWords(sentence);
    }
    const split = Math.ceil(sentences.length / 2);
    const body = [sentences.slice(0, split).join(' '), sentences.slice(split).join(' ')].filter(Boolean).join('\n\n');
    const source = [
      '---',
      `question: ${q(question)}`,
      `topic: ${faqTopics[i]}`,
      `order: ${100 + i}`,
      'appliesTo:',
      '  programs: []',
      '  locations: []',
      'sources: []',
      '---',
      '',
      body,
      '',
    ].join('\n');
    return { id, fileName: `${id}.md`, question, source, words: countWords(body) };
  });

  const articleFiles = articlePlan.map(({ id, title, subject }, i) => {
    const published = FIRST_DAY + between(random, 0, Math.floor((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS;
    const modified = Math.min(LAST_DAY, published + (random() < 0.4 ? 0 : between(random, 1, 240)) * DAY_MS);
    const programIds = [...new Set(Array.from({ length: between(random, 1, 3) }, () => pick(random, PROGRAMS)[0] ?? 'intensive-outpatient'))];
    const relatedFaqs = faqIds.length > 0 && random() < 0.5 ? [...new Set([pick(random, faqIds), pick(random, faqIds)])] : [];
    const sources = random() < 0.5 ? [...new Set([pick(random, SOURCES), pick(random, SOURCES)])] : [];
    const takeaways = new Set();
    while (takeaways.size < 3) takeaways.add(pick(random, corpus.short));
    const nearby = articleIds.slice(Math.max(0, i - 50), i + 50).filter((other) => other !== id);
    const body = articleBody(random, corpus, between(random, 700, 760), { articleIds: nearby, programIds, faqIds });
    // Articles open with a summary and key takeaways, as the content rules require.
    const opening = ['<Summary>', pick(random, corpus.short), '</Summary>', '', '<KeyTakeaways>', '', ...[...takeaways].map((t) => `- ${t}`), '', '</KeyTakeaways>', ''].join('\n');
    const source = [
      '---',
      `title: ${q(title)}`,
      `description: ${q(descriptionFor(subject))}`,
      'author: elena-ruiz',
      `datePublished: ${day(new Date(published))}`,
      `dateModified: ${day(new Date(modified))}`,
      `category: ${CATEGORIES[i % CATEGORIES.length]}`,
      'clinical: false',
      `sources: [${sources.join(', ')}]`,
      `relatedPrograms: [${programIds.join(', ')}]`,
      `relatedFaqs: [${relatedFaqs.join(', ')}]`,
      `heroImage: ./images/${uniqueImages ? id : `${PREFIX}${HERO_IMAGES[i % HERO_IMAGES.length]}`}.svg`,
      `heroAlt: ${q(pick(random, HERO_ALTS))}`,
      '---',
      '',
      opening,
      body,
    ].join('\n');
    return { id, fileName: `${id}.mdx`, title, source, words: countWords(`${opening}\n${body}`) };
  });

  const images = uniqueImages
    ? articlePlan.map(({ id }, i) => ({ file: `${id}.svg`, from: `${HERO_IMAGES[i % HERO_IMAGES.length]}.svg`, unique: true }))
    : HERO_IMAGES.map((name) => ({ file: `${PREFIX}${name}.svg`, from: `${name}.svg`, unique: false }));
  return { articles: articleFiles, faqs: faqFiles, images };
}

/**
 * Writes generated content into a content folder: `<contentDir>/articles/`,
 * `<contentDir>/articles/images/` (copies of real hero images) and
 * `<contentDir>/faqs/`. Refuses the project's own content/.
 * @param {string} contentDir
 * @param {GeneratedContent} content
 * @param {{ imagesFrom?: string }} [options]
 */
export function writeContent(contentDir, content, { imagesFrom = join(CONTENT_DIR, 'articles', 'images') } = {}) {
  if (resolve(contentDir) === resolve(CONTENT_DIR)) {
    throw new Error('The benchmark writes into a copy of the site, never into content/.');
  }
  const articlesDir = join(contentDir, 'articles');
  const imagesDir = join(articlesDir, 'images');
  const faqsDir = join(contentDir, 'faqs');
  for (const dir of [articlesDir, imagesDir, faqsDir]) mkdirSync(dir, { recursive: true });
  for (const image of content.images) {
    const target = join(imagesDir, image.file);
    if (existsSync(target)) continue;
    // A unique copy differs by a comment, so no content hash can fold copies together.
    if (image.unique) writeFileSync(target, `${readFileSync(join(imagesFrom, image.from), 'utf8').trimEnd()}\n<!-- ${image.file} -->\n`);
    else copyFileSync(join(imagesFrom, image.from), target);
  }
  for (const article of content.articles) writeFileSync(join(articlesDir, article.fileName), article.source);
  for (const faq of content.faqs) writeFileSync(join(faqsDir, faq.fileName), faq.source);
  return { articlesDir, faqsDir, imagesDir };
}

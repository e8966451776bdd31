/** Rules checked when content loads: references, reviewers, review dates, tracks, impossible dates, reserved paths. */
import { describe, expect, it } from 'vitest';
import {
  ContentRuleError,
  boldHeadingProblems,
  typedPhoneProblems,
  bodyLengthProblems,
  countWords,
  proseCountProblems,
  mergedListItemProblems,
  yamlProblem,
  MIN_BODY_WORDS,
  claimsAccreditation,
  claimsToGiveMethadone,
  danglingReferences,
  forbiddenClaimProblems,
  methadoneClaimProblems,
  notAFitRoutingProblems,
  reviewOrderProblems,
  faqLengthProblems,
  findReferences,
  impossibleDates,
  languageProblems,
  locationTrackProblems,
  reservedPageProblems,
  reviewDateProblems,
  reviewerProblems,
  type LoadedEntry,
  type Snapshot,
} from '../../src/lib/content/rules';

const entry = (id: string, data: Record<string, unknown>, filePath = `content/x/${id}.md`): LoadedEntry => ({ id, filePath, data });
const snapshot = (...entries: LoadedEntry[]): Snapshot => new Map(entries.map((e) => [e.id, e]));
const team = snapshot(
  entry('elena-ruiz', { isMedicalReviewer: true }, 'content/team/elena-ruiz.md'),
  entry('daniel-okafor', { isMedicalReviewer: false }, 'content/team/daniel-okafor.md'),
);
const policy = { maxAgeMonths: 12, warnDays: 30 };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('references', () => {
  const faq = entry('can-i-work', { appliesTo: { programs: [{ collection: 'programs', id: 'intensive-outpatient' }], locations: [{ collection: 'locations', id: 'zz-nowhere' }] } }, 'content/faqs/can-i-work.md');

  it('finds every reference with its field path', () => {
    expect(findReferences(faq.data)).toEqual([
      { collection: 'programs', id: 'intensive-outpatient', path: 'appliesTo.programs[0]' },
      { collection: 'locations', id: 'zz-nowhere', path: 'appliesTo.locations[0]' },
    ]);
  });

  it('names the file, the field, what was found and what is allowed', () => {
    const collections = new Map([
      ['programs', snapshot(entry('intensive-outpatient', {}))],
      ['locations', snapshot(entry('austin', {}), entry('houston', {}))],
    ]);
    expect(danglingReferences(faq, collections)).toEqual([
      { file: 'content/faqs/can-i-work.md', field: 'appliesTo.locations[0]', message: '"zz-nowhere" is not an entry in locations. Allowed: "austin", "houston".' },
    ]);
  });
});

describe('medical review', () => {
  it('accepts a medical reviewer and rejects anyone else, listing who may review', () => {
    const ok = entry('cbt', { review: { reviewedBy: { collection: 'team', id: 'elena-ruiz' }, lastReviewed: day('2026-10-01') } });
    expect(reviewerProblems(ok, team)).toEqual([]);
    const wrong = entry('cbt', { review: { reviewedBy: { collection: 'team', id: 'daniel-okafor' }, lastReviewed: day('2026-10-01') } }, 'content/therapies/cbt.md');
    expect(reviewerProblems(wrong, team)).toEqual([
      {
        file: 'content/therapies/cbt.md',
        field: 'review.reviewedBy',
        message: '"daniel-okafor" is not a medical reviewer (content/team/daniel-okafor.md has isMedicalReviewer: false). Allowed: "elena-ruiz".',
      },
    ]);
  });

  it('fails an overdue review and warns one due within 30 days, with dates', () => {
    const reviewed = (iso: string) => entry('iop', { review: { lastReviewed: day(iso) } }, 'content/programs/iop.md');
    const overdue = reviewDateProblems(reviewed('2025-10-01'), day('2026-11-24'), policy);
    expect(overdue.errors[0]?.message).toBe('The medical review of October 1, 2025 expired on October 1, 2026 (reviews last 12 months). Have a medical reviewer check the page, then set a new date.');
    const soon = reviewDateProblems(reviewed('2025-12-10'), day('2026-11-24'), policy);
    expect(soon.errors).toEqual([]);
    expect(soon.warnings[0]?.message).toBe('The medical review of December 10, 2025 expires on December 10, 2026, in 16 days.');
    expect(reviewDateProblems(reviewed('2026-10-01'), day('2026-11-24'), policy)).toEqual({ errors: [], warnings: [] });
  });
});

describe('tracks, dates and paths', () => {
  it('lets a location offer only the tracks its programs define', () => {
    const programs = snapshot(entry('intensive-outpatient', { tracks: [{ id: 'adult-day' }, { id: 'adult-evening' }] }));
    const location = entry('austin', { programs: [{ program: { collection: 'programs', id: 'intensive-outpatient' }, tracks: ['adult-day', 'weekend'] }] }, 'content/locations/austin.md');
    expect(locationTrackProblems(location, programs)).toEqual([
      { file: 'content/locations/austin.md', field: 'programs[0].tracks[1]', message: '"weekend" is not a track of intensive-outpatient. Allowed: "adult-day", "adult-evening".' },
    ]);
  });

  it('catches dates YAML would silently roll over, with the line', () => {
    const source = '---\ntitle: What is IOP?\ndatePublished: 2026-02-30\ndateModified: 2026-03-01\n---\nBody';
    expect(impossibleDates('content/articles/what-is-iop.md', source)).toEqual([
      { file: 'content/articles/what-is-iop.md:3', field: 'datePublished', message: '"2026-02-30" is not a real date. Write a real day as YYYY-MM-DD, for example 2026-03-15.' },
    ]);
  });

  it('keeps pages off the paths the site uses', () => {
    expect(reservedPageProblems(entry('programs', {}, 'content/pages/programs.md'))[0]?.field).toBe('file name');
    expect(reservedPageProblems(entry('admissions', {}))).toEqual([]);
  });

  it('formats problems for people', () => {
    const error = new ContentRuleError([{ file: 'content/faqs/a.md', field: 'topic', message: 'Expected an FAQ topic.' }]);
    expect(error.message).toBe('Content check found 1 problem:\n  content/faqs/a.md\n    topic: Expected an FAQ topic.');
  });
});

describe('language and length', () => {
  it('names stigmatizing words with their line and the person-first wording', () => {
    const article = { id: 'a', filePath: 'content/articles/a.md', data: {}, body: 'Intro.\n\nMany addicts worry about a dirty test.' };
    expect(languageProblems(article)).toEqual([
      { file: 'content/articles/a.md', field: 'text, line 3 of the body', message: '"addicts" stigmatizes; write "a person with a substance use disorder" instead.' },
      { file: 'content/articles/a.md', field: 'text, line 3 of the body', message: '"dirty test" stigmatizes; write "a negative or positive test result" instead.' },
    ]);
    expect(languageProblems({ ...article, body: 'A person with a substance use disorder; a negative test result; addiction treatment.' })).toEqual([]);
  });

  it('keeps FAQ answers to 90 words', () => {
    const faq = (words: number) => ({ id: 'f', filePath: 'content/faqs/f.md', data: {}, body: Array.from({ length: words }, () => 'word').join(' ') });
    expect(faqLengthProblems(faq(90))).toEqual([]);
    expect(faqLengthProblems(faq(91))[0]?.message).toBe('The answer has 91 words; keep it to 90 or fewer and link to a page for more.');
  });
});

const body = (text: string, data: Record<string, unknown> = {}): LoadedEntry => ({ id: 'x', filePath: 'content/faqs/x.md', data, body: text, bodyLine: 5 });
const notOtp = { isOpioidTreatmentProgram: false, accreditations: [] };

describe('methadone claims when the organization is not an opioid treatment program', () => {
  it.each([
    'We can start methadone on your first day.',
    'Our prescribers can start or continue medication: buprenorphine, methadone or naltrexone.',
    'Prescribers on site start methadone.',
    'Lantern Hill provides methadone in every program.',
  ])('fails "%s"', (text) => {
    expect(claimsToGiveMethadone(text)).toBe(true);
  });

  it.each([
    'Methadone comes from a certified opioid treatment program; we arrange it.',
    'We can start buprenorphine or naltrexone; methadone comes from a certified opioid treatment program.',
    'We do not start methadone.',
    'Methadone is given only by a certified opioid treatment program.',
  ])('passes "%s"', (text) => {
    expect(claimsToGiveMethadone(text)).toBe(false);
  });

  it('names the file and line, what was found and what is allowed', () => {
    const [problem, ...rest] = methadoneClaimProblems(body('Intro.\nWe can start methadone.'), notOtp);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/faqs/x.md:6', field: 'text' });
    expect(problem?.message).toContain('"We can start methadone."');
    expect(problem?.message).toContain('Allowed: "We can start buprenorphine or naltrexone.');
  });

  it('catches "we start medication" in a section that lists methadone without naming an OTP', () => {
    const section = '## Medication\n\nBuprenorphine, methadone and naltrexone all work.\n\nOur prescribers can start or continue medication.';
    expect(methadoneClaimProblems(body(section), notOtp).map((p) => p.file)).toEqual(['content/faqs/x.md:9']);
    expect(methadoneClaimProblems(body(`${section} Methadone comes from a certified opioid treatment program.`), notOtp)).toEqual([]);
  });

  it('allows methadone for a certified opioid treatment program', () => {
    expect(methadoneClaimProblems(body('We can start methadone.'), { ...notOtp, isOpioidTreatmentProgram: true })).toEqual([]);
  });
});

describe('claims a provider must never make', () => {
  it('fails "cure" and "guaranteed", naming the line', () => {
    const problems = forbiddenClaimProblems(body('Our care is guaranteed.\nIOP can cure addiction.'), notOtp);
    expect(problems.map((p) => [p.file, p.message.split(' is ')[0]])).toEqual([
      ['content/faqs/x.md:5', '"guaranteed"'],
      ['content/faqs/x.md:6', '"cure"'],
    ]);
  });

  it('fails an outcome percentage without a source, and passes it with one', () => {
    expect(forbiddenClaimProblems(body('Our success rate is 85%.'), notOtp)).toHaveLength(1);
    expect(forbiddenClaimProblems(body('In one study, 60% stayed in recovery.', { sources: ['nida-principles'] }), notOtp)).toEqual([]);
    expect(forbiddenClaimProblems(body('Coinsurance is often 20 percent of the cost.'), notOtp)).toEqual([]);
  });

  it('fails accreditation claims when none is on file; negations and questions about others pass', () => {
    expect(claimsAccreditation('We are accredited by the Joint Commission.')).toBe(true);
    expect(claimsAccreditation('Lantern Hill holds accreditation by CARF.')).toBe(true);
    expect(claimsAccreditation('We are licensed by the state and not accredited.')).toBe(false);
    expect(claimsAccreditation('Ask whether a program is accredited.')).toBe(false);
    const [problem] = forbiddenClaimProblems(body('We are accredited by CARF.'), notOtp);
    expect(problem?.message).toContain('accreditations: []');
    expect(forbiddenClaimProblems(body('We are accredited by CARF.'), { ...notOtp, accreditations: [{ body: 'CARF' }] })).toEqual([]);
  });
});

describe('bold paragraphs used as headings', () => {
  it('fails a paragraph that is only bold text and passes bold inside a sentence', () => {
    expect(boldHeadingProblems(body('## Help\n\n**Evening groups**\n\nText.')).map((p) => p.file)).toEqual(['content/faqs/x.md:7']);
    expect(boldHeadingProblems(body('**Note:** groups meet at night.\n- **Day track:** 9 to noon'))).toEqual([]);
  });
});

describe('phone numbers typed as text', () => {
  it('fails an invented 555-01xx number in the body and passes one through PhoneLink', () => {
    expect(typedPhoneProblems(body('## Call us\n\nCall (512) 555-0100 any time.')).map((p) => p.file)).toEqual(['content/faqs/x.md:7']);
    expect(typedPhoneProblems(body('Call 512-555-0142 today.'))).toHaveLength(1);
    expect(typedPhoneProblems(body('Call <PhoneLink dial={site.admissionsPhone} /> or 1-800-662-4357.'))).toEqual([]);
  });
});

describe('review order', () => {
  it('fails a review older than the last change, and passes one on the same day or later', () => {
    const review = (lastReviewed: string) => entry('a', { dateModified: day('2026-11-09'), review: { lastReviewed: day(lastReviewed) } }, 'content/articles/a.md');
    expect(reviewOrderProblems(review('2026-11-05'))).toEqual([
      expect.objectContaining({ file: 'content/articles/a.md', field: 'review.lastReviewed', message: expect.stringContaining('Allowed: November 9, 2026 or later') }),
    ]);
    expect(reviewOrderProblems(review('2026-11-09'))).toEqual([]);
  });

  it('reads a page\'s updated date as its last change', () => {
    const page = entry('crisis', { updated: day('2026-11-28'), review: { lastReviewed: day('2026-11-01') } }, 'content/pages/crisis.md');
    expect(reviewOrderProblems(page)).toEqual([expect.objectContaining({ message: expect.stringContaining('(updated November 28, 2026)') })]);
  });
});

describe('"not a fit" items about emergencies', () => {
  it('must route to crisis, never to a treatment locator', () => {
    const program = entry('detox', {
      notAFitIf: [
        { when: 'You need a hospital for a serious medical condition.', resource: 'findtreatment' },
        { when: 'Someone is having a seizure.', resource: 'crisis' },
        { when: 'You have had withdrawal seizures.', program: { collection: 'programs', id: 'detox' } },
        { when: 'You live far away.', resource: 'findtreatment' },
        { when: 'Your loved one is hard to wake.', resource: 'samhsa-helpline' },
      ],
    }, 'content/programs/detox.md');
    expect(notAFitRoutingProblems(program)).toEqual([
      expect.objectContaining({ field: 'notAFitIf[0].resource', message: expect.stringContaining('Allowed: "crisis"') }),
      expect.objectContaining({ field: 'notAFitIf[4].resource' }),
    ]);
  });
});

describe('how much a page must say', () => {
  const withBody = (words: number, data: Record<string, unknown> = {}): LoadedEntry => ({
    id: 'a',
    filePath: 'content/articles/a.md',
    data,
    body: `## A heading\n\n${Array.from({ length: words - 3 }, () => 'word').join(' ')} [link](/somewhere/long-path/)`,
    bodyLine: 12,
  });

  it('counts the words a reader sees, not link targets or imports', () => {
    expect(countWords('import X from "./x.astro";\n\nOne [two](/three/four/) **five**.\n\n- six\n<X />')).toBe(4);
  });

  it('reports a short article with its file, line and minimum; drafts and unlisted collections pass', () => {
    const min = MIN_BODY_WORDS['articles'] ?? 0;
    expect(bodyLengthProblems(withBody(min), 'articles')).toEqual([]);
    expect(bodyLengthProblems(withBody(min - 1), 'articles')).toEqual([
      {
        file: 'content/articles/a.md:12',
        field: 'text',
        message: `The text below the frontmatter has ${min - 1} words; a page in articles needs at least ${min}. Add what a reader still needs to know (or set draft: true until it is ready).`,
      },
    ]);
    expect(bodyLengthProblems(withBody(10, { draft: true }), 'articles')).toEqual([]);
    expect(bodyLengthProblems(withBody(10), 'faqs')).toEqual([]);
  });
});

describe('mistakes YAML lets through, and YAML errors', () => {
  it('finds a list item merged into the one above, at its line in the file', () => {
    const source = ['---', 'title: A', 'keyTakeaways:', '  - Bring a written list.', '   - A notebook, water and a snack.', '---', '', 'Body.'].join('\n');
    const merged: LoadedEntry = { id: 'a', filePath: 'content/articles/a.md', data: { keyTakeaways: ['Bring a written list. - A notebook, water and a snack.'] }, source };
    expect(mergedListItemProblems(merged)).toEqual([
      {
        file: 'content/articles/a.md:5',
        field: 'keyTakeaways[0]',
        message: '"- A notebook, water an…" was read as part of the item above, not as its own list item. It is indented 3 spaces; the item above is indented 2. Line up the "- " with the one above.',
      },
    ]);
    const dash: LoadedEntry = { ...merged, data: { keyTakeaways: ['Monday - Thursday, in the evening.'] }, source: source.replace('   - A notebook', '  - A notebook') };
    expect(mergedListItemProblems(dash)).toEqual([]);
  });

  it('places a YAML error at the line and column the editor sees, with advice', () => {
    expect(yamlProblem('content/faqs/x.md', 'bad indentation of a mapping entry (2:7)', 2, 6)).toEqual({
      file: 'content/faqs/x.md:3:7',
      field: 'frontmatter',
      message: expect.stringMatching(/^bad indentation of a mapping entry\. This line is indented/),
    });
    const source = ['---', 'question: "Is this quote ever closed?', 'topic: detox', '---'].join('\n');
    expect(yamlProblem('content/faqs/x.md', 'unexpected end of the stream within a double quoted scalar', 3, 0, source).file).toBe('content/faqs/x.md:2:11');
  });
});

describe('counts typed into prose', () => {
  const said = (text: string) => proseCountProblems({ id: 'a', filePath: 'content/faqs/a.md', data: {}, body: text, bodyLine: 6 }).map((p) => p.message.split('"')[1]);

  it('flags counts of sites, cities and programs, wherever they are written', () => {
    expect(said('Groups meet at all five sites.')).toEqual(['all five sites']);
    expect(said('Texans far from our five cities.')).toEqual(['our five cities']);
    expect(said('It meets at four of our sites (not San Antonio).')).toEqual(['four of our sites']);
    expect(said('We run 5 locations and our eight programs.')).toEqual(['5 locations']);
    expect(said('We offer our eight programs.')).toEqual(['our eight programs']);
  });

  it('leaves alone words that are not a count of places', () => {
    expect(said('Groups meet at every site. The six dimensions of the ASAM Criteria. One site offers detox.')).toEqual([]);
  });
});

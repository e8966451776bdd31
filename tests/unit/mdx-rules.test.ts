/** What editors can get wrong in MDX, each reported with file, line and what is allowed. */
import { describe, expect, it } from 'vitest';
import { articleOpeningProblems, clockTimeProblems, mdxProblems, parseBody } from '../../src/lib/content/mdx-rules';
import { MDX_COMPONENT_NAMES, MDX_COMPONENTS } from '../../src/components/mdx/registry';
import { citedSources } from '../../src/lib/content/citations';
import type { LoadedEntry, Snapshot } from '../../src/lib/content/rules';

const entryOf = (id: string, data: Record<string, unknown> = {}, filePath = `content/x/${id}.md`): LoadedEntry => ({ id, filePath, data });
const snap = (...entries: LoadedEntry[]): Snapshot => new Map(entries.map((e) => [e.id, e]));
const collections = new Map<string, Snapshot>([
  ['faqs', snap(entryOf('what-are-the-iop-hours'))],
  ['sources', snap(entryOf('samhsa-tip-47'))],
  [
    'programs',
    snap(
      entryOf('intensive-outpatient', { tracks: [{ id: 'adult-day' }, { id: 'adult-evening' }], familyGroup: { days: ['wednesday'] } }, 'content/programs/intensive-outpatient.md'),
      entryOf('residential', { tracks: [] }),
    ),
  ],
  ['therapies', snap(entryOf('group-therapy'))],
  ['locations', snap(entryOf('houston'))],
  ['articles', snap(entryOf('what-is-iop'))],
  ['pages', snap(entryOf('crisis'))],
]);

/** An .mdx entry whose body starts on line 10 of its file. */
const mdx = (body: string, filePath = 'content/articles/a.mdx'): LoadedEntry => ({ id: 'a', filePath, data: {}, body, bodyLine: 10 });
const messages = (body: string) => mdxProblems(mdx(body), collections);

describe('MDX bodies', () => {
  it('accepts every component used as documented', () => {
    const body = [
      '<Summary>',
      'IOP is treatment a few hours a day while you live at home.',
      '</Summary>',
      '',
      '<KeyTakeaways>',
      '- One.',
      '- Two.',
      '- Three.',
      '</KeyTakeaways>',
      '',
      'The evening track meets <TrackTime program="intensive-outpatient" track="adult-evening" />, and families meet <TrackTime program="intensive-outpatient" track="family-group" show="days" />.',
      'Call <PhoneLink line="admissions" /> or <PhoneLink dial="988" scheme="sms" label="Text" labelOnly />. We have <SiteCount /> sites.',
      'Read about <Link program="intensive-outpatient">our IOP</Link> and <Link therapy="group-therapy" />, as TIP 47 explains <Cite id="samhsa-tip-47" />.',
      '',
      '<Callout kind="safety" title="Withdrawal can be dangerous">',
      'Do not stop alcohol suddenly on your own.',
      '</Callout>',
      '',
      '<CallToAction kind="self-check" />',
      '',
      '<Faq id="what-are-the-iop-hours" />',
      '',
      '<TrackSchedule program="intensive-outpatient" />',
      '',
      '<LevelsOfCare />',
      '',
      '{/* A comment for other editors is fine. */}',
    ].join('\n');
    expect(messages(body)).toEqual([]);
  });

  it('names an unknown component, its line, a close match and the list of components', () => {
    const [problem] = messages('Some text.\n\n<Sumary>\nHi.\n</Sumary>\n');
    expect(problem?.file).toBe('content/articles/a.mdx:12');
    expect(problem?.message).toContain('There is no component <Sumary>. Did you mean <Summary>?');
    for (const name of MDX_COMPONENT_NAMES) expect(problem?.message).toContain(`<${name}>`);
  });

  it('reports a syntax error at its file line, without MDX jargon codes', () => {
    const [problem] = messages('First paragraph.\n\n<Summary>\nNot closed.\n');
    expect(problem?.file).toBe('content/articles/a.mdx:12');
    expect(problem?.message).toMatch(/^This MDX cannot be read: Expected a closing tag for `<Summary>`\./);
    expect(problem?.message).not.toMatch(/mdx-jsx:/);
    expect(parseBody(mdx('a <b c="1" {oops> d')).problem?.file).toBe('content/articles/a.mdx:10');
  });

  it('refuses imports, code and spreads, and says what to write instead', () => {
    const found = messages("import X from '@/x.astro';\n\nHello {site.name}.\n\n<CallToAction kind={'crisis'} />\n\n<Faq {...props} />\n").map((p) => `${p.file} ${p.message}`);
    expect(found[0]).toMatch(/a\.mdx:10 .*Components are available without import; remove this line\./);
    expect(found[1]).toMatch(/a\.mdx:12 "\{site\.name\}" is code/);
    expect(found[2]).toMatch(/a\.mdx:14 <CallToAction> kind=\{'crisis'\} is code; .*kind="…"/);
    expect(found[3]).toMatch(/a\.mdx:16 <Faq> "\{…\}" spreads are not allowed/);
  });

  it('names a wrong prop value with what is allowed, and an unknown prop with the props there are', () => {
    expect(messages('<CallToAction kind="donate" />').map((p) => p.message)).toEqual([
      '<CallToAction> kind: kind must be one of "admissions", "self-check", "crisis"; found "donate".',
    ]);
    expect(messages('<Callout type="note">\nHi.\n</Callout>').map((p) => p.message)).toEqual([
      '<Callout> kind: kind must be one of "note", "safety"; found undefined.',
      '<Callout> has no prop "type". Its props: kind, title.',
    ]);
    expect(messages('Call <PhoneLink dial="512-555-0100" />.')[0]?.message).toContain('Write the number as +1 and ten digits');
    expect(messages('See <Link program="detox" therapy="group-therapy" />.')[0]?.message).toContain('Give exactly one of program, therapy, location, article, page');
  });

  it('checks ids against the collections, with near matches', () => {
    expect(messages('<Faq id="what-are-iop-hours" />')[0]?.message).toBe(
      '<Faq> id="what-are-iop-hours" is not an entry in faqs. Did you mean "what-are-the-iop-hours"?',
    );
    expect(messages('As shown <Cite id="nida-2099" />.')[0]?.message).toContain('is not an entry in sources. Allowed: "samhsa-tip-47".');
    expect(messages('Meets <TrackTime program="intensive-outpatient" track="evening" />.')[0]?.message).toBe(
      '<TrackTime> track="evening" is not a track of "intensive-outpatient". Allowed: "adult-day", "adult-evening", "family-group" (from content/programs/intensive-outpatient.md).',
    );
    expect(messages('Meets <TrackTime program="residential" track="day" />.')[0]?.message).toContain('has no tracks');
  });

  it('checks what goes between the tags', () => {
    expect(messages('<KeyTakeaways>\n- One.\n- Two.\n</KeyTakeaways>')[0]?.message).toBe('<KeyTakeaways> has 2 points; write 3 to 5.');
    expect(messages('<KeyTakeaways>\nJust a paragraph.\n</KeyTakeaways>')[0]?.message).toContain('holds one bulleted list and nothing else');
    expect(messages('<Faq id="what-are-the-iop-hours">\nMore.\n</Faq>')[0]?.message).toContain('takes nothing between tags');
    expect(messages(`<Summary>\n${'word '.repeat(61)}\n</Summary>`)[0]?.message).toContain('The summary has 61 words; keep it to 60 or fewer');
    expect(messages('Text with <Summary>inline</Summary> inside.')[0]?.message).toContain('is a block: put it on its own lines');
  });

  it('refuses HTML that could run code or load another site', () => {
    expect(messages('<iframe src="https://example.com"></iframe>')[0]?.message).toContain('<iframe> is not allowed in content');
    expect(messages('A line<br />break and <abbr title="Intensive outpatient program">IOP</abbr>.')).toEqual([]);
  });

  it('tells an editor who writes a component in a .md file to rename it', () => {
    const md: LoadedEntry = { id: 'a', filePath: 'content/faqs/a.md', data: {}, body: 'Intro.\n\nMeets <TrackTime program="x" track="y" />.', bodyLine: 6 };
    const [problem] = mdxProblems(md, collections);
    expect(problem?.file).toBe('content/faqs/a.md:8');
    expect(problem?.message).toContain('components work only in .mdx files. Rename content/faqs/a.md to end in .mdx');
    expect(mdxProblems({ ...md, body: 'Use `<TrackTime />` in code.' }, collections)).toEqual([]);
  });
});

describe('articles open with a summary and key takeaways', () => {
  const opening = '<Summary>\nShort answer.\n</Summary>\n\n<KeyTakeaways>\n- A.\n- B.\n- C.\n</KeyTakeaways>\n\n## More\n';
  it('accepts the documented opening', () => expect(articleOpeningProblems(mdx(opening))).toEqual([]));
  it('refuses an article without it, or in a .md file', () => {
    expect(articleOpeningProblems(mdx('## More\n\nText.'))[0]?.message).toContain('does not open with a summary and key takeaways');
    expect(articleOpeningProblems(mdx(opening.replace(/<Summary>[\s\S]*?<\/Summary>\n\n/, '')))).toHaveLength(1);
    expect(articleOpeningProblems({ ...mdx(opening), filePath: 'content/articles/a.md' })[0]?.message).toContain('Rename the file to end in .mdx');
  });
});

describe('clock times typed by hand', () => {
  const times = (text: string) => clockTimeProblems(mdx(text)).map((p) => `${p.file} ${p.message.split(' is a')[0]}`);
  it('finds the ways people write times', () => {
    expect(times('Meets 6 to 9 p.m. on weekdays.')).toEqual(['content/articles/a.mdx:10 "9 p.m."']);
    expect(times('Line one.\nFrom 9:00 a.m. on.')).toEqual(['content/articles/a.mdx:11 "9:00 a.m."']);
    expect(times('Until noon.')).toHaveLength(1);
    expect(times('Doors open at 18:30.')).toHaveLength(1);
    expect(times('Starts at 7pm sharp.')).toHaveLength(1);
  });
  it('leaves data, numbers and words alone', () => {
    expect(times('Meets <TrackTime program="intensive-outpatient" track="adult-day" />, in the afternoon or evening, 24/7 by phone, 12-step groups, 3 hours a day, ASAM 2.1.')).toEqual([]);
  });
});

describe('the component list', () => {
  it('gives every component a purpose an editor can read', () => {
    for (const name of MDX_COMPONENT_NAMES) expect(MDX_COMPONENTS[name].purpose.length).toBeGreaterThan(30);
  });
  it('adds cited sources to the source list after the listed ones, once each', () => {
    const body = 'A <Cite id="nida-principles" />. B <Cite id="samhsa-tip-47" />. C <Cite id="nida-principles" />.';
    expect(citedSources([{ id: 'samhsa-tip-47' }], body)).toEqual([{ id: 'samhsa-tip-47' }, { id: 'nida-principles' }]);
  });
});

describe('a schedule at the end of a sentence', () => {
  const programs = new Map<string, Snapshot>([
    ['programs', snap(entryOf('intensive-outpatient', { tracks: [{ id: 'adult-evening', days: ['monday', 'tuesday'], start: '18:00', end: '21:00' }, { id: 'adult-day', days: ['monday'], start: '09:00', end: '12:00' }] }))],
  ]);
  const problems = (body: string) => mdxProblems(mdx(body), programs).map((p) => p.message);
  it('is refused when its "p.m." would meet the sentence\'s period', () => {
    expect(problems('We meet <TrackTime program="intensive-outpatient" track="adult-evening" />.')[0]).toContain('which ends with a period, so the "." after it would read "p.m..".');
  });
  it('is fine before other words, in brackets, or when it ends in "noon"', () => {
    expect(problems('We meet <TrackTime program="intensive-outpatient" track="adult-evening" />, by video too.')).toEqual([]);
    expect(problems('We meet (<TrackTime program="intensive-outpatient" track="adult-evening" />).')).toEqual([]);
    expect(problems('We meet <TrackTime program="intensive-outpatient" track="adult-day" />.')).toEqual([]);
  });
});

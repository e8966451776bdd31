/** The schemas themselves: valid entries parse; each business rule rejects with a message an editor can act on. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { programSchema } from '../../src/schemas/programs';
import { therapySchema } from '../../src/schemas/therapies';
import { locationSchema } from '../../src/schemas/locations';
import { faqSchema } from '../../src/schemas/faqs';
import { articleSchema } from '../../src/schemas/articles';
import { pageSchema } from '../../src/schemas/pages';
import { siteConfigSchema } from '../../src/schemas/site';
import { editDistance, isCalendarDay, text, unknownFieldMessage } from '../../src/schemas/primitives';

const image = (() => z.string()) as never;
const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

const review = { reviewedBy: 'elena-ruiz', lastReviewed: new Date('2026-10-01T00:00:00Z') };
const signal = { met: true, evidence: 'Each site is state-licensed.', link: '/locations/' };
const iop = {
  title: 'Intensive Outpatient Program (IOP)',
  summary: 'Structured care a few hours a day while you live at home.',
  description: 'Our Intensive Outpatient Program offers day and evening groups, about 12 hours a week, while you keep living at home.',
  updated: new Date('2026-10-01T00:00:00Z'),
  levelOfCare: 'intensive-outpatient',
  asamLevel: ['2.1'],
  isClinicalService: true,
  audience: ['adult'],
  tracks: [{ id: 'adult-day', name: 'Day track', audience: 'adult', days: ['monday', 'tuesday', 'wednesday', 'thursday'], start: '09:00', end: '12:00', hoursPerWeek: 12, formats: ['in-person'] }],
  typicalDuration: '8 to 14 weeks',
  whoItsFor: ['Adults who are medically stable.'],
  review,
  sources: ['samhsa-tip-47'],
  qualitySignals: { accreditation: signal, medication: signal, evidenceBasedPractices: signal, familyInvolvement: signal, supportiveServices: signal },
};

describe('programs', () => {
  it('accepts a valid IOP', () => {
    expect(messages(programSchema.safeParse(iop))).toEqual([]);
  });

  it('requires the day the page last changed, for the review-order rule', () => {
    const { updated: _updated, ...undated } = iop;
    expect(messages(programSchema.safeParse(undated)).join('\n')).toContain('updated: Expected a date written as YYYY-MM-DD');
  });

  it('holds adult IOP tracks to 9–19 hours a week', () => {
    const sixHours = { ...iop, tracks: [{ ...iop.tracks[0], days: ['monday', 'wednesday'], hoursPerWeek: 6 }] };
    expect(messages(programSchema.safeParse(sixHours))).toContain('tracks.0.hoursPerWeek: IOP tracks for adults run 9 to 19 hours a week; track "adult-day" has 6.');
  });

  it('allows adolescent IOP tracks from 6 hours, and holds PHP to 20 or more and outpatient below IOP', () => {
    const teen = { ...iop, audience: ['adolescent'], tracks: [{ ...iop.tracks[0], id: 'teen', audience: 'adolescent', days: ['monday', 'wednesday'], hoursPerWeek: 6 }] };
    expect(messages(programSchema.safeParse(teen))).toEqual([]);
    const php = { ...iop, levelOfCare: 'partial-hospitalization', asamLevel: ['2.5'] };
    expect(messages(programSchema.safeParse(php)).join('\n')).toContain('Partial hospitalization tracks run 20 or more hours a week; track "adult-day" has 12.');
    const outpatient = { ...iop, levelOfCare: 'outpatient', asamLevel: ['1.5'] };
    expect(messages(programSchema.safeParse(outpatient)).join('\n')).toContain('fewer than 9 hours a week');
  });

  it('checks weekly hours against the days and times', () => {
    const wrong = { ...iop, tracks: [{ ...iop.tracks[0], hoursPerWeek: 16 }] };
    expect(messages(programSchema.safeParse(wrong)).join('\n')).toContain('which is 12 hours of services a week, but hoursPerWeek says 16');
  });

  it('counts service hours, not breaks', () => {
    const php = { ...iop, levelOfCare: 'partial-hospitalization', asamLevel: ['2.5'] };
    const day = { ...iop.tracks[0], days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '15:00' };
    expect(messages(programSchema.safeParse({ ...php, tracks: [{ ...day, breakMinutes: 30, hoursPerWeek: 27.5 }] }))).toEqual([]);
    const withLunch = messages(programSchema.safeParse({ ...php, tracks: [{ ...day, breakMinutes: 30, hoursPerWeek: 30 }] })).join('\n');
    expect(withLunch).toContain('less a 30-minute break each day, which is 27.5 hours of services a week, but hoursPerWeek says 30. Count service hours, not breaks');
    const allBreak = messages(programSchema.safeParse({ ...php, tracks: [{ ...day, breakMinutes: 360, hoursPerWeek: 27.5 }] })).join('\n');
    expect(allBreak).toContain('tracks.0.breakMinutes: Track "adult-day" has a 360-minute break but meets only 360 minutes a day.');
  });

  it('uses ASAM Criteria 4th-edition levels: withdrawal management is part of 1.7, 2.7, 3.7 and 4, with no "-WM" levels', () => {
    const detox = { ...iop, levelOfCare: 'detox', tracks: [], asamLevel: ['3.7'] };
    expect(messages(programSchema.safeParse(detox))).toEqual([]);
    expect(messages(programSchema.safeParse({ ...detox, asamLevel: ['3.7-WM'] })).join('\n')).toContain('ASAM level "3.7-WM" does not fit detox; allowed: 1.7, 2.7, 3.7, 4.');
    expect(messages(programSchema.safeParse({ ...iop, levelOfCare: 'outpatient', asamLevel: ['1'] })).join('\n')).toContain('allowed: 1.5');
  });

  it('publishes a family group with a day and a time that make sense', () => {
    const group = { name: 'Family education group', days: ['wednesday'], start: '18:00', end: '19:30', formats: ['in-person'], where: 'At every site', cost: 'Free' };
    expect(messages(programSchema.safeParse({ ...iop, familyGroup: group }))).toEqual([]);
    expect(messages(programSchema.safeParse({ ...iop, familyGroup: { ...group, end: '17:00' } }))).toContain('familyGroup.end: The family group ends (17:00) before it starts (18:00).');
  });

  it('keeps ASAM levels and clinical claims off non-clinical services', () => {
    const soberLiving = { ...iop, levelOfCare: 'sober-living', tracks: [], isClinicalService: false, qualitySignals: undefined };
    const result = messages(programSchema.safeParse(soberLiving)).join('\n');
    expect(result).toContain('asamLevel: sober-living is not an ASAM level of care: remove asamLevel');
    const claimsTreatment = messages(programSchema.safeParse({ ...soberLiving, asamLevel: undefined, isClinicalService: true })).join('\n');
    expect(claimsTreatment).toContain('sober-living is not treatment and must not claim to be');
  });

  it('requires a review, sources and quality signals on clinical programs', () => {
    const bare = { ...iop, review: undefined, sources: [], qualitySignals: undefined };
    const result = messages(programSchema.safeParse(bare)).join('\n');
    expect(result).toContain('review: Clinical programs need a medical review');
    expect(result).toContain('sources: Clinical programs cite at least one source');
    expect(result).toContain("qualitySignals: Clinical programs show SAMHSA's five signs of quality");
  });

  it('routes every "not a fit" item to exactly one place', () => {
    const nowhere = { ...iop, notAFitIf: [{ when: 'You are in withdrawal.' }] };
    expect(messages(programSchema.safeParse(nowhere)).join('\n')).toContain('give either a program or a resource');
  });

  it('rejects unknown keys and suggests the intended one', () => {
    const typo = { ...iop, sumary: 'x' };
    expect(messages(programSchema.safeParse(typo)).join('\n')).toContain('Unknown field "sumary". Did you mean "summary"?');
  });
});

describe('descriptions, phones, ZIP codes and dates', () => {
  const faq = { question: 'Can I keep my job?', topic: 'work-and-school' };
  it('holds descriptions to 70–160 characters and says how long they are', () => {
    const long = { title: 'Admissions', description: 'x'.repeat(161), updated: '2026-10-01' };
    expect(messages(pageSchema.safeParse(long))).toEqual(['description: The description is shown in search results and must be 70 to 160 characters; this one has 161.']);
  });

  it('rejects impossible dates and explains the format', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    const page = { title: 'Admissions', description: 'How admissions work, from the first call to the first day, and what to bring with you to it.', updated: 'next spring' };
    expect(messages(pageSchema.safeParse(page))).toEqual(['updated: Expected a date written as YYYY-MM-DD, for example 2026-03-15; found "next spring".']);
  });

  it('checks E.164 phones and US ZIP codes on locations', () => {
    const schema = locationSchema({ image });
    const result = schema.safeParse({ phone: '512-555-0142', address: { street: '1 Main St', city: 'Austin', state: 'TX', zip: '787' } });
    const text = messages(result).join('\n');
    expect(text).toContain('phone: Expected a US phone number in E.164 form: +1 then 10 digits, no spaces, for example +15125550142; found "512-555-0142".');
    expect(text).toContain('address.zip: Expected a US ZIP code of 5 digits (or ZIP+4, 78701-1234); found "787".');
  });

  it('asks for FAQ questions as questions, in a known topic', () => {
    expect(messages(faqSchema.safeParse(faq))).toEqual([]);
    expect(messages(faqSchema.safeParse({ ...faq, question: 'Working during IOP' })).join()).toContain('ending with "?"');
    expect(messages(faqSchema.safeParse({ ...faq, topic: 'jobs' })).join()).toContain('Expected an FAQ topic: one of "cost-and-insurance"');
  });
});

describe('therapies and articles', () => {
  const therapy = {
    title: 'Art therapy',
    summary: 'Making art with a trained therapist to explore feelings.',
    description: 'Art therapy uses drawing and painting to explore feelings. It supports core treatment such as CBT; it is not a treatment on its own.',
    category: 'experiential',
    evidence: { level: 'adjunctive', note: 'It supports core treatment.' },
    sessionLooksLike: 'A small group makes art and talks about it.',
    review,
    sources: ['nida-principles'],
  };
  it('never lets an adjunctive modality claim established evidence', () => {
    expect(messages(therapySchema.safeParse(therapy))).toEqual([]);
    const overclaim = { ...therapy, evidence: { ...therapy.evidence, level: 'established' } };
    expect(messages(therapySchema.safeParse(overclaim)).join()).toContain('mark the evidence "adjunctive" or "emerging"');
  });

  it('requires a review on clinical articles; takeaways live in the body, not the frontmatter', () => {
    const article = {
      title: 'What is IOP?',
      description: 'An intensive outpatient program gives structured treatment a few hours a day while you live at home. What it involves.',
      author: 'elena-ruiz',
      datePublished: '2026-09-01',
      dateModified: '2026-10-01',
      category: 'understanding-treatment',
      clinical: true,
      keyTakeaways: ['One.', 'Two.', 'Three.'],
      heroImage: 'x.svg',
      heroAlt: 'A circle of chairs',
    };
    const text = messages(articleSchema({ image }).safeParse(article)).join('\n');
    expect(text).toContain('review: A clinical article needs a medical review');
    expect(text).toContain('keyTakeaways');
  });
});

describe('text fields', () => {
  it('say which check failed: a value that is too long is not "expected as text"', () => {
    const note = text('the note').max(10);
    expect(messages(note.safeParse('x'.repeat(12)))).toEqual([': The note is 12 characters long; at most 10 are allowed.']);
    expect(messages(note.safeParse(3))).toEqual([': Expected the note as text; found 3.']);
  });
});

describe('site config and helpers', () => {
  it('the real site config is valid', async () => {
    const { site } = await import('../../src/site.config');
    expect(siteConfigSchema.safeParse(site).success).toBe(true);
  });

  it('measures edit distance for suggestions', () => {
    expect(editDistance('draftt', 'draft')).toBe(1);
    expect(unknownFieldMessage(['titel'], ['title', 'description'])).toBe('Unknown field "titel". Did you mean "title"? Allowed fields here: title, description.');
    expect(unknownFieldMessage(['colour'], ['title'])).not.toContain('Did you mean');
  });
});

/**
 * The admissions steps, health plans and self-pay prices are kept once as
 * data: the files parse, the sequence is the one order, and the price rules
 * reject what an editor could get wrong.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { admissionSequenceProblems, admissionStepSchema } from '../../src/schemas/admissions';
import { formatPriceRange, fullProgramRange, insurancePlanSchema, selfPayPriceSchema } from '../../src/schemas/insurance';
import { decimalPlaces, locationSchema } from '../../src/schemas/locations';

const yamlList = (name: string) => parse(readFileSync(`content/${name}.yaml`, 'utf8')) as Record<string, unknown>[];
const frontmatter = (path: string) => parse(readFileSync(path, 'utf8').split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
const messages = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('admissions steps', () => {
  const steps = yamlList('admissions-steps').map((entry) => admissionStepSchema.parse(entry));

  it('keeps one order: call, screening and benefits, assessment visit, start date, first group day', () => {
    expect([...steps].sort((a, b) => a.order - b.order).map((step) => step.id)).toEqual(['call', 'screening', 'assessment', 'start-date', 'first-day']);
    expect(admissionSequenceProblems(steps)).toEqual([]);
  });

  it('says the assessment visit takes about 2 hours, in person or by video', () => {
    const assessment = steps.find((step) => step.id === 'assessment');
    expect(assessment?.text).toMatch(/about 2 hours/);
    expect(assessment?.text).toMatch(/in person or by video/);
  });

  it('rejects gaps and repeats in the numbering', () => {
    expect(admissionSequenceProblems([{ id: 'a', order: 1 }, { id: 'b', order: 3 }])[0]).toContain('numbered 1 to 2');
    expect(admissionSequenceProblems([{ id: 'a', order: 1 }, { id: 'b', order: 1 }])[0]).toContain('found 1, 1');
  });
});

describe('health plans', () => {
  const plans = yamlList('insurance-plans').map((entry) => insurancePlanSchema.parse(entry));

  it('answers for Texas Medicaid (STAR, STAR+PLUS, CHIP), Medicare and TRICARE', () => {
    const names = plans.map((plan) => plan.name).join('\n');
    for (const name of ['STAR', 'STAR+PLUS', 'CHIP', 'Medicare', 'TRICARE']) expect(names).toContain(name);
  });

  it('does not list Medicare as accepted: Texas chemical dependency facilities are not Medicare-certified', () => {
    expect(plans.find((plan) => plan.id === 'medicare')?.status).toBe('not-accepted');
  });

  it('names the allowed statuses when one is misspelt', () => {
    const result = insurancePlanSchema.safeParse({ id: 'x', name: 'X', kind: 'commercial', status: 'innetwork', asOf: '2026-11-01' });
    expect(messages(result).join()).toContain('one of "in-network", "out-of-network", "not-accepted"');
  });
});

describe('self-pay prices', () => {
  const prices = yamlList('self-pay-prices').map((entry) => selfPayPriceSchema.parse(entry));

  it('covers IOP, PHP, outpatient, intervention planning and the family program', () => {
    expect(prices.map((price) => price.id).sort()).toEqual(['family-program', 'intervention', 'iop', 'outpatient', 'php']);
  });

  it('computes the full IOP range from the weekly range and the typical weeks the IOP page states', () => {
    const iop = prices.find((price) => price.id === 'iop')!;
    const full = fullProgramRange(iop)!;
    expect(full).toEqual({ low: iop.low! * full.weeks.min, high: iop.high! * full.weeks.max, weeks: iop.typicalWeeks });
    const program = frontmatter('content/programs/intensive-outpatient.mdx');
    expect(String(program['typicalDuration'])).toContain(`${full.weeks.min} to ${full.weeks.max} weeks`);
  });

  it('formats ranges in dollars', () => {
    expect(formatPriceRange(900, 1300)).toBe('$900 to $1,300');
    expect(formatPriceRange(undefined, undefined)).toBe('Free');
  });

  it('rejects a free service with a price, a missing price and a range upside down', () => {
    const base = { id: 'x', order: 1, service: 'X', includes: 'Something.' };
    expect(messages(selfPayPriceSchema.safeParse({ ...base, unit: 'free', low: 10, high: 20 })).join()).toContain('is free: leave out low and high');
    expect(messages(selfPayPriceSchema.safeParse({ ...base, unit: 'week' })).join()).toContain('needs both low and high');
    expect(messages(selfPayPriceSchema.safeParse({ ...base, unit: 'week', low: 30, high: 20 })).join()).toContain('is below the low price');
    expect(messages(selfPayPriceSchema.safeParse({ ...base, unit: 'session', low: 1, high: 2, typicalWeeks: { min: 1, max: 2 } })).join()).toContain('only fits a weekly price');
  });
});

describe('locations', () => {
  const image = (() => z.string()) as never;
  const files = ['austin', 'cedar-park', 'houston', 'san-antonio', 'willow-bend'].map((id) => ({ id, data: frontmatter(`content/locations/${id}.md`) }));

  it('writes coordinates with five decimal places, and rejects fewer', () => {
    for (const { id, data } of files) {
      const geo = data['geo'] as { lat: number; lng: number };
      expect(decimalPlaces(geo.lat), id).toBeGreaterThanOrEqual(5);
      expect(decimalPlaces(geo.lng), id).toBeGreaterThanOrEqual(5);
    }
    const result = locationSchema({ image }).safeParse({ geo: { lat: 30.2612, lng: -97.71984 } });
    expect(messages(result).join('\n')).toContain('geo.lat: Write coordinates with at least five decimal places');
  });

  it('keeps visiting hours out of the opening hours', () => {
    const sanAntonio = files.find((file) => file.id === 'san-antonio')!.data;
    const openDays = (sanAntonio['hours'] as { days: string[] }[]).flatMap((hours) => hours.days);
    expect(openDays).not.toContain('saturday');
    expect((sanAntonio['visitingHours'] as { days: string[] }[])[0]?.days).toEqual(['saturday', 'sunday']);
    expect(sanAntonio['hoursNote']).toMatch(/Detox admissions: any time/);
  });

  it('offers Spanish in Austin, Houston and San Antonio only', () => {
    const spanish = files.filter(({ data }) => (data['languages'] as string[]).includes('Spanish')).map(({ id }) => id);
    expect(spanish).toEqual(['austin', 'houston', 'san-antonio']);
  });

  it('no longer describes a separate "first visit" that could contradict the admissions steps', () => {
    for (const { id } of files) expect(readFileSync(`content/locations/${id}.md`, 'utf8'), id).not.toMatch(/first visit/i);
  });
});

/**
 * What care costs, kept once as data: the health plans we do or do not take
 * (content/insurance-plans.yaml) and the self-pay price ranges
 * (content/self-pay-prices.yaml). Shown on /insurance/ and on location pages.
 */
import { z } from 'astro/zod';
import { calendarDay, choice, fields, slug, text } from './primitives';
import { DEFAULT_LANGUAGE, t, type Language } from '../i18n/ui';

/** Our standing with a plan. */
export const PLAN_STATUSES = ['in-network', 'out-of-network', 'not-accepted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Kinds of coverage, in the order the list shows them. */
export const PLAN_KINDS = ['medicaid', 'medicare', 'military', 'commercial'] as const;

export const insurancePlanSchema = fields({
  /** A short id, for example "texas-medicaid-star". */
  id: slug,
  /** The plan or program as families know it, for example "Texas Medicaid STAR". */
  name: text('the plan name'),
  /** The kind of coverage: medicaid, medicare, military or commercial. */
  kind: choice(PLAN_KINDS, 'the kind of coverage'),
  /** in-network, out-of-network or not-accepted. */
  status: choice(PLAN_STATUSES, 'the network status'),
  /** The day someone last confirmed this status with the plan, YYYY-MM-DD. */
  asOf: calendarDay,
  /** One short sentence families need to know, for example who the plan covers. */
  note: text('the note').max(200).optional(),
});

export type InsurancePlan = z.output<typeof insurancePlanSchema>;

/** What a self-pay price is counted in. */
export const PRICE_UNITS = ['week', 'session', 'flat-fee', 'free'] as const;

export const selfPayPriceSchema = fields({
  /** A short id, for example "iop". */
  id: slug,
  /** Order on /insurance/; lower comes first. */
  order: z.number().int().min(0),
  /** The service, for example "Intensive outpatient program (IOP)". */
  service: text('the service'),
  /** week, session, flat-fee, or free for services that cost nothing. */
  unit: choice(PRICE_UNITS, 'the price unit'),
  /** Lowest self-pay price in whole US dollars; leave out for free services. */
  low: z.number().int().positive().optional(),
  /** Highest self-pay price in whole US dollars; leave out for free services. */
  high: z.number().int().positive().optional(),
  /** For weekly prices of a program with a typical length: the usual number of weeks, so the full-program range is computed, never typed. */
  typicalWeeks: fields({ min: z.number().int().positive(), max: z.number().int().positive() }).optional(),
  /** What the price includes and whether it is billed, in one or two plain sentences. */
  includes: text('what the price includes').max(260),
}).superRefine((price, ctx) => {
  if (price.unit === 'free') {
    if (price.low !== undefined || price.high !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['low'], message: `"${price.id}" is free: leave out low and high.` });
    }
    return;
  }
  if (price.low === undefined || price.high === undefined) {
    ctx.addIssue({ code: 'custom', path: ['low'], message: `"${price.id}" needs both low and high prices in whole dollars, or unit: free.` });
  } else if (price.low > price.high) {
    ctx.addIssue({ code: 'custom', path: ['high'], message: `"${price.id}": the high price (${price.high}) is below the low price (${price.low}).` });
  }
  if (price.typicalWeeks && price.unit !== 'week') {
    ctx.addIssue({ code: 'custom', path: ['typicalWeeks'], message: `"${price.id}": typicalWeeks only fits a weekly price; this one is per ${price.unit}.` });
  }
  if (price.typicalWeeks && price.typicalWeeks.min > price.typicalWeeks.max) {
    ctx.addIssue({ code: 'custom', path: ['typicalWeeks', 'max'], message: `"${price.id}": typicalWeeks max is below min.` });
  }
});

export type SelfPayPrice = z.output<typeof selfPayPriceSchema>;

/** "$900 to $1,300", or "Free"; in Spanish "$900 a $1,300", or "Gratis". Dollars are written US style in both. */
export function formatPriceRange(low: number | undefined, high: number | undefined, lang: Language = DEFAULT_LANGUAGE): string {
  if (low === undefined || high === undefined) return t('price.free', lang);
  const dollars = (amount: number) => `$${amount.toLocaleString('en-US')}`;
  return low === high ? dollars(low) : t('price.range', lang, { low: dollars(low), high: dollars(high) });
}

/** The full-program range a weekly price implies: lowest weekly price × fewest weeks to highest × most weeks. */
export function fullProgramRange(price: SelfPayPrice): { low: number; high: number; weeks: { min: number; max: number } } | undefined {
  if (price.unit !== 'week' || !price.typicalWeeks || price.low === undefined || price.high === undefined) return undefined;
  return { low: price.low * price.typicalWeeks.min, high: price.high * price.typicalWeeks.max, weeks: price.typicalWeeks };
}

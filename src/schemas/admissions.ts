/**
 * The admissions sequence, content/admissions-steps.yaml: one ordered list of
 * steps, shown on /admissions/ and on every location page, so no page can
 * describe a different order.
 */
import { z } from 'astro/zod';
import { fields, slug, text } from './primitives';

export const admissionStepSchema = fields({
  /** A short id, for example "assessment". */
  id: slug,
  /** Where the step comes in the sequence: 1 for the first call, then 2, 3 and so on. */
  order: z.number().int().min(1),
  /** A short title, for example "An assessment visit". */
  title: text('the title').max(60),
  /** One plain sentence saying what happens in this step. */
  text: text('the sentence').max(240),
});

export type AdmissionStep = z.output<typeof admissionStepSchema>;

/**
 * Problems with the sequence as a whole: the steps must be numbered 1, 2, 3…
 * with no gap and no repeat, so the order is never in doubt.
 */
export function admissionSequenceProblems(steps: readonly Pick<AdmissionStep, 'id' | 'order'>[]): string[] {
  const orders = steps.map((step) => step.order).sort((a, b) => a - b);
  return orders.every((order, index) => order === index + 1)
    ? []
    : [`content/admissions-steps.yaml: the steps must be numbered 1 to ${steps.length} with no gaps or repeats; found ${orders.join(', ')}.`];
}

/**
 * The no-JavaScript explanations are generated from the engine's own rules:
 * each answer's explanation names every rule and addition it takes part in,
 * with the real further conditions, and a changed rule changes the text.
 */
import { describe, expect, it } from 'vitest';
import { ASSESSMENT, FLAG_PHRASES } from '../../../src/assessment/content';
import { explainOption } from '../../../src/assessment/explain';
import { wording } from '../../../src/assessment';
import type { AssessmentData, Option, QuestionId } from '../../../src/assessment/types';

const option = (question: QuestionId, id: string): Option => {
  const found = ASSESSMENT.questions.find((q) => q.id === question)?.options.find((o) => o.id === id);
  if (!found) throw new Error(`${question}:${id}`);
  return found;
};
const title = (id: string) => wording(ASSESSMENT.outcomes.find((o) => o.id === id)?.title ?? '', 'self');

describe('explanations without JavaScript', () => {
  it('state the real conditions: alcohol leads to detox only with past withdrawal problems or withdrawal now', () => {
    const lines = explainOption(option('W1', 'alcohol'));
    expect(lines[0]).toBe(`“${title('detox-first')}”, only with past withdrawal problems or withdrawal now.`);
    expect(lines[1]).toBe(`“${title('withdrawal-check-first')}”, only with not sure about past withdrawal.`);
  });

  it('say that a stop result replaces every other one, and which more urgent results come before it', () => {
    expect(explainOption(option('S1', 'yes'))).toEqual(['“Call 911 now” (this result replaces every other one).']);
    expect(explainOption(option('Q1', 'under-13'))[0]).toBe(
      `“${title('child')}” (this result replaces every other one; only “Call 911 now” or “Get help now: call 911 if anyone is in danger” or “Call or text 988 now” comes before it).`,
    );
  });

  it('name the opioid result for a pregnancy, and the additions that ride along', () => {
    expect(explainOption(option('W1', 'opioids'))).toContain(`Instead, with pregnancy: “${title('opioid-pregnancy')}”.`);
    expect(explainOption(option('W1', 'benzodiazepines')).at(-1)).toMatch(/^Also: Never stop benzodiazepines/);
    expect(explainOption(option('R1', 'not-ready')).join(' ')).toContain('For a loved one:');
  });

  it('cover every rule and note each answer takes part in, with each further condition in words', () => {
    for (const question of ASSESSMENT.questions) {
      for (const opt of question.options) {
        const text = explainOption(opt).join('\n');
        for (const rule of ASSESSMENT.rules) {
          if (!rule.when.flat().some((f) => opt.flags.includes(f))) continue;
          expect(text, `${question.id}:${opt.id} ${rule.id}`).toContain(title(rule.outcome));
          for (const group of rule.when) {
            if (group.some((f) => opt.flags.includes(f))) continue;
            for (const flag of group) expect(text).toContain(FLAG_PHRASES[flag]);
          }
        }
        for (const note of ASSESSMENT.notes) {
          if (note.when.flat().some((f) => opt.flags.includes(f))) expect(text).toContain(wording(note.text, 'self'));
        }
        if (opt.flags.length === 0) expect(text).toBe('');
      }
    }
  });

  it('explain variants in order: a later one applies only unless an earlier one holds', () => {
    // The first variant that holds wins: with a pregnancy, withdrawal now does not lead to "Start withdrawal care or medication first".
    expect(explainOption(option('W3', 'yes'))).toContain(`“${title('opioid-withdrawal-first')}”, only with daily opioids, unless pregnancy.`);
    expect(explainOption(option('W1', 'opioids'))).toEqual([
      `“${title('opioid-medication')}”.`,
      `Instead, with pregnancy: “${title('opioid-pregnancy')}”.`,
      `Instead, with withdrawal now, unless pregnancy: “${title('opioid-withdrawal-first')}”.`,
    ]);
    // The first variant's own line has no "unless".
    expect(explainOption(option('B1', 'pregnant'))).toContain(`“${title('opioid-pregnancy')}”, only with daily opioids.`);
  });

  it('say that a teen far from a teen track hears about it, from the age or the city answer', () => {
    const teenNote = wording(ASSESSMENT.notes.find((n) => n.id === 'no-teen-track-nearby')?.text ?? '', 'self');
    expect(explainOption(option('Q1', '13-17')).join(' ')).toContain(`Also, with ${FLAG_PHRASES['no-teen-track-nearby']}: ${teenNote}`);
    expect(explainOption(option('L1', 'austin'))).toEqual([`Also, with ages 13 to 17: ${teenNote}`]);
    expect(explainOption(option('L1', 'houston'))).toEqual([]);
  });

  it('follow the rule data: a changed condition changes the explanation', () => {
    const data: AssessmentData = {
      ...ASSESSMENT,
      rules: ASSESSMENT.rules.map((r) => (r.id === 'withdrawal-danger' ? { ...r, when: [['alcohol'], ['current-withdrawal']] } : r)),
    };
    expect(explainOption(option('W1', 'alcohol'), data)[0]).toBe(`“${title('detox-first')}”, only with withdrawal now.`);
  });
});

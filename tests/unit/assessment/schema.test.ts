/**
 * The data check: the real data passes; broken copies fail with a message
 * that names the item and what to fix. Also: every cited source is in the
 * registry, and the runtime modules stay free of zod and of any I/O.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT, ASSESSMENT_SOURCE_IDS } from '../../../src/assessment';
import { validateAssessmentData } from '../../../src/assessment/schema';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** A copy of the data with one part replaced. */
const broken = (patch: Partial<Record<keyof typeof ASSESSMENT, unknown>>): unknown => ({ ...structuredClone(ASSESSMENT), ...patch });
const rules = () => structuredClone(ASSESSMENT.rules).map((r) => ({ ...r }) as Record<string, unknown>);
const failure = (data: unknown): string => {
  try {
    validateAssessmentData(data);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected the data check to fail');
};

describe('validateAssessmentData', () => {
  it('passes on the real data', () => {
    expect(() => validateAssessmentData()).not.toThrow();
    expect(() => validateAssessmentData(ASSESSMENT)).not.toThrow();
  });

  it('rejects a rule pointing to a missing outcome, naming the rule and the outcomes that exist', () => {
    const data = rules();
    data[5] = { ...data[5], outcome: 'nowhere' };
    expect(failure(broken({ rules: data }))).toContain(
      'rule "withdrawal-danger" (priority 6) points to outcome "nowhere", which does not exist; outcomes are: call-911, danger-at-home, call-988,',
    );
  });

  it('rejects a rule pointing to an outcome that was removed', () => {
    const message = failure(broken({ outcomes: ASSESSMENT.outcomes.filter((o) => o.id !== 'detox-first') }));
    expect(message).toContain('src/assessment/content.ts');
    expect(message).toContain('rule "withdrawal-danger" (priority 6) points to outcome "detox-first", which does not exist');
  });

  it('rejects a duplicate priority', () => {
    const data = rules();
    data[5] = { ...data[5], priority: 5 };
    expect(failure(broken({ rules: data }))).toContain('priority 5 is used by rules "pregnancy" and "withdrawal-danger"; priorities must be unique');
  });

  it('rejects a safety rule that does not stop', () => {
    const data = rules();
    data[1] = { ...data[1], stop: false };
    expect(failure(broken({ rules: data }))).toContain('rule "danger-at-home" (priority 2) is a safety rule and must stop routing (stop: true)');
  });

  it('rejects an outcome without a source', () => {
    const outcomes = structuredClone(ASSESSMENT.outcomes).map((o, i) => (i === 0 ? { ...o, sources: [] } : o));
    expect(failure(broken({ outcomes }))).toContain('data.outcomes[0] (call-911).sources: Cite at least one source.');
  });

  it('rejects a source that is not in the list of assessment sources', () => {
    const outcomes = structuredClone(ASSESSMENT.outcomes).map((o, i) => (i === 0 ? { ...o, sources: ['made-up'] } : o));
    expect(failure(broken({ outcomes }))).toMatch(/data\.outcomes\[0\] \(call-911\)\.sources\[0\]: Invalid option/);
  });

  it('rejects a flag that a rule uses but no answer sets', () => {
    const questions = structuredClone(ASSESSMENT.questions).map((q) =>
      q.id === 'B1' ? { ...q, options: q.options.map((o) => ({ ...o, flags: o.flags.filter((f) => f !== 'pregnant') })) } : q,
    );
    expect(failure(broken({ questions }))).toContain('rule "pregnancy" (priority 5) uses flag "pregnant", which no answer sets');
  });

  it('rejects a non-stop rule ranked above a stop rule, a fallback that is not last, and a second fallback', () => {
    const data = rules();
    data[2] = { ...data[2], priority: 20 };
    data[10] = { ...data[10], kind: 'fallback' };
    const message = failure(broken({ rules: data }));
    expect(message).toContain('rule "pregnancy" (priority 5) must come after every stop rule');
    expect(message).toContain('rule "otherwise" (priority 15) is the fallback and must have the lowest priority (20)');
    expect(message).toContain('expected exactly one fallback rule; found 2');
  });

  it('rejects a priority that is not a whole number from 1', () => {
    const data = rules();
    data[4] = { ...data[4], priority: 0 };
    expect(failure(broken({ rules: data }))).toContain('data.rules[4] (pregnancy).priority: Priorities are whole numbers from 1 (the highest).');
  });

  it('rejects text that says "you have", diagnoses or scores', () => {
    const outcomes = structuredClone(ASSESSMENT.outcomes).map((o, i) =>
      i === 5 ? { ...o, body: 'If you have a diagnosis, your score is 80%.' } : o,
    );
    const message = failure(broken({ outcomes }));
    expect(message).toContain('data.outcomes[5] (detox-first).body says "you have"');
    expect(message).toContain('mentions a diagnosis');
    expect(message).toContain('reads like a score or a percentage');
  });

  it('rejects an outcome that recommends a level of care without linking to it', () => {
    const outcomes = structuredClone(ASSESSMENT.outcomes).map((o) => (o.id === 'detox-first' ? { ...o, links: ['crisis'] } : o));
    expect(failure(broken({ outcomes }))).toContain('outcome "detox-first" recommends detox but does not link to it.');
  });

  it('rejects a disclaimer without the licensed-clinician statement', () => {
    expect(failure(broken({ disclaimer: 'This is not a diagnosis.' }))).toContain('only a licensed clinician can recommend a level of care');
  });

  it('lists every problem at once', () => {
    const data = rules();
    data[0] = { ...data[0], stop: false };
    data[2] = { ...data[2], priority: 4 };
    expect(failure(broken({ rules: data }))).toMatch(/has \d+ problem\(s\):\n- .+\n- /);
  });
});

describe('sources', () => {
  const registry = new Set([...read('content/sources.yaml').matchAll(/^- id: (\S+)$/gm)].map((m) => m[1]));

  it('cites only sources in content/sources.yaml', () => {
    for (const id of ASSESSMENT_SOURCE_IDS) expect(registry, id).toContain(id);
  });

  it('uses every id of the exported source list', () => {
    const used = new Set(JSON.stringify(ASSESSMENT).match(/"[a-z0-9-]+"/g)?.map((s) => s.slice(1, -1)));
    for (const id of ASSESSMENT_SOURCE_IDS) expect(used, id).toContain(id);
  });
});

describe('the runtime modules', () => {
  const engine = read('src/assessment/engine.ts');
  const explain = read('src/assessment/explain.ts');
  const content = read('src/assessment/content.ts');

  it('do not import the schema or zod, so zod stays out of the browser bundle', () => {
    for (const source of [engine, content, explain, read('src/assessment/index.ts'), read('src/assessment/types.ts')]) {
      expect(source).not.toMatch(/from '.*(schema|zod)'/);
    }
  });

  it('do no I/O, logging, storage, clock or randomness', () => {
    for (const source of [engine, content, explain]) {
      expect(source).not.toMatch(/console\.|fetch\(|XMLHttpRequest|localStorage|sessionStorage|document\.|navigator\.|Date|Math\.random|sendBeacon/);
    }
  });
});

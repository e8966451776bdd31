/** What the live preview shows for broken content: plain text, the file and line, and an overlay message for Vite. */
import { describe, expect, it } from 'vitest';
import { ContentRuleError } from '../../src/lib/content/rules';
import { onPreviewProblems, overlayPayload, plainText, previewMessage, previewProblems, problemsOf, setPreviewProblems, splitPlace } from '../../src/lib/content/preview';

const ROOT = '/site';
const problem = { file: 'content/faqs/a.md:6', field: 'text', message: '"addicts" stigmatizes; write "a person with a substance use disorder" instead.' };

describe('the preview’s content messages', () => {
  it('drops Markdown marks and terminal colours', () => {
    expect(plainText('**content/pages/a.md** frontmatter does not match: **updated**: Expected a date\x1b[39m')).toBe('content/pages/a.md frontmatter does not match: updated: Expected a date');
  });

  it('splits a place into file, line and column', () => {
    expect(splitPlace('content/faqs/a.md:3:7')).toEqual({ file: 'content/faqs/a.md', line: 3, column: 7 });
    expect(splitPlace('content/faqs/a.md:6')).toEqual({ file: 'content/faqs/a.md', line: 6 });
    expect(splitPlace('content/faqs/a.md')).toEqual({ file: 'content/faqs/a.md' });
  });

  it('turns content rule errors and Astro errors into problems with a file', () => {
    expect(problemsOf(new ContentRuleError([problem]), ROOT)).toEqual([problem]);
    const astro = Object.assign(new Error('**/site/content/pages/a.md** data does not match collection schema.'), { name: 'InvalidContentEntryDataError', loc: { file: '/site/content/pages/a.md', line: 4 } });
    expect(problemsOf(astro, ROOT)).toEqual([{ file: 'content/pages/a.md:4', field: 'InvalidContentEntryDataError', message: 'content/pages/a.md data does not match collection schema.' }]);
  });

  it('says the preview keeps running, then each problem as the build does', () => {
    expect(previewMessage([problem])).toBe(
      'Content check found 1 problem. The preview keeps running and shows the last good version; fix the file and save:\n  content/faqs/a.md:6\n    text: "addicts" stigmatizes; write "a person with a substance use disorder" instead.',
    );
  });

  it('gives Vite’s overlay the absolute file and line of the first problem', () => {
    const payload = overlayPayload([problem], ROOT);
    expect(payload.type).toBe('error');
    expect(payload.err.loc).toEqual({ file: '/site/content/faqs/a.md', line: 6, column: 1 });
    expect(payload.err.id).toBe('/site/content/faqs/a.md');
    expect(payload.err.message).not.toContain('**');
  });

  it('keeps problems per collection and tells listeners when they change and clear', () => {
    const seen: number[] = [];
    const stop = onPreviewProblems((problems) => seen.push(problems.length));
    setPreviewProblems('faqs', [problem]);
    setPreviewProblems('pages', [problem, problem]);
    expect(previewProblems()).toHaveLength(3);
    setPreviewProblems('faqs', []);
    setPreviewProblems('pages', []);
    stop();
    expect(seen).toEqual([0, 1, 3, 2, 0]);
  });
});

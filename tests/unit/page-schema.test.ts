/** The page schema's notice of free language help and its medical review rule. */
import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/schemas/pages';

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

const page = {
  title: 'Nondiscrimination and language help',
  description: 'Our Section 1557 nondiscrimination notice, free language help in many languages, and how to file a grievance.',
  updated: '2026-11-28',
};
const spanish = { lang: 'es', language: 'Español', text: 'ATENCIÓN: ... Llame al {phone} (TTY: {tty}).' };

describe('the language-help notice', () => {
  it('accepts taglines with their language, placeholders and direction', () => {
    const arabic = { lang: 'ar', dir: 'rtl', language: 'العربية', text: 'ملحوظة: ... {phone} ({tty}).' };
    const parsed = pageSchema.parse({ ...page, languageNotice: [spanish, arabic] });
    expect(parsed.languageNotice.map((t) => `${t.lang}:${t.dir}`)).toEqual(['es:ltr', 'ar:rtl']);
  });

  it('defaults to no notice', () => {
    expect(pageSchema.parse(page).languageNotice).toEqual([]);
  });

  it('rejects a right-to-left language without dir: rtl', () => {
    const urdu = { lang: 'ur', language: 'اردو', text: '{phone} (TTY: {tty})' };
    expect(messages(pageSchema.safeParse({ ...page, languageNotice: [urdu] }))).toEqual(['languageNotice.0.dir: ur is written right to left: add dir: rtl.']);
  });

  it('rejects a tagline that does not say where to call', () => {
    const noTty = { ...spanish, text: 'ATENCIÓN: Llame al {phone}.' };
    expect(messages(pageSchema.safeParse({ ...page, languageNotice: [noTty] }))).toEqual(['languageNotice.0.text: The es tagline must say where to call: put {tty} where the number goes.']);
  });

  it('rejects a bad language tag and a repeated language', () => {
    expect(messages(pageSchema.safeParse({ ...page, languageNotice: [{ ...spanish, lang: 'Spanish' }] }))[0]).toMatch(/^languageNotice\.0\.lang: Expected a language tag/);
    expect(messages(pageSchema.safeParse({ ...page, languageNotice: [spanish, spanish] }))).toEqual(['languageNotice: Each language needs one tagline; repeated: es.']);
  });
});

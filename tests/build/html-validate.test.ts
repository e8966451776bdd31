/** Every built page is valid HTML (html-validate, recommended rules). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, formatterFactory, type ConfigData } from 'html-validate';
import { builtPages, readPage } from '../support/site';

// Titles carry the brand suffix, so html-validate's 70-character title rule is off; SEO tests hold titles to 60 before it.
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);
const text = formatterFactory('text');

describe('html-validate', () => {
  it.each(builtPages())('%s has no errors', async (path) => {
    const report = await validator.validateString(readPage(path), path);
    expect(report.valid ? '' : text(report.results)).toBe('');
  });
});

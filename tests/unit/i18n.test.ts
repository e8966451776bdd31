/** Interface strings: every key in every language, placeholders kept, and one t() that fills them. */
import { describe, expect, it } from 'vitest';
import { en, LANGUAGES, LANGUAGE_INFO, languageOf, t, useTranslations, type UiKey } from '../../src/i18n/ui';
import { es } from '../../src/i18n/es';
import { englishPathOf, languageOfPath, pathIn, paths } from '../../src/lib/urls';
import { dayName, formatDate, formatDays, formatTime, formatTimeRange } from '../../src/lib/dates';

const blocks: Record<string, Record<string, string>> = { en, es };
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('interface strings', () => {
  it('have every key in every language, and no key English lacks', () => {
    for (const lang of LANGUAGES) {
      const block = blocks[lang] ?? {};
      expect(Object.keys(block).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(block)) expect(value.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('keep the placeholders of the English in every language', () => {
    for (const key of Object.keys(en) as UiKey[]) expect(placeholders(t(key, 'es')), key).toEqual(placeholders(t(key, 'en')));
  });

  it('bind t() to a page language, filling placeholders', () => {
    expect(useTranslations('es')('nav.programs')).toBe(es['nav.programs']);
    expect(useTranslations(undefined)('nav.programs')).toBe(en['nav.programs']);
    expect(t('faq.moreOnHub', 'en', { count: 4 })).toBe('4 more answers on the FAQ page');
    expect(languageOf('fr')).toBe('en');
    expect(LANGUAGE_INFO.es.ogLocale).toBe('es_US');
  });
});

describe('language-aware paths and formats', () => {
  it('prefix Spanish paths with /es/ and read the language back', () => {
    expect(paths.program('intensive-outpatient', 'es')).toBe('/es/programs/intensive-outpatient/');
    expect(languageOfPath('/es/faq/')).toBe('es');
    expect(languageOfPath('/estimates/')).toBe('en');
    expect(englishPathOf('/es/locations/austin/')).toBe('/locations/austin/');
    expect(pathIn('/', 'es')).toBe('/es/');
  });

  it('write times, days and dates the way each language does', () => {
    expect(formatTime('09:00')).toBe('9 a.m.');
    expect(formatTime('12:00')).toBe('noon');
    expect(formatTime('09:00', 'es')).toBe('9:00 a. m.');
    expect(formatTime('18:30', 'es')).toBe('6:30 p. m.');
    expect(formatTimeRange('09:00', '12:00', 'es')).toBe('de 9:00 a. m. a 12:00 p. m.');
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday'], 'es')).toBe('de lunes a jueves');
    expect(formatDays(['monday', 'tuesday', 'thursday'], 'es')).toBe('lunes, martes y jueves');
    expect(formatDays(['monday', 'tuesday', 'wednesday', 'thursday'])).toBe('Monday to Thursday');
    expect(dayName('wednesday', 'es')).toBe('miércoles');
    expect(formatDate(new Date('2026-03-15T00:00:00Z'), 'es')).toBe('15 de marzo de 2026');
  });
});

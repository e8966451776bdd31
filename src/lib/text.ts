/** Plain text from the small Markdown subset editors write, for structured data and excerpts. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^\s*\d+\.\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

import type { Language } from '../i18n/ui';
import { NUMBER_WORDS_ES } from '../i18n/es';

const NUMBER_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  es: NUMBER_WORDS_ES,
};

/** A count as a reader would write it in a sentence: words up to twelve ("five", "cinco"), digits after ("14"). */
export function countInWords(count: number, lang: Language = 'en'): string {
  return NUMBER_WORDS[lang][count] ?? String(count);
}

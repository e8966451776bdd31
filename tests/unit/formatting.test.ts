/** The one URL helper, phone formatter and date formatters. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, formatPhone, paths } from '../../src/lib/urls';
import { formatDate, formatDays, formatTime, isoDay } from '../../src/lib/dates';
import { markdownToText, countInWords } from '../../src/lib/text';
import { site } from '../../src/site.config';

describe('urls', () => {
  it('ends every path with a slash and anchors FAQs on their topic page', () => {
    expect(paths.program('detox')).toBe('/programs/detox/');
    expect(paths.blogPage(1)).toBe('/blog/');
    expect(paths.blogPage(3)).toBe('/blog/page/3/');
    expect(paths.faqTopic('work-and-school')).toBe('/faq/work-and-school/');
    expect(paths.faqEntry('work-and-school', 'can-i-keep-my-job-during-iop')).toBe('/faq/work-and-school/#can-i-keep-my-job-during-iop');
    expect(absoluteUrl('/faq/')).toBe(`${site.url}/faq/`);
  });

  it('formats phones so they never wrap', () => {
    expect(formatPhone('+15125550100')).toBe('(512)\u00a0555\u20110100');
    expect(formatPhone('+18006624357')).toBe('1\u2011800\u2011662\u20114357');
    expect(formatPhone('988')).toBe('988');
  });
});

describe('dates and times', () => {
  it('writes dates and times the way US readers expect', () => {
    const date = new Date('2026-03-05T00:00:00Z');
    expect(formatDate(date)).toBe('March 5, 2026');
    expect(isoDay(date)).toBe('2026-03-05');
    expect(formatTime('09:00')).toBe('9 a.m.');
    expect(formatTime('18:30')).toBe('6:30 p.m.');
    expect(formatTime('12:00')).toBe('noon');
    expect(formatDays(['thursday', 'monday', 'tuesday', 'wednesday'])).toBe('Monday to Thursday');
    expect(formatDays(['monday', 'tuesday', 'thursday'])).toBe('Monday, Tuesday and Thursday');
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('## Yes\n\nMost people **keep working**. See [insurance](/insurance/).\n\n- Day track\n- Evening track')).toBe(
      'Yes Most people keep working. See insurance. Day track Evening track',
    );
  });
});

describe('countInWords', () => {
  it('writes counts up to twelve as words and larger ones as digits', () => {
    expect(countInWords(5)).toBe('five');
    expect(countInWords(6)).toBe('six');
    expect(countInWords(14)).toBe('14');
  });
});

/**
 * Plain text of a body that may hold inline components, for structured data
 * and excerpts: <TrackTime> becomes its schedule, <PhoneLink> its number,
 * <Link> its words, <SiteCount> its count; the same formatters as the pages.
 */
import { getEntry } from 'astro:content';
import { markdownToText, countInWords } from '../text';
import { findTrack, formatMeeting } from '../schedule';
import { formatPhone } from '../urls';
import { site } from '../../site.config';
import { LINK_TARGETS, phoneLineDial } from '../../components/mdx/registry';
import { siteCount } from './queries';
import type { Language } from '../../i18n/ui';

const attributes = (source: string): Record<string, string> =>
  Object.fromEntries([...source.matchAll(/([A-Za-z]+)=["']([^"']*)["']/g)].map((m) => [m[1] ?? '', m[2] ?? '']));

async function replaceAsync(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => Promise<string>): Promise<string> {
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), await replace(match as RegExpExecArray));
    last = (match.index ?? 0) + match[0].length;
  }
  return parts.join('') + text.slice(last);
}

/** The body's words as a reader sees them, without Markdown or tags. */
export async function bodyText(body: string | undefined, lang: Language = 'en'): Promise<string> {
  let text = body ?? '';
  text = await replaceAsync(text, /<TrackTime\b([^>]*)\/>/g, async ([, attrs = '']) => {
    const { program = '', track = '', show } = attributes(attrs);
    const entry = await getEntry('programs', program);
    const meeting = entry ? findTrack(entry.data, track) : undefined;
    return meeting ? formatMeeting(meeting, show === 'days' || show === 'time' ? show : 'both', lang) : '';
  });
  text = await replaceAsync(text, /<PhoneLink\b([^>]*)\/>/g, async ([, attrs = '']) => {
    const { line, dial, label } = attributes(attrs);
    return [label, formatPhone(phoneLineDial({ line, dial }, site))].filter(Boolean).join(' ');
  });
  text = await replaceAsync(text, /<SiteCount\b([^>]*)\/>/g, async ([, attrs = '']) => {
    return countInWords(await siteCount(attributes(attrs)['program']));
  });
  text = await replaceAsync(text, /<Link\b([^>]*)\/>/g, async ([, attrs = '']) => {
    const [key, id] = Object.entries(attributes(attrs))[0] ?? [];
    const collection = LINK_TARGETS[key as keyof typeof LINK_TARGETS];
    const entry = collection && id ? await getEntry(collection, id) : undefined;
    const data = entry?.data as { title?: string; name?: string } | undefined;
    return data?.title ?? data?.name ?? '';
  });
  text = text.replace(/<Cite\b[^>]*\/>/g, '').replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '');
  return markdownToText(text);
}

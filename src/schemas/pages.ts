/**
 * Pages: standalone pages in content/pages/ (admissions, insurance, about,
 * careers, press, crisis and the legal notices). The file name is the URL:
 * content/pages/admissions.mdx is /admissions/.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDay, description, fields, slug, text } from './primitives';

export const pageSchema = fields({
  /** The page heading. */
  title: text('the title'),
  /** Optional URL slug; by default the file name is used. */
  slug: slug.optional(),
  /** The meta description for search results: 70 to 160 characters. */
  description,
  /** The day the page last changed meaningfully, YYYY-MM-DD; used for the sitemap. */
  updated: calendarDay,
  /** Sources cited (ids in content/sources.yaml). */
  sources: z.array(reference('sources')).default([]),
});

export type PageData = z.output<typeof pageSchema>;

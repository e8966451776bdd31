/**
 * Articles: blog posts in content/articles/. Clinical articles carry a
 * medical review; drafts never reach the built site.
 */
import { reference } from 'astro:content';
import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDay, choice, description, fields, searchAliases, slug, text } from './primitives';
import { reviewSchema } from './review';

export const ARTICLE_CATEGORIES = {
  'understanding-treatment': 'Understanding treatment',
  family: 'For families',
  medication: 'Medication',
  recovery: 'Recovery skills',
  'rights-and-privacy': 'Rights and privacy',
  'choosing-care': 'Choosing care',
} as const;
const categoryIds = Object.keys(ARTICLE_CATEGORIES) as [keyof typeof ARTICLE_CATEGORIES, ...(keyof typeof ARTICLE_CATEGORIES)[]];

export const articleSchema = ({ image }: { image: ImageFunction }) =>
  fields({
      /** The headline. */
      title: text('the title'),
      /** Optional URL slug; by default the file name is used. */
      slug: slug.optional(),
      /** Other names families search for this article, for example ["rehab"]: indexed for search, never shown. */
      searchAliases,
      /** The meta description for search results: 70 to 160 characters. */
      description,
      /** Who wrote it (file name in content/team/). */
      author: reference('team'),
      /** First published, YYYY-MM-DD. */
      datePublished: calendarDay,
      /** Last meaningful change, YYYY-MM-DD; shown as "Updated on". */
      dateModified: calendarDay,
      /** The category it is filed under. */
      category: choice(categoryIds, 'an article category'),
      /** True when the article gives health information; it then needs a review and sources. */
      clinical: z.boolean(),
      /** Review; required when clinical is true, and never older than dateModified. */
      review: reviewSchema.optional(),
      /** Sources cited (ids in content/sources.yaml). */
      sources: z.array(reference('sources')).default([]),
      /** Programs the article links to at the end. */
      relatedPrograms: z.array(reference('programs')).default([]),
      /** FAQs shown at the end. */
      relatedFaqs: z.array(reference('faqs')).default([]),
      /** The picture at the top (in content/articles/images/). */
      heroImage: image(),
      /** What the picture shows. */
      heroAlt: text('the picture description'),
      /** true keeps the article out of the built site; it still shows in npm run dev. */
      draft: z.boolean().default(false),
    })
    .superRefine((article, ctx) => {
      if (article.dateModified < article.datePublished) {
        ctx.addIssue({ code: 'custom', path: ['dateModified'], message: 'dateModified cannot be before datePublished.' });
      }
      if (article.clinical && !article.review) {
        ctx.addIssue({ code: 'custom', path: ['review'], message: 'A clinical article needs a medical review: add review.reviewedBy and review.lastReviewed.' });
      }
      if (article.clinical && article.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'A clinical article cites at least one source from content/sources.yaml.' });
      }
    });

export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
export { categoryIds as ARTICLE_CATEGORY_IDS };

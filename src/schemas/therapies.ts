/**
 * Therapies: the modalities used across programs, one file each in
 * content/therapies/. The evidence level is stated honestly: adjunctive
 * modalities are never presented as equal to CBT or motivational interviewing.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { choice, description, fields, searchAliases, slug, text } from './primitives';
import { reviewSchema } from './review';

export const THERAPY_CATEGORIES = ['behavioral', 'relational', 'medication', 'experiential', 'spiritual'] as const;
export const EVIDENCE_LEVELS = ['established', 'emerging', 'adjunctive'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const therapySchema = fields({
    /** The page heading, for example "Cognitive behavioral therapy (CBT)". */
    title: text('the title'),
    /** Optional URL slug; by default the file name is used. */
    slug: slug.optional(),
    /** Other names families search for this therapy, for example ["Suboxone", "MAT"]: indexed for search, never shown. */
    searchAliases,
    /** One or two sentences for cards. */
    summary: text('the summary').max(240, { error: 'Keep the card summary under 240 characters.' }),
    /** The meta description for search results: 70 to 160 characters. */
    description,
    /** The kind of modality. */
    category: choice(THERAPY_CATEGORIES, 'a category'),
    /** How strong the research behind it is, stated honestly. */
    evidence: fields({
      /** established: strong trials for substance use; emerging: promising, fewer studies; adjunctive: supports core treatment, not a treatment on its own. */
      level: choice(EVIDENCE_LEVELS, 'an evidence level'),
      /** One or two plain sentences on what the research shows. */
      note: text('the evidence note'),
    }),
    /** What a session looks like, in plain words. */
    sessionLooksLike: text('what a session looks like'),
    /** Medical review of the page. */
    review: reviewSchema,
    /** Sources cited (ids in content/sources.yaml). */
    sources: z.array(reference('sources')).min(1, { error: 'Cite at least one source from content/sources.yaml.' }),
  })
  .superRefine((therapy, ctx) => {
    if ((therapy.category === 'experiential' || therapy.category === 'spiritual') && therapy.evidence.level === 'established') {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence', 'level'],
        message: `${therapy.category} therapies support core treatment; mark the evidence "adjunctive" or "emerging", not "established".`,
      });
    }
  });

export type TherapyData = z.output<typeof therapySchema>;

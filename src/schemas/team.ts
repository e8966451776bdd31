/**
 * Team: one file per person in content/team/. The body is the bio. Medical
 * reviewers are chosen from here.
 */
import { reference } from 'astro:content';
import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDay, description, fields, slug, text } from './primitives';

export const teamSchema = ({ image }: { image: ImageFunction }) =>
  fields({
      /** Full name, without credentials, for example "Maria Alvarez". */
      name: text('the name'),
      /** Optional URL slug; by default the file name is used. */
      slug: slug.optional(),
      /** Role at the organization, for example "Medical Director". */
      role: text('the role'),
      /** Licences and degrees in the order they are written after the name, for example ["MD", "FASAM"]. */
      credentials: z.array(text('a credential')).default([]),
      /** The meta description for search results: 70 to 160 characters. */
      description,
      /** True for licensed clinical staff. */
      clinical: z.boolean(),
      /** True if this person may medically review pages. Only clinical staff can. */
      isMedicalReviewer: z.boolean().default(false),
      /** A portrait or avatar (in content/team/images/). Never a photo of someone who is not this person. */
      photo: image(),
      /** What the picture shows. */
      photoAlt: text('the photo description'),
      /** Sites where this person works in person. */
      locations: z.array(reference('locations')).default([]),
      /** Sites whose clients this person sees by secure video only, for example a prescriber who covers a site from elsewhere. */
      byVideo: z.array(reference('locations')).default([]),
      /** Order on /team/; lower comes first. */
      order: z.number().int().min(0).default(100),
      /** The day this profile was first published, YYYY-MM-DD. */
      published: calendarDay,
      /** The day this profile last changed meaningfully, YYYY-MM-DD; used for the sitemap and search engines. */
      updated: calendarDay,
    })
    .refine((member) => member.updated >= member.published, {
      error: 'updated cannot be before published.',
      path: ['updated'],
    })
    .refine((member) => !member.isMedicalReviewer || (member.clinical && member.credentials.length > 0), {
      error: 'A medical reviewer must be clinical staff with credentials: set clinical: true and list credentials, or set isMedicalReviewer: false.',
      path: ['isMedicalReviewer'],
    });

export type TeamData = z.output<ReturnType<typeof teamSchema>>;

/**
 * The citation registry, content/sources.yaml: every clinical claim cites an
 * entry here by its id.
 */
import { z } from 'astro/zod';
import { choice, fields, httpsUrl, slug, text } from './primitives';

export const SOURCE_TYPES = ['guideline', 'regulation', 'research', 'government-resource', 'organization', 'helpline'] as const;

export const sourceSchema = fields({
  /** The id other files use to cite this source, for example "samhsa-tip-47". */
  id: slug,
  /** The document's own title. */
  title: text('the title'),
  /** Who published it, for example "Substance Abuse and Mental Health Services Administration (SAMHSA)". */
  publisher: text('the publisher'),
  /** The year of the edition cited. */
  year: z.number().int().min(1950).max(2100),
  /** Where a reader can find it: the publisher's own https:// page. */
  url: httpsUrl,
  /** What kind of source it is. */
  type: choice(SOURCE_TYPES, 'the type of source'),
});

export type Source = z.output<typeof sourceSchema>;

import type { APIRoute } from 'astro';
import { islandData } from '@/components/assessment/island-data';
import { everyLanguage } from '@/i18n/routes';
import type { Language } from '@/i18n/ui';

/** The self-assessment island's data, in each language the page exists in (see island-data.ts). */
export const getStaticPaths = everyLanguage;

export const GET: APIRoute<{ lang: Language }> = async ({ props }) =>
  new Response(JSON.stringify(await islandData(props.lang)), { headers: { 'Content-Type': 'application/json' } });

import type { APIRoute } from 'astro';
import { SPECULATION_RULES } from '@/lib/security/policy';

/** Speculation Rules, sent by the Speculation-Rules header (inline rules would need a CSP exception). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(SPECULATION_RULES), { headers: { 'Content-Type': 'application/speculationrules+json' } });

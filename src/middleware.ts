/**
 * Adds each built page's Content-Security-Policy <meta>, allowing exactly the
 * inline <style> that page carries (src/lib/security/page-csp.ts). Only in a
 * build: `astro dev` injects scripts and styles of its own, and the header
 * policy is the one hosts send anyway.
 */
import { defineMiddleware } from 'astro:middleware';
import { withPagePolicy } from '@/lib/security/page-csp';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(await withPagePolicy(await response.text()), response);
});

import type { APIRoute } from 'astro';
import { site } from '@/site.config';
import { absoluteUrl, paths } from '@/lib/urls';
import { securityTxtExpiry } from '@/lib/dates';

/** RFC 9116 security.txt: who to tell about a vulnerability. Its expiry is set from the build date, so a build keeps it current. */
export const GET: APIRoute = () =>
  new Response(
    [
      `Contact: ${site.securityContact}`,
      `Expires: ${securityTxtExpiry(new Date()).toISOString().replace(/\.\d{3}Z$/, '.000Z')}`,
      'Preferred-Languages: en, es',
      `Canonical: ${absoluteUrl(paths.securityTxt())}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );

/** Each page's own CSP <meta> (src/lib/security/page-csp.ts), checked against Node's own SHA-256. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStyleHashes, metaStyleHashes, withPagePolicy } from '../../src/lib/security/page-csp';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (head: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title>${head}</head><body><p>é</p></body></html>`;

describe('a page’s own policy', () => {
  it('allows exactly the page’s styles, by the hash of their exact text', async () => {
    const html = await withPagePolicy(page('<style>a{color:red}</style><style media="print">p{color:#000}</style>'));
    expect(metaStyleHashes(html)).toEqual([sha256('a{color:red}'), sha256('p{color:#000}')]);
    const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).not.toMatch(/unsafe-inline|script-src[^;]*sha256/);
  });

  it('comes right after the charset, before anything it governs', async () => {
    const html = await withPagePolicy(page('<style>a{}</style>'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><title>/);
  });

  it('trims each style’s text, so a checker that hashes trimmed text agrees with browsers', async () => {
    const html = await withPagePolicy(page('<style>\n a{color:red}\n</style>'));
    expect(html).toContain('<style>a{color:red}</style>');
    expect(await inlineStyleHashes(html)).toEqual([sha256('a{color:red}')]);
    expect(metaStyleHashes(html)).toEqual([sha256('a{color:red}')]);
  });

  it('hashes non-ASCII text as UTF-8 and lists a repeated style once', async () => {
    expect(await inlineStyleHashes(page('<style>p::before{content:"é"}</style><style>p::before{content:"é"}</style>'))).toEqual([sha256('p::before{content:"é"}')]);
  });

  it('allows no style on a page without one, and refuses a page that already has a policy or no charset', async () => {
    expect(metaStyleHashes(await withPagePolicy(page('')))).toEqual([]);
    await expect(withPagePolicy(page('<meta http-equiv="content-security-policy" content="default-src *">'))).rejects.toThrow(/already has/);
    await expect(withPagePolicy('<html><head><title>x</title></head></html>')).rejects.toThrow(/charset/);
    expect(metaStyleHashes(page(''))).toBeUndefined();
  });
});

/**
 * The delivery policy, in one place: the Content-Security-Policy, the other
 * security headers, caching, and the files that need a content type of their
 * own. The build writes the CSP as a <meta> on every page, allowing exactly
 * that page's inline <style> by its hash (src/middleware.ts);
 * scripts/hosting.mjs turns the whole policy into each host's configuration
 * (`_headers`, `netlify.toml`, an nginx server block), so every host sends
 * the same headers. Plain data (and the generated list of style hashes), so
 * Node can load it from scripts as well as Vite from the site.
 */
import inlineStyles from './inline-styles.json' with { type: 'json' };

/** Where scripts may come from: this origin; Pagefind compiles WebAssembly. No inline script runs anywhere. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
/** Where styles may come from: this origin, plus the inline <style> hashes below (never 'unsafe-inline'). */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The hashes ('sha256-…') of every inline <style> the last build wrote, one
 * per distinct page stylesheet. Each page's <meta> allows only its own; the
 * header, which hosts send to every page alike, allows all of them. Generated
 * by `npm run hosting` from dist/ (the build warns when it is out of date).
 */
export const INLINE_STYLE_HASHES: readonly string[] = inlineStyles.hashes;

/**
 * Every other directive. Images, fonts, fetches, workers and the manifest fall
 * back to default-src 'self', so they are not repeated: every page's <meta>
 * and every response's header carries the policy, and a repeat costs bytes in
 * each. (Pagefind runs without a worker, so no blob: worker is allowed.)
 */
export const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** Directives that only work as an HTTP header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

const styleSrc = (styleHashes: readonly string[]) => `style-src ${[...STYLE_SOURCES, ...styleHashes].join(' ')}`;

/** The policy as one header value, allowing the given inline styles (by default every one the site has). */
export function headerPolicy(styleHashes: readonly string[] = INLINE_STYLE_HASHES): string {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, styleSrc(styleHashes), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** The policy for one page's <meta>: the same directives, minus those a <meta> cannot carry, allowing only that page's inline styles. */
export function pagePolicy(styleHashes: readonly string[]): string {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, styleSrc(styleHashes)].join(';');
}

/** Where the Speculation Rules live; browsers read them from the header, since inline rules would need a CSP hash. */
export const SPECULATION_RULES_PATH = '/speculation-rules.json';

/** The speculation rules: prefetch a same-origin page when the pointer rests on its link (eagerness "moderate"). */
export const SPECULATION_RULES = {
  prefetch: [
    {
      source: 'document',
      where: {
        and: [{ href_matches: '/*' }, { not: { href_matches: ['/pagefind/*', '/*.xml', '/*.txt', '/*.png'] } }],
      },
      eagerness: 'moderate',
    },
  ],
} as const;

/** Headers every response carries, in the order hosts list them. */
export function securityHeaders(styleHashes: readonly string[] = INLINE_STYLE_HASHES): ReadonlyArray<readonly [string, string]> {
  return [
    ['Content-Security-Policy', headerPolicy(styleHashes)],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Speculation-Rules', `"${SPECULATION_RULES_PATH}"`],
  ];
}

/** Pages and unhashed files: always revalidate, so a fix reaches families at once. */
export const DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
/** Files whose names carry a content hash: cached for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Path prefixes whose files are content-hashed by the build. */
export const IMMUTABLE_PREFIXES = ['/_astro/'] as const;

/** Files that need a content type their extension does not give. */
export const CONTENT_TYPES: ReadonlyArray<readonly [string, string]> = [
  [SPECULATION_RULES_PATH, 'application/speculationrules+json'],
  ['/.well-known/security.txt', 'text/plain; charset=utf-8'],
];

/** The headers a host must send for a path, before compression: what every generated configuration is tested against. */
export function expectedHeaders(path: string, styleHashes: readonly string[] = INLINE_STYLE_HASHES): Map<string, string> {
  const headers = new Map(securityHeaders(styleHashes).map(([name, value]) => [name.toLowerCase(), value]));
  headers.set('cache-control', IMMUTABLE_PREFIXES.some((prefix) => path.startsWith(prefix)) ? IMMUTABLE_CACHE : DEFAULT_CACHE);
  const type = CONTENT_TYPES.find(([file]) => file === path);
  if (type) headers.set('content-type', type[1]);
  return headers;
}

/**
 * The "not found" page for each part of the site, longest prefix first: a
 * missing /es/ path gets the Spanish page, any other the English /404.html.
 * Every host configuration and the local server follow this list.
 */
export const NOT_FOUND_PAGES: readonly (readonly [prefix: string, page: string])[] = [
  ['/es/', '/es/404/index.html'],
  ['/', '/404.html'],
];

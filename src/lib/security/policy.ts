/**
 * The Content-Security-Policy, in one place: astro.config.mjs gives it to
 * Astro's `security.csp` (a <meta> on every page, with hashes), and the
 * `_headers` file sends the same sources as an HTTP header, plus what a
 * <meta> policy cannot carry (frame-ancestors).
 */

/** Where scripts may come from: this origin; Pagefind compiles WebAssembly. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
/** Where styles may come from: this origin only (no inline styles anywhere). */
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives that only work as an HTTP header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy as one header value. */
export function headerPolicy(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

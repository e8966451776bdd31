// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentEditor } from './src/integrations/cms';
import { contentPreview } from './src/integrations/content-preview';
import { hostingHeaders } from './src/integrations/hosting';
import { pagefindIndex } from './src/integrations/pagefind';
import { sitemapWithLastmod } from './src/integrations/sitemap';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security/policy';
import { site } from './src/site.config';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // English is served at /, Spanish at /es/; a page exists in Spanish only where a translation exists (no fallback).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Open Graph images are PNG renditions of content's own SVG pictures, which staff commit (never user uploads).
  image: { dangerouslyProcessSVG: true },
  integrations: [mdx(), ...sitemapWithLastmod(), pagefindIndex(), hostingHeaders(), contentPreview(), contentEditor()],
  // Scripts and styles stay external files: cacheable for a year under /_astro/,
  // and allowed by a site-wide CSP without per-page hashes.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX output starts with a directive the bundler reports for every .mdx file; the
        // warning is Astro's own and harmless, and a wall of it hides the messages editors need.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentEditor } from './src/integrations/cms';
import { contentPreview } from './src/integrations/content-preview';
import { hostingHeaders } from './src/integrations/hosting';
import { pagefindIndex } from './src/integrations/pagefind';
import { sitemapWithLastmod } from './src/integrations/sitemap';
import { site } from './src/site.config';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // English is served at /, Spanish at /es/; a page exists in Spanish only where a translation exists (no fallback).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Each page's CSS (3-4 kB gzip) is inlined: the first paint waits for the HTML alone, not for a
  // stylesheet request after it. hostingHeaders() allows each <style> by its hash in the page's CSP.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Open Graph images are PNG renditions of content's own SVG pictures, which staff commit (never user uploads).
  image: { dangerouslyProcessSVG: true },
  // hostingHeaders() before pagefindIndex(): both use the build's one read of its pages, which the index drops when done.
  integrations: [mdx(), ...sitemapWithLastmod(), hostingHeaders(), pagefindIndex(), contentPreview(), contentEditor()],
  // Scripts, images and fonts stay external files: cacheable for a year under /_astro/, allowed by 'self'.
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
  // No `security.csp`: Astro would put the hashes of every inline style of the whole site, and of its
  // island runtimes (which this site never uses), into every page. src/middleware.ts writes each page's
  // policy (src/lib/security/policy.ts) with the hash of that page's own <style> only.
});

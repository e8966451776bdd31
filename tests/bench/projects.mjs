// @ts-check
/**
 * The two projects the benchmark builds, each in its own temporary folder:
 * a copy of the real site, and a bare Astro + MDX project over the same
 * article files. Both link to the real node_modules entries but keep their
 * own node_modules/.astro and .vite caches, so no build reuses another's
 * content store (tests/support/project-copy.mjs).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, copySite, linkNodeModules } from '../support/project-copy.mjs';

export { ROOT, copySite };

/**
 * The installed Pagefind CLI (the package's bin, which runs the platform
 * binary it ships): what `npx pagefind` runs, without npx's own start-up.
 */
export const PAGEFIND_CLI = join(ROOT, 'node_modules', 'pagefind', (() => {
  const bin = /** @type {{ bin: string | Record<string, string> }} */ (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8'))).bin;
  return typeof bin === 'string' ? bin : (bin['pagefind'] ?? Object.values(bin)[0] ?? '');
})());

const version = (/** @type {string} */ name) =>
  /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'))).version;

/**
 * A bare Astro project: one layout, one [slug].astro page per article, a
 * content collection with a glob loader and a minimal schema, and no
 * integration but @astrojs/mdx. Markdown settings match the site's
 * (no syntax highlighting, directory output, trailing slashes).
 * @param {string} dir
 * @param {readonly { fileName: string, source: string }[]} articles
 */
export function createBareProject(dir, articles) {
  mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'src', 'components'), { recursive: true });
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  const files = {
    'package.json': `${JSON.stringify(
      {
        name: 'bench-bare-astro',
        private: true,
        type: 'module',
        scripts: { build: 'node build.mjs' },
        dependencies: { astro: `^${version('astro')}`, '@astrojs/mdx': `^${version('@astrojs/mdx')}` },
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': '{ "extends": "astro/tsconfigs/base", "include": [".astro/types.d.ts", "**/*"], "exclude": ["dist"] }\n',
    'astro.config.mjs': [
      "import mdx from '@astrojs/mdx';",
      "import { defineConfig } from 'astro/config';",
      '',
      'export default defineConfig({',
      "  site: 'https://bare.example',",
      "  trailingSlash: 'always',",
      '  markdown: { syntaxHighlight: false },',
      "  build: { format: 'directory' },",
      '  integrations: [mdx()],',
      '});',
      '',
    ].join('\n'),
    'build.mjs': [
      "import { fileURLToPath } from 'node:url';",
      "import { build } from 'astro';",
      '',
      "process.env.ASTRO_TELEMETRY_DISABLED = '1';",
      "await build({ root: fileURLToPath(new URL('.', import.meta.url)), logLevel: 'info' });",
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      '',
      'export const collections = {',
      '  articles: defineCollection({',
      "    loader: glob({ base: './content/articles', pattern: '*.{md,mdx}' }),",
      '    schema: z.object({ title: z.string(), description: z.string() }),',
      '  }),',
      '};',
      '',
    ].join('\n'),
    'src/layouts/Layout.astro': [
      '---',
      'interface Props {',
      '  title: string;',
      '  description: string;',
      '}',
      'const { title, description } = Astro.props;',
      '---',
      '<!doctype html>',
      '<html lang="en">',
      '  <head>',
      '    <meta charset="utf-8" />',
      '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
      '    <title>{title}</title>',
      '    <meta name="description" content={description} />',
      '  </head>',
      '  <body>',
      '    <main><slot /></main>',
      '  </body>',
      '</html>',
      '',
    ].join('\n'),
    // The articles open with <Summary> and <KeyTakeaways>: the peer gives them the plainest boxes.
    'src/components/Box.astro': ['<div class="box"><slot /></div>', ''].join('\n'),
    'src/pages/[slug].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Layout from '../layouts/Layout.astro';",
      "import Box from '../components/Box.astro';",
      '',
      'export async function getStaticPaths() {',
      "  const articles = await getCollection('articles');",
      '  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));',
      '}',
      'const { article } = Astro.props;',
      'const { Content } = await render(article);',
      '---',
      '<Layout title={article.data.title} description={article.data.description}>',
      '  <article>',
      '    <h1>{article.data.title}</h1>',
      '    <Content components={{ Summary: Box, KeyTakeaways: Box }} />',
      '  </article>',
      '</Layout>',
      '',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const article of articles) writeFileSync(join(dir, 'content', 'articles', article.fileName), article.source);
  linkNodeModules(dir);
  return dir;
}

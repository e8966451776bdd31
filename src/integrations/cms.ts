/**
 * The content editor at /admin/, in `npm run dev` only: Sveltia CMS from
 * node_modules/@sveltia/cms (never a CDN), in its local-repository mode (the
 * editor picks the project folder in Chrome or Edge; no login, no server
 * writes). Its configuration, /admin/config.yml, is generated on each request
 * from the zod schemas (src/lib/cms/config.ts). A production build has no
 * /admin/: this integration does nothing outside `astro dev`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { site } from '../site.config';

/**
 * The editor's own Content-Security-Policy: nothing may load from or talk to
 * another origin. Each allowance beyond 'self' is one the browser test found
 * Sveltia needs (tests/e2e/cms-editor.test.ts fails on any violation): the
 * <style> elements Svelte inserts ('unsafe-inline' styles), pictures from the
 * folder shown as blob: and data: URLs, and data:/blob: URLs it fetches.
 */
export const CMS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export const CMS_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${CMS_CSP}">
    <meta name="robots" content="noindex">
    <title>Content editor · ${site.name}</title>
    <link rel="cms-config-url" href="/admin/config.yml" type="application/yaml">
  </head>
  <body>
    <script src="/admin/sveltia-cms.js"></script>
  </body>
</html>
`;

/** The folder of Sveltia's prebuilt files. */
export function sveltiaDist(): string {
  // The package exports only its npm entry (npm/index.js); dist/ sits beside npm/.
  const require = createRequire(import.meta.url);
  return join(dirname(dirname(require.resolve('@sveltia/cms'))), 'dist');
}

/** The fonts Sveltia would fetch from a CDN, served from their npm packages instead. */
const FONT_PACKAGES: Record<string, string> = {
  'source-sans-3': '@fontsource-variable/source-sans-3',
  'material-symbols-outlined': '@fontsource-variable/material-symbols-outlined',
  'noto-mono': '@fontsource/noto-mono',
};

function packageFile(pkg: string, file: string): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve(`${pkg}/package.json`)), 'files', file);
  } catch {
    return undefined;
  }
}

/**
 * Sveltia's bundle, with its only calls to other origins pointed back at
 * this server: the @font-face URLs (a CDN), the "new version" check (a
 * package CDN, answered here with the installed version, so it never nags)
 * and GitHub's status page (answered "no incident": no remote backend is used).
 * tests/e2e/cms-editor.test.ts fails if an update of Sveltia adds another.
 */
export function localizeBundle(source: string): string {
  return source
    .replace(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g, '/admin/fonts/$1/$1-$2')
    .replaceAll('`${iP}/package.json`', '`/admin/sveltia-version.json`')
    .replaceAll('https://www.githubstatus.com/api/v2/status.json', '/admin/backend-status.json');
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.map': 'application/json' };

function cmsPlugin(): Plugin {
  return {
    name: 'site:cms',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const dist = sveltiaDist();
      let bundle: Promise<string> | undefined;
      server.middlewares.use('/admin', (req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === '/' || path === '/index.html') {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': CMS_CSP }).end(CMS_HTML);
          return;
        }
        if (path === '/config.yml') {
          server
            .ssrLoadModule('/src/lib/cms/config.ts')
            .then((module) => {
              const config = (module as { cmsConfig: (siteUrl: string) => unknown }).cmsConfig(`http://${req.headers.host ?? 'localhost:4321'}/`);
              // JSON is valid YAML, and leaves no doubt about quoting.
              res.writeHead(200, { 'Content-Type': 'application/yaml; charset=utf-8', 'Cache-Control': 'no-store' }).end(`${JSON.stringify(config, null, 2)}\n`);
            })
            .catch((error: unknown) => {
              res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`The CMS configuration could not be generated: ${String(error)}`);
            });
          return;
        }
        if (path === '/sveltia-cms.js') {
          bundle ??= readFile(join(dist, 'sveltia-cms.js'), 'utf8').then(localizeBundle);
          void bundle.then((text) => res.writeHead(200, { 'Content-Type': TYPES['.js']!, 'Cache-Control': 'no-cache' }).end(text));
          return;
        }
        if (path === '/backend-status.json') {
          // No remote backend is used: the status check always says "no incident".
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status: { indicator: 'none' } }));
          return;
        }
        if (path === '/sveltia-version.json') {
          void readFile(join(dist, '..', 'package.json'), 'utf8').then((text) => {
            const { version } = JSON.parse(text) as { version: string };
            res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ version }));
          });
          return;
        }
        const font = /^\/fonts\/([a-z0-9-]+)\/([a-z0-9-]+\.woff2)$/.exec(path);
        if (font) {
          const pkg = FONT_PACKAGES[font[1]!];
          const fontFile = pkg ? packageFile(pkg, font[2]!) : undefined;
          if (fontFile && existsSync(fontFile)) {
            res.writeHead(200, { 'Content-Type': 'font/woff2', 'Cache-Control': 'no-cache' });
            createReadStream(fontFile).pipe(res);
            return;
          }
        }
        const file = normalize(join(dist, path));
        const type = TYPES[file.slice(file.lastIndexOf('.'))];
        if (type && file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile()) {
          res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
          createReadStream(file).pipe(res);
          return;
        }
        next();
      });
    },
  };
}

/** Serves the content editor at /admin/ during `astro dev`; adds nothing to a build. */
export function contentEditor(): AstroIntegration {
  return {
    name: 'site:cms',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ vite: { plugins: [cmsPlugin()] } });
      },
    },
  };
}

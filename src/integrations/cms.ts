/**
 * The content editor at /admin/, in `npm run dev` only: Sveltia CMS from
 * node_modules/@sveltia/cms (never a CDN), in its local-repository mode (the
 * editor picks the project folder in Chrome or Edge; no login, no server
 * writes). Its configuration, /admin/config.yml, is generated on each request
 * from the zod schemas (src/lib/cms/config.ts). A production build has no
 * /admin/: this integration does nothing outside `astro dev`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';

/**
 * The editor's own Content-Security-Policy. Nothing may load from or talk to
 * another origin. Sveltia (Svelte) sets inline styles, and the editor shows
 * pictures and previews from blob: URLs of files read from the folder.
 */
export const CMS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "manifest-src 'self'",
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
    <title>Content editor · Lantern Hill Recovery</title>
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

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.map': 'application/json' };

function cmsPlugin(): Plugin {
  return {
    name: 'site:cms',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const dist = sveltiaDist();
      server.middlewares.use('/admin', (req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (path === '/' || path === '/index.html' || path === '') {
          if (path === '' ) {
            res.writeHead(301, { Location: '/admin/' }).end();
            return;
          }
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': CMS_CSP }).end(CMS_HTML);
          return;
        }
        if (path === '/config.yml') {
          server
            .ssrLoadModule('/src/lib/cms/config.ts')
            .then((module) => {
              const config = (module as { cmsConfig: () => unknown }).cmsConfig();
              // JSON is valid YAML, and leaves no doubt about quoting.
              res.writeHead(200, { 'Content-Type': 'application/yaml; charset=utf-8', 'Cache-Control': 'no-store' }).end(`${JSON.stringify(config, null, 2)}\n`);
            })
            .catch((error: unknown) => {
              res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`The CMS configuration could not be generated: ${String(error)}`);
            });
          return;
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

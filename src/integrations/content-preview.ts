/**
 * The live preview (`npm run dev`) checks content like the build: the
 * content loaders report every broken rule to src/lib/content/preview.ts
 * instead of stopping the server, and this integration shows them in the
 * browser through Vite's error overlay, with the file, field, line and a
 * plain message. The overlay comes back on every page load while a problem
 * remains, and the page reloads once everything is fixed.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { onPreviewProblems, overlayPayload, previewProblems } from '../lib/content/preview';

function overlayPlugin(root: string): Plugin {
  return {
    name: 'site:content-preview-overlay',
    apply: 'serve',
    configureServer(server) {
      let shown = false;
      const show = () => {
        const problems = previewProblems();
        if (problems.length > 0) server.ws.send(overlayPayload(problems, root));
      };
      onPreviewProblems((problems) => {
        if (problems.length > 0) {
          shown = true;
          show();
        } else if (shown) {
          shown = false;
          server.ws.send({ type: 'full-reload', path: '*' });
        }
      });
      // A page opened or reloaded while a problem remains shows it again.
      server.ws.on('connection', () => setTimeout(show, 50));
    },
  };
}

/** Shows content problems in the browser during `astro dev`; does nothing in a build. */
export function contentPreview(): AstroIntegration {
  return {
    name: 'site:content-preview',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ vite: { plugins: [overlayPlugin(fileURLToPath(config.root))] } });
      },
    },
  };
}

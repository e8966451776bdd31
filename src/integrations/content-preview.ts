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
      // A save re-checks every collection one after another, and each reports
      // its own problems: wait until they settle, then show the overlay once,
      // and only when what it says has changed.
      let sent = '';
      let timer: ReturnType<typeof setTimeout> | undefined;
      const show = () => {
        const problems = previewProblems();
        if (problems.length > 0) server.ws.send(overlayPayload(problems, root));
      };
      const settle = () => {
        const problems = previewProblems();
        const now = problems.length > 0 ? overlayPayload(problems, root).err.message : '';
        if (now === sent) return;
        if (now) show();
        else server.ws.send({ type: 'full-reload', path: '*' });
        sent = now;
      };
      onPreviewProblems(() => {
        clearTimeout(timer);
        timer = setTimeout(settle, 300);
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

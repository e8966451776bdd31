/**
 * The live preview checks like the build: `astro dev` starts on a copy of
 * the project with a broken file, says which file in the terminal (plain
 * text, no Markdown marks), keeps serving pages, shows the problem in the
 * browser through Vite's error overlay, recovers when the file is fixed, and
 * reports a new mistake made while it runs at the line the editor's file shows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySite } from '../support/project-copy.mjs';
import { startDevServer, until } from '../support/dev-server';

type Message = { type: string; err?: { message: string; loc?: { file: string; line: number } } };


describe('npm run dev', () => {
  it('starts with a broken file, reports it in the terminal and the browser, keeps running and recovers', async () => {
    const dir = copySite(mkdtempSync(join(tmpdir(), 'site-dev-')));
    const faq = join(dir, 'content/faqs/are-you-accredited.md');
    const good = readFileSync(faq, 'utf8');
    writeFileSync(faq, `${good.trimEnd()}\n\nA dirty test is fine.\n`);
    const { child, port, base, log } = await startDevServer(dir);
    const messages: Message[] = [];
    let socket: WebSocket | undefined;
    try {
      expect(log()).toContain('content/faqs/are-you-accredited.md:');
      expect(log()).toContain('"dirty test" stigmatizes');
      expect(log()).not.toMatch(/\*\*/);

      expect((await fetch(`${base}/faq/`)).status, 'the preview serves pages').toBe(200);
      socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr');
      // Astro's overlay renders the message as HTML, so quotes arrive escaped.
      const unescape = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
      socket.onmessage = (event) => {
        const message = JSON.parse(String(event.data)) as Message;
        if (message.err) message.err.message = unescape(message.err.message);
        messages.push(message);
      };
      const first = await until('the overlay message', () => messages.find((m) => m.type === 'error'));
      expect(first.err?.loc?.file).toBe(faq);
      expect(first.err?.message, first.err?.message).toContain('"dirty test" stigmatizes');

      messages.length = 0;
      writeFileSync(faq, good);
      await until('the page to reload once fixed', () => messages.find((m) => m.type === 'full-reload'));
      expect((await fetch(`${base}/faq/`)).status).toBe(200);

      messages.length = 0;
      writeFileSync(faq, good.replace(/^topic: /m, ' topic: '));
      const yaml = await until('the YAML error', () => messages.find((m) => m.type === 'error'));
      const line = good.split('\n').findIndex((l) => l.startsWith('topic: ')) + 1;
      expect(yaml.err?.loc).toMatchObject({ file: faq, line });
      expect(yaml.err?.message).toContain(`content/faqs/are-you-accredited.md:${line}`);
      expect(yaml.err?.message).toContain('bad indentation');
      expect((await fetch(`${base}/faq/`)).status, 'still running').toBe(200);

      // An MDX mistake: a misspelt component names the component list, at the file's line.
      writeFileSync(faq, good);
      // An article: it has no Spanish twin, so the one mistake is the only change in what the check says.
      const page = join(dir, 'content/articles/what-is-iop.mdx');
      const article = readFileSync(page, 'utf8');
      messages.length = 0;
      writeFileSync(page, `${article.trimEnd()}\n\n<Sumary>\nIn short.\n</Sumary>\n`);
      const mdx = await until('the MDX error', () => messages.find((m) => m.type === 'error' && m.err?.message.includes('Sumary')));
      expect(mdx.err?.message).toContain(`content/articles/what-is-iop.mdx:${article.trimEnd().split('\n').length + 2}`);
      expect(mdx.err?.message).toContain('There is no component <Sumary>. Did you mean <Summary>?');
      // Every collection is re-checked on a save; the overlay still comes once.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(messages.filter((m) => m.type === 'error').length, 'one overlay per save').toBe(1);
      messages.length = 0;
      writeFileSync(page, article);
      await until('the page to reload once the MDX is fixed', () => messages.find((m) => m.type === 'full-reload'));
      expect((await fetch(`${base}/blog/what-is-iop/`)).status).toBe(200);
      expect(child.exitCode).toBeNull();
    } finally {
      socket?.close();
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

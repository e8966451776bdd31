/**
 * The content editor at /admin/ (npm run dev), in real Chromium, offline:
 * Sveltia CMS in local-repository mode, with the folder picker stubbed to
 * hand it a copy of content/ in the browser's private file system (OPFS).
 * An edited FAQ answer is saved to that folder and passes the FAQ schema
 * and the content rules; a description that is too long is refused before
 * saving, with the build's own message. /admin/ asks nothing of any other
 * origin and breaks nothing in its own Content-Security-Policy.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { faqLengthProblems, forbiddenClaimProblems, languageProblems, boldHeadingProblems } from '../../src/lib/content/rules';
import { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/articles';
import { faqSchema } from '../../src/schemas/faqs';
import { sourceSchema } from '../../src/schemas/sources';
import { therapySchema } from '../../src/schemas/therapies';
import { site } from '../../src/site.config';
import { launchBrowser } from '../support/browser';
import { startDevServer, until } from '../support/dev-server';
import { copySite, ROOT } from '../support/project-copy.mjs';

const FAQ = 'content/faqs/do-you-offer-payment-plans.md';
const THERAPY = 'content/therapies/art-therapy.md';
const ADDED = 'Call us with any questions about cost.';

function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(ROOT, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(ROOT, 'content'));
  return files;
}

function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`No frontmatter in:\n${text.slice(0, 200)}`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

async function readFromOpfs(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('project');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

describe('the content editor at /admin/ (npm run dev)', () => {
  let dir: string;
  let child: ChildProcess;
  let browser: Browser;
  let page: Page;
  let base: string;
  const foreign: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    dir = copySite(mkdtempSync(join(tmpdir(), 'site-cms-')));
    ({ child, base } = await startDevServer(dir));

    browser = await launchBrowser();
    const context = await browser.newContext();
    // Offline: anything not on this server is refused, and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
      // The folder picker of Chrome and Edge, answered with a folder in the private file system.
      Object.defineProperty(window, 'showDirectoryPicker', {
        value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('project', { create: true }),
      });
    });
    // Fill the private file system (per origin) with a copy of the repository's content/.
    await page.goto(`${base}/favicon.svg`);
    await page.evaluate(async (files) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('project', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    }, { ...contentFiles(), '.git/HEAD': 'ref: refs/heads/main\n' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the project folder in local-repository mode, with its own CSP', async () => {
    const response = await page.goto(`${base}/admin/`);
    const html = await response!.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/https?:\/\//);
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
    await page.getByRole('button', { name: /FAQs/ }).or(page.getByText('FAQs', { exact: true })).first().waitFor({ timeout: 60_000 });
    expect(await page.locator('body').innerText()).toContain('Collections');
  });

  it('saves an edited FAQ answer to the folder, and the file passes the FAQ schema and the content rules', async () => {
    const before = readFileSync(join(ROOT, FAQ), 'utf8');
    await page.goto(`${base}/admin/#/collections/faqs/entries/do-you-offer-payment-plans`);
    const editor = page.locator('[contenteditable="true"]').last();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.waitForTimeout(300);
    // The caret to the very end of the answer (the editor reads the selection on selectionchange).
    await editor.evaluate((element) => {
      const selection = window.getSelection()!;
      selection.selectAllChildren(element);
      selection.collapseToEnd();
    });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.keyboard.type(ADDED);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = await until('the saved file', async () => {
      const text = await readFromOpfs(page, FAQ).catch(() => ''); // missing for a moment while the editor writes it
      return text.includes(ADDED) ? text : undefined;
    });
    const { data, body } = frontmatter(saved);
    // Only the answer changed: the saved body is the old one plus the new paragraph.
    expect(body.replace(/\s+/g, ' ').trim()).toBe(`${frontmatter(before).body} ${ADDED}`.replace(/\s+/g, ' ').trim());
    const result = faqSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
    // Every field means what it meant before (Sveltia may write YAML lists in block style and leave out empty optional lists).
    expect(result.data).toEqual(faqSchema.parse(frontmatter(before).data));
    const entry = { id: 'do-you-offer-payment-plans', filePath: FAQ, data, body };
    const policy = { isOpioidTreatmentProgram: site.isOpioidTreatmentProgram, accreditations: site.accreditations } as never;
    expect([...faqLengthProblems(entry), ...languageProblems(entry), ...boldHeadingProblems(entry), ...forbiddenClaimProblems(entry, policy)]).toEqual([]);
  });

  it('refuses a description that is too long before saving, with the build message', async () => {
    const before = await readFromOpfs(page, THERAPY);
    await page.goto(`${base}/admin/#/collections/therapies/entries/art-therapy`);
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.waitFor({ timeout: 30_000 });
    const tooLong = `${'Art therapy uses drawing and painting to help you talk about hard feelings. '.repeat(3)}`.trim();
    expect(tooLong.length).toBeGreaterThan(160);
    await description.fill(tooLong);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const build = therapySchema.safeParse({ ...frontmatter(before).data, description: tooLong }).error?.issues.find((issue) => issue.path[0] === 'description')?.message ?? '';
    expect(build).toMatch(/^The description is shown in search results and must be 70 to 160 characters/);
    const shown = 'The description is shown in search results and must be 70 to 160 characters.';
    await page.getByText(shown).first().waitFor({ timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await readFromOpfs(page, THERAPY)).toBe(before);
  });

  it('keeps dates, pictures, references and lists as they were when an article is saved', async () => {
    const path = 'content/articles/what-is-iop.mdx';
    const before = await readFromOpfs(page, path);
    await page.goto(`${base}/admin/#/collections/articles/entries/what-is-iop`);
    await page.getByRole('textbox', { name: 'Title' }).waitFor({ timeout: 30_000 });
    // The editor draws fields as they scroll into view.
    const alt = page.getByRole('textbox', { name: 'Hero alt' });
    await until('the Hero alt field', async () => {
      if ((await alt.count()) > 0) return true;
      await page.mouse.move(600, 400);
      await page.mouse.wheel(0, 600);
      return undefined;
    }, 30_000);
    await alt.fill(`${await alt.inputValue()} Soft light.`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = await until('the saved article', async () => {
      const text = await readFromOpfs(page, path).catch(() => ''); // missing for a moment while the editor writes it
      return text.includes('Soft light.') ? text : undefined;
    });
    const schema = articleSchema({ image: (() => z.string()) as never });
    const old = schema.parse(frontmatter(before).data);
    const now = schema.parse(frontmatter(saved).data);
    expect(now).toEqual({ ...old, heroAlt: `${old.heroAlt} Soft light.` });
    expect(frontmatter(saved).data['heroImage']).toBe('./images/what-is-iop.svg');
    expect(frontmatter(saved).body.trim()).toBe(frontmatter(before).body.trim());
  });

  it('saves a data file (one list) that still passes its schema', async () => {
    const path = 'content/sources.yaml';
    const before = await readFromOpfs(page, path);
    await page.goto(`${base}/admin/#/collections/data/entries/sources`);
    const year = page.getByRole('spinbutton', { name: 'Year' }).first();
    await until('the first source', async () => {
      if ((await year.count()) > 0) return true;
      // The list opens collapsed on some screens: expand it.
      await page.getByRole('button', { name: /Expand/ }).first().click().catch(() => {});
      return undefined;
    }, 30_000);
    const old = Number(await year.inputValue());
    await year.fill(String(old + 1));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = await until('the saved list', async () => {
      const text = await readFromOpfs(page, path).catch(() => ''); // missing for a moment while the editor writes it
      return text && text !== before ? text : undefined;
    });
    const list = z.array(sourceSchema).parse(parse(saved));
    const was = z.array(sourceSchema).parse(parse(before));
    expect(list).toEqual(was.map((source, index) => (index === 0 ? { ...source, year: old + 1 } : source)));
  });

  it('asked nothing of another origin and broke nothing in its CSP', () => {
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});

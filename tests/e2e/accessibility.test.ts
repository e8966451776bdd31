/**
 * Every page the sitemap lists, in real Chromium: axe-core finds nothing at
 * desktop width on any page and at phone width on each kind of page, nothing
 * scrolls sideways at 320 px, and the
 * Tab order is the skip link, then the crisis lines (911, 988 call and text),
 * then the admissions phone.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, axeViolations, baseUrl, useBrowser, watchedPage } from '../support/e2e';
import { allPagePaths } from '../support/site';

const paths = allPagePaths();
const browser = useBrowser();
// One test walks every page, so its time limit grows with the site (the FAQ topic pages added 17).
const walkAllPages = { timeout: 60_000 + paths.length * 4_000 };

/**
 * One page of each kind ("/es/faq/detox/" stands for every Spanish FAQ topic):
 * what changes with the width is the frame and each template's layout, the
 * same on every page of a kind.
 */
const kindOf = (path: string) => {
  const segments = path.replace(/^\/es\//, '/').split('/').filter(Boolean);
  // Top-level pages are each their own kind (home, search, the self-check, each standalone page).
  return segments.length <= 1 ? path : path.replace(/[^/]+\/$/, '*/');
};
const onePerKind = [...new Map(paths.map((path) => [kindOf(path), path])).values()];

describe('axe', () => {
  // Two tabs share the walk (every page at desktop width, one page of each kind at phone width), taking turns from one queue.
  it('finds no WCAG 2.2 AA violations on any page at desktop width, nor on any kind of page at phone width', walkAllPages, async () => {
    const queue = [...onePerKind.map((path) => ['phone', PHONE, path] as const), ...paths.map((path) => ['desktop', DESKTOP, path] as const)];
    const found = await Promise.all(
      [0, 1].map(async () => {
        const { page, close } = await watchedPage(browser(), { viewport: DESKTOP });
        const violations: string[] = [];
        for (let task = queue.shift(); task; task = queue.shift()) {
          const [name, viewport, path] = task;
          await page.setViewportSize(viewport);
          await page.goto(`${baseUrl()}${path}`);
          violations.push(...(await axeViolations(page)).map((v) => `${path} at ${name} width: ${v}`));
        }
        await close();
        return violations;
      }),
    );
    expect(found.flat()).toEqual([]);
  });
});

describe('small screens and the keyboard', () => {
  it('never scrolls sideways at 320 px', async () => {
    const { page, close } = await watchedPage(browser(), { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} (${overflow}px)`);
    }
    await close();
    expect(wide).toEqual([]);
  });

  it('reaches the skip link first, then the crisis lines, then the admissions phone', walkAllPages, async () => {
    await Promise.all([PHONE, DESKTOP].map(async (viewport) => {
      const { page, close } = await watchedPage(browser(), { viewport });
      for (const path of paths) {
        await page.goto(`${baseUrl()}${path}`);
        const stops: string[] = [];
        for (let i = 0; i < 9; i++) {
          await page.keyboard.press('Tab');
          stops.push(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? ''));
        }
        const where = `${path} at ${viewport.width}px: ${stops.join(', ')}`;
        expect(stops[0], where).toBe('#main');
        const admissions = stops.indexOf('tel:+15125550100');
        expect(admissions, where).toBeGreaterThan(0);
        for (const crisis of ['tel:911', 'tel:988', 'sms:988']) {
          const index = stops.indexOf(crisis);
          expect(index, `${crisis} before admissions, ${where}`).toBeGreaterThan(0);
          expect(index, `${crisis} before admissions, ${where}`).toBeLessThan(admissions);
        }
      }
      await close();
    }));
  });

  it('moves focus to the main content with the skip link', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}/programs/intensive-outpatient/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await close();
  });
});

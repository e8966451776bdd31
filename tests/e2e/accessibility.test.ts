/**
 * Every page the sitemap lists, in real Chromium: axe-core finds nothing at
 * phone and desktop widths, nothing scrolls sideways at 320 px, and the
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

describe('axe', () => {
  // Phone and desktop widths run side by side, each in its own tab: the walk takes half the time.
  it('finds no WCAG 2.2 AA violations on any page, at phone and desktop widths', walkAllPages, async () => {
    const found = await Promise.all(
      [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ].map(async ([name, viewport]) => {
        const { page, close } = await watchedPage(browser(), { viewport: viewport as typeof PHONE });
        const violations: string[] = [];
        for (const path of paths) {
          await page.goto(`${baseUrl()}${path}`);
          violations.push(...(await axeViolations(page)).map((v) => `${path} at ${String(name)} width: ${v}`));
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

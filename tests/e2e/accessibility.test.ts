/**
 * Every page the sitemap lists, in real Chromium: axe-core finds nothing at
 * phone and desktop widths, nothing scrolls sideways at 320 px, and the
 * crisis line and admissions phone are among the first three Tab stops.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, axeViolations, baseUrl, useBrowser, watchedPage } from '../support/e2e';
import { pathOf, sitemapUrls } from '../support/site';

const paths = [...sitemapUrls().map(pathOf), '/404.html'];
const browser = useBrowser();
// One test walks every page, so its time limit grows with the site (the FAQ topic pages added 17).
const walkAllPages = { timeout: 60_000 + paths.length * 3_000 };

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('axe at %s width', (_name, viewport) => {
  it('finds no WCAG 2.2 AA violations on any page', walkAllPages, async () => {
    const { page, close } = await watchedPage(browser(), { viewport });
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    await close();
    expect(found).toEqual([]);
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

  it('reaches a crisis line and the admissions phone within the first three Tab stops', async () => {
    const { page, close } = await watchedPage(browser());
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      const stops: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        stops.push(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? ''));
      }
      expect(stops[0], path).toBe('#main');
      expect(stops.some((href) => href === 'tel:988' || href === 'tel:911'), `${path}: ${stops.join(', ')}`).toBe(true);
      expect(stops, path).toContain('tel:+15125550100');
    }
    await close();
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

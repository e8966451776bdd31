/** Site search on the production build: answers, filters, keyboard use, accessibility and weight. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, DESKTOP, PHONE, useBrowser, watchedPage } from '../support/e2e';

const browser = useBrowser();

async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-results li').first().waitFor();
  return page.locator('.search-results li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('search answers what families ask', () => {
  it('"family therapy" lists the family therapy page first', async () => {
    const { page, close } = await watchedPage(browser());
    expect((await resultsFor(page, 'family therapy'))[0]).toBe('/therapies/family-therapy/');
    await close();
  });

  it('"Houston" lists the Houston location in the top three', async () => {
    const { page, close } = await watchedPage(browser());
    expect((await resultsFor(page, 'Houston')).slice(0, 3)).toContain('/locations/houston/');
    await close();
  });

  it('"keep my job" finds the FAQ about working during IOP in the top five, at its anchor on its topic page', async () => {
    const { page, close } = await watchedPage(browser());
    const answer = '/faq/work-and-school/#can-i-keep-my-job-during-iop';
    const results = (await resultsFor(page, 'keep my job')).slice(0, 5);
    expect(results).toContain(answer);
    await page.click(`a[href="${answer}"]`);
    await page.waitForURL((url) => url.pathname + url.hash === answer);
    const section = page.locator('#can-i-keep-my-job-during-iop');
    expect(await section.isVisible()).toBe(true);
    expect(await section.locator('h2').innerText()).toMatch(/keep my job/i);
    // Scrolling may be smooth: wait until the answer has arrived near the top.
    await expect.poll(() => section.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    await close();
  });

  it('"suboxone" finds the medication pages', async () => {
    const { page, close } = await watchedPage(browser());
    const results = (await resultsFor(page, 'suboxone')).slice(0, 5);
    expect(results.some((href) => /buprenorphine|medication/.test(href))).toBe(true);
    await close();
  });

  it('/search/?q=detox shows results on load, and the type filter narrows them', async () => {
    const { page, close } = await watchedPage(browser());
    const all = await resultsFor(page, 'detox');
    expect(all[0]).toBe('/programs/detox/');
    const total = Number(/(\d+) results?/.exec(await page.locator('[data-search-status]').innerText())?.[1]);
    const isFaqAnswer = (href: string) => /^\/faq\/[a-z0-9-]+\/#[a-z0-9-]+$/.test(href);
    expect(all.some((href) => !isFaqAnswer(href))).toBe(true);
    await page.check('input[name="type"][value="FAQ"]');
    await page.waitForFunction(() => {
      const links = [...document.querySelectorAll('.search-results li h2 a')];
      return links.length > 0 && links.every((a) => /^\/faq\/[a-z0-9-]+\/#/.test(a.getAttribute('href') ?? ''));
    });
    const faqs = await page.locator('.search-results li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(faqs.length).toBeGreaterThan(0);
    expect(faqs.every(isFaqAnswer)).toBe(true);
    const narrowed = Number(/(\d+) results?/.exec(await page.locator('[data-search-status]').innerText())?.[1]);
    expect(narrowed).toBeLessThan(total);
    expect(page.url()).toContain('type=FAQ');
    await close();
  });
});

describe('search by keyboard', () => {
  it('on a phone, where the header shows only the search button, "/" opens the search page', async () => {
    const { page, close } = await watchedPage(browser(), { viewport: PHONE });
    await page.goto(`${baseUrl()}/programs/detox/`);
    await page.keyboard.press('/');
    await page.waitForURL(/\/search\/$/);
    await close();
  });

  it('goes from any page to a result with the keyboard alone', async () => {
    const { page, close } = await watchedPage(browser(), { viewport: DESKTOP });
    await page.goto(`${baseUrl()}/programs/detox/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('insurance');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=insurance/);
    await page.locator('.search-results li').first().waitFor();
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/^\d+ results? for “insurance”$/);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => Boolean(document.activeElement?.closest('.search-results')));
    }
    expect(reached).toBe(true);
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === target);
    await close();
  });

  it('has no accessibility violations with results open', async () => {
    const { page, close } = await watchedPage(browser());
    await resultsFor(page, 'evening IOP');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('search weight and speed', () => {
  it('loads no search code on other pages until someone searches, and stays light when they do', async () => {
    const { page, requests, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}/locations/austin/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    await page.goto(`${baseUrl()}/search/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    const fetched: number[] = [];
    page.on('requestfinished', async (request) => {
      // Encoded bytes: what crossed the wire, compressed as a CDN would send it.
      if (request.url().includes('/pagefind/')) fetched.push((await request.sizes()).responseBodySize);
    });
    const started = Date.now();
    await page.fill('#search-q', 'family');
    await page.locator('.search-results li').first().waitFor();
    const elapsed = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const bytes = fetched.reduce((sum, size) => sum + size, 0);
    console.info(`Search: first results for "family" in ${elapsed} ms; ${fetched.length} files, ${(bytes / 1024).toFixed(1)} kB fetched`);
    expect(fetched.length).toBeGreaterThan(3);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
    await close();
  });
});

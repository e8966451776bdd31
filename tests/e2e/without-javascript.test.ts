/** With JavaScript off, every page still reads, navigates and dials. */
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser, watchedPage } from '../support/e2e';
import { allPagePaths } from '../support/site';
import { site } from '../../src/site.config';

const paths = allPagePaths();
const browser = useBrowser();

describe('without JavaScript', () => {
  it('shows each page its main content, the crisis lines and the admissions phone', async () => {
    const { page, close } = await watchedPage(browser(), { javaScriptEnabled: false });
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      expect(await page.locator('main h1').isVisible(), path).toBe(true);
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(80);
      expect(await page.locator('.crisis-bar a[href="tel:988"]').isVisible(), path).toBe(true);
      expect(await page.locator('.crisis-bar a[href="tel:911"]').isVisible(), path).toBe(true);
      // On a phone the admissions number is the header's call button; wider screens also show it in the crisis bar.
      expect(await page.locator(`a[href="tel:${site.admissionsPhone}"]:visible`).count(), path).toBeGreaterThan(0);
    }
    await close();
  });

  it('opens the menu on a phone, and FAQ answers on a program page, with no script', async () => {
    const { page, close } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/`);
    const menuLink = page.locator('.nav-narrow a[href="/locations/"]');
    expect(await menuLink.isVisible()).toBe(false);
    await page.locator('.nav-narrow summary').click();
    expect(await menuLink.isVisible()).toBe(true);
    await menuLink.click();
    expect(new URL(page.url()).pathname).toBe('/locations/');

    await page.goto(`${baseUrl()}/programs/intensive-outpatient/`);
    const first = page.locator('.faq-list details').first();
    expect(await first.locator('div').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('div').isVisible()).toBe(true);
    await close();
  });

  it('reads every FAQ answer on its topic page, and keeps old /faq/#<id> links one tap away, with no script', async () => {
    const { page, close } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/faq/work-and-school/`);
    const answers = page.locator('main .faq-answer');
    expect(await answers.count()).toBeGreaterThan(1);
    for (const answer of await answers.all()) expect((await answer.innerText()).length).toBeGreaterThan(100);

    await page.goto(`${baseUrl()}/faq/#can-i-keep-my-job-during-iop`);
    const question = page.locator('#can-i-keep-my-job-during-iop');
    expect(await question.isVisible(), 'an old link lands on its question').toBe(true);
    // Scrolling may be smooth: wait until the question has arrived near the top.
    await expect.poll(() => question.evaluate((el) => el.getBoundingClientRect().top), { message: 'scrolled to it' }).toBeLessThan(200);
    await question.click();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/faq/work-and-school/#can-i-keep-my-job-during-iop');
    const answer = page.locator('#can-i-keep-my-job-during-iop');
    expect(await answer.isVisible(), 'one tap opens the answer').toBe(true);
    expect(await answer.innerText()).toMatch(/FMLA/);
    await close();
  });

  it('explains the self-assessment answers and never submits them', async () => {
    const { page, requests, close } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/is-iop-right-for-me/`);
    expect(await page.locator('fieldset.question').count()).toBe(16);
    expect(await page.locator('details.meaning').count()).toBeGreaterThan(5);
    const before = requests.length;
    await page.locator('input[name="S2"]').first().check();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${baseUrl()}/is-iop-right-for-me/`);
    expect(requests.length).toBe(before);
    await close();
  });
});

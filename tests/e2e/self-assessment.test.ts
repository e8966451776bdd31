/** "Is IOP right for me?" in real Chromium: safety first, private, keyboard-usable and accessible. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, storageState, useBrowser, watchedPage } from '../support/e2e';

const PATH = '/is-iop-right-for-me/';
const browser = useBrowser();

/** Answers the question on screen with the given option(s), then goes on. */
async function answer(page: Page, question: string, ...options: string[]) {
  const fieldset = page.locator(`[data-question="${question}"]`);
  await fieldset.waitFor({ state: 'visible' });
  for (const option of options) await fieldset.locator(`input[value="${option}"]`).check();
  await page.click('[data-next]');
}

const stableAdult: [string, ...string[]][] = [
  ['Q0', 'self'],
  ['Q1', '18-plus'],
  ['S1', 'no'],
  ['S2', 'no'],
  ['S3', 'no'],
  ['W1', 'cannabis'],
  ['W2', 'no'],
  ['W3', 'no'],
  ['B1', 'no'],
  ['E1', 'no'],
  ['R1', 'ready'],
  ['P1', 'never'],
  ['H1', 'yes'],
  ['H2', 'yes'],
  ['L1', 'austin'],
];

describe('the self-assessment', () => {
  it('sends someone thinking of suicide straight to 988, and stops', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    await answer(page, 'Q0', 'self');
    await answer(page, 'Q1', '18-plus');
    await answer(page, 'S1', 'no');
    await answer(page, 'S2', 'now');
    const result = page.locator('[data-result]');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('h2').innerText()).toContain('988');
    expect(await result.locator('a.button[href="tel:988"]').isVisible()).toBe(true);
    expect(await result.locator('a.button[href="sms:988"]').isVisible()).toBe(true);
    expect(await page.locator('form.assessment').isVisible()).toBe(false);
    expect(await page.locator('.crisis-bar a[href="tel:988"]').isVisible()).toBe(true);
    expect(await result.innerText()).toContain('not a diagnosis');
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('sends daily drinking with past withdrawal seizures to detox first', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    const answers = stableAdult.map(([q, ...o]): [string, ...string[]] => (q === 'W1' ? ['W1', 'alcohol'] : q === 'W2' ? ['W2', 'yes'] : [q, ...o]));
    for (const [question, ...options] of answers) await answer(page, question, ...options);
    const title = await page.locator('[data-result] h2').innerText();
    expect(title.toLowerCase()).toContain('detox');
    expect(await page.locator('[data-result] a[href="/programs/detox/"]').count()).toBeGreaterThan(0);
    await close();
  });

  it('tells a stable adult with a safe home that IOP may be a good fit, with reasons, sources and the nearest site', async () => {
    const { page, requests, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    await page.waitForLoadState('networkidle');
    const requestsAtLoad = requests.length;
    const urlAtLoad = page.url();
    for (const [index, [question, ...options]] of stableAdult.entries()) {
      if (index % 4 === 0) expect(await axeViolations(page), `step ${question}`).toEqual([]);
      await answer(page, question, ...options);
    }
    const result = page.locator('[data-result]');
    expect(await result.locator('h2').innerText()).toMatch(/IOP may be a good fit/i);
    const text = await result.innerText();
    expect(text).toContain('Why this result');
    expect(text).toContain('Only a licensed clinician can recommend a level of care');
    expect(text).toContain('Questions to ask when you call');
    expect(await result.locator('a[href="/locations/austin/"]').count()).toBe(1);
    expect(await result.locator('a[href="tel:+15125550100"]').count()).toBe(1);
    expect(await result.locator('.sources li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(requests.length, `no requests while answering: ${requests.slice(requestsAtLoad).join(', ')}`).toBe(requestsAtLoad);
    expect(page.url()).toBe(urlAtLoad);
    expect(await storageState(page)).toEqual({ cookies: 0, local: 0, session: 0, indexedDb: 0 });
    await close();
  });

  it('switches its wording for a loved one, shows progress, and goes back', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    expect(await page.locator('[data-progress]').innerText()).toBe('Question 1 of 15');
    await answer(page, 'Q0', 'other');
    expect(await page.locator('[data-question="Q1"] legend').innerText()).toContain('your loved one');
    expect(await page.locator('[data-progress]').innerText()).toBe('Question 2 of 15');
    await answer(page, 'Q1', '18-plus');
    await page.click('[data-back]');
    expect(await page.locator('[data-question="Q1"]').isVisible()).toBe(true);
    await close();
  });

  it('skips the withdrawal questions when no substance is used daily', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    for (const [question, ...options] of stableAdult.slice(0, 5)) await answer(page, question, ...options);
    await answer(page, 'W1', 'none');
    expect(await page.locator('[data-question="B1"]').isVisible()).toBe(true);
    await close();
  });

  it('completes with the keyboard alone, then moves focus to the result and announces it', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    await page.locator('[data-question="Q0"] input').first().focus();
    for (const [question, option] of stableAdult) {
      await page.locator(`[data-question="${question}"]`).waitFor({ state: 'visible' });
      const focusedValue = async () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
      for (let i = 0; i < 8 && (await focusedValue()) !== option; i++) {
        await page.keyboard.press(question === 'W1' ? 'Tab' : 'ArrowDown');
      }
      await page.keyboard.press('Space');
      for (let i = 0; i < 12; i++) {
        const onNext = await page.evaluate(() => document.activeElement?.hasAttribute('data-next'));
        if (onNext) break;
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
    }
    await page.locator('[data-result]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-result'))).toBe(true);
    expect(await page.locator('[data-announce]').innerText()).toMatch(/^Result: /);
    expect(await page.locator('[data-announce]').getAttribute('aria-live')).toBe('polite');
    await close();
  });
});

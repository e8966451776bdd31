/** "Is IOP right for me?" in real Chromium: safety first, private, keyboard-usable and accessible. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ASSESSMENT } from '../../src/assessment/content';
import { readQuestions } from '../../src/components/assessment/page-data';
import { axeViolations, baseUrl, storageState, useBrowser, watchedPage } from '../support/e2e';
import { DIST, parsePage } from '../support/site';

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
  ['S1', 'no'],
  ['S2', 'no'],
  ['S3', 'no'],
  ['S4', 'no'],
  ['Q1', '18-plus'],
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
  it('sends someone thinking of suicide to 988 once the last safety question is answered, and stops', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    await answer(page, 'Q0', 'self');
    await answer(page, 'S1', 'no');
    await answer(page, 'S2', 'now');
    expect(await page.locator('[data-question="S4"]').isVisible(), 'someone at home in danger is still asked').toBe(true);
    await answer(page, 'S4', 'no');
    const result = page.locator('[data-result]');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('h2').innerText()).toContain('988');
    expect(await result.locator('a.button[href="tel:988"]').isVisible()).toBe(true);
    expect(await result.locator('a.button[href="sms:988"]').isVisible()).toBe(true);
    expect(await page.locator('form.assessment').isVisible()).toBe(false);
    expect(await page.locator('.crisis-bar a[href="tel:988"]').isVisible()).toBe(true);
    expect(await result.innerText()).toContain('not a diagnosis');
    // A stop result shows only 911, 988 and the hotlines, never the provider's own numbers.
    expect(await result.locator('a[href^="tel:+1"][href*="55501"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('shows a crisis result even when the other results\' words cannot be loaded', async () => {
    const { page, close } = await watchedPage(browser());
    const asked: string[] = [];
    page.on('request', (request) => {
      if (/\/_astro\/more\./.test(request.url())) asked.push(request.url());
    });
    await page.route(/\/_astro\/more\./, (route) => route.abort());
    await page.goto(`${baseUrl()}${PATH}`);
    await page.waitForLoadState('networkidle');
    expect(asked.length, 'the other words are asked for once the page is idle, before any answer').toBe(1);
    await answer(page, 'Q0', 'self');
    await answer(page, 'S1', 'yes');
    const result = page.locator('[data-result]');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('h2').innerText()).toContain('911');
    expect(await result.innerText(), 'the crisis words ship with the island').toContain('Call 911 now');
    expect(asked.length, 'no request while answering').toBe(1);
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

  it('a child in danger at home reaches 911 first, then the hotline and 988, before age is ever asked', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    await answer(page, 'Q0', 'other');
    await answer(page, 'S1', 'no');
    await answer(page, 'S2', 'no');
    await answer(page, 'S3', 'no');
    expect(await axeViolations(page), 'S4 on screen').toEqual([]);
    await answer(page, 'S4', 'yes');
    const result = page.locator('[data-result]');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('h2').innerText()).toMatch(/call 911/i);
    const actions = await result.locator('.actions a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(actions[0]).toBe('tel:911');
    expect(actions).toEqual(expect.arrayContaining(['tel:+18007997233', 'tel:988']));
    expect(actions.indexOf('tel:+18007997233')).toBeLessThan(actions.indexOf('tel:988'));
    const text = await result.innerText();
    expect(text).toContain('You can come back to this later');
    expect(text).toContain('text START to 88788');
    expect(await page.locator('[data-question="Q1"]').isVisible()).toBe(false);
    expect(await axeViolations(page), 'danger-at-home result').toEqual([]);
    await close();
  });

  it('a child with no crisis answer is told this program does not serve children, and sees 911 and 988', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    for (const [question, ...options] of [...stableAdult.slice(0, 5), ['Q1', 'under-13'] as [string, string]]) await answer(page, question, ...options);
    const result = page.locator('[data-result]');
    await result.waitFor({ state: 'visible' });
    const actions = await result.locator('.actions a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(actions.slice(0, 2)).toEqual(['tel:911', 'tel:988']);
    const text = await result.innerText();
    expect(text).toContain('do not serve children under 13');
    expect(text).toContain('SAMHSA National Helpline');
    expect(await axeViolations(page), 'child result').toEqual([]);
    await close();
  });

  it('a pregnancy with daily opioids leads with medical care first and "do not stop suddenly", never detox for opioids', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    const answers = stableAdult.map(([q, ...o]): [string, ...string[]] => (q === 'W1' ? ['W1', 'opioids'] : q === 'W3' ? ['W3', 'yes'] : q === 'B1' ? ['B1', 'pregnant'] : [q, ...o]));
    for (const [question, ...options] of answers) await answer(page, question, ...options);
    const result = page.locator('[data-result]');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('h2').innerText()).toBe('Medical care first, today');
    const lead = await result.locator('.lead').innerText();
    expect(lead).toContain('Do not stop opioids, alcohol or sedatives suddenly');
    expect(lead).toContain('detox is not advised');
    expect(await result.locator('a[href="/programs/detox/"]').count()).toBe(0);
    expect(await result.innerText()).toContain('Medication for opioid use, alongside prenatal care');
    expect(await axeViolations(page), 'pregnancy result').toEqual([]);
    await close();
  });

  it('daily drinking with "not sure" about past withdrawal leads with a withdrawal check, and a loved one gets the family pages', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    const answers = stableAdult.map(([q, ...o]): [string, ...string[]] =>
      q === 'Q0' ? ['Q0', 'other'] : q === 'W1' ? ['W1', 'alcohol', 'benzodiazepines', 'stimulants'] : q === 'W2' ? ['W2', 'not-sure'] : q === 'R1' ? ['R1', 'not-ready'] : [q, ...o],
    );
    for (const [question, ...options] of answers) await answer(page, question, ...options);
    const result = page.locator('[data-result]');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('h2').innerText()).toBe('Ask for a medical withdrawal check before cutting down; do not stop suddenly');
    const text = await result.innerText();
    expect(text).not.toContain('IOP may be a good fit');
    expect(text).toContain('Never stop benzodiazepines');
    expect(text, 'why, in the loved-one wording read from the form').toContain('When cutting down, has your loved one ever had a seizure, hallucinations, severe shakes, sweats or vomiting, or needed a morning drink or dose to feel normal? You answered: Not sure.');
    expect(await result.locator('a[href="/therapies/family-therapy/"]').count()).toBe(1);
    expect(await result.locator('a[href="/programs/intervention/"]').count()).toBe(1);
    expect(await result.locator('a[href="/therapies/contingency-management/"]').count()).toBe(1);
    expect(await axeViolations(page), 'withdrawal-check result with additions').toEqual([]);
    await close();
  });

  it('without JavaScript, explains each answer with its real conditions, generated from the rules', async () => {
    const { page, close } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}${PATH}`);
    expect(await page.locator('fieldset.question').count()).toBe(16);
    const order = await page.locator('fieldset.question').evaluateAll((sets) => sets.map((f) => f.getAttribute('data-question')));
    expect(order.slice(0, 6)).toEqual(['Q0', 'S1', 'S2', 'S3', 'S4', 'Q1']);
    const meaning = await page.locator('[data-question="W1"] details.meaning li').first().textContent();
    expect(meaning).toContain('“Alcohol”: “Medically supervised withdrawal (detox) first”, only with past withdrawal problems or withdrawal now.');
    await close();
  });

  it('carries the flags of every answer and every gate in the form, and lists every cited source on the page', async () => {
    const document = parsePage(PATH);
    expect(readQuestions(document), 'the island reads its routing from the form').toEqual(
      ASSESSMENT.questions.map((q) => ({ id: q.id, ...(q.multiple ? { multiple: true } : {}), ...(q.onlyIf ? { onlyIf: q.onlyIf } : {}), options: q.options.map((o) => ({ id: o.id, flags: o.flags })) })),
    );
    const cited = new Set([
      ...ASSESSMENT.rules.flatMap((r) => [...r.sources, ...(r.variants ?? []).flatMap((v) => v.sources)]),
      ...ASSESSMENT.outcomes.flatMap((o) => o.sources),
      ...ASSESSMENT.notes.flatMap((n) => n.sources),
      ...ASSESSMENT.referral.sources,
    ]);
    for (const id of cited) expect(document.querySelector(`#source-${id} a[href^="https://"]`)?.textContent, id).toBeTruthy();
    // The island's data is a file of its own, which the first paint does not wait for.
    const src = document.querySelector('self-assessment')?.getAttribute('data-src') ?? '';
    expect(src).toBe(`${PATH}island-data.json`);
    const json = readFileSync(join(DIST, src), 'utf8');
    expect(json, 'the island data does not repeat the questions or the sources').not.toMatch(/"questions"|https:\/\/library/);
    const { page, close } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}${PATH}`);
    expect(await page.locator('#source-asam-criteria a').isVisible(), 'the sources are listed without JavaScript too').toBe(true);
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
    // On the sample site, the invented numbers say so inside their links, as PhoneLink does.
    for (const href of ['tel:+15125550100', 'tel:+15125550142']) expect(await result.locator(`a[href="${href}"]`).innerText()).toContain('(sample number, not in service)');
    const sources = await result.locator('.sources a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(sources.length).toBeGreaterThan(0);
    for (const [href, title] of sources) expect(href && title && href.startsWith('https://'), `${href} ${title}`).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    expect(requests.length, `no requests while answering: ${requests.slice(requestsAtLoad).join(', ')}`).toBe(requestsAtLoad);
    expect(page.url()).toBe(urlAtLoad);
    expect(await storageState(page)).toEqual({ cookies: 0, local: 0, session: 0, indexedDb: 0 });
    await close();
  });

  it('switches its wording for a loved one, shows progress, and goes back', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    // The island starts once its data file has arrived.
    await page.locator('[data-nav]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-progress]').innerText()).toBe('Question 1 of 16');
    await answer(page, 'Q0', 'other');
    expect(await page.locator('[data-question="S1"] legend').innerText()).toContain('your loved one');
    expect(await page.locator('[data-progress]').innerText()).toBe('Question 2 of 16');
    await answer(page, 'S1', 'no');
    await page.click('[data-back]');
    expect(await page.locator('[data-question="S1"]').isVisible()).toBe(true);
    await close();
  });

  it('skips the withdrawal questions when no substance is used daily', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    for (const [question, ...options] of stableAdult.slice(0, 6)) await answer(page, question, ...options);
    await answer(page, 'W1', 'none');
    expect(await page.locator('[data-question="B1"]').isVisible()).toBe(true);
    await close();
  });

  it('completes with the keyboard alone, then moves focus to the result and announces it', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}${PATH}`);
    await page.locator('[data-nav]').waitFor({ state: 'visible' });
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

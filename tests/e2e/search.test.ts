/** Site search on the production build: crisis first, typos forgiven, privacy, answers, filters, keyboard use, accessibility and weight. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, DESKTOP, PHONE, storageState, useBrowser, watchedPage } from '../support/e2e';

const browser = useBrowser();

async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-results li').first().waitFor();
  return page.locator('.search-results li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const CRISIS = '[data-search-crisis]';

describe('search puts the crisis lines first', () => {
  it.each(['i want to die', 'suicde', 'overdosed', 'he is not breathing', 'quiero morir', 'hacerme daño'])(
    'typing "%s" shows 911 and 988 at once, with no network at all, above any result',
    async (query) => {
      const { page, close } = await watchedPage(browser());
      await page.goto(`${baseUrl()}/search/`);
      await page.waitForLoadState('networkidle');
      expect(await page.locator(CRISIS).isVisible()).toBe(false);
      // From here on the network is gone: the crisis block must not need it.
      const attempted: string[] = [];
      await page.route('**/*', (route) => {
        attempted.push(route.request().url());
        return route.abort();
      });
      await page.fill('#search-q', query);
      await page.locator(CRISIS).waitFor({ state: 'visible', timeout: 1000 });
      const block = page.locator(CRISIS);
      expect(await block.locator('a[href="tel:911"]').count()).toBe(1);
      expect(await block.locator('a[href="tel:988"]').count()).toBe(1);
      expect(await block.locator('a[href="sms:988"]').count()).toBe(1);
      // Search itself could not load; the help below still shows.
      await page.locator('[data-search-empty]').waitFor({ state: 'visible' });
      expect(attempted.every((url) => /\/pagefind\/|\/search\/vocabulary\.json/.test(url))).toBe(true);
      await close();
    },
  );

  it('keeps the crisis block above the results, and hides it for an ordinary search', async () => {
    const { page, close } = await watchedPage(browser());
    await resultsFor(page, 'overdose');
    const crisisBottom = await page.locator(CRISIS).evaluate((el) => el.getBoundingClientRect().bottom);
    const firstResultTop = await page.locator('.search-results li').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(crisisBottom).toBeLessThanOrEqual(firstResultTop);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/911.*988/);
    await page.fill('#search-q', 'family therapy');
    await expect.poll(() => page.locator(CRISIS).isVisible()).toBe(false);
    await close();
  });

  it('without JavaScript, /search/?q=… shows the crisis lines', async () => {
    const { page, close } = await watchedPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('i want to die')}`);
    const block = page.locator(CRISIS);
    expect(await block.isVisible()).toBe(true);
    for (const href of ['tel:911', 'tel:988', 'sms:988']) expect(await block.locator(`a[href="${href}"]`).isVisible()).toBe(true);
    await close();
  });
});

describe('search forgives typos and other names', () => {
  it('"detx" shows the results for "detox", says so, and offers the words as typed', async () => {
    const { page, close } = await watchedPage(browser());
    const results = await resultsFor(page, 'detx');
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/Showing \d+ results? for “detox”/);
    expect(results[0]).toBe('/programs/detox/');
    // The words as typed stay one click away.
    await page.click('[data-search-suggestion] button');
    await page.waitForFunction(() => /results? for “detx”$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await close();
  });

  it('"suboxen" finds the medication page, through the alias "Suboxone"', async () => {
    const { page, close } = await watchedPage(browser());
    const results = (await resultsFor(page, 'suboxen')).slice(0, 3);
    expect(results).toContain('/therapies/medication-assisted-treatment/');
    await close();
  });

  it.each([
    ['halfway house', '/programs/sober-living/'],
    ['extended care', '/programs/partial-hospitalization/'],
    ['rehab', '/programs/residential/'],
    ['Vivitrol', '/therapies/medication-assisted-treatment/'],
  ])('the alias "%s" finds %s in the top three', async (query, href) => {
    const { page, close } = await watchedPage(browser());
    expect((await resultsFor(page, query)).slice(0, 3)).toContain(href);
    await close();
  });

  it('a search that finds nothing offers the crisis lines, the admissions phone and useful pages, never a dead end', async () => {
    const { page, close } = await watchedPage(browser());
    await page.goto(`${baseUrl()}/search/?q=zzqxwv`);
    const help = page.locator('[data-search-empty]');
    await help.waitFor({ state: 'visible' });
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/No results for “zzqxwv”/);
    const admissions = help.locator('a[href="tel:+15125550100"]');
    expect(await admissions.innerText()).toMatch(/sample number, not in service/);
    expect(await help.innerText()).toMatch(/911.*988/s);
    expect(await help.locator('a[href^="/"]').count()).toBeGreaterThanOrEqual(5);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});

describe('search is private on a shared device', () => {
  it('typing adds no history entry and leaves no query in the address bar, links or storage', async () => {
    const { page, close } = await watchedPage(browser(), { viewport: DESKTOP });
    await page.goto(`${baseUrl()}/programs/detox/`);
    await page.goto(`${baseUrl()}/search/?q=rehab`);
    await page.locator('.search-results li').first().waitFor();
    expect(new URL(page.url()).search).toBe('');
    const before = await page.evaluate(() => history.length);
    await page.fill('#search-q', '');
    await page.locator('#search-q').pressSequentially('family therapy', { delay: 30 });
    await page.waitForFunction(() => /“family therapy”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(new URL(page.url()).search).toBe('');
    const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href).not.toContain('?');
      expect(href).not.toContain(':~:');
    }
    expect(await storageState(page)).toEqual({ cookies: 0, local: 0, session: 0, indexedDb: 0 });
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/programs/detox/');
    await close();
  });
});

describe('search ranks the page a family names first', () => {
  it.each([
    ['detox', '/programs/detox/'],
    ['family therapy', '/therapies/family-therapy/'],
    ['Houston', '/locations/houston/'],
    ['Cedar Park', '/locations/cedar-park/'],
    ['intensive outpatient', '/programs/intensive-outpatient/'],
    ['contingency management', '/therapies/contingency-management/'],
    ['insurance', '/insurance/'],
    ['crisis', '/crisis/'],
  ])('"%s" lists %s first', async (query, href) => {
    const { page, close } = await watchedPage(browser());
    expect((await resultsFor(page, query))[0]).toBe(href);
    await close();
  });
});

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
    await page.waitForURL(/\/search\//);
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
    // Typing once the index is loaded: the time a family waits for each new answer.
    const typed = Date.now();
    await page.fill('#search-q', 'houston');
    await page.waitForFunction(() => /“houston”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const next = Date.now() - typed;
    console.info(`Search: first results for "family" in ${elapsed} ms (index loaded on the way), then "houston" in ${next} ms; ${fetched.length} files, ${(bytes / 1024).toFixed(1)} kB fetched`);
    expect(fetched.length).toBeGreaterThan(3);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
    // The times are reported above, not asserted: on a shared machine they measure the load, not the site.
    await close();
  });
});

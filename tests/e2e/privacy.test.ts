/**
 * Privacy and security in a real browser against the server that applies
 * _headers: every page, a search and a completed self-assessment make no
 * request to another origin, set no cookie, store nothing, and trigger no
 * CSP violation or console error.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, storageState, useBrowser, watchedPage } from '../support/e2e';
import { allPagePaths } from '../support/site';

const browser = useBrowser();

describe('privacy', () => {
  it('keeps every page, search and the self-assessment on this origin, with nothing stored', async () => {
    const { page, requests, consoleErrors, cspViolations, close } = await watchedPage(browser());
    const origin = new URL(baseUrl()).origin;
    for (const path of allPagePaths()) {
      const response = await page.goto(`${baseUrl()}${path}`);
      expect(response?.headers()['content-security-policy'], `${path} carries the header policy`).toContain("frame-ancestors 'none'");
    }
    await page.goto(`${baseUrl()}/search/?q=telehealth`);
    await page.locator('.search-results li').first().waitFor();
    await page.goto(`${baseUrl()}/is-iop-right-for-me/`);
    for (const [question, option] of [['Q0', 'self'], ['S1', 'no'], ['S2', 'no'], ['S3', 'no'], ['S4', 'no'], ['Q1', '18-plus'], ['W1', 'none'], ['B1', 'no'], ['E1', 'no'], ['R1', 'ready'], ['P1', 'never'], ['H1', 'yes'], ['H2', 'yes'], ['L1', 'none']] as const) {
      await page.locator(`[data-question="${question}"] input[value="${option}"]`).check();
      await page.click('[data-next]');
    }
    await page.locator('[data-result]').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(await storageState(page)).toEqual({ cookies: 0, local: 0, session: 0, indexedDb: 0 });
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

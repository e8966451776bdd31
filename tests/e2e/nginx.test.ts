/**
 * One browser pass against nginx serving the build with the generated server
 * block (not the project's own server): pages, a search and the
 * self-assessment page load with the header policy, no CSP violation, no
 * console error, and only same-origin requests, and the speculation rules the
 * header points to are served as the browser expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../support/nginx';
import { useBrowser, watchedPage } from '../support/e2e';

const browser = useBrowser();

describe('the site served by nginx', () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await startNginx('dist');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('loads pages, search and the self-assessment with no CSP violation or console error', async () => {
    const { page, requests, consoleErrors, cspViolations, close } = await watchedPage(browser());
    const missing = ['/no-such-page/', '/es/no-existe/'];
    for (const path of ['/', '/programs/intensive-outpatient/', '/locations/', '/faq/', '/is-iop-right-for-me/', '/es/', '/es/is-iop-right-for-me/', ...missing]) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(missing.includes(path) ? 404 : 200);
      // Each part of the site answers a missing page in its own language.
      if (missing.includes(path)) expect(await page.locator('html').getAttribute('lang'), path).toBe(path.startsWith('/es/') ? 'es' : 'en');
      expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(response?.headers()['speculation-rules'], path).toBe('"/speculation-rules.json"');
    }
    await page.goto(`${server.url}/search/?q=family`);
    await page.locator('.search-results li').first().waitFor();
    // Hovering a link lets the browser prefetch it under the speculation rules; nothing may break.
    await page.goto(`${server.url}/`);
    await page.locator('main a[href^="/"]').first().hover();
    await page.waitForTimeout(300);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => new URL(url).origin !== server.url)).toEqual([]);
    expect(requests.some((url) => url.endsWith('/speculation-rules.json')), 'the browser read the speculation rules').toBe(true);
    expect(cspViolations).toEqual([]);
    // Chromium logs the deliberate 404 document itself; nothing else may be logged.
    expect(consoleErrors).toEqual(missing.map(() => 'Failed to load resource: the server responded with a status of 404 (Not Found)'));
    await close();
  });
});

/** Search in Spanish: a search from a Spanish page finds Spanish pages only, with Spanish stemming; English search never shows them. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser, watchedPage } from '../support/e2e';

const browser = useBrowser();

async function resultsFor(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(`${baseUrl()}${path}?q=${encodeURIComponent(query)}`);
  await page.locator('.search-results li').first().waitFor();
  return page.locator('.search-results li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('search in Spanish', () => {
  it.each(['sobredosis', 'horario', 'horarios', 'programa ambulatorio intensivo', 'ubicación', 'ubicacion'])('"%s" on /es/search/ finds Spanish pages only', async (query) => {
    const { page, close } = await watchedPage(browser());
    const results = await resultsFor(page, '/es/search/', query);
    expect(results.length, query).toBeGreaterThan(0);
    for (const href of results) expect(href, query).toMatch(/^\/es\//);
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/resultado/);
    await close();
  });

  it('shows the Spanish crisis page first for "crisis"', async () => {
    const { page, close } = await watchedPage(browser());
    const results = await resultsFor(page, '/es/search/', 'crisis');
    expect(results).toContain('/es/crisis/');
    await close();
  });

  it('never shows a Spanish page to an English search', async () => {
    const { page, close } = await watchedPage(browser());
    const results = await resultsFor(page, '/search/', 'crisis');
    expect(results.length).toBeGreaterThan(0);
    for (const href of results) expect(href).not.toMatch(/^\/es\//);
    await close();
  });
});

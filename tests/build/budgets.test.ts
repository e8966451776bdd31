/**
 * Performance budgets on dist/, for every page the sitemap lists:
 * HTML + CSS within the first round trip (14 kB gzip, the FAQ hub and topic pages too),
 * JavaScript before interaction: the frame's search trigger ≤ 2 kB gzip on every page,
 * plus the page's own island on the self-assessment and search pages ≤ 6 kB (PRODUCT.md),
 * at most three hashed stylesheets, and sized images.
 */
import { englishPathOf } from '../../src/lib/urls';
import { describe, expect, it } from 'vitest';
import { largestParts, measurePage } from '../support/budgets';
import { parsePage, allPagePaths } from '../support/site';

const KB = 1024;
const paths = allPagePaths();
const HTML_CSS_BUDGET = 14 * KB;
const FRAME_JS_BUDGET = 2 * KB;
const ISLAND_BUDGET = 6 * KB;
const PAGES_WITH_ISLANDS = ['/is-iop-right-for-me/', '/search/'];

describe('page weight budgets', () => {
  const weights = paths.map(measurePage);

  it.each(weights.map((w) => [w.path, w] as const))('%s fits its budgets', (path, weight) => {
    const total = weight.htmlGzip + weight.cssGzip;
    // Over budget: name the page and what weighs most on it, so an editor knows what to shorten or move
    // (for example a long list that grows with every location, or an FAQ topic with too many answers).
    const why = total > HTML_CSS_BUDGET ? `${path} is ${total - HTML_CSS_BUDGET} bytes over ${HTML_CSS_BUDGET} (HTML + CSS gzip). Largest parts: ${largestParts(path).join('; ')}` : '';
    expect(total, why || 'HTML + CSS gzip bytes').toBeLessThanOrEqual(HTML_CSS_BUDGET);
    expect(weight.jsGzip - weight.islandGzip, 'search trigger JavaScript, gzip bytes').toBeLessThanOrEqual(FRAME_JS_BUDGET);
    expect(weight.islandGzip, 'island JavaScript, gzip bytes').toBeLessThanOrEqual(PAGES_WITH_ISLANDS.includes(englishPathOf(path)) ? ISLAND_BUDGET : 0);
    // The shared stylesheet plus at most two page-specific ones, all hashed files fetched in parallel in the same round trip.
    expect(weight.stylesheets.length, 'stylesheets').toBeLessThanOrEqual(3);
    for (const sheet of weight.stylesheets) expect(sheet, 'a hashed, cacheable stylesheet').toMatch(/^\/_astro\/[\w.-]+\.css$/);
    expect(weight.blockingScripts, 'no classic blocking scripts').toEqual([]);
  });

  it('loads the self-assessment island only on its own page', () => {
    for (const weight of weights) {
      const island = weight.scripts.some((src) => /SelfAssessment|Island/i.test(src));
      expect(island, weight.path).toBe(englishPathOf(weight.path) === '/is-iop-right-for-me/');
    }
  });

  it('sizes every image', () => {
    for (const path of paths) {
      for (const img of parsePage(path).querySelectorAll('img')) {
        expect(img.getAttribute('width'), `${path} ${img.getAttribute('src')}`).toMatch(/^\d+$/);
        expect(img.getAttribute('height'), `${path} ${img.getAttribute('src')}`).toMatch(/^\d+$/);
        expect(img.hasAttribute('alt'), `${path} ${img.getAttribute('src')}`).toBe(true);
      }
    }
  });

  it('reports the figures', () => {
    const rows = weights.map((w) => `${w.path.padEnd(52)} ${(w.htmlGzip / KB).toFixed(1).padStart(5)} ${(w.cssGzip / KB).toFixed(1).padStart(5)} ${(w.jsGzip / KB).toFixed(2).padStart(6)}`);
    console.info(['page                                                  HTML   CSS     JS  (kB gzip)', ...rows].join('\n'));
    expect(rows).toHaveLength(paths.length);
  });
});

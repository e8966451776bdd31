/**
 * Performance budgets on dist/, for every page the sitemap lists:
 * the first paint in one round trip: the HTML with its CSS inlined, plus any stylesheet
 * still linked, within 14 kB gzip (the FAQ hub and topic pages too), and no stylesheet linked;
 * JavaScript before interaction: the frame's search trigger ≤ 2 kB gzip on every page,
 * plus the page's own island on the self-assessment and search pages ≤ 6 kB (PRODUCT.md),
 * and sized images.
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
    const css = `inline CSS ${(weight.inlineCssGzip / KB).toFixed(1)} kB${weight.cssGzip > 0 ? `, linked CSS ${(weight.cssGzip / KB).toFixed(1)} kB` : ''}`;
    const why = total > HTML_CSS_BUDGET ? `${path} is ${total - HTML_CSS_BUDGET} bytes over ${HTML_CSS_BUDGET} (HTML with inline CSS + linked CSS, gzip; ${css}). Largest parts: ${largestParts(path).join('; ')}` : '';
    expect(total, why || 'HTML + CSS gzip bytes').toBeLessThanOrEqual(HTML_CSS_BUDGET);
    expect(weight.jsGzip - weight.islandGzip, 'search trigger JavaScript, gzip bytes').toBeLessThanOrEqual(FRAME_JS_BUDGET);
    expect(weight.islandGzip, 'island JavaScript, gzip bytes').toBeLessThanOrEqual(PAGES_WITH_ISLANDS.includes(englishPathOf(path)) ? ISLAND_BUDGET : 0);
    // The CSS comes inside the HTML: no stylesheet request stands between the HTML and the first paint.
    expect(weight.stylesheets, 'linked stylesheets').toEqual([]);
    expect(weight.inlineCssGzip, 'inline CSS').toBeGreaterThan(0);
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
    const rows = weights.map((w) => `${w.path.padEnd(52)} ${((w.htmlGzip + w.cssGzip) / KB).toFixed(2).padStart(6)} ${(w.inlineCssGzip / KB).toFixed(1).padStart(5)} ${(w.jsGzip / KB).toFixed(2).padStart(6)}`);
    console.info(['page                                                 HTML+CSS  (CSS)   JS  (kB gzip; CSS inline, compressed alone)', ...rows].join('\n'));
    expect(rows).toHaveLength(paths.length);
  });
});

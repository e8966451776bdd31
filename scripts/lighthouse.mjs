// `npm run audit`: Lighthouse in mobile mode on one page of each type, with
// Debian's Chromium, against the built site served as a host would serve it.
// Writes the four category scores and LCP, CLS and TBT to reports/lighthouse.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';

const PAGES = [
  ['Home', '/'],
  ['Program (IOP)', '/programs/intensive-outpatient/'],
  ['Therapy', '/therapies/cognitive-behavioral-therapy/'],
  ['Location', '/locations/austin/'],
  ['FAQ', '/faq/'],
  ['Article', '/blog/what-is-iop/'],
  ['Team', '/team/elena-ruiz/'],
  ['Search', '/search/?q=family'],
  ['Self-assessment', '/is-iop-right-for-me/'],
  // Lighthouse will not audit a response with status 404, so the page itself is audited.
  ['404', '/404.html'],
];

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Audit what a real provider ships: the sample site is noindex by design, which Lighthouse's SEO
// category scores as "not crawlable". SITE_DEMO=0 builds the real variant into dist/.
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, SITE_DEMO: '0', ASTRO_TELEMETRY_DISABLED: '1' } });

const server = await startServer({ port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows = [];
try {
  for (const [name, path] of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits } = result.lhr;
    const score = (key) => Math.round((categories[key]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    rows.push({
      name,
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: audits['largest-contentful-paint']?.displayValue ?? '',
      cls: audits['cumulative-layout-shift']?.displayValue ?? '',
      tbt: audits['total-blocking-time']?.displayValue ?? '',
      failing,
    });
    process.stdout.write(`${name}: ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}${failing.length ? ` (not passing: ${failing.join(', ')})` : ''}\n`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const version = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const table = [
  `Lighthouse ${lighthouse.version ?? ''} mobile (simulated throttling), ${version}, ${new Date().toISOString().slice(0, 10)}, on the real-provider build (SITE_DEMO=0; the sample site is noindex by design).`.replace('  ', ' '),
  '',
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} (\`${r.path}\`) | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcp} | ${r.cls} | ${r.tbt} |`),
  '',
  ...rows.filter((r) => r.failing.length > 0).map((r) => `- ${r.name}: audits not passing: ${r.failing.join(', ')}`),
];
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.md', `${table.join('\n').trimEnd()}\n`);
process.stdout.write(`\n${table.join('\n')}\n\nWritten to reports/lighthouse.md\n`);

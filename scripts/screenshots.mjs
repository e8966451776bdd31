// Screenshots of built pages at phone and desktop widths, for looking at the
// site as a family would:  node scripts/screenshots.mjs / /programs/intensive-outpatient/
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const widths = [390, 1280];
const outDir = 'reports/screenshots';
mkdirSync(outDir, { recursive: true });
const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const path of pages.length > 0 ? pages : ['/']) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light' });
      await page.goto(`${server.url}${path}`);
      const name = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}${process.env.SCHEME === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      process.stdout.write(`${name}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

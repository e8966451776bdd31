import { chromium } from 'playwright-core';
const [base, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
for (const p of paths) for (const w of [390]) {
  const page = await browser.newPage({ viewport: { width: w, height: 844 } });
  await page.goto(base + p);
  const name = `${out}/${p.replace(/[^a-z0-9]+/gi,'_')}-${w}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
  await page.close();
}
await browser.close();

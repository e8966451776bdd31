import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
const gz = (s) => gzipSync(s, { level: 9 }).length;
for (const p of process.argv.slice(2)) {
  const html = readFileSync(`dist/${p}/index.html`, 'utf8');
  const { document } = parseHTML(html);
  console.log(p, 'total', gz(html));
  const sel = ['head', '.sample-notice', '.crisis-bar', '.site-header', '.site-footer', 'main', 'main .crisis-first', 'self-assessment', 'self-assessment form', '[data-assessment-data]', 'self-assessment .sources', 'script[type="application/ld+json"]'];
  for (const s of sel) { const el = document.querySelector(s); if (el) console.log('  ', s, gz(el.outerHTML)); }
  const expl = [...document.querySelectorAll('[data-no-js-only]')].map((e) => e.outerHTML).join('');
  console.log('   no-js explanations', gz(expl));
  const others = [...document.querySelectorAll('[data-other]')].map((e) => e.getAttribute('data-other')).join('');
  console.log('   data-other text', gz(others));
}

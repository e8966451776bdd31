// @ts-check
/**
 * npm run bench [-- --sizes 100,1000,5000] [--runs 1] [--keep] [--unique-images]
 *
 * For each size N: N synthetic articles (and N/20 FAQs) are added to a copy
 * of the site, which is built with its real build (node scripts/build.mjs:
 * pages, sitemap and Pagefind index); then a bare Astro + MDX project is
 * built over the same N article files. Site and bare builds alternate. Each
 * build runs cold in its own temporary folder. The results, the machine and
 * the goals go to reports/bench.md.
 *
 * Options:
 *   --sizes  comma-separated article counts (default 100,1000,5000)
 *   --runs   builds of each kind per size; the median wall time is reported (default 1)
 *   --seed   generator seed (default 20260101)
 *   --query  search query for the first-results measurement (default "family")
 *   --report where to write the report (default reports/bench.md)
 *   --keep   keep the temporary folders and build logs
 *   --unique-images  one hero image file per article instead of five shared ones
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { release, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { faqCountFor, generateContent, harvestCorpus, writeContent } from './generate.mjs';
import { astroStages, distStats, firstQueryBreakdown, measureFirstQuery, runBuild, SAMPLE_MS, stopRunning } from './measure.mjs';
import { copySite, createBareProject, ROOT } from './projects.mjs';

/** The goals from the issue. */
const GOALS = {
  ratioVsBare: 1.3,
  linearity: 1.2,
  peakBytes: 4_000_000_000,
  firstQueryBytes: 200_000,
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20260101' },
    query: { type: 'string', default: 'family' },
    report: { type: 'string', default: join(ROOT, 'reports', 'bench.md') },
    keep: { type: 'boolean', default: false },
    'unique-images': { type: 'boolean', default: false },
  },
});
const uniqueImages = values['unique-images'];

const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(`--sizes takes positive whole numbers separated by commas, for example --sizes 100,1000; found "${values.sizes}".\n`);
  process.exit(2);
}
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  process.stderr.write('--runs takes a whole number of 1 or more, and --seed a whole number.\n');
  process.exit(2);
}
const query = values.query;

/**
 * @typedef {'site' | 'bare'} Kind
 * @typedef {{
 *   kind: Kind, size: number, faqs: number, run: number,
 *   wallMs: number, cpuMs: number | undefined, peakRssBytes: number, peakProcesses: number,
 *   stats: ReturnType<typeof distStats>, stages: ReturnType<typeof astroStages>,
 *   firstQuery: import('./measure.mjs').FirstQuery | undefined,
 * }} Result
 */

const tmpRoot = mkdtempSync(join(tmpdir(), 'site-bench-'));
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  stopRunning();
  if (values.keep) process.stdout.write(`Kept the build folders and logs in ${tmpRoot}\n`);
  else rmSync(tmpRoot, { recursive: true, force: true });
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    process.stderr.write(`\nStopped (${signal}); removing temporary folders.\n`);
    cleanup();
    process.exit(130);
  });
}

const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);
const seconds = (/** @type {number} */ ms) => (ms / 1000).toFixed(1);
const mb = (/** @type {number} */ bytes) => (bytes / 1e6).toFixed(1);
const kb = (/** @type {number} */ bytes) => (bytes / 1e3).toFixed(1);
const tail = (/** @type {string} */ text) => text.trim().split('\n').slice(-40).join('\n');

/**
 * Builds one project and measures it.
 * @param {Kind} kind
 * @param {number} size
 * @param {number} run
 * @param {ReturnType<typeof generateContent>} content
 * @returns {Promise<Result>}
 */
async function bench(kind, size, run, content) {
  const name = `${kind}-${size}-run${run}`;
  const dir = join(tmpRoot, name);
  const prepared = performance.now();
  if (kind === 'site') {
    copySite(dir);
    writeContent(join(dir, 'content'), content);
  } else {
    createBareProject(dir, content.articles);
  }
  process.stdout.write(`  ${kind.padEnd(4)} ${size} articles (run ${run}): prepared in ${seconds(performance.now() - prepared)} s, building… `);
  const build = await runBuild({ cwd: dir, args: kind === 'site' ? ['scripts/build.mjs'] : ['build.mjs'], logFile: join(tmpRoot, `${name}.log`) });
  if (build.exitCode !== 0) {
    process.stdout.write('failed\n');
    throw new Error(`The ${kind} build of ${size} articles failed (exit ${build.exitCode}). End of its log:\n${tail(build.log)}`);
  }
  const dist = join(dir, 'dist');
  const stats = distStats(dist);
  process.stdout.write(`${seconds(build.wallMs)} s, ${stats.htmlPages} pages, peak ${mb(build.peakRssBytes)} MB`);
  const firstQuery = kind === 'site' ? await measureFirstQuery(dist, query) : undefined;
  if (firstQuery) process.stdout.write(`, first "${query}" results ${kb(firstQuery.bytes)} kB`);
  process.stdout.write('\n');
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return {
    kind,
    size,
    faqs: kind === 'site' ? content.faqs.length : 0,
    run,
    wallMs: build.wallMs,
    cpuMs: build.cpuMs,
    peakRssBytes: build.peakRssBytes,
    peakProcesses: build.peakProcesses,
    stats,
    stages: astroStages(build.log),
    firstQuery,
  };
}

/**
 * The run with the median wall time, with the peak memory of all runs.
 * @param {Result[]} list
 * @returns {Result & { walls: number[] }}
 */
function representative(list) {
  const sorted = [...list].sort((a, b) => a.wallMs - b.wallMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('No results to summarize.');
  return { ...median, peakRssBytes: Math.max(...list.map((r) => r.peakRssBytes)), walls: list.map((r) => r.wallMs) };
}

const perPage = (/** @type {Result} */ r) => r.wallMs / Math.max(1, r.stats.htmlPages);
const ratio = (/** @type {number} */ x) => `${x.toFixed(2)}×`;
const cell = (/** @type {number | undefined} */ ms) => (ms === undefined ? '–' : seconds(ms));

function machine() {
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  const memKb = Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? 0);
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  let nproc = '';
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    nproc = 'unknown';
  }
  const version = (/** @type {string} */ name) =>
    /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'))).version;
  return {
    nproc,
    cpuModel,
    memory: `${(memKb / 1024 / 1024).toFixed(1)} GiB (MemTotal ${memKb.toLocaleString('en-US')} kB)`,
    node: process.version,
    kernel: release(),
    versions: `Astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, Pagefind ${version('pagefind')}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(', '),
  };
}

/**
 * @param {(Result & { walls: number[] })[]} rows
 * @param {ReturnType<typeof machine>} host
 */
function report(rows, host) {
  const of = (/** @type {Kind} */ kind, /** @type {number} */ size) => rows.find((r) => r.kind === kind && r.size === size);
  const lines = [];
  lines.push('# Build benchmark', '');
  lines.push(`Written by \`npm run bench -- --sizes ${sizes.join(',')}${runs > 1 ? ` --runs ${runs}` : ''}${uniqueImages ? ' --unique-images' : ''}\` on ${host.date}.`, '');
  lines.push('## Machine', '');
  lines.push(`- CPUs (nproc): ${host.nproc} (${host.cpuModel})`);
  lines.push(`- Memory: ${host.memory}`);
  lines.push(`- Load average when the benchmark started (1, 5, 15 min): ${host.load}; other work on the machine skews wall times`);
  lines.push(`- Node ${host.node}, Linux ${host.kernel}`);
  lines.push(`- ${host.versions}`, '');

  lines.push('## Results', '');
  lines.push(
    `Wall time is from starting \`node <build script>\` to its exit${runs > 1 ? ` (median of ${runs} runs)` : ''}. Per page = wall time ÷ built .html files. ` +
      `CPU is user + system time of the whole process tree. Peak RSS is the largest sum of VmRSS over the build process and all its descendants, sampled every ${SAMPLE_MS} ms. ` +
      `First query = bytes of the /pagefind/ responses Chromium needed to show the first results for “${query}” on /search/ (no cache). MB and kB are 10⁶ and 10³ bytes.`,
    '',
  );
  lines.push('| Articles | Build | Pages | Wall (s) | Per page (ms) | Pages/s | CPU (s) | Peak RSS (MB) | dist/ (MB) | Pagefind (kB) | First query (kB) |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    for (const kind of /** @type {const} */ (['site', 'bare'])) {
      const r = of(kind, size);
      if (!r) continue;
      lines.push(
        `| ${size.toLocaleString('en-US')} | ${kind === 'site' ? `site (+${r.faqs} FAQs)` : 'bare Astro + MDX'} | ${r.stats.htmlPages.toLocaleString('en-US')} | ${seconds(r.wallMs)} | ${perPage(r).toFixed(1)} | ${(r.stats.htmlPages / (r.wallMs / 1000)).toFixed(1)} | ${cell(r.cpuMs)} | ${mb(r.peakRssBytes)} | ${mb(r.stats.bytes)} | ${kb(r.stats.pagefindBytes)} | ${r.firstQuery ? kb(r.firstQuery.bytes) : kind === 'site' ? 'n/a (no Chromium)' : '–'} |`,
      );
    }
    const site = of('site', size);
    const bare = of('bare', size);
    if (site && bare) lines.push(`| ${size.toLocaleString('en-US')} | **site ÷ bare** | | ${ratio(site.wallMs / bare.wallMs)} | **${ratio(perPage(site) / perPage(bare))}** | | ${site.cpuMs && bare.cpuMs ? ratio(site.cpuMs / bare.cpuMs) : '–'} | ${ratio(site.peakRssBytes / bare.peakRssBytes)} | | | |`);
  }
  lines.push('');
  if (runs > 1) {
    lines.push('Wall times of every run (s):', '');
    for (const r of rows) lines.push(`- ${r.size} ${r.kind}: ${r.walls.map(seconds).join(', ')}`);
    lines.push('');
  }

  lines.push('### Linearity', '');
  /** @type {[number, number][]} */
  const pairs = [];
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) pairs.push([sorted[i - 1] ?? 0, sorted[i] ?? 0]);
  if (sorted.includes(1000) && sorted.includes(5000) && !pairs.some(([a, b]) => a === 1000 && b === 5000)) pairs.push([1000, 5000]);
  if (pairs.length === 0) lines.push('Needs two sizes (the goal compares 5,000 with 1,000).');
  for (const [small, large] of pairs) {
    const parts = /** @type {const} */ (['site', 'bare']).flatMap((kind) => {
      const a = of(kind, small);
      const b = of(kind, large);
      return a && b ? [`${kind} ${perPage(b).toFixed(1)} vs ${perPage(a).toFixed(1)} ms/page = **${ratio(perPage(b) / perPage(a))}**`] : [];
    });
    lines.push(`- Per-page time at ${large.toLocaleString('en-US')} vs ${small.toLocaleString('en-US')} articles: ${parts.join('; ')}`);
  }
  lines.push('');

  lines.push('## Where the time goes', '');
  lines.push(
    'From the timings Astro logs. Setup = loading the config, syncing content collections (parsing every file against its schema, rendering Markdown), generating types and collecting build info. ' +
      'Vite = bundling the server and client code. Render = writing every route. Pagefind = indexing the built HTML (site integration). Other = wall time outside Astro\'s own total: Node start-up, importing Astro, the sitemap, moving the staging folder.',
    '',
  );
  lines.push('| Articles | Build | Setup + content sync (s) | Vite (s) | Render routes (s) | Images (s) | Pagefind (s) | Other (s) | Wall (s) |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const s = r.stages;
    const known = [s.setupMs, s.viteMs, s.renderMs, s.imagesMs, s.pagefindMs].reduce((/** @type {number} */ sum, ms) => sum + (ms ?? 0), 0);
    lines.push(`| ${r.size.toLocaleString('en-US')} | ${r.kind} | ${cell(s.setupMs)} | ${cell(s.viteMs)} | ${cell(s.renderMs)} | ${cell(s.imagesMs)} | ${cell(s.pagefindMs)} | ${seconds(Math.max(0, r.wallMs - known))} | ${seconds(r.wallMs)} |`);
  }
  lines.push('');

  const withQuery = rows.filter((r) => r.firstQuery);
  if (withQuery.length > 0) {
    lines.push(`## First search results for “${query}”`, '');
    lines.push('| Articles | Files | Total (kB) | Breakdown | Time to first results (ms) |');
    lines.push('|---:|---:|---:|---|---:|');
    for (const r of withQuery) {
      if (!r.firstQuery) continue;
      const groups = Object.entries(firstQueryBreakdown(r.firstQuery.files)).map(([kind, g]) => `${kind}: ${g.count} × = ${kb(g.bytes)} kB`);
      lines.push(`| ${r.size.toLocaleString('en-US')} | ${r.firstQuery.files.length} | ${kb(r.firstQuery.bytes)} | ${groups.join('; ')} | ${r.firstQuery.ms.toFixed(0)} |`);
    }
    lines.push('');
  }

  lines.push('## Goals', '');
  lines.push('| Goal | Target | Measured | Result |');
  lines.push('|---|---|---|---|');
  /**
   * @param {string} goal
   * @param {string} target
   * @param {number | undefined} value
   * @param {(v: number) => string} show
   * @param {(v: number) => boolean} ok
   */
  const goal = (goal, target, value, show, ok) =>
    lines.push(`| ${goal} | ${target} | ${value === undefined ? 'not measured' : show(value)} | ${value === undefined ? '–' : ok(value) ? 'met' : '**missed**'} |`);
  for (const size of [1000, 5000]) {
    const site = of('site', size);
    const bare = of('bare', size);
    goal(`Per-page build time vs bare at ${size.toLocaleString('en-US')}`, `≤ ${ratio(GOALS.ratioVsBare)}`, site && bare ? perPage(site) / perPage(bare) : undefined, ratio, (v) => v <= GOALS.ratioVsBare);
  }
  const s1 = of('site', 1000);
  const s5 = of('site', 5000);
  goal('Site per-page time at 5,000 vs 1,000', `≤ ${ratio(GOALS.linearity)}`, s1 && s5 ? perPage(s5) / perPage(s1) : undefined, ratio, (v) => v <= GOALS.linearity);
  goal('Site peak memory at 5,000', `< ${(GOALS.peakBytes / 1e6).toLocaleString('en-US')} MB`, s5?.peakRssBytes, (v) => `${mb(v)} MB`, (v) => v < GOALS.peakBytes);
  goal(`First-query bytes at 5,000 (“${query}”)`, `< ${(GOALS.firstQueryBytes / 1e3).toLocaleString('en-US')} kB`, s5?.firstQuery?.bytes, (v) => `${kb(v)} kB (${v.toLocaleString('en-US')} bytes)`, (v) => v < GOALS.firstQueryBytes);
  lines.push('');

  lines.push('## Method', '');
  lines.push(
    `- Content: tests/bench/generate.mjs (seed ${seed}) writes N articles of about 800 words (## headings, bullet and numbered lists, links to /programs/…/, other articles and FAQ answers), recombined from the site's own sentences, and one FAQ per 20 articles (answers under 90 words). ` +
      `Articles are non-clinical, by elena-ruiz, with 3 key takeaways and a hero SVG copied from content/articles/images/ (${uniqueImages ? 'one copy per article (--unique-images)' : '5 images shared by all articles, so per-picture work such as image and Open Graph renditions does not grow with N; --unique-images gives each article its own'}). All files parse with the real schemas (tests/unit/bench-generator.test.ts).`,
    '- Site: a copy of the project (src, content, public, scripts and config; node_modules entries linked, its own node_modules/.astro cache) with the generated files in content/articles/ and content/faqs/, built by `node scripts/build.mjs`. Its page count includes everything else the site builds: 8 real articles, blog listing pages (6 articles per page), programs, therapies, locations, team, FAQ hub and the rest.',
    '- Bare: a new project (its own package.json, node_modules entries linked, its own cache) with @astrojs/mdx as its only integration, a content collection over the same article files (glob loader, schema of title and description), one layout and src/pages/[slug].astro. Same Markdown settings as the site (no syntax highlighting, directory output).',
    '- Each build is cold (fresh folder, no Astro or Vite cache). For each size the site is built first, then the bare project.',
    `- Vocabulary comes from the site's own text, so the Pagefind index holds fewer distinct words than N hand-written articles would: the total index size is a lower bound. The first query for a common word depends mostly on how many pages contain it, which this content reproduces.`,
    '',
  );
  return `${lines.join('\n')}`;
}

try {
  const host = machine();
  say(`Build benchmark: sizes ${sizes.join(', ')}; ${host.nproc} CPUs, ${host.memory}, Node ${host.node}`);
  say(`Temporary folders in ${tmpRoot}`);
  const corpus = harvestCorpus();
  /** @type {Result[]} */
  const results = [];
  for (const size of sizes) {
    const started = performance.now();
    const content = generateContent({ articles: size, seed, corpus, uniqueImages });
    say(`\n${size} articles, ${faqCountFor(size)} FAQs (generated in ${seconds(performance.now() - started)} s)`);
    for (let run = 1; run <= runs; run++) {
      results.push(await bench('site', size, run, content));
      results.push(await bench('bare', size, run, content));
    }
  }
  /** @type {(Result & { walls: number[] })[]} */
  const rows = [];
  for (const size of sizes) {
    for (const kind of /** @type {const} */ (['site', 'bare'])) {
      const list = results.filter((r) => r.size === size && r.kind === kind);
      if (list.length > 0) rows.push(representative(list));
    }
  }
  const markdown = report(rows, host);
  mkdirSync(dirname(values.report), { recursive: true });
  writeFileSync(values.report, `${markdown}\n`);
  const start = markdown.indexOf('## Results');
  const end = markdown.indexOf('## Method');
  say(`\n${markdown.slice(start, end).trim()}\n`);
  say(`Report written to ${relative(process.cwd(), values.report) || values.report}`);
} catch (error) {
  process.stderr.write(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  cleanup();
}

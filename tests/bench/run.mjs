// @ts-check
/**
 * npm run bench [-- --sizes 100,1000,5000] [--runs 2] [--keep] [--unique-images]
 *
 * For each size N: N synthetic articles (and N/20 FAQs) are added to a copy
 * of the site, which is built with its real build (node scripts/build.mjs:
 * pages, sitemap and Pagefind index). The peer is what a search-enabled site
 * built the plain way costs: a bare Astro + MDX project over the same N
 * article files, then the Pagefind CLI over its dist/. The peer's Astro step
 * alone is reported too (bare Astro + MDX), for reference. Site and peer
 * builds alternate, the order flipping each run, so both see the same load.
 * Each build runs cold in its own temporary folder (no node_modules/.astro,
 * .astro or dist/). The results, the machine and the goals go to
 * reports/bench.md.
 *
 * Options:
 *   --sizes  comma-separated article counts (default 100,1000,5000)
 *   --runs   builds of each kind per size; medians are reported (default 2)
 *   --runs-large  runs for sizes above 1,000 (default: --runs)
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
import { buildStages, distStats, firstQueryBreakdown, measureFirstQuery, pagefindLog, runBuild, SAMPLE_MS, STAGES, stopRunning } from './measure.mjs';
import { copySite, createBareProject, PAGEFIND_CLI, ROOT } from './projects.mjs';

/** The goals from the issue. */
const GOALS = {
  ratioVsPeer: 1.3,
  linearity: 1.2,
  peakBytes: 4_000_000_000,
  firstQueryBytes: 200_000,
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '2' },
    'runs-large': { type: 'string' },
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
const runsLarge = Number(values['runs-large'] ?? values.runs);
const seed = Number(values.seed);
if (![runs, runsLarge].every((n) => Number.isInteger(n) && n >= 1) || !Number.isInteger(seed)) {
  process.stderr.write('--runs and --runs-large take a whole number of 1 or more, and --seed a whole number.\n');
  process.exit(2);
}
const runsFor = (/** @type {number} */ size) => (size > 1000 ? runsLarge : runs);
const query = values.query;

/**
 * site: the site's own build. peer: bare Astro + MDX, then the Pagefind CLI.
 * bare: the peer's Astro step alone.
 * @typedef {'site' | 'peer' | 'bare'} Kind
 * @typedef {import('./measure.mjs').Stage} Stage
 * @typedef {{
 *   kind: Kind, size: number, faqs: number, run: number, load: string,
 *   wallMs: number, cpuMs: number | undefined, peakRssBytes: number,
 *   stats: ReturnType<typeof distStats>, stages: Stage[], pagefind: string | undefined,
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

const loadNow = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(', ');

/**
 * Builds the site and measures it.
 * @param {number} size
 * @param {number} run
 * @param {ReturnType<typeof generateContent>} content
 * @returns {Promise<Result[]>}
 */
async function benchSite(size, run, content) {
  const name = `site-${size}-run${run}`;
  const dir = join(tmpRoot, name);
  copySite(dir);
  writeContent(join(dir, 'content'), content);
  const load = loadNow();
  process.stdout.write(`  site ${size} articles (run ${run}, load ${load}): building… `);
  const build = await runBuild({ cwd: dir, args: ['scripts/build.mjs'], logFile: join(tmpRoot, `${name}.log`) });
  if (build.exitCode !== 0) {
    process.stdout.write('failed\n');
    throw new Error(`The site build of ${size} articles failed (exit ${build.exitCode}). End of its log:\n${tail(build.log)}`);
  }
  const dist = join(dir, 'dist');
  const stats = distStats(dist);
  process.stdout.write(`${seconds(build.wallMs)} s, CPU ${cell(build.cpuMs)} s, ${stats.htmlPages} pages, peak ${mb(build.peakRssBytes)} MB`);
  const firstQuery = await measureFirstQuery(dist, query);
  if (firstQuery) process.stdout.write(`, first "${query}" results ${kb(firstQuery.bytes)} kB`);
  process.stdout.write('\n');
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  const result = {
    kind: /** @type {const} */ ('site'),
    size,
    faqs: content.faqs.length,
    run,
    load,
    wallMs: build.wallMs,
    cpuMs: build.cpuMs,
    peakRssBytes: build.peakRssBytes,
    stats,
    stages: buildStages(build),
    pagefind: pagefindLog(build.log),
    firstQuery,
  };
  return [result];
}

/**
 * Builds the peer (bare Astro + MDX, then the Pagefind CLI) and measures both
 * steps; returns the peer and its Astro step alone (bare).
 * @param {number} size
 * @param {number} run
 * @param {ReturnType<typeof generateContent>} content
 * @returns {Promise<Result[]>}
 */
async function benchPeer(size, run, content) {
  const name = `peer-${size}-run${run}`;
  const dir = join(tmpRoot, name);
  createBareProject(dir, content.articles);
  const load = loadNow();
  process.stdout.write(`  peer ${size} articles (run ${run}, load ${load}): building… `);
  const astro = await runBuild({ cwd: dir, args: ['build.mjs'], logFile: join(tmpRoot, `${name}.log`) });
  if (astro.exitCode !== 0) {
    process.stdout.write('failed\n');
    throw new Error(`The bare Astro build of ${size} articles failed (exit ${astro.exitCode}). End of its log:\n${tail(astro.log)}`);
  }
  const bareStats = distStats(join(dir, 'dist'));
  process.stdout.write(`Astro ${seconds(astro.wallMs)} s; Pagefind CLI… `);
  const search = await runBuild({ cwd: dir, args: [PAGEFIND_CLI, '--site', 'dist'], logFile: join(tmpRoot, `${name}-pagefind.log`) });
  if (search.exitCode !== 0) {
    process.stdout.write('failed\n');
    throw new Error(`The Pagefind CLI over ${size} bare pages failed (exit ${search.exitCode}). End of its log:\n${tail(search.log)}`);
  }
  const stats = distStats(join(dir, 'dist'));
  const wallMs = astro.wallMs + search.wallMs;
  const cpuMs = astro.cpuMs !== undefined && search.cpuMs !== undefined ? astro.cpuMs + search.cpuMs : undefined;
  process.stdout.write(`${seconds(search.wallMs)} s; total ${seconds(wallMs)} s, CPU ${cell(cpuMs)} s, ${stats.htmlPages} pages\n`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  const stages = buildStages(astro);
  const common = { size, faqs: 0, run, load, firstQuery: undefined, pagefind: undefined };
  return [
    { ...common, kind: 'peer', wallMs, cpuMs, peakRssBytes: Math.max(astro.peakRssBytes, search.peakRssBytes), stats, stages: [...stages, { name: 'Pagefind CLI', ms: search.wallMs, cpuMs: search.cpuMs }] },
    { ...common, kind: 'bare', wallMs: astro.wallMs, cpuMs: astro.cpuMs, peakRssBytes: astro.peakRssBytes, stats: bareStats, stages },
  ];
}

/** The median of some numbers (the mean of the middle two for an even count). */
function median(/** @type {number[]} */ xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * One row for a kind and size: medians over its runs (wall, CPU, each stage),
 * the peak memory of all runs, and every run's wall time.
 * @param {Result[]} list
 * @returns {Result & { walls: number[], cpus: (number | undefined)[] }}
 */
function representative(list) {
  const [first] = list;
  if (!first) throw new Error('No results to summarize.');
  const cpus = list.map((r) => r.cpuMs);
  const known = cpus.filter((c) => c !== undefined);
  const stageNames = [...new Set(list.flatMap((r) => r.stages.map((s) => s.name)))];
  const stages = stageNames.map((name) => {
    const of = list.map((r) => r.stages.find((s) => s.name === name)).filter((s) => s !== undefined);
    const stageCpus = of.map((s) => s.cpuMs).filter((c) => c !== undefined);
    return { name, ms: median(of.map((s) => s.ms)), cpuMs: stageCpus.length === of.length && of.length > 0 ? median(stageCpus) : undefined };
  });
  // The first query and the Pagefind log line come from the run closest to the median wall time.
  const wall = median(list.map((r) => r.wallMs));
  const closest = [...list].sort((a, b) => Math.abs(a.wallMs - wall) - Math.abs(b.wallMs - wall))[0] ?? first;
  return {
    ...closest,
    wallMs: wall,
    cpuMs: known.length === list.length ? median(known) : undefined,
    peakRssBytes: Math.max(...list.map((r) => r.peakRssBytes)),
    stages,
    walls: list.map((r) => r.wallMs),
    cpus,
  };
}

const perPage = (/** @type {{ wallMs: number, stats: { htmlPages: number } }} */ r) => r.wallMs / Math.max(1, r.stats.htmlPages);
const cpuPerPage = (/** @type {Result} */ r) => (r.cpuMs === undefined ? undefined : r.cpuMs / Math.max(1, r.stats.htmlPages));
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
 * @param {(Result & { walls: number[], cpus: (number | undefined)[] })[]} rows
 * @param {Result[]} results
 * @param {ReturnType<typeof machine>} host
 */
function report(rows, results, host) {
  const of = (/** @type {Kind} */ kind, /** @type {number} */ size) => rows.find((r) => r.kind === kind && r.size === size);
  const label = (/** @type {Result} */ r) =>
    r.kind === 'site' ? `site (+${r.faqs} FAQs)` : r.kind === 'peer' ? 'peer: bare Astro + MDX, then Pagefind CLI' : 'bare Astro + MDX only (reference)';
  const lines = [];
  const runText = runs === runsLarge ? `--runs ${runs}` : `--runs ${runs} --runs-large ${runsLarge}`;
  lines.push('# Build benchmark', '');
  lines.push(`Written by \`npm run bench -- --sizes ${sizes.join(',')} ${runText}${uniqueImages ? ' --unique-images' : ''}\` on ${host.date}.`, '');
  lines.push('## Machine', '');
  lines.push(`- CPUs (nproc): ${host.nproc} (${host.cpuModel})`);
  lines.push(`- Memory: ${host.memory}`);
  lines.push(`- Load average (1, 5, 15 min) when the benchmark started: ${host.load}; when it ended: ${loadNow()}. The machine is shared: each build's load is listed under "Every run"; site and peer builds alternate so both see the same load`);
  lines.push(`- Node ${host.node}, Linux ${host.kernel}`);
  lines.push(`- ${host.versions}`, '');

  lines.push('## Results', '');
  lines.push(
    `Medians of ${runs === runsLarge ? `${runs} run${runs > 1 ? 's' : ''}` : `${runs} run${runs > 1 ? 's' : ''} at up to 1,000 articles and ${runsLarge} above`} of each build, cold. Wall time is from starting the build process to its exit; for the peer it is the Astro build plus the Pagefind CLI. Per page = wall time ÷ built .html files. ` +
      `CPU is user + system time of the whole process tree (both cores count). Peak RSS is the largest sum of VmRSS over the build process and all its descendants, sampled every ${SAMPLE_MS} ms (largest of all runs). ` +
      `First query = bytes of the /pagefind/ responses Chromium needed to show the first results for “${query}” on /search/ (no cache). MB and kB are 10⁶ and 10³ bytes.`,
    '',
  );
  lines.push('| Articles | Build | Pages | Wall (s) | Per page (ms) | CPU (s) | CPU per page (ms) | CPU ÷ wall | Peak RSS (MB) | dist/ (MB) | Pagefind (kB) | First query (kB) |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    for (const kind of /** @type {const} */ (['site', 'peer', 'bare'])) {
      const r = of(kind, size);
      if (!r) continue;
      const cpp = cpuPerPage(r);
      lines.push(
        `| ${size.toLocaleString('en-US')} | ${label(r)} | ${r.stats.htmlPages.toLocaleString('en-US')} | ${seconds(r.wallMs)} | ${perPage(r).toFixed(2)} | ${cell(r.cpuMs)} | ${cpp === undefined ? '–' : cpp.toFixed(2)} | ${r.cpuMs === undefined ? '–' : (r.cpuMs / r.wallMs).toFixed(2)} | ${mb(r.peakRssBytes)} | ${mb(r.stats.bytes)} | ${kb(r.stats.pagefindBytes)} | ${r.firstQuery ? kb(r.firstQuery.bytes) : kind === 'site' ? 'n/a (no Chromium)' : '–'} |`,
      );
    }
    const site = of('site', size);
    for (const kind of /** @type {const} */ (['peer', 'bare'])) {
      const other = of(kind, size);
      if (!site || !other) continue;
      const a = cpuPerPage(site);
      const b = cpuPerPage(other);
      lines.push(
        `| ${size.toLocaleString('en-US')} | **site ÷ ${kind}** | | ${ratio(site.wallMs / other.wallMs)} | **${ratio(perPage(site) / perPage(other))}** | ${site.cpuMs && other.cpuMs ? ratio(site.cpuMs / other.cpuMs) : '–'} | ${a !== undefined && b !== undefined ? ratio(a / b) : '–'} | | ${ratio(site.peakRssBytes / other.peakRssBytes)} | | | |`,
      );
    }
  }
  lines.push('');

  lines.push('### Every run', '');
  lines.push('| Articles | Build | Run | Load at start (1, 5, 15 min) | Wall (s) | CPU (s) | Per page (ms) |');
  lines.push('|---:|---|---:|---|---:|---:|---:|');
  for (const r of results) lines.push(`| ${r.size.toLocaleString('en-US')} | ${r.kind} | ${r.run} | ${r.load} | ${seconds(r.wallMs)} | ${cell(r.cpuMs)} | ${perPage(r).toFixed(2)} |`);
  lines.push('');

  lines.push('### Linearity', '');
  /** @type {[number, number][]} */
  const pairs = [];
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) pairs.push([sorted[i - 1] ?? 0, sorted[i] ?? 0]);
  if (sorted.includes(1000) && sorted.includes(5000) && !pairs.some(([a, b]) => a === 1000 && b === 5000)) pairs.push([1000, 5000]);
  if (pairs.length === 0) lines.push('Needs two sizes (the goal compares 5,000 with 1,000).');
  for (const [small, large] of pairs) {
    const parts = /** @type {const} */ (['site', 'peer', 'bare']).flatMap((kind) => {
      const a = of(kind, small);
      const b = of(kind, large);
      return a && b ? [`${kind} ${perPage(b).toFixed(2)} vs ${perPage(a).toFixed(2)} ms/page = **${ratio(perPage(b) / perPage(a))}**`] : [];
    });
    lines.push(`- Per-page time at ${large.toLocaleString('en-US')} vs ${small.toLocaleString('en-US')} articles: ${parts.join('; ')}`);
  }
  lines.push('');

  lines.push('## Where the time goes', '');
  lines.push(
    'Each stage ends when the build logs the line that closes it; the benchmark time-stamps every such line as it arrives and reads the CPU time of the build’s process tree at that moment. ' +
      'Wall time per stage is what the build waits for; CPU ÷ wall near 1 means one core busy (serial), near 2 both cores busy, below 1 waiting (disk, another process). Medians over the runs, in seconds; CPU in brackets.',
    '',
  );
  for (const stage of STAGES) lines.push(`- ${stage.name}: ${stage.detail}`);
  lines.push('- Pagefind CLI (peer): `pagefind --site dist` over the bare build, run as its own process after it', '');
  const stageNames = [...STAGES.map((s) => s.name), 'Pagefind CLI'];
  const used = stageNames.filter((name) => rows.some((r) => r.kind !== 'bare' && r.stages.some((s) => s.name === name)));
  lines.push(`| Articles | Build | ${used.join(' | ')} | Wall |`);
  lines.push(`|---:|---|${used.map(() => '---:').join('|')}|---:|`);
  for (const size of sizes) {
    for (const kind of /** @type {const} */ (['site', 'peer'])) {
      const r = of(kind, size);
      if (!r) continue;
      const cells = used.map((name) => {
        const s = r.stages.find((x) => x.name === name);
        if (!s) return '–';
        return s.cpuMs === undefined || s.ms < 50 ? seconds(s.ms) : `${seconds(s.ms)} (${seconds(s.cpuMs)})`;
      });
      lines.push(`| ${size.toLocaleString('en-US')} | ${kind} | ${cells.join(' | ')} | ${seconds(r.wallMs)} (${cell(r.cpuMs)}) |`);
    }
    const site = of('site', size);
    const peer = of('peer', size);
    if (site && peer) {
      const signed = (/** @type {number} */ ms) => `${ms >= 0 ? '+' : '−'}${seconds(Math.abs(ms))}`;
      const diff = used.map((name) => signed((site.stages.find((x) => x.name === name)?.ms ?? 0) - (peer.stages.find((x) => x.name === name)?.ms ?? 0)));
      lines.push(`| ${size.toLocaleString('en-US')} | site − peer | ${diff.join(' | ')} | ${signed(site.wallMs - peer.wallMs)} |`);
    }
  }
  lines.push('');
  const logged = rows.filter((r) => r.kind === 'site' && r.pagefind);
  if (logged.length > 0) {
    lines.push('What the site’s Pagefind integration logs (run closest to the median):', '');
    for (const r of logged) lines.push(`- ${r.size.toLocaleString('en-US')} articles: ${r.pagefind}`);
    lines.push('');
  }

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
    const peer = of('peer', size);
    goal(`Per-page build time vs the search-enabled peer at ${size.toLocaleString('en-US')}`, `≤ ${ratio(GOALS.ratioVsPeer)}`, site && peer ? perPage(site) / perPage(peer) : undefined, ratio, (v) => v <= GOALS.ratioVsPeer);
  }
  const s1 = of('site', 1000);
  const s5 = of('site', 5000);
  goal('Site per-page time at 5,000 vs 1,000', `≤ ${ratio(GOALS.linearity)}`, s1 && s5 ? perPage(s5) / perPage(s1) : undefined, ratio, (v) => v <= GOALS.linearity);
  goal('Site peak memory at 5,000', `< ${(GOALS.peakBytes / 1e6).toLocaleString('en-US')} MB`, s5?.peakRssBytes, (v) => `${mb(v)} MB`, (v) => v < GOALS.peakBytes);
  goal(`First-query bytes at 5,000 (“${query}”)`, `< ${(GOALS.firstQueryBytes / 1e3).toLocaleString('en-US')} kB`, s5?.firstQuery?.bytes, (v) => `${kb(v)} kB (${v.toLocaleString('en-US')} bytes)`, (v) => v < GOALS.firstQueryBytes);
  lines.push('');

  lines.push('## Method', '');
  lines.push(
    `- Content: tests/bench/generate.mjs (seed ${seed}) writes N articles of about 800 words (## headings, bullet and numbered lists, links to /programs/…/, other articles and FAQ answers), recombined from the site's own sentences (leaving out those that name methadone, which the content rules only allow with their context), and one FAQ per 20 articles (answers under 90 words). ` +
      `Articles are non-clinical, by elena-ruiz, with 3 key takeaways and a hero SVG copied from content/articles/images/ (${uniqueImages ? 'one copy per article (--unique-images)' : '5 images shared by all articles, so per-picture work such as image and Open Graph renditions does not grow with N; --unique-images gives each article its own'}). All files parse with the real schemas (tests/unit/bench-generator.test.ts).`,
    '- Site: a copy of the project (src, content, public, scripts and config; node_modules entries linked, its own node_modules/.astro cache) with the generated files in content/articles/ and content/faqs/, built by `node scripts/build.mjs` (pages, sitemap with lastmod, Pagefind index with FAQ records and the page-count check, _headers, staging folder). Its page count includes everything else the site builds: 8 real articles, blog listing pages (6 articles per page), programs, therapies, locations, team, FAQ hub and the rest.',
    "- Peer (the fair comparison: both ship search): a new project (its own package.json, node_modules entries linked, its own cache) with @astrojs/mdx as its only integration, a content collection over the same article files (glob loader, schema of title and description), one layout and src/pages/[slug].astro; same Markdown settings as the site (no syntax highlighting, directory output). Built by `node build.mjs` (Astro's `build()`), then indexed by the installed Pagefind CLI, `node node_modules/pagefind/lib/runner/bin.cjs --site dist` (what `npx pagefind --site dist` runs, without npx's own start-up). The bare row is the peer's Astro step alone.",
    '- Each build is cold: a fresh folder with no node_modules/.astro, .astro or dist/. For each size the site and the peer alternate, the site first in odd runs and the peer first in even runs.',
    `- Vocabulary comes from the site's own text, so the Pagefind index holds fewer distinct words than N hand-written articles would: the total index size is a lower bound. The first query for a common word depends mostly on how many pages contain it, which this content reproduces.`,
    '',
  );
  return `${lines.join('\n')}`;
}

try {
  const host = machine();
  say(`Build benchmark: sizes ${sizes.join(', ')}; ${host.nproc} CPUs, ${host.memory}, Node ${host.node}, load ${host.load}`);
  say(`Temporary folders in ${tmpRoot}`);
  const corpus = harvestCorpus();
  /** @type {Result[]} */
  const results = [];
  for (const size of sizes) {
    const started = performance.now();
    const content = generateContent({ articles: size, seed, corpus, uniqueImages });
    say(`\n${size} articles, ${faqCountFor(size)} FAQs (generated in ${seconds(performance.now() - started)} s)`);
    for (let run = 1; run <= runsFor(size); run++) {
      const order = run % 2 === 1 ? [benchSite, benchPeer] : [benchPeer, benchSite];
      for (const bench of order) results.push(...(await bench(size, run, content)));
    }
  }
  /** @type {(Result & { walls: number[], cpus: (number | undefined)[] })[]} */
  const rows = [];
  for (const size of sizes) {
    for (const kind of /** @type {const} */ (['site', 'peer', 'bare'])) {
      const list = results.filter((r) => r.size === size && r.kind === kind);
      if (list.length > 0) rows.push(representative(list));
    }
  }
  const markdown = report(rows, results, host);
  mkdirSync(dirname(values.report), { recursive: true });
  writeFileSync(values.report, `${markdown}\n`);
  const start = markdown.indexOf('## Results');
  const end = markdown.indexOf('## First search results');
  say(`\n${markdown.slice(start, end > 0 ? end : undefined).trim()}\n`);
  say(`Report written to ${relative(process.cwd(), values.report) || values.report}`);
} catch (error) {
  process.stderr.write(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  cleanup();
}

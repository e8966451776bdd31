// @ts-check
/**
 * Measurements for the build benchmark: a build process tree's wall time,
 * CPU time and peak memory, what it wrote to dist/, the stages Astro logs,
 * and the bytes a browser fetches to show the first search results.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** How often the process tree's memory is sampled. */
export const SAMPLE_MS = 100;

const TIME = '/usr/bin/time';

/** Every live process and its parent, from /proc/<pid>/stat. */
export function parentsByPid() {
  /** @type {Map<number, number>} */
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; fields after it are plain.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

/**
 * `root` and all its descendants.
 * @param {number} root
 * @param {Map<number, number>} parents
 */
export function descendantsOf(root, parents) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

/** @param {number} pid */
function rssBytes(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The summed resident memory of a process tree right now.
 * @param {number} root
 */
export function treeRss(root) {
  const pids = descendantsOf(root, parentsByPid());
  return { bytes: pids.reduce((sum, pid) => sum + rssBytes(pid), 0), processes: pids.length };
}

/** CPU time (user + system, ms) of a process tree so far: its live processes plus the children they have reaped. */
export function treeCpuMs(/** @type {number} */ root) {
  let ticks = 0;
  for (const pid of descendantsOf(root, parentsByPid())) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime: fields 14 to 17 of /proc/<pid>/stat, 11 to 14 after the command name.
      ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks * (1000 / CLOCK_TICKS);
}

/** Kernel clock ticks per second (USER_HZ), 100 on Linux. */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * @typedef {{ ms: number, cpuMs: number | undefined, text: string }} Mark
 *   A log line that ends a stage: when it arrived (ms after the start) and the tree's CPU time then.
 * @typedef {{ wallMs: number, cpuMs: number | undefined, peakRssBytes: number, peakProcesses: number, exitCode: number | null, log: string, marks: Mark[] }} BuildRun
 */

/** Builds still running, so an interrupted benchmark can stop them. */
export const running = new Set();

/**
 * Runs `node <args>` in `cwd`, writing its output to `logFile`, and measures
 * it: wall time, user + system CPU time of the tree (from /usr/bin/time when
 * installed) and the peak of its summed RSS, sampled every SAMPLE_MS. Each
 * output line that matches `marks` is time-stamped as it arrives, with the
 * tree's CPU time at that moment, so stages can be timed.
 * @param {{ cwd: string, args: string[], logFile: string, marks?: RegExp }} options
 * @returns {Promise<BuildRun>}
 */
export function runBuild({ cwd, args, logFile, marks = STAGE_LINE }) {
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const commandArgs = useTime ? ['-f', '%e %U %S', '-o', timeFile, process.execPath, ...args] : args;
  const out = openSync(logFile, 'w');
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child);
    /** @type {Mark[]} */
    const seen = [];
    let partial = '';
    const onData = (/** @type {Buffer} */ chunk) => {
      const ms = performance.now() - started;
      writeSync(out, chunk);
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const text of lines) {
        if (!marks.test(text)) continue;
        let cpuMs;
        try {
          cpuMs = child.pid === undefined ? undefined : treeCpuMs(child.pid);
        } catch {
          cpuMs = undefined;
        }
        seen.push({ ms, cpuMs, text: text.replace(/\x1b\[[0-9;]*m/g, '') });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    let peak = 0;
    let peakProcesses = 0;
    const sample = () => {
      if (child.pid === undefined || child.exitCode !== null) return;
      const { bytes, processes } = treeRss(child.pid);
      if (bytes > peak) {
        peak = bytes;
        peakProcesses = processes;
      }
    };
    const timer = setInterval(sample, SAMPLE_MS);
    sample();
    child.once('error', (error) => {
      clearInterval(timer);
      running.delete(child);
      closeSync(out);
      reject(error);
    });
    // 'close' rather than 'exit': all output has been read by then.
    child.once('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      running.delete(child);
      closeSync(out);
      let cpuMs;
      if (useTime && existsSync(timeFile)) {
        const [, user, system] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
        if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuMs = (user + system) * 1000;
      }
      resolve({ wallMs, cpuMs, peakRssBytes: peak, peakProcesses, exitCode: code, log: readFileSync(logFile, 'utf8'), marks: seen });
    });
  });
}

/** Stops builds still running (their whole process group). */
export function stopRunning() {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
}

/**
 * Sizes of a built site: total bytes, .html pages, and the Pagefind index.
 * @param {string} dist
 */
export function distStats(dist) {
  let bytes = 0;
  let pagefindBytes = 0;
  let htmlPages = 0;
  let files = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    files += 1;
    bytes += size;
    if (entry.name.endsWith('.html')) htmlPages += 1;
    if (relative(dist, path).split(sep)[0] === 'pagefind') pagefindBytes += size;
  }
  return { bytes, pagefindBytes, htmlPages, files };
}

/**
 * The stages of a build, each ended by a line Astro or an integration logs.
 * A stage whose line is missing (no images to optimize, no sitemap in the
 * bare project) is skipped and its time goes to the next stage found.
 */
export const STAGES = /** @type {const} */ ([
  { name: 'Start-up', detail: 'Node, importing Astro, loading the config and integrations', ends: /\[content\] Syncing content/ },
  { name: 'Content sync', detail: 'loaders, schemas, content rules, Markdown rendering', ends: /\[content\] Synced content/ },
  { name: 'Types, build info', detail: 'generated types, collecting routes', ends: /\[build\] Building static entrypoints/ },
  { name: 'Vite bundling', detail: 'server, prerender and client bundles', ends: /generating static routes/ },
  { name: 'Render routes', detail: 'getStaticPaths and writing every page', ends: /^(?:[\d:]+ )?✓ Completed in/ },
  { name: 'Images', detail: 'optimized images and Open Graph renditions', ends: /\[build\] ✓ Completed in/ },
  { name: 'Sitemap', detail: 'sitemap with lastmod (site)', ends: /\[@astrojs\/sitemap\]/ },
  { name: 'Pagefind', detail: 'what is left of the search index when the sitemap is done (site)', ends: /\[site:pagefind-index\] Indexed/ },
  { name: 'Other hooks', detail: "other integrations' build:done hooks", ends: /page\(s\) built in/ },
  { name: 'Finish', detail: 'after Astro: moving the staging folder, exit', ends: null },
]);

/** Any line that ends a stage. */
export const STAGE_LINE = new RegExp(STAGES.flatMap((stage) => (stage.ends ? [stage.ends.source] : [])).join('|'));

/**
 * @typedef {{ name: string, ms: number, cpuMs: number | undefined }} Stage
 */

/**
 * Wall and CPU time of each stage, from the time-stamped lines of a run.
 * @param {BuildRun} run
 * @returns {Stage[]}
 */
export function buildStages(run) {
  /** @type {Stage[]} */
  const stages = [];
  let at = 0;
  let cursor = 0;
  /** @type {number | undefined} */
  let cpuAt = 0;
  for (const stage of STAGES) {
    if (!stage.ends) {
      stages.push({ name: stage.name, ms: run.wallMs - at, cpuMs: run.cpuMs !== undefined && cpuAt !== undefined ? Math.max(0, run.cpuMs - cpuAt) : undefined });
      break;
    }
    const index = run.marks.findIndex((mark, i) => i >= cursor && stage.ends.test(mark.text));
    const mark = run.marks[index];
    if (!mark) continue;
    stages.push({ name: stage.name, ms: mark.ms - at, cpuMs: mark.cpuMs !== undefined && cpuAt !== undefined ? mark.cpuMs - cpuAt : undefined });
    at = mark.ms;
    cpuAt = mark.cpuMs;
    cursor = index + 1;
  }
  return stages;
}

/** The figures the site's Pagefind integration logs: total, and its own breakdown. */
export function pagefindLog(/** @type {string} */ log) {
  const line = /\[site:pagefind-index\] (Indexed .*)$/m.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
  return line?.[1];
}

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * @typedef {{ bytes: number, ms: number, results: number, files: { path: string, bytes: number, status: number }[] }} FirstQuery
 */

/**
 * What a browser fetches from /pagefind/ to show the first results of a
 * query: Chromium (no cache) opens /search/?q=<query> on the static server
 * over `dist` (which compresses text as a CDN does); the bytes received for
 * /pagefind/ requests made before the first result appears are summed.
 * Undefined when Chromium is not installed.
 * @param {string} dist
 * @param {string} query
 * @returns {Promise<FirstQuery | undefined>}
 */
export async function measureFirstQuery(dist, query) {
  if (!existsSync(CHROMIUM_PATH)) return undefined;
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../../scripts/serve.mjs');
  const server = await startServer({ root: dist, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    /** @type {{ request: import('playwright-core').Request, at: number }[]} */
    const requests = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) requests.push({ request, at: performance.now() });
    });
    const started = performance.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.search-results li').first().waitFor({ timeout: 120_000 });
    const shownAt = performance.now();
    const results = await page.locator('.search-results li').count();
    const files = [];
    for (const { request, at } of requests) {
      if (at > shownAt) continue;
      const response = await request.response();
      // Encoded size: what crossed the wire, compressed where the server compressed it.
      const { responseBodySize } = await request.sizes();
      files.push({ path: new URL(request.url()).pathname, bytes: responseBodySize, status: response?.status() ?? 0 });
    }
    await context.close();
    return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), ms: shownAt - started, results, files };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * First-query files grouped the way Pagefind names them.
 * @param {FirstQuery['files']} files
 */
export function firstQueryBreakdown(files) {
  /** @type {Record<string, { count: number, bytes: number }>} */
  const groups = {};
  for (const file of files) {
    const name = file.path.split('/').pop() ?? '';
    const kind = name.endsWith('.js')
      ? 'script (.js)'
      : name.endsWith('.pagefind')
        ? 'wasm'
        : name.endsWith('.json')
          ? 'entry (.json)'
          : name.endsWith('.pf_meta')
            ? 'meta (.pf_meta)'
            : name.endsWith('.pf_index')
              ? 'index chunks (.pf_index)'
              : name.endsWith('.pf_filter')
                ? 'filters (.pf_filter)'
                : name.endsWith('.pf_fragment')
                  ? 'fragments (.pf_fragment)'
                  : 'other';
    const group = (groups[kind] ??= { count: 0, bytes: 0 });
    group.count += 1;
    group.bytes += file.bytes;
  }
  return groups;
}

// @ts-check
/**
 * Measurements for the build benchmark: a build process tree's wall time,
 * CPU time and peak memory, what it wrote to dist/, the stages Astro logs,
 * and the bytes a browser fetches to show the first search results.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * @typedef {{ wallMs: number, cpuMs: number | undefined, peakRssBytes: number, peakProcesses: number, exitCode: number | null, log: string }} BuildRun
 */

/** Builds still running, so an interrupted benchmark can stop them. */
export const running = new Set();

/**
 * Runs `node <args>` in `cwd`, writing its output to `logFile`, and measures
 * it: wall time, user + system CPU time of the tree (from /usr/bin/time when
 * installed) and the peak of its summed RSS, sampled every SAMPLE_MS.
 * @param {{ cwd: string, args: string[], logFile: string }} options
 * @returns {Promise<BuildRun>}
 */
export function runBuild({ cwd, args, logFile }) {
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const commandArgs = useTime ? ['-f', '%e %U %S', '-o', timeFile, process.execPath, ...args] : args;
  const out = openSync(logFile, 'w');
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', out, out], detached: true });
    running.add(child);
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
    child.once('exit', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      running.delete(child);
      closeSync(out);
      let cpuMs;
      if (useTime && existsSync(timeFile)) {
        const [, user, system] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
        if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuMs = (user + system) * 1000;
      }
      resolve({ wallMs, cpuMs, peakRssBytes: peak, peakProcesses, exitCode: code, log: readFileSync(logFile, 'utf8') });
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
 * @param {string} value
 * @param {string} unit
 */
const toMs = (value, unit) => Number(value) * (unit === 's' ? 1000 : unit === 'm' ? 60_000 : 1);

/**
 * The stages Astro's build log times: setup (config, content sync, types,
 * build info), Vite bundling, rendering routes, images, Pagefind, and Astro's
 * own total.
 * @param {string} log
 */
export function astroStages(log) {
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const completedAfter = (/** @type {string} */ marker) => {
    const at = text.indexOf(marker);
    if (at < 0) return undefined;
    const match = /✓ Completed in ([\d.]+)(ms|s|m)/.exec(text.slice(at));
    return match ? toMs(match[1] ?? '0', match[2] ?? 'ms') : undefined;
  };
  const vite = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s|m)/g)].reduce((sum, m) => sum + toMs(m[1] ?? '0', m[2] ?? 'ms'), 0);
  const total = /(\d+) page\(s\) built in ([\d.]+)(ms|s|m)/.exec(text);
  const pagefind = /Indexed \d+ pages and \d+ FAQ answers in ([\d.]+) s/.exec(text);
  return {
    setupMs: completedAfter('Collecting build info'),
    viteMs: vite || undefined,
    renderMs: completedAfter('generating static routes'),
    imagesMs: completedAfter('generating optimized images'),
    pagefindMs: pagefind ? Number(pagefind[1]) * 1000 : undefined,
    astroTotalMs: total ? toMs(total[2] ?? '0', total[3] ?? 'ms') : undefined,
  };
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

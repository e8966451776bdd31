// Installs what is missing before any other script runs. Runs on the
// machine's own Node (20 or newer), before the project's Node 24 exists.
//   node scripts/setup.mjs            dependencies only
//   node scripts/setup.mjs --browser  dependencies and Chromium for browser tests
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const STAMP = 'node_modules/.setup-stamp';

function say(message) {
  process.stdout.write(`[setup] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`\n[setup] ${message}\n\n`);
  process.exit(1);
}

function run(command, args) {
  execFileSync(command, args, { stdio: 'inherit' });
}

function lockDigest() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) {
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

function ensureDependencies() {
  const digest = lockDigest();
  const ready = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest && existsSync('node_modules/.bin/node');
  if (ready) return;
  say('Installing dependencies (npm install)...');
  // `npm ci` rejects a lockfile written on another Node version's npm; `npm install` does not.
  run('npm', ['install', '--no-audit', '--no-fund']);
  if (!existsSync('node_modules/.bin/node')) {
    fail('npm install finished but Node 24 (the "node" dev dependency) is missing. Run `npm rebuild node` and try again.');
  }
  writeFileSync(STAMP, digest);
}

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    say("Installing Debian's chromium for the browser tests (apt-get)...");
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
    if (findChromium()) return;
  }
  fail(
    [
      'The browser tests need Chromium, and it is not installed.',
      '  On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
      'Then run `npm test` again.',
    ].join('\n'),
  );
}

ensureDependencies();
if (process.argv.includes('--browser')) ensureChromium();

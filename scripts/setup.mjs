// Installs what is missing before any other script runs. Runs on the
// machine's own Node (20 or newer), before the project's Node 24 exists.
//   node scripts/setup.mjs            dependencies only
//   node scripts/setup.mjs --browser  dependencies and the test tools: Chromium for
//                                     browser tests, nginx to serve the build as a
//                                     real host would, Java for the W3C Nu checker
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findChromium, findJava, findNginx } from './tools.mjs';

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
  // --loglevel=error: under the machine's Node 20 npm warns once per package that wants Node 22+
  // (the project runs on its own Node 24), a wall of noise that hides real errors.
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  if (!existsSync('node_modules/.bin/node')) {
    fail('npm install finished but Node 24 (the "node" dev dependency) is missing. Run `npm rebuild node` and try again.');
  }
  writeFileSync(STAMP, digest);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

/**
 * Installs a Debian package when it is missing and we may (root with apt-get);
 * otherwise fails with what to install.
 * @param {{ what: string, found: () => string | undefined, debianPackage: string, elsewhere: string }} tool
 */
function ensureTool({ what, found, debianPackage, elsewhere }) {
  if (found()) return;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    say(`Installing Debian's ${debianPackage} for ${what} (apt-get)...`);
    if (!aptUpdated) run('apt-get', ['update']);
    aptUpdated = true;
    // Nothing is started: the tests run their own server on a free port.
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (found()) return;
  }
  fail(
    [
      `${what[0]?.toUpperCase()}${what.slice(1)} need ${debianPackage}, and it is not installed.`,
      `  On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y ${debianPackage}`,
      `  Elsewhere: ${elsewhere}`,
      'Then run `npm test` again.',
    ].join('\n'),
  );
}

function ensureTestTools() {
  ensureTool({ what: 'the browser tests', found: findChromium, debianPackage: 'chromium', elsewhere: 'install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium' });
  ensureTool({ what: 'the web server tests', found: findNginx, debianPackage: 'nginx', elsewhere: 'install nginx and set NGINX_PATH=/path/to/nginx' });
  ensureTool({ what: 'the W3C HTML checker', found: findJava, debianPackage: 'default-jre-headless', elsewhere: 'install Java 11 or newer and set JAVA_HOME' });
}

ensureDependencies();
if (process.argv.includes('--browser')) ensureTestTools();

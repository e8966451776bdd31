// @ts-check
// Where the test tools from Debian live: Chromium (browser tests), nginx (a
// real web server for the build) and Java (the W3C Nu HTML checker). No side
// effects, so setup and the tests share one answer. Each can be pointed
// elsewhere with an environment variable.
import { existsSync } from 'node:fs';

/** @param {string[]} candidates */
const firstExisting = (candidates) => candidates.find((candidate) => existsSync(candidate));

/** @param {string | undefined} override @param {string[]} candidates */
const find = (override, candidates) => (override ? firstExisting([override]) : firstExisting(candidates));

export const findChromium = () => find(process.env.CHROMIUM_PATH, ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
export const findNginx = () => find(process.env.NGINX_PATH, ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx']);
export const findJava = () => find(process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : undefined, ['/usr/bin/java', '/usr/local/bin/java']);

// Serves the built site (dist/) the way a static host does: directory
// URLs with a trailing slash, 404.html for what is missing, the headers
// from dist/_headers, and gzip for text when the browser accepts it.
// `npm start` and the browser tests use it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeaders } from './headers.mjs';
import { NOT_FOUND_PAGES } from '../src/lib/security/policy.ts';

/** Types a CDN compresses; Pagefind's index files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts a server for `root`. Port 0 picks a free port.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    const send = (status, file, requestPath) => {
      const headers = headersFor(rules, requestPath);
      for (const [name, value] of headers) response.setHeader(name, value);
      response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (gzip) response.setHeader('content-encoding', 'gzip');
      response.setHeader('vary', 'Accept-Encoding');
      response.writeHead(status);
      if (request.method === 'HEAD') response.end();
      else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
      else createReadStream(file).pipe(response);
    };
    const target = normalize(join(base, path));
    if (!target.startsWith(base)) {
      response.writeHead(400).end();
      return;
    }
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
      const index = join(target, 'index.html');
      if (existsSync(index)) return send(200, index, path);
    } else if (existsSync(target) && statSync(target).isFile()) {
      return send(200, target, path);
    }
    // The "not found" page of the part of the site asked for (the Spanish one under /es/).
    const page = NOT_FOUND_PAGES.find(([prefix]) => path.startsWith(prefix) && existsSync(join(base, NOT_FOUND_PAGES.find(([p]) => p === prefix)?.[1] ?? '')))?.[1];
    const notFound = join(base, page ?? '404.html');
    if (existsSync(notFound)) return send(404, notFound, path);
    response.writeHead(404).end('Not found');
  });

  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync('dist/index.html')) {
    process.stderr.write('There is no built site in dist/. Run `npm run build` first (or `npm start`, which builds).\n');
    process.exit(1);
  }
  const { url } = await startServer({ port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? '127.0.0.1' });
  process.stdout.write(`Serving dist/ at ${url}/ (press Ctrl+C to stop)\n`);
}

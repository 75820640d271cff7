/**
 * A small static server for `dist/`, with the headers a real host should send: HTML `no-cache`
 * (WeChat caches pages hard), hashed assets immutable, `/404.html` with status 404. Used by
 * `npm start` and by the end-to-end tests. Run alone: `node scripts/serve.mjs [dir] [port]`.
 */
import { closeSync, createReadStream, fstatSync, openSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Content types by extension; the benchmark's Lighthouse server uses the same. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

function fileAt(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const abs = path.join(root, path.normalize(decoded));
  if (!abs.startsWith(root)) return undefined;
  try {
    const st = statSync(abs);
    if (st.isFile()) return { abs, dir: false };
    if (st.isDirectory()) return { abs: path.join(abs, 'index.html'), dir: true };
  } catch {}
  return undefined;
}

/**
 * @param {() => string} getRoot where the site is now (npm start swaps it after a rebuild)
 * @param {string[]} fallbacks folders to look in when the site has no such file: `npm start`
 *   passes the public folder, so a picture just uploaded in the CMS shows before the rebuild
 */
export function serve(getRoot, port, host = '127.0.0.1', fallbacks = []) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const root = path.resolve(getRoot());
    let found = fileAt(root, url.pathname);
    for (const dir of fallbacks) {
      if (found) break;
      const file = fileAt(path.resolve(dir), url.pathname);
      if (file && !file.dir) found = file;
    }
    if (found?.dir && !url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (found?.dir) {
      try {
        statSync(found.abs);
      } catch {
        found = undefined;
      }
    }
    if (!found) {
      status = 404;
      found = { abs: path.join(root, '404.html'), dir: false };
    }
    const ext = path.extname(found.abs).toLowerCase();
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control':
        ext === '.html'
          ? 'no-cache'
          : url.pathname.startsWith('/_astro/')
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    };
    // Opened in the same tick the path was resolved: `npm start` swaps a new build in between
    // ticks, so a request is served wholly from the old site or wholly from the new one.
    let fd;
    try {
      fd = openSync(found.abs, 'r');
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': fstatSync(fd).size });
    if (req.method === 'HEAD') {
      closeSync(fd);
      res.end();
      return;
    }
    createReadStream('', { fd }).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject); // e.g. EADDRINUSE: the caller says what to do about it
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const port = Number(process.argv[3] ?? 4321);
  await serve(() => dir, port);
  console.log(`dist/ 已在 http://127.0.0.1:${port}/ 提供访问`);
}

/**
 * Lighthouse (mobile, its default) on each page type of a built site, served as production serves
 * it: the precompressed .br/.gz copies and the cache headers of deploy/nginx.conf. Used by
 * `npm run bench`; Chromium is Debian's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { TYPES } from './serve.mjs';

function serveDist(dist) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) [file, status] = [path.join(dist, '404.html'), 404];
    const accept = String(req.headers['accept-encoding'] ?? '');
    const headers = {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    for (const [enc, ext] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ])
      if (accept.includes(enc) && existsSync(file + ext)) {
        res.writeHead(status, { ...headers, 'Content-Encoding': enc }).end(readFileSync(file + ext));
        return;
      }
    res.writeHead(status, headers).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** @returns {Promise<Record<string, Record<string, number>>>} scores 0–100 per page and category */
export async function lighthouseScores(dist, pages) {
  const server = await serveDist(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const out = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const result = await lighthouse(`${base}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      out[name] = Object.fromEntries(
        Object.entries(result.lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
      );
      const cls = result.lhr.audits['cumulative-layout-shift']?.numericValue;
      out[name].cls = Number((cls ?? 0).toFixed(3));
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return out;
}

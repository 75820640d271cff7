/**
 * What a page costs a phone (SPEC §9): gzip bytes of its HTML, the CSS it links and the JS it
 * loads (module scripts and their static imports), images aside. Used by `npm run bench` and by
 * the budget test in `npm test` (sizes are deterministic; times stay in the benchmark).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** A content page ships at most this, gzip, HTML + CSS + JS. */
export const BUDGET = { total: 20 * KB, js: 6 * KB };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The JS a page loads: module scripts and everything they import statically. */
function jsOf(dist, html) {
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const inline = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]);
  for (const code of inline) for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) queue.push(m[1]);
  let bytes = inline.reduce((n, code) => n + gz(Buffer.from(code)), 0);
  while (queue.length) {
    const src = queue.shift();
    if (!src.startsWith('/') || seen.has(src)) continue;
    seen.add(src);
    const file = path.join(dist, src);
    if (!existsSync(file)) continue;
    const code = readFileSync(file);
    bytes += gz(code);
    for (const m of code.toString().matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g))
      queue.push(path.posix.join(path.posix.dirname(src), m[1]));
  }
  return bytes;
}

function cssOf(dist, html) {
  return [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
    (n, m) => n + gz(readFileSync(path.join(dist, m[1]))),
    0,
  );
}

/**
 * @param {string} dist the built site
 * @param {string} file an HTML file inside it, relative (`events/x/index.html`)
 * @returns {{ html: number, css: number, js: number, total: number, ok: boolean }}
 */
export function pageWeight(dist, file) {
  const html = readFileSync(path.join(dist, file), 'utf8');
  const h = gz(Buffer.from(html));
  const css = cssOf(dist, html);
  const js = jsOf(dist, html);
  const total = h + css + js;
  return { html: h, css, js, total, ok: total <= BUDGET.total && js <= BUDGET.js };
}

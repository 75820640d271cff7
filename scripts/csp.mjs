/**
 * The Content-Security-Policy in deploy/nginx.conf allows the site's few inline scripts (the ones
 * that must run before the first paint) by their SHA-256 hashes. This reads the built site, lists
 * the hashes it needs, and checks them against nginx.conf, or with --write puts them there.
 * Usage: node scripts/csp.mjs [dist] [--write]   (npm run csp)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const NGINX_CONF = path.join(root, 'deploy/nginx.conf');
/** The line in nginx.conf that holds the site's policy (the CMS has its own). */
const POLICY_LINE = /^(\s*default "default-src[^\n]*)$/m;

/** Every inline script of the site's pages (the CMS aside), as CSP hash sources, sorted. */
export function inlineScriptHashes(dist) {
  const hashes = new Set();
  for (const name of readdirSync(dist, { recursive: true }).map(String)) {
    if (!name.endsWith('.html') || name.startsWith(`admin${path.sep}`)) continue;
    const html = readFileSync(path.join(dist, name), 'utf8');
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(?:ld\+)?json"/.test(m[1])) continue; // data, never run
      hashes.add(`'sha256-${createHash('sha256').update(m[2]).digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** The hashes nginx.conf allows now. */
export function confHashes(conf = readFileSync(NGINX_CONF, 'utf8')) {
  return [...(POLICY_LINE.exec(conf)?.[1] ?? '').matchAll(/'sha256-[^']+'/g)].map((m) => m[0]).sort();
}

export function writeConfHashes(hashes) {
  const conf = readFileSync(NGINX_CONF, 'utf8');
  const next = conf.replace(POLICY_LINE, (line) =>
    line.replace(/( 'sha256-[^']+')+/, '').replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${hashes.join(' ')}`),
  );
  writeFileSync(NGINX_CONF, next);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  const wanted = inlineScriptHashes(dist);
  const have = confHashes();
  if (wanted.join(' ') === have.join(' ')) {
    console.log(`deploy/nginx.conf 的脚本哈希是最新的（${wanted.length} 个）。`);
  } else if (args.includes('--write')) {
    writeConfHashes(wanted);
    console.log(`已更新 deploy/nginx.conf 的脚本哈希（${wanted.length} 个）。`);
  } else {
    console.error('deploy/nginx.conf 的脚本哈希和生成的网站不一致：请运行 npm run build && npm run csp -- --write');
    process.exit(1);
  }
}

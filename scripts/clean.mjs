/**
 * `npm run clean`: removes every cache and every output, so the next build starts from nothing:
 * Linli's kept files (node_modules/.cache/linli, or LINLI_CACHE_DIR: src/integrations/cache.ts), Astro's own caches
 * (.astro, node_modules/.astro, node_modules/.vite), the built site (dist, and npm start's
 * dist-next and dist-old) and the end-to-end tests' reports. The tests' and benchmark's scratch
 * folder (.tmp) holds generated content that takes a minute to make again: delete it by hand.
 * Usage: npm run clean
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readSettings } from '../src/settings.ts';

const root = path.resolve(import.meta.dirname, '..');
const { cacheDir, distDir: dist } = readSettings(root);
const targets = [
  cacheDir,
  'node_modules/.astro',
  'node_modules/.vite',
  '.astro',
  dist,
  `${dist}-next`,
  `${dist}-old`,
  'test-results',
  'playwright-report',
].map((t) => path.resolve(root, t));
let removed = 0;
for (const t of targets) {
  if (!existsSync(t)) continue;
  rmSync(t, { recursive: true, force: true });
  console.log(`已删除 ${path.relative(root, t)}`);
  removed++;
}
console.log(removed ? '缓存和生成的网站都已删除：下次生成从头做起。' : '没有要删除的：缓存和生成的网站都不在。');

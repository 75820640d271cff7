/**
 * What search costs a resident on a built site (issue 8's benchmark; `npm run bench` runs it on
 * 3,000 generated entries): the index's size, the bytes the first and a second query fetch (as a
 * server sends them: precompressed copies where scripts/compress.mjs made one, Pagefind's own files
 * as they are, already compressed) and the time from pressing 搜索 to results in headless Chromium.
 *   node scripts/search-bench.mjs <dist> [query] [second query]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { compressCache, compressSite } from '../src/integrations/compress.ts';

const KB = 1024;

/** Bytes a compressing server would send for a path under `dist`. */
function sentBytes(dist, pathname) {
  const file = path.join(dist, decodeURIComponent(pathname).replace(/\/$/, '/index.html'));
  for (const candidate of [`${file}.br`, `${file}.gz`, file])
    if (existsSync(candidate)) return statSync(candidate).size;
  return 0;
}

function folderBytes(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .reduce((n, f) => n + (statSync(f).isFile() && !/\.(br|gz)$/.test(f) ? statSync(f).size : 0), 0);
}

export async function searchBench(dist, queries = ['义诊', '垃圾分类'], port = 4417) {
  const root = path.resolve(import.meta.dirname, '..');
  await compressSite(dist, compressCache(root));
  const server = await serve(() => dist, port);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    let fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
    const pageBytes = fetched.reduce((n, p) => n + sentBytes(dist, p), 0);
    const box = page.getByRole('searchbox', { name: '搜索' });
    const runs = [];
    for (const q of queries) {
      fetched = [];
      await box.fill(q);
      const started = Date.now();
      await box.press('Enter');
      await page.waitForFunction(
        () => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false',
      );
      const ms = Date.now() - started;
      const results = await page.locator('#search-results a[data-result]').count();
      await page.waitForLoadState('networkidle');
      const bytes = fetched.reduce((n, p) => n + sentBytes(dist, p), 0);
      if (process.env.BENCH_FILES)
        for (const p of fetched) console.log(`  ${q} ${(sentBytes(dist, p) / KB).toFixed(1).padStart(6)} KB ${p}`);
      runs.push({ q, ms, results, bytes, requests: fetched.length });
    }
    return {
      index: `${(folderBytes(path.join(dist, 'pagefind')) / KB / KB).toFixed(1)} MB in dist/pagefind`,
      page: `${(pageBytes / KB).toFixed(1)} KB to open /search/`,
      queries: runs.map(
        (r, i) =>
          `${i ? 'then' : 'first'} 「${r.q}」: ${r.results} shown, ${(r.bytes / KB).toFixed(1)} KB in ` +
          `${r.requests} requests, ${r.ms} ms to results`,
      ),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, ...queries] = process.argv.slice(2);
  console.log(await searchBench(path.resolve(dist), queries.length ? queries : undefined));
}

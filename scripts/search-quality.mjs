/**
 * Search quality as residents meet it: each query typed into the box of a built site's /search/
 * page in Chromium, its first ten results compared with what the query should find.
 *
 * A query file is a list of { q, case, expect, top, ok?, never? } (tests/fixtures/search/queries.json):
 * - recall@10: the share of `expect` among the first ten results;
 * - top-1: whether the first result is one of `top`;
 * - precision@10: the share of the results shown (up to ten) that are in `expect` or `ok`.
 * Each is averaged over queries, overall and per case. Used by tests/build/search-quality.test.ts
 * and by hand, against any built site (before/after a change):
 *   node scripts/search-quality.mjs http://127.0.0.1:4400 tests/fixtures/search/queries.json
 */
import { readFileSync } from 'node:fs';

/** Types `q` into the search box and reads the first ten results' paths. */
async function resultsFor(page, q) {
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.fill(q);
  await box.press('Enter');
  await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
  return page.$$eval('#search-results a[data-result]', (links) =>
    links.slice(0, 10).map((a) => new URL(a.href).pathname),
  );
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

function measure(rows) {
  return {
    queries: rows.length,
    recall: mean(rows.map((r) => r.recall)),
    top1: mean(rows.map((r) => (r.top1 ? 1 : 0))),
    precision: mean(rows.map((r) => r.precision)),
  };
}

/** Runs every query on `page` (already on the site's /search/ page); returns the figures and each row. */
export async function measureSearch(page, queries) {
  const rows = [];
  for (const q of queries) {
    const got = await resultsFor(page, q.q);
    const onTopic = new Set([...q.expect, ...(q.ok ?? [])]);
    rows.push({
      ...q,
      got,
      recall: q.expect.filter((u) => got.includes(u)).length / q.expect.length,
      top1: got[0] !== undefined && q.top.includes(got[0]),
      precision: got.length ? got.filter((u) => onTopic.has(u)).length / got.length : 1,
      forbidden: got.filter((u) => q.never?.includes(u)),
    });
  }
  const byCase = Object.fromEntries(
    [...new Set(rows.map((r) => r.case))].map((c) => [c, measure(rows.filter((r) => r.case === c))]),
  );
  return { overall: measure(rows), byCase, rows };
}

export const percent = (x) => `${(x * 100).toFixed(1)} %`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base, file, now = '2026-11-29T12:00:00+08:00'] = process.argv.slice(2);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await page.clock.setFixedTime(new Date(now));
  await page.goto(`${base}/search/`);
  const { overall, byCase, rows } = await measureSearch(page, JSON.parse(readFileSync(file, 'utf8')));
  await browser.close();
  console.log(
    `${overall.queries} queries: recall@10 ${percent(overall.recall)}, top-1 ${percent(overall.top1)}, ` +
      `precision@10 ${percent(overall.precision)}`,
  );
  for (const [c, m] of Object.entries(byCase)) {
    const figures = [m.recall, m.top1, m.precision].map(percent).join('  ');
    console.log(`  ${c.padEnd(16)} ${String(m.queries).padStart(3)}  ${figures}`);
  }
  if (process.env.MISSES)
    for (const r of rows.filter((r) => r.recall < 1 || !r.top1 || r.precision < 1))
      console.log(`  ✗ ${r.case} ${r.q}: ${r.got.slice(0, 4).join(' ')}`);
}

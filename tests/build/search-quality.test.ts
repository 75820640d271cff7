/**
 * Search quality (issue 8), measured the way residents search: each query typed into the box on
 * the built `/search/` page in Chromium, over a corpus of its own (tests/fixtures/search/, never
 * the sample content) with its synonyms file. tests/fixtures/search/queries.json lists for each
 * query the pages it must find (`expect`), those acceptable first (`top`), other on-topic pages
 * (`ok`) and pages it must never show (`never`).
 *
 * Reports recall@10 (expected pages in the first ten), top-1 (first result acceptable) and
 * precision@10 (results shown among the first ten that are on topic), overall and per case, into
 * .tmp/search-quality.json; fails below 98 %, 95 % and 95 %.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { astroBuild } from '../helpers/astro';
import { fixturesDir, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';

const NOW = '2026-11-29T12:00:00+08:00';
const dist = path.join(projectRoot, '.tmp/dist-search');
const site = path.join(fixturesDir, 'search');

interface Query {
  q: string;
  case: string;
  expect: string[];
  top: string[];
  ok?: string[];
  never?: string[];
  note?: string;
}
const queries: Query[] = JSON.parse(readFileSync(path.join(site, 'queries.json'), 'utf8'));

interface Row extends Query {
  got: string[];
  recall: number;
  top1: boolean;
  precision: number;
  forbidden: string[];
}

let browser: Browser;
let page: Page;
let server: { close(): void } | undefined;

/** Types the query into the search box as a resident would, and reads the first ten results. */
async function search(q: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.fill(q);
  await box.press('Enter');
  await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
  return page.$$eval('#search-results a[data-result]', (links) =>
    links.slice(0, 10).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

beforeAll(async () => {
  const build = astroBuild(dist, {
    ...siteEnv({ root: site, contentDir: path.join(site, 'content'), publicDir: path.join(site, 'public') }),
    LINLI_NOW: NOW,
  });
  expect(build.status, build.output).toBe(0);
  const port = await freePort();
  server = await serve(() => dist, port);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  // Statuses (and so "upcoming first") are worked out in the browser, on the test's clock.
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(`http://127.0.0.1:${port}/search/`);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('search quality on a corpus of its own', () => {
  it('has at least 80 queries, covering every kind of phrasing', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    const cases = new Set(queries.map((q) => q.case));
    for (const c of [
      'two-char',
      'inside-word',
      'multi-word',
      'unspaced',
      'fullwidth',
      'traditional',
      'pinyin-full',
      'pinyin-initials',
      'synonym',
      'trap',
    ])
      expect(cases, c).toContain(c);
  });

  it('finds what residents mean: recall@10 ≥ 98 %, top-1 ≥ 95 %, precision@10 ≥ 95 %', async () => {
    const rows: Row[] = [];
    for (const q of queries) {
      const got = await search(q.q);
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
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
    const measure = (list: Row[]) => ({
      queries: list.length,
      recall: mean(list.map((r) => r.recall)),
      top1: mean(list.map((r) => (r.top1 ? 1 : 0))),
      precision: mean(list.map((r) => r.precision)),
    });
    const overall = measure(rows);
    const byCase = Object.fromEntries(
      [...new Set(rows.map((r) => r.case))].map((c) => [c, measure(rows.filter((r) => r.case === c))]),
    );
    const misses = rows.filter((r) => r.recall < 1 || !r.top1 || r.precision < 1 || r.forbidden.length);
    mkdirSync(path.join(projectRoot, '.tmp'), { recursive: true });
    writeFileSync(
      path.join(projectRoot, '.tmp/search-quality.json'),
      JSON.stringify({ overall, byCase, misses }, null, 2),
    );
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(
      `搜索质量（${overall.queries} 个查询）：recall@10 ${pct(overall.recall)}，top-1 ${pct(overall.top1)}，` +
        `precision@10 ${pct(overall.precision)}；未达标的查询见 .tmp/search-quality.json`,
    );
    expect(rows.flatMap((r) => r.forbidden.map((u) => `${r.q} → ${u}`))).toEqual([]);
    expect(overall.recall).toBeGreaterThanOrEqual(0.98);
    expect(overall.top1).toBeGreaterThanOrEqual(0.95);
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});

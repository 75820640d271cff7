/**
 * The search page (SPEC §6) on the e2e site: the contract (query on load, results, empty state),
 * filters in the address with counts, what each result shows, no layout shift, search code only
 * where it is needed, and a WeChat WebView without a word segmenter. Ranking quality is measured
 * on a corpus of its own in tests/build/search-quality.test.ts, and checked here on held-out
 * queries for this site (tests/fixtures/site/search-queries.json), written apart from that tuning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { measureSearch } from '../../scripts/search-quality.mjs';
import { layoutShift } from '../helpers/layout-shift';
import { expect, test } from './fixtures';

const WECHAT_OLD =
  'Mozilla/5.0 (Linux; Android 10; V1936A) AppleWebKit/537.36 Chrome/86.0 Mobile Safari/537.36 ' +
  'MicroMessenger/8.0.30.2260(0x28001E3B) WeChat/arm64 NetType/4G Language/zh_CN';

const results = (page: Page) => page.locator('#search-results');
const done = (page: Page) => expect(results(page)).toHaveAttribute('aria-busy', 'false');

test('every page leads to search, and ?q= runs on load', async ({ page }) => {
  await page.goto('/stories/');
  await page.getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  const box = page.getByRole('searchbox', { name: '搜索' });
  await expect(box).toHaveAttribute('type', 'search');
  await box.fill('防诈骗');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=%E9%98%B2%E8%AF%88%E9%AA%97$/);
  await expect(results(page).locator('a[data-result]').first()).toBeVisible();
  await done(page);

  await page.goto('/search/?q=' + encodeURIComponent('献血'));
  await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('献血');
  const first = results(page).locator('a[data-result]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.locator('article[data-pagefind-body]')).toContainText('献血');
});

test('a query with no match says so in Chinese', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('量子计算机'));
  await expect(results(page)).toHaveAttribute('data-state', 'empty');
  await expect(page.getByRole('status')).toHaveText(/没有找到/);
  await expect(results(page).locator('a[data-result]')).toHaveCount(0);
});

test('a result shows its title, type, category, date, status and the words around the match', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('献血'));
  await done(page);
  const items = results(page).locator('li');
  const upcoming = items.filter({ has: page.locator('a[href="/events/xianxue-2027/"]') });
  const past = items.filter({ has: page.locator('a[href="/events/xianxue-2026/"]') });
  // The drive still to come goes before last year's, which reads almost the same.
  const hrefs = await results(page)
    .locator('a[data-result]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.indexOf('/events/xianxue-2027/')).toBeLessThan(hrefs.indexOf('/events/xianxue-2026/'));
  await expect(upcoming.locator('.result-facts')).toContainText('活动');
  await expect(upcoming.locator('.result-facts')).toContainText('无偿献血');
  await expect(upcoming.locator('.result-facts')).toContainText('2027年6月12日');
  await expect(upcoming.locator('.status')).toHaveText('报名中');
  await expect(past.locator('.status')).toHaveText('已结束');
  // The title and the excerpt mark the word; the excerpt is running text, not labels glued to values.
  await expect(upcoming.locator('a mark').first()).toHaveText('献血');
  const excerpt = upcoming.locator('.result-excerpt');
  await expect(excerpt.locator('mark').first()).toHaveText('献血');
  expect(await excerpt.textContent()).not.toMatch(/时间\d|地点\p{Script=Han}|已结束|报名中/u);
  expect([...((await excerpt.textContent()) ?? '')].length).toBeLessThanOrEqual(90);

  // Weeks later the same page, still open in WeChat, tells the truth about the status.
  await page.clock.setFixedTime(new Date('2027-07-01T10:00:00+08:00'));
  await page.reload();
  await done(page);
  await expect(upcoming.locator('.status')).toHaveText('已结束');
});

test('filters narrow the results, show counts and travel in the address', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('献血'));
  await done(page);
  const type = page.getByRole('combobox', { name: '类型' });
  await expect(type.locator('option[value="活动"]')).toHaveText('活动（2）');
  await expect(type.locator('option[value=""]')).toHaveText(/全部类型（[3-9]）/);
  await type.selectOption('活动');
  await expect(page).toHaveURL(/[?&]type=%E6%B4%BB%E5%8A%A8/);
  await done(page);
  await expect(results(page).locator('a[data-result]')).toHaveCount(2);
  for (const facts of await results(page).locator('.result-facts').allTextContents()) expect(facts).toMatch(/^活动/);

  // A shared, filtered address opens as it was left.
  await page.goto(page.url());
  await expect(type).toHaveValue('活动');
  await expect(results(page).locator('a[data-result]')).toHaveCount(2);
  const year = page.getByRole('combobox', { name: '年份' });
  await year.selectOption('2026');
  await expect(page).toHaveURL(/year=2026/);
  await expect(results(page).locator('a[data-result]')).toHaveCount(1);
  await expect(results(page).locator('a[data-result]')).toHaveAttribute('href', '/events/xianxue-2026/');
  await expect(page.getByRole('combobox', { name: '分类' }).locator('option[value="无偿献血"]')).toHaveText(
    '无偿献血（1）',
  );
});

test('results arrive without moving anything on the page', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('义诊'));
  await done(page);
  await expect(results(page).locator('a[data-result]').first()).toBeVisible();
  const shift = await layoutShift(page, 500);
  expect(shift).toBeLessThan(0.01);
});

test('search code loads on the search page only, or when its box is first touched', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.goto('/events/xianxue-2027/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: '搜索' }).focus();
  await expect.poll(() => fetched.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('in an old WeChat WebView without a word segmenter, phrases typed without spaces are found', async ({
  browser,
}) => {
  const context = await browser.newContext({
    userAgent: WECHAT_OLD,
    locale: 'zh-CN',
    viewport: { width: 375, height: 740 },
  });
  // Chromium 86-era WebViews lack Intl.Segmenter (Chrome 87).
  await context.addInitScript(() => {
    delete (Intl as { Segmenter?: unknown }).Segmenter;
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-29T12:00:00+08:00'));
  for (const q of ['重阳义诊', '義診', '１１０', 'chongyang']) {
    await page.goto('/search/?q=' + encodeURIComponent(q));
    await done(page);
    await expect(results(page).locator('a[data-result]').first(), q).toBeVisible();
  }
  await page.goto('/search/?q=' + encodeURIComponent('重阳义诊'));
  await done(page);
  await expect(results(page).locator('a[data-result]').first()).toHaveAttribute(
    'href',
    '/events/chongyang-jinglao-2027/',
  );
  await context.close();
});

test('held-out queries on this site (not the corpus ranking was tuned on) find what they should', async ({ page }) => {
  test.setTimeout(120_000);
  const file = path.join(process.cwd(), 'tests/fixtures/site/search-queries.json');
  const queries = JSON.parse(readFileSync(file, 'utf8'));
  await page.goto('/search/');
  const { overall, rows } = await measureSearch(page, queries);
  const misses = rows.filter((r: { recall: number; top1: boolean }) => r.recall < 1 || !r.top1);
  console.log(`held-out: ${JSON.stringify(overall)}`);
  expect(misses.map((r: { q: string; got: string[] }) => `${r.q}: ${r.got.slice(0, 3).join(' ')}`)).toEqual([]);
  expect(overall.precision).toBeGreaterThanOrEqual(0.95);
});

test('nothing searchable, and 显示更多结果 tapped twice, behave', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('献血'));
  await done(page);
  await expect(results(page).locator('a[data-result]').first()).toBeVisible();
  const box = page.getByRole('searchbox', { name: '搜索' });
  for (const q of ['？！', '怎么']) {
    await box.fill(q);
    await box.press('Enter');
    await expect(results(page)).toHaveAttribute('data-state', 'empty');
    await expect(page.getByRole('status')).toHaveText(/没有找到/);
    await expect(results(page).locator('a[data-result]')).toHaveCount(0);
  }
  await page.goto('/search/?q=' + encodeURIComponent('志愿'));
  await done(page);
  const more = page.getByRole('button', { name: '显示更多结果' });
  await expect(more).toBeVisible();
  await more.dblclick();
  await expect(results(page).locator('a[data-result]')).not.toHaveCount(10);
  await page.waitForLoadState('networkidle');
  const hrefs = await results(page)
    .locator('a[data-result]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  // Focus goes on to the first new result, so reading continues where it left off.
  await expect(page.locator(':focus')).toHaveAttribute('data-result', '');
});

test('finds a word a resident sees only in an activity’s sign-up line (where people register)', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('户口本'));
  await done(page);
  await expect(results(page).locator('a[data-result][href="/events/shuqi-tuoguan-2027/"]')).toBeVisible();
});

test('filters offer only choices that find something, and their counts add up to the total shown', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('献血'));
  await done(page);
  const total = Number(
    /找到 (\d+) 条结果/.exec((await page.locator('site-search > p.status').textContent()) ?? '')?.[1],
  );
  expect(total).toBeGreaterThan(1);
  for (const name of ['类型', '分类', '年份']) {
    const select = page.getByRole('combobox', { name });
    await expect(select.locator('option[value=""]')).toHaveText(new RegExp(`（${total}）$`));
    const offered = await select
      .locator('option:not([value=""])')
      .evaluateAll((options) =>
        (options as HTMLOptionElement[])
          .filter((o) => !o.hidden && !o.disabled)
          .map((o) => Number(/（(\d+)）$/.exec(o.textContent ?? '')?.[1] ?? NaN)),
      );
    expect(
      offered.every((n) => n > 0),
      `${name}: ${offered}`,
    ).toBe(true);
    const sum = offered.reduce((a, b) => a + b, 0);
    // Every result has one type; a page (介绍) has no category or year, so those may sum to less.
    if (name === '类型') expect(sum, name).toBe(total);
    else expect(sum, name).toBeLessThanOrEqual(total);
  }
});

test('a search that finds nothing says what to try and gives the office phone', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('鳄鱼潜水艇'));
  await done(page);
  await expect(results(page)).toHaveAttribute('data-state', 'empty');
  const help = page.locator('.no-results');
  await expect(help).toBeVisible();
  await expect(help).toContainText('短一点的词');
  await expect(help).toContainText('拼音');
  await expect(help.getByRole('link', { name: '健康卫生' })).toHaveAttribute('href', '/categories/health/');
  await expect(help.getByRole('link', { name: '0512-6688 1234' })).toHaveAttribute('href', /^tel:/);
});

/**
 * 活动台账 on a year of activities (tests/fixtures/records/ over minimal, built as of 2027-12-20):
 * some with records, some without, one cancelled, one postponed, one across midnight, one without
 * an end, one next year. The totals below were worked out by hand from the fixture's files:
 *
 *   2027           activities  volunteers  served  total hours  photos
 *   1 月 防诈 + 春联       2          21        140      9 + 45 = 54     2
 *   3 月 义诊 + 学雷锋      2          40        200      0 + 92 = 92     8
 *   12 月 守夜 (4.5 h)     1          18         60           81         0
 *   year                   5          79        400          227        10
 *
 * The page, the workbook (read back with exceljs) and the CSV (parsed with csv-parse) must all
 * hold these numbers; each 活动记录表 prints to one or two A4 pages with a QR code of its activity.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { astroBuild } from '../helpers/astro';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';

const NOW = '2027-12-20T12:00:00+08:00';
const ORIGIN = 'https://test.example.cn';
const dist = path.join(projectRoot, '.tmp/dist-records');
const shots = path.join(projectRoot, '.tmp/screenshots');
let browser: Browser;
let base: string;
let server: { close(): void } | undefined;

/** [activities, volunteers, served, total hours, photos] */
const YEAR = [5, 79, 400, 227, 10];
const MONTHS: Record<string, number[]> = {
  '1 月': [2, 21, 140, 54, 2],
  '3 月': [2, 40, 200, 92, 8],
  '12 月': [1, 18, 60, 81, 0],
};
const TEAMS: Record<string, number[]> = { 银发服务队: [4, 64, 300, 182, 10], 社区组织: [1, 15, 100, 45, 0] };
const CATEGORIES: Record<string, number[]> = { 助老助残: [3, 73, 360, 218, 8], 健康卫生: [2, 6, 40, 9, 2] };
const TOOK_PLACE = ['fangzha-2027-01', 'chunlian-2027', 'yizhen', 'xueleifeng-2027', 'shousui-2027'];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const paths = contentTree('records', 'minimal', 'records');
  const build = astroBuild(dist, { ...siteEnv(paths), LINLI_NOW: NOW });
  expect(build.status, build.output).toBe(0);
  const port = await freePort();
  server = await serve(() => dist, port);
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const numbers = (cells: string[]) => cells.map((c) => Number(c.replace(/,/g, '')));

/** A row of a totals table of 2027 by its name: [activities, volunteers, served, total hours, photos]. */
async function totalsRow(page: Page, caption: string, name: string): Promise<number[]> {
  const row = page
    .locator('[data-year="2027"] table', { has: page.locator('caption', { hasText: caption }) })
    .locator(`tr[data-name="${name}"]`);
  return numbers(await row.locator('td').allTextContents());
}

describe('工作台账 (/records/)', () => {
  it('lists what took place, month by month, with the totals worked out by hand', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base}/records/`);
    const y = page.locator('[data-year="2027"]');
    expect(
      await y.locator('tbody tr[data-slug]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slug'))),
    ).toEqual(TOOK_PLACE);
    for (const [month, expected] of Object.entries(MONTHS)) {
      expect(await totalsRow(page, '按月汇总', month), month).toEqual(expected);
    }
    expect(await totalsRow(page, '按月汇总', '2027 年合计')).toEqual(YEAR);
    for (const [team, expected] of Object.entries(TEAMS))
      expect(await totalsRow(page, '按服务队汇总', team)).toEqual(expected);
    for (const [c, expected] of Object.entries(CATEGORIES))
      expect(await totalsRow(page, '按分类汇总', c)).toEqual(expected);
    // The month's own footer agrees with its rows.
    const march = y.locator('section.month', { hasText: '3 月' }).locator('tfoot [data-col="totalHours"]');
    await expect(march.textContent()).resolves.toBe('92');
    // Last year is there too; the cancelled, the postponed and next year's activity are not.
    await expect(page.locator('[data-year="2026"] tbody tr[data-slug]').count()).resolves.toBe(1);
    const text = await page.locator('main').textContent();
    for (const title of ['春季健步走', '广场舞展演', '元旦游园']) expect(text).not.toContain(title);
    await page.screenshot({ path: path.join(shots, 'records-375.png'), fullPage: true });
    await page.close();
  });

  it('flags each ended activity whose record is incomplete, saying what is missing', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/records/`);
    const gaps = async (slug: string) => {
      const flags = page.locator(`[data-year="2027"] tr[data-slug="${slug}"] [data-gaps]`);
      return (await flags.count()) ? await flags.getAttribute('data-gaps') : '';
    };
    expect(await gaps('fangzha-2027-01')).toBe('');
    expect(await gaps('chunlian-2027')).toBe('photos report');
    expect(await gaps('yizhen')).toBe('counts photos report');
    expect(await gaps('xueleifeng-2027')).toBe('report');
    await expect(page.locator('[data-year="2027"] .todo li').count()).resolves.toBe(4);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/records\/|\/record\//);
    await page.close();
  });
});

describe('files for 上报', () => {
  it('the workbook has four sheets of real numbers, filters on the header and widths for Chinese', async () => {
    const bytes = readFileSync(path.join(dist, 'records/2027.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['活动明细', '按月汇总', '按服务队汇总', '按分类汇总']);
    const rows = book.getWorksheet('活动明细')!;
    expect(rows.rowCount).toBe(1 + TOOK_PLACE.length);
    const head = (rows.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => head.indexOf(name) + 1;
    const xueleifeng = rows.getRow(2 + TOOK_PLACE.indexOf('xueleifeng-2027'));
    expect(xueleifeng.getCell(col('活动名称')).value).toBe('学雷锋便民服务');
    expect(xueleifeng.getCell(col('志愿者人数')).value).toBe(40);
    expect(xueleifeng.getCell(col('服务总时长（小时）')).value).toBe(92);
    expect(rows.getRow(2 + TOOK_PLACE.indexOf('yizhen')).getCell(col('志愿者人数')).value).toBeNull();
    expect(rows.autoFilter).toBeTruthy();
    // A column is at least as wide as its Chinese heading (two widths a character).
    expect(rows.getColumn(col('活动名称')).width).toBeGreaterThanOrEqual(2 * '学雷锋便民服务'.length);
    const sum = (sheet: string, name: string) =>
      (
        book
          .getWorksheet(sheet)!
          .getSheetValues()
          .find((r) => Array.isArray(r) && r[1] === name) as unknown[]
      ).slice(2);
    for (const [month, expected] of Object.entries(MONTHS)) expect(sum('按月汇总', month)).toEqual(expected);
    expect(sum('按月汇总', '2027 年合计')).toEqual(YEAR);
    for (const [team, expected] of Object.entries(TEAMS)) expect(sum('按服务队汇总', team)).toEqual(expected);
    for (const [c, expected] of Object.entries(CATEGORIES)) expect(sum('按分类汇总', c)).toEqual(expected);
  });

  it('the CSV starts with a byte-order mark and parses to the same rows', async () => {
    const bytes = readFileSync(path.join(dist, 'records/2027.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((r) => r['活动名称'])).toEqual([
      '防范电信诈骗讲座',
      '写春联送祝福',
      '社区义诊',
      '学雷锋便民服务',
      '冬至陪伴独居老人守夜',
    ]);
    const sum = (key: string) => records.reduce((n, r) => n + Number(r[key] || 0), 0);
    expect([
      records.length,
      sum('志愿者人数'),
      sum('服务对象人数'),
      sum('服务总时长（小时）'),
      sum('照片（张）'),
    ]).toEqual(YEAR);
    expect(records[0]!['网页']).toBe(`${ORIGIN}/events/fangzha-2027-01/`);
    const page = await browser.newPage();
    await page.goto(`${base}/records/`);
    const hrefs = await page
      .locator('[data-year="2027"] .downloads a')
      .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    expect(hrefs).toEqual(['/records/2027.xlsx', '/records/2027.csv']);
    await page.close();
  });
});

describe('活动记录表 (/events/<slug>/record/)', () => {
  it.each([
    ['xueleifeng-2027', 2],
    ['fangzha-2027-01', 1],
    ['yizhen', 1],
    ['shousui-2027', 1],
  ])('%s prints on A4 (at most %i pages), blanks as lines, its QR code to the activity', async (slug, most) => {
    const page = await browser.newPage();
    await page.goto(`${base}/events/${slug}/record/`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(path.join(shots, `record-${slug}.pdf`), pdf);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getPageCount()).toBeLessThanOrEqual(most);
    const [w, h] = [doc.getPage(0).getSize().width, doc.getPage(0).getSize().height].map(Math.round);
    expect([w, h]).toEqual([595, 842]);
    const text = (await page.locator('article.record').textContent()) ?? '';
    expect(text).not.toMatch(/undefined|NaN|null/);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    const png = await (await page.request.get(`${base}/events/${slug}/qr.png`)).body();
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(`${ORIGIN}/events/${slug}/`);
    await page.close();
  });

  it('shows what was recorded, and a line to write on for what was not', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base}/events/xueleifeng-2027/record/`);
    const sheet = page.locator('article.record');
    await expect(sheet.textContent()).resolves.toMatch(/40 人[\s\S]*200 人[\s\S]*每人 2\.3 小时[\s\S]*共 92 小时/);
    await expect(sheet.locator('.photos img').count()).resolves.toBe(6);
    await expect(sheet.textContent()).resolves.toContain('另有 2 张照片');
    await expect(sheet.textContent()).resolves.toContain('200 多位居民');
    await page.screenshot({ path: path.join(shots, 'record-375.png'), fullPage: true });
    await page.goto(`${base}/events/yizhen/record/`);
    // 志愿者人数, 服务对象人数, 服务对象, 服务总时长, 媒体报道, 上报给, 上报日期, 记录人, 签字.
    await expect(page.locator('article.record [data-blank]').count()).resolves.toBe(9);
    await expect(page.locator('article.record').textContent()).resolves.toContain('每人 2.5 小时（按活动时间计）');
    await page.close();
  });
});

describe('figures residents see', () => {
  it('a team’s page and the home page show the year’s activities, volunteer-times and hours', async () => {
    const page = await browser.newPage();
    const figures = async () => numbers(await page.locator('.figures dd').allTextContents());
    await page.goto(`${base}/teams/yinfa/`);
    expect(await figures()).toEqual([TEAMS['银发服务队']![0], TEAMS['银发服务队']![1], TEAMS['银发服务队']![3]]);
    await page.goto(`${base}/`);
    expect(await figures()).toEqual([YEAR[0], YEAR[1], YEAR[3]]);
    await page.close();
  });
});

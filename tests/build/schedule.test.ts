/**
 * 活动安排 printed for the bulletin board: one A4 page however many activities a busy month has,
 * with a QR code (≥ 40 mm, decoding to the site) and a line saying how many rows were left off.
 * Built from the minimal fixture with 24 long-titled activities written by the test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect as pwExpect, type Browser } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { astroBuild } from '../helpers/astro';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';

const NOW = '2026-11-29T12:00:00+08:00';
const dist = path.join(projectRoot, '.tmp/dist-schedule');
const shots = path.join(projectRoot, '.tmp/screenshots');
let browser: Browser;
let base: string;
let server: { close(): void } | undefined;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const paths = contentTree('schedule-many');
  mkdirSync(path.join(paths.contentDir, 'events'), { recursive: true });
  for (let i = 0; i < 24; i++) {
    const day = String(1 + Math.floor(i * 1.2)).padStart(2, '0');
    writeFileSync(
      path.join(paths.contentDir, `events/busy-${i}.md`),
      [
        '---',
        `title: 第${i + 1}场冬季关爱独居老人上门走访与家庭安全隐患排查志愿服务活动（长标题测试）`,
        'date: 2026-11-20',
        `start: 2026-12-${day} 09:00`,
        `end: 2026-12-${day} 11:30`,
        'location: 桂花苑社区党群服务中心一楼多功能活动室及各楼栋单元门口集合点',
        'signup: 电话报名，或到社区服务中心登记；行动不便的老人可请楼长代为报名。',
        'category: health',
        '---',
        '正文。',
        '',
      ].join('\n'),
    );
  }
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

describe('the printed 活动安排', () => {
  it('is one A4 page with the first rows, a count of the rest and a QR code of at least 40 mm', async () => {
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date(NOW));
    await page.goto(`${base}/schedule/`);
    // On screen every row is there (the fixture's own activity is months away).
    await expect(page.locator('li[data-over-at]:visible').count()).resolves.toBe(24);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(path.join(shots, 'schedule.pdf'), pdf);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]); // A4 in points

    await page.emulateMedia({ media: 'print' });
    await pwExpect(page.locator('[data-print-more]')).toHaveText('另有 16 项活动，请扫码查看。');
    await pwExpect(page.locator('li[data-over-at]:visible')).toHaveCount(8);
    const qr = page.locator('.sheet-foot img');
    const box = (await qr.boundingBox())!;
    expect((box.width * 25.4) / 96).toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: path.join(shots, 'schedule-print.png'), fullPage: true });

    const png = await (await page.request.get(`${base}/schedule/qr.png`)).body();
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe('https://test.example.cn/');
    await page.close();
  });

  it('drops the rows that are over when it is opened days after the build', async () => {
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date('2026-12-10T12:00:00+08:00'));
    await page.goto(`${base}/schedule/`);
    const rows = await page.locator('li[data-over-at]:visible h3').allTextContents();
    expect(rows.some((r) => r.startsWith('第1场冬季'))).toBe(false);
    expect(rows.length).toBeLessThan(24);
    await page.close();
  });
});

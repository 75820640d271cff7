/**
 * Share pictures and A4 posters, on the minimal fixture plus entries the test writes: a short and
 * a very long activity and article, and an activity with a phone-sized cover photo. Checks what a
 * resident and the office meet: cards within the limits link previews set, a 分享海报 whose QR
 * code opens the page, posters that print on exactly one A4 page with a QR code of at least 40 mm,
 * and a rebuild that draws only what changed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { heard } from '../../src/i18n/build-log';
import { astroBuild } from '../helpers/astro';
import type { ContentPaths } from '../../src/content/repository';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';

const NOW = '2026-11-29T12:00:00+08:00';
const ORIGIN = 'https://test.example.cn';
const dist = path.join(projectRoot, '.tmp/dist-share');
const cacheDir = path.join(projectRoot, '.tmp/share-images-cache');
const shots = path.join(projectRoot, '.tmp/screenshots');
const paragraph = '请居民朋友们相互转告，注意防寒保暖，外出时结伴同行，遇到困难及时拨打社区电话求助。'.repeat(4);
let paths: ContentPaths;
let firstBuild: string;
let browser: Browser;
let base: string;
let server: { close(): void } | undefined;

function entry(file: string, front: string[], body: string) {
  writeFileSync(path.join(paths.contentDir, file), ['---', ...front, '---', body, ''].join('\n'));
}

/** How many pictures the build drew afresh, from its log line. */
function drawn(output: string): number {
  const line = heard('sharePictures', output);
  expect(line, output).toBeDefined();
  return line!.made!;
}

async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // A first build from nothing, so the second shows what the cache saves: in a cache of this
  // file's own, so another test file's build never finds its kept files gone half-way.
  rmSync(cacheDir, { recursive: true, force: true });
  paths = contentTree('share-images');
  const longBody = Array.from({ length: 30 }, (_, i) => `## 第${i + 1}条\n\n${paragraph}`).join('\n\n');
  const event = ['date: 2026-11-20', 'category: health', 'location: 社区服务中心'];
  entry(
    'events/long.md',
    [
      'title: 冬季关爱独居老人上门走访与家庭用电用气安全隐患排查志愿服务活动（第三期）',
      ...event,
      'start: 2026-12-12 09:00',
      'end: 2026-12-12 16:30',
      'signup: 电话报名，或到社区服务中心一楼登记；行动不便的老人可请楼长或子女代为报名，志愿者请在微信群接龙。',
      'deadline: 2026-12-10 17:00',
    ],
    longBody,
  );
  entry('events/short.md', ['title: 剪窗花', ...event, 'start: 2026-12-20 14:00'], '一起剪窗花。');
  mkdirSync(path.join(paths.publicDir, 'uploads'), { recursive: true });
  // A phone photo: 4000 × 3000 of noise is several megabytes, as a real one is.
  const noise = Buffer.alloc(400 * 300 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  await sharp(noise, { raw: { width: 400, height: 300, channels: 3 } })
    .resize(4000, 3000, { kernel: 'nearest' })
    .jpeg({ quality: 95 })
    .toFile(path.join(paths.publicDir, 'uploads/活动照片.jpg'));
  entry(
    'events/photo.md',
    [
      'title: 带封面照片的活动',
      ...event,
      'start: 2026-12-06 09:00',
      'cover: /uploads/活动照片.jpg',
      'coverAlt: 志愿者合影',
    ],
    '正文。',
  );
  entry('articles/long.md', ['title: 冬季居家安全与健康生活全攻略', 'date: 2026-11-10', 'category: health'], longBody);

  const build = astroBuild(dist, { ...siteEnv(paths), LINLI_NOW: NOW, LINLI_CACHE_DIR: cacheDir });
  expect(build.status, build.output).toBe(0);
  firstBuild = build.output;
  server = await serve(() => dist, await freePort().then((p) => ((base = `http://127.0.0.1:${p}`), p)));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('share pictures', () => {
  it('gives every entry a picture within what link previews take, and the site a card', async () => {
    const pictures = [
      'share.png',
      'events/long/share.png',
      'events/short/share.png',
      'events/photo/share.jpg',
      'articles/long/share.png',
      'stories/zhang/share.png',
    ];
    for (const file of pictures) {
      const full = path.join(dist, file);
      const meta = await sharp(full).metadata();
      expect(meta.format, file).toBe(file.endsWith('.jpg') ? 'jpeg' : 'png');
      expect(Math.min(meta.width!, meta.height!), file).toBeGreaterThanOrEqual(300);
      expect(statSync(full).size, file).toBeLessThan(300 * 1024);
    }
    // The 4000 px photo became the card, cropped square.
    const photo = await sharp(path.join(dist, 'events/photo/share.jpg')).metadata();
    expect([photo.width, photo.height]).toEqual([600, 600]);
    const html = readFileSync(path.join(dist, 'events/photo/index.html'), 'utf8');
    expect(html).toContain(`<meta property="og:image" content="${ORIGIN}/events/photo/share.jpg">`);
  });

  it('draws a 分享海报 for activities and articles whose QR code opens the page', async () => {
    for (const page of ['events/long', 'events/short', 'articles/long']) {
      const png = readFileSync(path.join(dist, page, 'poster.png'));
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height]).toEqual([750, 1334]);
      expect(await decodeQr(png), page).toBe(`${ORIGIN}/${page}/`);
    }
    expect(statSync(path.join(dist, 'stories/zhang')).isDirectory()).toBe(true);
    expect(() => statSync(path.join(dist, 'stories/zhang/poster.png'))).toThrow();
  });

  it('has every QR code it drew, on pages and on 分享海报, open the page it belongs to', async () => {
    const files = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => /(^|\/)(qr|poster)\.png$/.test(f) && f !== 'schedule/qr.png');
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const page = `${ORIGIN}/${path.dirname(file)}/`;
      expect(await decodeQr(readFileSync(path.join(dist, file))), file).toBe(page);
    }
  });

  it('redraws only the pictures of an entry that changed', () => {
    expect(drawn(firstBuild)).toBeGreaterThan(0);
    const again = astroBuild(dist, { ...siteEnv(paths), LINLI_NOW: NOW, LINLI_CACHE_DIR: cacheDir });
    expect(again.status, again.output).toBe(0);
    expect(drawn(again.output)).toBe(0);
    const file = path.join(paths.contentDir, 'events/short.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('剪窗花', '写春联'));
    const changed = astroBuild(dist, { ...siteEnv(paths), LINLI_NOW: NOW, LINLI_CACHE_DIR: cacheDir });
    expect(changed.status, changed.output).toBe(0);
    expect(drawn(changed.output)).toBe(2); // its card and its poster
  }, 120_000);
});

describe('A4 posters', () => {
  for (const page of ['events/short', 'events/long', 'articles/fangdie', 'articles/long']) {
    it(`/${page}/poster/ prints on one A4 page with a QR code of at least 40 mm`, async () => {
      const tab = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      await tab.clock.setFixedTime(new Date(NOW));
      await tab.goto(`${base}/${page}/poster/`);
      const pdf = await tab.pdf({ format: 'A4', preferCSSPageSize: true });
      const doc = await PDFDocument.load(pdf);
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);

      await tab.emulateMedia({ media: 'print' });
      const qr = tab.locator('.foot .qr:not(.group) img');
      const box = (await qr.boundingBox())!;
      expect((box.width * 25.4) / 96).toBeGreaterThanOrEqual(40);
      const src = await qr.getAttribute('src');
      expect(await decodeQr(await (await tab.request.get(`${base}${src}`)).body())).toBe(`${ORIGIN}/${page}/`);
      // A long body is cut, and says so; a short one is whole.
      expect(await tab.locator('[data-more]').isVisible()).toBe(page.endsWith('long'));
      await tab.screenshot({ path: path.join(shots, `poster-${page.replace('/', '-')}.png`), fullPage: true });
      await tab.close();
    });
  }
});

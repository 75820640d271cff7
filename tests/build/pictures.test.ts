/**
 * Pictures as residents meet them (issue 14), on the minimal fixture plus what the test writes:
 * an activity that is over with its recap and 12 photos, a phone photo (4000 × 3000, stored on
 * its side with EXIF orientation 6) as a cover, and a story with a portrait. Checks the recap
 * page, the photo viewer by keyboard and by finger, thumbnails in lists, sizes and bytes a phone
 * loads, no layout shift, upright photos, and a rebuild that makes only new sizes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect as pwExpect, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWeight, BUDGET } from '../../scripts/page-weight.mjs';
import { serve } from '../../scripts/serve.mjs';
import type { ContentPaths } from '../../src/content/repository';
import { heard } from '../../src/i18n/build-log';
import { astroBuild } from '../helpers/astro';
import { phonePhoto, scene } from '../helpers/photos';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { layoutShift } from '../helpers/layout-shift';

const NOW = '2026-11-29T12:00:00+08:00';
const dist = path.join(projectRoot, '.tmp/dist-pictures');
const cacheDir = path.join(projectRoot, '.tmp/pictures-cache');
const shots = path.join(projectRoot, '.tmp/screenshots');
/**
 * Image bytes a 375 px phone may load before the reader scrolls a recap page: the first row of
 * three thumbnails at 2× (about 15–40 KB each as WebP) plus what the browser fetches just below
 * the screen. A third of the page budget's worth of a slow 3G second.
 */
const FIRST_SCREEN_IMAGE_BUDGET = 150 * 1024;
let paths: ContentPaths;
let firstBuild: string;
let browser: Browser;
let base: string;
let server: { close(): void } | undefined;

function entry(file: string, lines: string[]) {
  writeFileSync(path.join(paths.contentDir, file), ['---', ...lines, '---', '正文。', ''].join('\n'));
}

/** A photo-like picture: a gradient with shapes, so it compresses like a photo. */
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  // A first build from nothing, so the second shows what the cache saves: in a cache of this
  // file's own, so another test file's build never finds its kept files gone half-way.
  rmSync(cacheDir, { recursive: true, force: true });
  paths = contentTree('pictures');
  const uploads = path.join(paths.publicDir, 'uploads');
  mkdirSync(uploads, { recursive: true });
  for (let i = 1; i <= 12; i++)
    await sharp(scene(1600, 1200, i * 29))
      .jpeg({ quality: 85 })
      .toFile(path.join(uploads, `recap-${i}.jpg`));
  await phonePhoto(path.join(uploads, 'phone.jpg'));
  await sharp(scene(900, 1200, 20))
    .jpeg()
    .toFile(path.join(uploads, 'portrait.jpg'));

  const photos = Array.from({ length: 12 }, (_, i) => [
    `  - image: /uploads/recap-${i + 1}.jpg`,
    `    alt: 第${i + 1}张现场照片`,
    ...(i % 2 ? [] : [`    caption: 义诊现场之${i + 1}`]),
  ]).flat();
  entry('events/recap.md', [
    'title: 秋季义诊回顾',
    'date: 2026-10-01',
    'start: 2026-10-20 09:00',
    'end: 2026-10-20 11:30',
    'location: 社区服务中心',
    'category: health',
    'signup: 电话报名',
    'recap: |',
    '  40 多位老人参加了义诊，医生量血压、测血糖。',
    'photos:',
    ...photos,
  ]);
  entry('events/phone.md', [
    'title: 手机照片做封面',
    'date: 2026-11-01',
    'start: 2026-12-20 09:00',
    'location: 社区服务中心',
    'category: health',
    'cover: /uploads/phone.jpg',
    'coverAlt: 志愿者合影',
  ]);
  entry('stories/portrait.md', [
    'title: 楼道里的热心人',
    'date: 2026-11-10',
    'subject: 李阿姨',
    'honor: 优秀志愿者',
    'category: health',
    'portrait: /uploads/portrait.jpg',
    'portraitAlt: 李阿姨的笑脸',
  ]);
  // A photo in an article's body, with a Chinese file name.
  await sharp(scene(2400, 1800, 90))
    .jpeg()
    .toFile(path.join(uploads, '讲座合影.jpg'));
  writeFileSync(
    path.join(paths.contentDir, 'articles/body-photo.md'),
    [
      '---',
      'title: 讲座回顾',
      'date: 2026-11-12',
      'category: health',
      '---',
      '讲座现场：',
      '',
      '![讲座现场合影](/uploads/讲座合影.jpg)',
      '',
    ].join('\n'),
  );
  const build = astroBuild(dist, { ...siteEnv(paths), LINLI_NOW: NOW, LINLI_CACHE_DIR: cacheDir });
  expect(build.status, build.output).toBe(0);
  firstBuild = build.output;
  const port = await freePort();
  server = await serve(() => dist, port);
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function phone(touch = false): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: touch,
    hasTouch: touch,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  return page;
}

describe('an activity that is over, with its recap', () => {
  it('leads with the recap and its photos; the sign-up details fold away', async () => {
    const page = await phone();
    await page.goto(`${base}/events/recap/`);
    const recap = page.locator('section.recap');
    await pwExpect(recap.locator('h2')).toHaveText('活动回顾');
    await pwExpect(recap).toContainText('40 多位老人参加了义诊');
    await pwExpect(recap.locator('.gallery li')).toHaveCount(12);
    // Recap first, then the folded facts.
    const order = await page.evaluate(() => {
      const r = document.querySelector('section.recap')!;
      const f = document.querySelector('details.folded-facts')!;
      return r.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await pwExpect(page.locator('details.folded-facts')).not.toHaveAttribute('open', '');
    const place = page.locator('.facts').getByText('社区服务中心', { exact: true });
    await pwExpect(place).toBeHidden();
    await page.getByText('活动信息（时间、地点、报名方式）').click();
    await pwExpect(place).toBeVisible();
    await page.screenshot({ path: path.join(shots, 'recap-page.png'), fullPage: true });
    await page.context().close();
  });

  it('opens a photo large, steps with the arrow keys and closes with Esc', async () => {
    const page = await phone();
    await page.goto(`${base}/events/recap/`);
    await page.locator('.gallery li a').first().click();
    const dialog = page.locator('photo-gallery dialog');
    await pwExpect(dialog).toBeVisible();
    await pwExpect(dialog.locator('.count')).toHaveText('第 1 张，共 12 张');
    await pwExpect(dialog.locator('.caption')).toHaveText('义诊现场之1');
    await pwExpect(dialog.locator('img')).toHaveAttribute('alt', '第1张现场照片');
    await page.keyboard.press('ArrowRight');
    await pwExpect(dialog.locator('.count')).toHaveText('第 2 张，共 12 张');
    // No caption: the photo's description stands in.
    await pwExpect(dialog.locator('.caption')).toHaveText('第2张现场照片');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await pwExpect(dialog.locator('.count')).toHaveText('第 12 张，共 12 张');
    // The large photo is a real, loaded picture.
    await pwExpect
      .poll(() => dialog.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.currentSrc))
      .toMatch(/\/_img\/[0-9a-f]+-(800|1200)\.jpg$/); // a bare <img>: the fallback every browser reads
    await page.screenshot({ path: path.join(shots, 'recap-viewer.png') });
    await page.keyboard.press('Escape');
    await pwExpect(dialog).toBeHidden();
    await pwExpect(page.locator('.gallery li a').nth(11)).toBeFocused();
    await page.context().close();
  });

  it('swipes between photos and closes with a tap, on a touch screen', async () => {
    const page = await phone(true);
    await page.goto(`${base}/events/recap/`);
    await page.locator('.gallery li a').nth(2).tap();
    const dialog = page.locator('photo-gallery dialog');
    await pwExpect(dialog.locator('.count')).toHaveText('第 3 张，共 12 张');
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (fromX: number, toX: number) => {
      const y = 300;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
      for (let i = 1; i <= 5; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: fromX + ((toX - fromX) * i) / 5, y }],
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(300, 80); // finger to the left: the next photo
    await pwExpect(dialog.locator('.count')).toHaveText('第 4 张，共 12 张');
    await swipe(80, 300); // to the right: back
    await swipe(80, 300);
    await pwExpect(dialog.locator('.count')).toHaveText('第 2 张，共 12 张');
    // A small wobble is not a swipe.
    await swipe(200, 185);
    await pwExpect(dialog.locator('.count')).toHaveText('第 2 张，共 12 张');
    await dialog.getByRole('button', { name: '关闭' }).tap();
    await pwExpect(dialog).toBeHidden();
    await page.context().close();
  });

  it('shares itself with its first recap photo', async () => {
    const html = readFileSync(path.join(dist, 'events/recap/index.html'), 'utf8');
    expect(html).toContain('<meta property="og:image" content="https://test.example.cn/events/recap/share.jpg">');
    const card = await sharp(path.join(dist, 'events/recap/share.jpg')).metadata();
    expect([card.format, card.width, card.height]).toEqual(['jpeg', 600, 600]);
  });

  it('is marked 有回顾 in the list, and shown on the home page under 最新回顾', async () => {
    const page = await phone();
    await page.goto(`${base}/events/`);
    const card = page.locator('article.card', { hasText: '秋季义诊回顾' });
    await pwExpect(card.locator('.recap')).toHaveText('有回顾');
    await pwExpect(card.locator('img')).toHaveAttribute('alt', '第1张现场照片');
    await pwExpect(page.locator('article.card', { hasText: '手机照片做封面' }).locator('.recap')).toHaveCount(0);
    await page.goto(`${base}/`);
    await pwExpect(page.locator('section:has(#recaps)')).toContainText('秋季义诊回顾');
    await page.context().close();
  });
});

describe('pictures within the budget', () => {
  for (const pagePath of [
    '/events/recap/',
    '/events/',
    '/stories/',
    '/stories/portrait/',
    '/events/phone/',
    '/articles/body-photo/',
    '/',
  ]) {
    it(`${pagePath}: every <img> has width, height and alt; photos have srcset; nothing shifts`, async () => {
      const page = await phone();
      await page.goto(`${base}${pagePath}`);
      await page.waitForLoadState('networkidle');
      const images = await page.locator('main img').evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => ({
          // A gallery thumbnail below the screen holds its address back until it is needed.
          src: img.getAttribute('src') ?? img.dataset.src!,
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
          alt: img.getAttribute('alt'),
          srcset: img.getAttribute('srcset') ?? img.dataset.srcset,
          inViewer: Boolean(img.closest('dialog')),
        })),
      );
      const shown = images.filter((i) => !i.inViewer);
      expect(shown.length).toBeGreaterThan(0);
      for (const img of shown) {
        expect(Number(img.width), img.src).toBeGreaterThan(0);
        expect(Number(img.height), img.src).toBeGreaterThan(0);
        expect(img.alt, img.src).not.toBeNull();
        if (img.src.startsWith('/_img/')) expect(img.srcset, img.src).toMatch(/ 240w, /);
      }
      expect(await layoutShift(page)).toBeLessThan(0.01);
      await page.screenshot({ path: path.join(shots, `pictures${pagePath.replace(/\//g, '-')}.png`) });
      await page.context().close();
    });
  }

  it('a recap page loads only the first screen of photos before scrolling, and ships ≤ 20 KB', async () => {
    const page = await phone();
    const loaded: { name: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'image') loaded.push({ name: r.url(), bytes: (await r.body()).length });
    });
    await page.goto(`${base}/events/recap/`);
    await page.waitForLoadState('networkidle');
    const before = [...loaded];
    // The gallery's photos (the related cards below have thumbnails of their own).
    const hashes = await page
      .locator('.gallery li a')
      .evaluateAll((as) => as.map((a) => /\/_img\/([0-9a-f]+)-/.exec((a as HTMLAnchorElement).href)![1]!));
    const photos = before.filter((r) => hashes.some((h) => r.name.includes(`/_img/${h}-`)));
    const onScreen = await page
      .locator('.gallery li')
      .evaluateAll((lis) => lis.filter((li) => li.getBoundingClientRect().top < innerHeight).length);
    expect(onScreen).toBeGreaterThan(0);
    expect(onScreen).toBeLessThan(12);
    // The thumbnails on the first screen, and not one more.
    expect(photos.length, JSON.stringify(photos)).toBe(onScreen);
    expect(photos.every((p) => p.name.endsWith('.webp'))).toBe(true);
    const bytes = before.reduce((n, r) => n + r.bytes, 0);
    expect(bytes).toBeLessThanOrEqual(FIRST_SCREEN_IMAGE_BUDGET);
    // Scrolled to the gallery's foot, the rest arrive.
    await page.locator('.gallery li').last().scrollIntoViewIfNeeded();
    await pwExpect.poll(() => page.locator('.gallery li img[src]').count()).toBe(12);
    // Printed without scrolling, every photo is there too.
    const printed = await phone();
    await printed.goto(`${base}/events/recap/`);
    await printed.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await pwExpect.poll(() => printed.locator('.gallery li img[src]').count()).toBe(12);
    await printed.context().close();
    console.log(`recap page, 375 px at 2×: ${photos.length} photos, ${(bytes / 1024).toFixed(1)} KB before scrolling`);
    const weight = pageWeight(dist, 'events/recap/index.html');
    expect(weight.ok, JSON.stringify(weight)).toBe(true);
    expect(weight.total).toBeLessThanOrEqual(BUDGET.total);
    await page.context().close();
  });

  it('serves a photo in a body at phone sizes too, lazily', async () => {
    const page = await phone();
    await page.goto(`${base}/articles/body-photo/`);
    const img = page.locator('.prose picture img');
    await pwExpect(img).toHaveAttribute('alt', '讲座现场合影');
    await pwExpect(img).toHaveAttribute('width', '2400');
    await pwExpect(img).toHaveAttribute('height', '1800');
    await pwExpect(img).toHaveAttribute('loading', 'lazy');
    await pwExpect(img).toHaveAttribute('srcset', /\/_img\/[0-9a-f]+-480\.jpg 480w/);
    await pwExpect(page.locator('.prose picture source')).toHaveAttribute('type', 'image/webp');
    await img.scrollIntoViewIfNeeded();
    await pwExpect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.currentSrc)).toMatch(/\.webp$/);
    await page.context().close();
  });

  it('turns a phone photo upright by its EXIF orientation', async () => {
    const html = readFileSync(path.join(dist, 'events/phone/index.html'), 'utf8');
    const src = /\/_img\/[0-9a-f]+-1200\.jpg/.exec(html)?.[0];
    expect(src).toBeTruthy();
    expect(html).toMatch(/width="3000" height="4000"/);
    const file = path.join(dist, src!);
    const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 1600]);
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    const [r, g, b] = pixel(40, 40);
    expect(r).toBeGreaterThan(200); // the red corner is top left, as the photo was taken
    expect(g! + b!).toBeLessThan(120);
    const [r2] = pixel(info.width - 40, info.height - 40);
    expect(r2).toBeLessThan(200);
    // The 4000 px original never reaches a phone: the largest size is 1200 px wide.
    expect(readFileSync(file).length).toBeLessThan(400 * 1024);
  });

  it('makes sizes only for photos it has not made before', () => {
    expect(heard('photos', firstBuild)?.made).toBeGreaterThan(0);
    const again = astroBuild(dist, { ...siteEnv(paths), LINLI_NOW: NOW, LINLI_CACHE_DIR: cacheDir });
    expect(again.status, again.output).toBe(0);
    expect(heard('photos', again.output)?.made).toBe(0);
  }, 120_000);
});

/**
 * Sharing an entry into a WeChat group (SPEC §7): every page's share metadata read by a real
 * metadata parser, the share picture it names, the page's own QR code (a PNG that decodes to its
 * canonical address, and the only QR on the screen), the 分享海报, 复制链接 inside WeChat's Android
 * browser (no Clipboard API), its ··· hint, the system share sheet elsewhere, and 复制接龙 line by
 * line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { pageTypes, siteSettings } from './helpers';
import { Handler } from 'htmlmetaparser';
import { Parser } from 'htmlparser2';

const origin = String(siteSettings().url);
const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; V2183A) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 ' +
  'MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 NetType/WIFI Language/zh_CN';

for (const path of [
  '/events/chunjie-xiechunlian-2027/',
  '/stories/he-jing-qingting/',
  '/articles/gaoxueya-richang-guanli/',
]) {
  test(`${path} shows one QR code, a PNG of its own address`, async ({ page, request }) => {
    await page.goto(path);
    const qr = page.locator('img[src$="qr.png"]');
    await expect(qr).toHaveCount(1);
    await expect(qr).toHaveAttribute('alt', '这一页的二维码');
    // One QR per screen: the footer's group code is not on this page.
    await expect(page.locator('img[src*="wechat-qr"]')).toHaveCount(0);
    const png = await (await request.get(`${path}qr.png`)).body();
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBeGreaterThanOrEqual(140);
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(`${origin}${path}`);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  });
}

test('inside WeChat on Android: the ··· hint, and 复制链接 copies without the Clipboard API', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: WECHAT_ANDROID });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-29T12:00:00+08:00'));
  // WeChat's Android browser has neither; the page must not need them.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto('/events/chunjie-xiechunlian-2027/');
  await expect(page.getByText('点右上角“···”')).toBeVisible();
  await expect(page.getByRole('button', { name: '分享' })).toBeHidden();
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('share-bar .status')).toHaveText('链接已复制，可以粘贴到微信群里。');
  // Read back in a page that has the Clipboard API.
  const reader = await context.newPage();
  await reader.goto('/');
  // The title, the site and the link: a WeChat group, QQ and a 微博 post (≤ 140 characters) take it.
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(
    `【迎新春写春联送福字】桂花苑志愿服务站 ${origin}/events/chunjie-xiechunlian-2027/`,
  );

  await page.getByRole('button', { name: '复制接龙' }).click();
  await expect(page.locator('share-bar .status')).toContainText('接龙文字已复制');
  expect((await reader.evaluate(() => navigator.clipboard.readText())).split('\n')).toEqual([
    '#接龙',
    '迎新春写春联送福字',
    '时间：2027年1月30日（周六）09:00 开始',
    '地点：社区党群服务中心门前广场',
    '报名：居民无需报名，现场领取；想写春联的书法志愿者请提前电话报名，笔墨纸由社区准备。',
    '咨询：沈丽 0512-6688 1235',
    `详情：${origin}/events/chunjie-xiechunlian-2027/`,
    '',
    '1. ',
  ]);
  await context.close();
});

test('outside WeChat: no hint; the system share sheet where the browser has one', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    Object.defineProperty(window, '__shared', { value: shared });
    Object.defineProperty(navigator, 'share', { value: (d: unknown) => (shared.push(d), Promise.resolve()) });
  });
  await page.goto('/articles/gaoxueya-richang-guanli/');
  await expect(page.getByText('点右上角“···”')).toBeHidden();
  await expect(page.getByRole('button', { name: '复制接龙' })).toHaveCount(0);
  await page.getByRole('button', { name: '分享' }).click();
  expect(await page.evaluate(() => (window as unknown as { __shared: { url: string }[] }).__shared)).toEqual([
    { title: expect.any(String), url: `${origin}/articles/gaoxueya-richang-guanli/` },
  ]);
  await context.close();
});

test('an activity that has ended offers no 接龙, even when the page was built before', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+08:00'));
  await page.goto('/events/chunjie-xiechunlian-2027/');
  await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
  await expect(page.getByRole('button', { name: '复制接龙' })).toBeHidden();
});

test('every page title fits the 40 characters of a WeChat card, also once the page updates it', async ({ page }) => {
  const dist = path.resolve('.tmp/dist-e2e');
  const titles = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`))
    .map((f) => /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(dist, f), 'utf8'))?.[1] ?? '');
  expect(titles.length).toBeGreaterThan(50);
  expect(titles.filter((t) => !t || [...t].length > 40)).toEqual([]);
  // Built while it was coming, opened after it ended: the state goes in front, the site's name
  // gives way, and it still fits.
  await page.clock.setFixedTime(new Date('2027-06-13T12:00:00+08:00'));
  await page.goto('/events/xianxue-2027/');
  await expect.poll(() => page.title()).toBe('【已结束】6月12日（周六）爱心献血车进社区（2027 年夏季）');
});

type Values = { '@value': string }[];
interface Metadata {
  html?: Record<string, string>;
  /** og: tags, as RDFa. */
  rdfa?: Record<string, Values>[];
  /** itemprop tags, in the page's itemscope. */
  microdata?: Record<string, Values>[];
}
function parseMetadata(html: string, url: string): Promise<Metadata> {
  return new Promise((resolve, reject) => {
    const handler = new Handler((err, result) => (err ? reject(err) : resolve(result as Metadata)), { url });
    const parser = new Parser(handler, { decodeEntities: true });
    parser.write(html);
    parser.end();
  });
}
const values = (items: Record<string, Values>[] | undefined, key: string) =>
  (items ?? []).flatMap((item) => item[key] ?? []).map((v) => v['@value']);

for (const [type, pagePath] of Object.entries(pageTypes)) {
  test(`${type}: title, description, canonical, og: and itemprop tags, and a share picture within limits`, async ({
    request,
  }) => {
    const response = await request.get(pagePath);
    const url = new URL(pagePath, origin).href;
    const meta = await parseMetadata(await response.text(), url);
    const title = meta.html?.title ?? '';
    expect([...title].length, title).toBeLessThanOrEqual(40);
    expect(meta.html?.description, 'meta description').toMatch(/\S{4}/);
    if (type !== '404') expect(meta.html?.canonical).toBe(new URL(new URL(pagePath, origin).pathname, origin).href);
    const og = (key: string) => values(meta.rdfa, key);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image'])
      expect(og(key).length, key).toBeGreaterThan(0);
    const detail = ['event', 'event-cancelled', 'story', 'article'].includes(type);
    expect(og('og:type')[0]).toBe(detail ? 'article' : 'website');
    for (const key of ['name', 'description', 'image'])
      expect(values(meta.microdata, key).length, `itemprop ${key}`).toBeGreaterThan(0);

    const image = og('og:image')[0]!;
    expect(image).toMatch(new RegExp(`^${origin.replace(/[.]/g, '\\.')}/`));
    expect(image.startsWith('https://')).toBe(true);
    expect(values(meta.microdata, 'image')[0]).toBe(image);
    if (detail) expect(new URL(image).pathname).toBe(`${new URL(pagePath, origin).pathname}share.png`);
    const picture = await request.get(new URL(image).pathname);
    expect(picture.status()).toBe(200);
    const bytes = await picture.body();
    expect(bytes.length).toBeLessThan(300 * 1024);
    const info = await sharp(bytes).metadata();
    expect(['png', 'jpeg']).toContain(info.format);
    expect(Math.min(info.width!, info.height!)).toBeGreaterThanOrEqual(300);
  });
}

test('分享海报: folded until asked for, then the only QR code on screen, and it opens the page', async ({
  page,
  request,
}) => {
  const path = '/articles/gaoxueya-richang-guanli/';
  await page.goto(path);
  const pageQr = page.locator('.page-qr');
  const poster = page.locator('details.poster img');
  await expect(poster).toBeHidden();
  await page.getByText('分享海报', { exact: true }).click();
  await expect(poster).toBeVisible();
  await expect(pageQr).toBeHidden();
  await expect(page.getByText('长按图片，选“保存图片”或“发送给朋友”')).toBeVisible();
  await expect(poster).toHaveAttribute('alt', /^分享海报：高血压/);
  const png = await (await request.get(`${path}poster.png`)).body();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(`${origin}${path}`);
  await page.getByText('分享海报', { exact: true }).click();
  await expect(pageQr).toBeVisible();
  await page.getByRole('link', { name: '打印 A4 海报，贴到宣传栏' }).click();
  await expect(page).toHaveURL(`${path}poster/`);
  await expect(page.locator('poster-sheet h1')).toContainText('高血压');
  // A story has no poster: it is not something to sign up for or post on the board.
  await page.goto('/stories/he-jing-qingting/');
  await expect(page.locator('details.poster')).toHaveCount(0);
});

test('a detail page prints cleanly: the entry, where it came from and its QR code, nothing to tap', async ({
  page,
}) => {
  const path = '/events/chongyang-jinglao-2027/';
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article .source')).toHaveText(`${siteSettings().name} · ${origin}${path}`);
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('.page-qr img')).toBeVisible();
  for (const hidden of ['.site-header', '.site-footer', 'share-bar .buttons', 'details.poster', '.related'])
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('article .source')).toBeHidden();
});

/**
 * 复制到公众号 (issue 28): the button puts the article on the clipboard as a real selection; pasted
 * into a contenteditable (as the mp.weixin.qq.com editor is), it keeps its look with inline styles
 * only, pictures as https JPEG/PNG the build made, links as notes, the QR code and 阅读原文, under
 * 20,000 characters. And a volunteer platform on every output of its activity.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { siteSettings } from './helpers';

const origin = String(siteSettings().url);

/** Copies with the page's own button, then pastes into an empty contenteditable of another page. */
async function copyAndPaste(page: Page, path: string): Promise<Page> {
  await page.goto(path);
  await page.getByRole('button', { name: '复制全文' }).click();
  await expect(page.locator('wechat-copy .status')).toHaveText(/已复制/);
  const editor = await page.context().newPage();
  await editor.goto('/404.html');
  await editor.evaluate(() => {
    document.body.innerHTML = '<div id="editor" contenteditable="true" style="min-height: 10rem"></div>';
  });
  await editor.locator('#editor').click();
  await editor.keyboard.press('Control+V');
  await expect(editor.locator('#editor img').first()).toBeVisible();
  return editor;
}

async function decode(request: APIRequestContext, path: string): Promise<string | undefined> {
  const png = await (await request.get(path)).body();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

for (const [path, page] of [
  ['/admin/wechat/events/chongyang-jiaozi-2026/', '/events/chongyang-jiaozi-2026/'],
  ['/admin/wechat/articles/gaoxueya-richang-guanli/', '/articles/gaoxueya-richang-guanli/'],
]) {
  test(`${path}: pasted into an editor, it keeps its look with inline styles only`, async ({ page: site, request }) => {
    await site.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = await copyAndPaste(site, path!);
    const pasted = editor.locator('#editor');
    const html = await pasted.innerHTML();
    expect(html.length).toBeLessThan(20_000);
    expect(await pasted.locator('style, [class], [id]').count()).toBe(0);
    // Every element that carries a look carries it inline, and nothing is laid out by position, flex or grid.
    const unstyled = await pasted
      .locator('p, h2, h3, li, img, table, td, th, blockquote')
      .evaluateAll((els) => els.filter((el) => !el.getAttribute('style')).map((el) => el.outerHTML.slice(0, 80)));
    expect(unstyled).toEqual([]);
    expect(html).not.toMatch(/position\s*:|display\s*:\s*(?:inline-)?(?:flex|grid)|grid-template/);
    // Pictures: https, JPEG or PNG, made by the build (the site's address stands for this server).
    const sources = await pasted.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')!));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) {
      expect(src).toMatch(new RegExp(`^${origin.replace(/\./g, '\\.')}/.+\\.(?:jpe?g|png)$`));
      const local = new URL(src).pathname;
      expect((await request.get(local)).status(), local).toBe(200);
      const meta = await sharp(await (await request.get(local)).body()).metadata();
      expect(['jpeg', 'png']).toContain(meta.format);
      expect(meta.width!).toBeLessThanOrEqual(1080);
    }
    const text = (await pasted.textContent()) ?? '';
    expect(text).toContain(`阅读原文：${origin}${page}`);
    expect(await decode(request, `${page}qr.png`)).toBe(`${origin}${page}`);
    // For the picture of it only: the site's address stands for this server, so the photos show.
    await editor.evaluate((from) => {
      for (const img of document.querySelectorAll('img')) img.src = img.src.replace(from, location.origin);
    }, origin);
    await editor.setViewportSize({ width: 600, height: 900 });
    await editor.screenshot({ path: `.tmp/screenshots/wechat-pasted-${page!.split('/')[1]}.png`, fullPage: true });
  });
}

test('an activity’s copy leads with its facts; links become numbered notes at the end', async ({ page }) => {
  await page.goto('/admin/wechat/events/chongyang-jiaozi-2026/');
  const article = page.locator('[data-article]');
  await expect(article.locator('p').first()).toContainText('时间：');
  for (const label of ['地点：', '报名方式：', '电话：']) await expect(article).toContainText(label);
  await expect(article).toContainText('活动回顾');
  await expect(article.locator('a')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // An article whose body links elsewhere and to the site: the words stay, each with its note mark,
  // and the addresses are listed at the end (the 公众号 editor drops outbound links).
  await page.goto('/admin/wechat/articles/gaoxueya-richang-guanli/');
  const copy = page.locator('[data-article]');
  await expect(copy.locator('a')).toHaveCount(0);
  await expect(copy).toContainText('国家卫生健康委员会网站[1]');
  await expect(copy).toContainText('学雷锋便民服务[2]');
  await expect(copy).toContainText('[1] https://www.nhc.gov.cn/');
  await expect(copy).toContainText(`[2] ${origin}/events/xueleifeng-2027/`);
});

test('a volunteer platform shows on the page, the poster, the screen and 复制接龙, with its QR code', async ({
  page,
  request,
  context,
}) => {
  const url = 'https://www.zhiyuanhui.com/activity/guihuayuan-xueleifeng-2027';
  await page.goto('/events/xueleifeng-2027/');
  const fact = page.locator('.fact-platform');
  await expect(fact).toContainText('在「志愿汇」报名，记录志愿时长');
  await expect(fact.locator('a')).toHaveAttribute('href', url);
  await expect(fact.locator('img')).toHaveAttribute('src', '/events/xueleifeng-2027/platform-qr.png');
  expect(await decode(request, '/events/xueleifeng-2027/platform-qr.png')).toBe(url);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '复制接龙' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    `平台：在「志愿汇」报名，记录志愿时长 ${url}`,
  );

  await page.goto('/events/xueleifeng-2027/poster/');
  await expect(page.locator('.facts')).toContainText('在「志愿汇」报名，记录志愿时长');
  await expect(page.locator('[data-platform] img')).toHaveAttribute('src', '/events/xueleifeng-2027/platform-qr.png');

  const feed = (await (await request.get('/screen/feed.json')).json()) as {
    slides: { url: string; event?: { platform?: string } }[];
  };
  const slide = feed.slides.find((s) => s.url.endsWith('/events/xueleifeng-2027/'));
  expect(slide?.event?.platform).toBe('在「志愿汇」报名，记录志愿时长');

  // A platform given as a QR picture: that picture, decoding to the platform's own page.
  await page.goto('/events/zhishu-ditan-2027/');
  await expect(page.locator('.fact-platform')).toContainText('在「i志愿」报名');
  await expect(page.locator('.fact-platform img')).toHaveAttribute('src', '/uploads/platform-zhishu.png');
  expect(await decode(request, '/uploads/platform-zhishu.png')).toBe(
    'https://i.zyh365.com/activity/guihuayuan-zhishu-2027',
  );
});

test('复制链接 fits a 微博 post on every kind of page', async ({ page }) => {
  for (const path of ['/events/xueleifeng-2027/', '/stories/he-jing-qingting/', '/articles/gaoxueya-richang-guanli/']) {
    await page.goto(path);
    const text = (await page.locator('[data-copy="link"]').getAttribute('data-text'))!;
    expect([...text].length, text).toBeLessThanOrEqual(140);
    expect(text).toMatch(new RegExp(`^【.+】.* ${origin.replace(/\./g, '\\.')}${path}$`));
  }
});

test('where the browser refuses to copy, the article stays selected and the page says to press Ctrl+C', async ({
  page,
}) => {
  await page.addInitScript(() => {
    document.execCommand = () => false;
  });
  await page.goto('/admin/wechat/stories/he-jing-qingting/');
  await page.getByRole('button', { name: '复制全文' }).click();
  await expect(page.locator('wechat-copy .status')).toContainText('请按 Ctrl+C');
  const selected = await page.evaluate(() => getSelection()!.toString());
  const article = await page.locator('[data-article]').innerText();
  expect(selected.replace(/\s/g, '')).toBe(article.replace(/\s/g, ''));
  expect(selected).toContain('阅读原文：');
});

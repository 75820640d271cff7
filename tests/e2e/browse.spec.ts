/** A resident browsing on a phone: home → list → detail → category, pagination, 404, calling. */
import { expect, NOW, test } from './fixtures';
import { siteSettings, sourceEntries } from './helpers';

test('home shows upcoming activities first, then stories, articles and categories', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.slice(0, 5)).toEqual(['近期活动', '最新回顾', '先进典型', '宣传资料', '按分类看']);
  const upcoming = page.locator('section[aria-labelledby="upcoming"] article');
  await expect(upcoming.first()).toBeVisible();
  const starts = await page.locator('section[aria-labelledby="upcoming"] event-status').evaluateAll((els) =>
    els.map((el) => ({
      start: Date.parse((el as HTMLElement).dataset.start!),
      end: (el as HTMLElement).dataset.end,
    })),
  );
  // Soonest first, and none already over (an activity without an end lasts its whole day).
  expect(starts.map((s) => s.start)).toEqual([...starts.map((s) => s.start)].sort((a, b) => a - b));
  for (const s of starts)
    expect(s.end ? Date.parse(s.end) : s.start + 86_400_000).toBeGreaterThan(NOW.getTime() - 86_400_000);
  await expect(page.locator('section[aria-labelledby="categories"] a').first()).toBeVisible();
});

test('home → activities → one activity → its category', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '活动' }).click();
  await expect(page).toHaveURL(/\/events\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('活动公告');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '活动' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  const first = page.locator('main article :is(h2, h3) a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const facts = page.locator('.facts');
  await expect(facts.getByText('时间', { exact: true })).toBeVisible();
  await expect(facts.getByText('地点', { exact: true })).toBeVisible();
  // WeChat shows only <title>: an activity's starts with its date.
  expect(await page.title()).toMatch(/^\d{1,2}月\d{1,2}日（周.）/);

  const category = page.locator('.eyebrow a[href^="/categories/"]');
  const name = (await category.textContent())!.trim();
  const detailPath = new URL(page.url()).pathname;
  await category.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator(`main a[href="${detailPath}"]`)).toHaveCount(1);
});

test('stories and articles lists lead to their detail pages', async ({ page }) => {
  for (const [list, h1] of [
    ['/stories/', '先进典型'],
    ['/articles/', '宣传资料'],
  ] as const) {
    await page.goto(list);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    const link = page.locator('main article :is(h2, h3) a').first();
    const title = (await link.textContent())!.trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.prose')).not.toBeEmpty();
  }
});

test('activity list pages: upcoming soonest first, then past newest first, across pages', async ({ page }) => {
  // The fixture site at 2026-11-29 12:00: upcoming soonest first (cancelled and postponed ones
  // keep their date), then past ones newest first; the draft nowhere.
  const upcoming = [
    'xianfa-ri-pufa-2026',
    'guoji-zhiyuanzhe-ri-2026',
    'jianbuzou-shidi-2026',
    'guangchangwu-yingxin-2026',
    'kuanian-shousui-2026',
    'fangzha-jiangzuo-2027-01',
    'chunjie-xiechunlian-2027',
    'xueleifeng-2027',
    'zhishu-ditan-2027',
    'qingming-jiying-2027',
    'falv-zixun-2027-04',
    'xianxue-2027',
    'dangyuan-fuwuzhou-2027',
    'shuqi-tuoguan-2027',
    'quanmin-jianshen-2027',
    'wenming-jiaotong-2027',
    'chongyang-jinglao-2027',
  ];
  const past = [
    'xiaofang-yanlian-2026',
    'chongyang-jiaozi-2026',
    'zhongqiu-tuanyuan-2026',
    'xianxue-2026',
    'lajifenlei-dudao-2026',
    'xueleifeng-bianmin-2026',
  ];
  const expected = [...upcoming, ...past].map((slug) => `/events/${slug}/`);
  const shown: string[] = [];
  await page.goto('/events/');
  for (let n = 1; ; n++) {
    await expect(page.locator('.pagination')).toContainText(`第 ${n} 页`);
    shown.push(
      ...(await page.locator('main article :is(h2, h3) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
    );
    const next = page.getByRole('link', { name: '下一页' });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/events/${n + 1}/$`));
  }
  expect(shown).toEqual(expected);
  // Upcoming and past each sit under their own heading.
  await page.goto('/events/');
  await expect(page.locator('main h2').first()).toHaveText('即将开展');
  await page
    .getByRole('link', { name: '上一页' })
    .count()
    .then((n) => expect(n).toBe(0));
});

test('unknown address shows the Chinese 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有找到');
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('searchbox', { name: '搜索' })).toBeVisible();
});

test('every activity has a tap-to-call link: its contact, or the community office', async ({ page }) => {
  const officePhone = String(siteSettings().phone);
  const events = sourceEntries('events').filter((e) => !e.data.draft);
  for (const e of events) {
    await page.goto(`/events/${e.slug}/`);
    const call = page.locator('.facts a[href^="tel:"]');
    await expect(call).toHaveCount(1);
    const tel = (await call.getAttribute('href'))!;
    const contact = e.data.contact as { phone: string | number } | undefined;
    const phone = String(contact?.phone ?? officePhone);
    expect(tel, e.slug).toBe(`tel:${phone.replace(/[^\d+]/g, '')}`);
    await expect(call).toContainText(phone);
    expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  // quanmin-jianshen-2027 has no contact of its own.
  await page.goto('/events/quanmin-jianshen-2027/');
  await expect(page.locator('.facts a[href^="tel:"]')).toHaveAttribute(
    'href',
    `tel:${officePhone.replace(/[^\d+]/g, '')}`,
  );
});

test('team and single pages exist and link together', async ({ page }) => {
  await page.goto('/teams/');
  await page.locator('main h2 a').first().click();
  await expect(page).toHaveURL(/\/teams\/[a-z0-9-]+\/$/);
  await expect(page.locator('.facts')).toBeVisible();
  for (const path of ['/about/', '/join/']) {
    const r = await page.goto(path);
    expect(r?.status()).toBe(200);
    await expect(
      page.locator('footer').getByRole('link', { name: (await page.locator('h1').textContent()) ?? '' }),
    ).toHaveAttribute('href', path);
  }
});

test('drafts are not published', async ({ request }) => {
  expect((await request.get('/events/yuanxiao-caidengmi-2027/')).status()).toBe(404);
  for (const list of ['/', '/events/', '/events/2/', '/categories/culture/']) {
    expect(await (await request.get(list)).text(), list).not.toContain('猜灯谜');
  }
});

test('keyboard: the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/articles/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test("the footer shows the residents' WeChat group QR as a real image", async ({ page }) => {
  await page.goto('/');
  const qr = page.locator('footer img[src="/uploads/wechat-qr.png"]');
  await expect(qr).toHaveAttribute('alt', '扫码加入居民微信群');
  await qr.scrollIntoViewIfNeeded();
  // Lazy-loaded: give it the moment it takes to arrive once scrolled into view.
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth >= 160)).toBe(true);
});

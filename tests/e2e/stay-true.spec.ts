/**
 * Pages stay true on a phone whose cached copy is days old: an activity's state comes first and
 * stops inviting sign-up, lists regroup by the reader's clock, and values read whole. The fixture
 * site is built at 2026-11-29 12:00 (Beijing).
 */
import { expect, test } from './fixtures';
import { siteSettings } from './helpers';

const at = (beijing: string) => new Date(`${beijing}+08:00`);
const signupFacts = '.facts :is(.fact-deadline, .fact-volunteers, .fact-signup)';

test.describe('an activity that no longer takes sign-ups says so first', () => {
  for (const [slug, word, banner] of [
    ['jianbuzou-shidi-2026', '已取消', '这项活动已取消'],
    ['guangchangwu-yingxin-2026', '已延期', '这项活动已延期'],
  ] as const) {
    test(`${word}: banner, title, no sign-up details, an enquiry line instead of the call button`, async ({ page }) => {
      await page.goto(`/events/${slug}/`);
      const article = page.locator('article.detail');
      await expect(article.locator('.state-banner:visible')).toHaveText(new RegExp(banner));
      // The banner is the first thing in the article, above the title.
      const [bannerBox, titleBox] = [
        await article.locator('.state-banner:visible').boundingBox(),
        await page.locator('h1').boundingBox(),
      ];
      expect(bannerBox!.y).toBeLessThan(titleBox!.y);
      expect(await page.title()).toMatch(new RegExp(`^【${word}】\\d+月\\d+日`));
      // The activity has sign-up details (deadline, volunteers wanted, how to sign up): all folded away.
      expect(await page.locator(signupFacts).count()).toBeGreaterThanOrEqual(2);
      for (const fact of await page.locator(signupFacts).all()) await expect(fact).toBeHidden();
      await expect(page.locator('.fact-contact dt span:visible')).toHaveText('咨询电话');
      const callBackground = await page.locator('.call').evaluate((a) => getComputedStyle(a).backgroundColor);
      expect(callBackground).toBe('rgb(255, 255, 255)');
    });
  }

  test('an open activity invites sign-up, with no banner', async ({ page }) => {
    await page.goto('/events/xueleifeng-2027/');
    await expect(page.locator('.state-banner:visible')).toHaveCount(0);
    await expect(page.locator('.fact-signup')).toBeVisible();
    await expect(page.locator('.fact-deadline')).toBeVisible();
    await expect(page.locator('.fact-contact dt span:visible')).toHaveText('联系人');
    expect(await page.title()).toMatch(/^3月5日（周五）/);
  });

  test('a page cached before the activity ended says it has ended, in the page and the title', async ({ page }) => {
    await page.clock.setFixedTime(at('2027-03-05T12:00'));
    await page.goto('/events/xueleifeng-2027/');
    await expect(page.locator('.state-banner:visible')).toHaveText(/已经结束/);
    await expect(page.locator('.fact-signup')).toBeHidden();
    await expect(page.locator('.fact-contact dt span:visible')).toHaveText('咨询电话');
    await expect.poll(() => page.title()).toMatch(/^【已结束】3月5日（周五）/);
  });

  test('after the deadline, sign-up details fold away but the activity still shows as on', async ({ page }) => {
    await page.clock.setFixedTime(at('2027-03-03T09:00'));
    await page.goto('/events/xueleifeng-2027/');
    await expect(page.locator('.state-banner:visible')).toHaveText(/报名已截止/);
    await expect(page.locator('.fact-signup')).toBeHidden();
    await expect(page.locator('.fact-deadline')).toBeVisible();
    expect(await page.title()).toMatch(/^3月5日/);
  });
});

/** The cards shown under 近期活动, as links. */
const upcomingOnHome = (page: import('@playwright/test').Page) =>
  page
    .locator('#upcoming ~ * li:visible h3 a, section[aria-labelledby="upcoming"] li:visible h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));

test.describe("lists follow the reader's clock", () => {
  test('近期活动 as built: the soonest four, cancelled and postponed ones taking no slot', async ({ page }) => {
    await page.goto('/');
    expect(await upcomingOnHome(page)).toEqual([
      '/events/xianfa-ri-pufa-2026/',
      '/events/guoji-zhiyuanzhe-ri-2026/',
      '/events/kuanian-shousui-2026/',
      '/events/fangzha-jiangzuo-2027-01/',
    ]);
  });

  test('a week later, 近期活动 drops what has ended and brings in what comes next, without moving the page', async ({
    page,
  }) => {
    await page.clock.setFixedTime(at('2026-12-06T12:00'));
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as { shifts: number }).shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    expect(await upcomingOnHome(page)).toEqual([
      '/events/kuanian-shousui-2026/',
      '/events/fangzha-jiangzuo-2027-01/',
      '/events/chunjie-xiechunlian-2027/',
      '/events/xueleifeng-2027/',
    ]);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });

  test('when everything has ended, 近期活动 says nothing is planned', async ({ page }) => {
    await page.clock.setFixedTime(at('2030-01-01T12:00'));
    await page.goto('/');
    expect(await upcomingOnHome(page)).toEqual([]);
    await expect(page.locator('section[aria-labelledby="upcoming"] .empty:visible')).toHaveText(/近期没有安排活动/);
  });

  test('a week later, /events/ moves activities that have ended to the top of 已经结束', async ({ page }) => {
    await page.clock.setFixedTime(at('2026-12-06T12:00'));
    await page.goto('/events/');
    const group = (name: string) =>
      page
        .locator(`[data-group="${name}"] li h3 a`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]));
    expect((await group('upcoming')).slice(0, 2)).toEqual(['guangchangwu-yingxin-2026', 'kuanian-shousui-2026']);
    expect(await group('past')).toEqual(['jianbuzou-shidi-2026', 'guoji-zhiyuanzhe-ri-2026', 'xianfa-ri-pufa-2026']);
    await expect(page.locator('[data-group="past"] h2')).toBeVisible();
  });
});

test('categories keep the order of categories.yml', async ({ page }) => {
  await page.goto('/categories/');
  const shown = await page
    .locator('main li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]));
  // neighborhood, elderly, children, … as listed in the fixture's categories.yml (empty ones left out).
  const order = [
    'neighborhood',
    'elderly',
    'children',
    'family',
    'legal',
    'science',
    'health',
    'counseling',
    'civility',
    'traffic',
    'environment',
    'culture',
    'fitness',
    'blood',
    'party',
    'youth',
    'safety',
  ];
  expect(shown.length).toBeGreaterThan(5);
  expect(shown).toEqual(order.filter((id) => shown.includes(id)));
});

for (const mode of ['standard', 'elder']) {
  test(`values never break inside: phone numbers, time ranges, numbers with units (${mode} mode)`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/events/kuanian-shousui-2026/?mode=${mode}`);
    const pieces = page.locator('.nowrap');
    expect(await pieces.count()).toBeGreaterThan(3);
    const broken = await pieces.evaluateAll((els) =>
      els
        .filter(
          (el) =>
            el.getClientRects().length > 1 ||
            el.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(el).lineHeight),
        )
        .map((el) => el.textContent),
    );
    expect(broken).toEqual([]);
    // The time reads in whole pieces: year, day, weekday, the time range.
    expect(await page.locator('.fact-time .nowrap').allTextContents()).toEqual([
      '2026年',
      '12月31日',
      '（周四）',
      '20:00',
      ' 至 ',
      '2027年',
      '1月1日',
      '（周五）',
      '00:30',
    ]);
    await expect(page.locator('.call .nowrap')).toHaveText(/^[\d -]+$/);
  });
}

test('Chinese quotation marks are drawn full width', async ({ page }) => {
  await page.goto('/events/');
  const widths = await page.evaluate(() => {
    const probe = document.createElement('span');
    document.querySelector('main')!.append(probe);
    const measure = (t: string) => {
      probe.textContent = t;
      return probe.getBoundingClientRect().width;
    };
    return { quote: measure('“'), han: measure('中') };
  });
  expect(widths.quote).toBeGreaterThan(widths.han * 0.8);
});

test('tags lead to a search for them', async ({ page }) => {
  await page.goto('/articles/xianxue-changshi-wenda/');
  await page.locator('.tags a', { hasText: '献血常识' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E7%8C%AE%E8%A1%80%E5%B8%B8%E8%AF%86$/);
  await expect(page.locator('#search-results a[data-result]').first()).toBeVisible();
});

test('the 备案号 links to the national filing site', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('footer a', { hasText: String(siteSettings().icp) })).toHaveAttribute(
    'href',
    'https://beian.miit.gov.cn/',
  );
});

test('on a 375 × 667 phone, the coming activities start on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/');
  const first = page.locator('section[aria-labelledby="upcoming"] li:visible h3').first();
  const box = (await first.boundingBox())!;
  expect(box.y + box.height).toBeLessThan(667);
  // The site's name is in the header once, not repeated as a banner.
  await expect(page.locator('main h1')).toHaveClass(/visually-hidden/);
});

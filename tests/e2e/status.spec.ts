/**
 * Activity status is recomputed in the browser, because WeChat shows pages cached days ago.
 * `xueleifeng-2027` in the fixture site: deadline 2027-03-02 17:00, start 2027-03-05 09:00,
 * end 11:30 (Beijing).
 */
import { expect, test } from './fixtures';

const at = (beijing: string) => new Date(`${beijing}+08:00`);

test.describe("status badge follows the reader's clock", () => {
  for (const [label, now, status, text] of [
    ['before the deadline', '2027-03-02T16:00', 'open', '报名中'],
    ['after the deadline', '2027-03-02T17:01', 'closed', '报名已截止'],
    ['during the activity', '2027-03-05T09:01', 'ongoing', '进行中'],
    ['after it ended', '2027-03-05T11:31', 'ended', '已结束'],
  ] as const) {
    test(label, async ({ page }) => {
      await page.clock.setFixedTime(at(now));
      await page.goto('/events/xueleifeng-2027/');
      const badge = page.locator('.eyebrow event-status');
      await expect(badge).toHaveText(text);
      await expect(badge).toHaveAttribute('data-status', status);
    });
  }

  test('a cancelled activity says so whatever the time', async ({ page }) => {
    await page.clock.setFixedTime(at('2026-12-01T09:00'));
    await page.goto('/events/jianbuzou-shidi-2026/');
    await expect(page.locator('.eyebrow event-status')).toHaveText('已取消');
    await expect(page.locator('.eyebrow event-status')).toHaveAttribute('data-status', 'cancelled');
  });
});

test.describe('on a phone set to New York time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('an activity without an end is over when the Beijing day is over', async ({ page }) => {
    // chunjie-xiechunlian-2027 starts 2027-01-30 09:00 and has no end: it lasts to 24:00 Beijing time.
    // 00:30 the next day in Beijing is still the 30th in New York.
    await page.clock.setFixedTime(at('2027-01-31T00:30'));
    await page.goto('/events/chunjie-xiechunlian-2027/');
    await expect(page.locator('.eyebrow event-status')).toHaveText('已结束');
    await page.clock.setFixedTime(at('2027-01-30T23:30'));
    await page.reload();
    await expect(page.locator('.eyebrow event-status')).toHaveText('进行中');
  });
});

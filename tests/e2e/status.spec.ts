/** Activity status is recomputed in the browser, because WeChat shows pages cached days ago. */
import { expect, test } from './fixtures';
import { sourceEntries } from './helpers';
import { endOfCstDay, parseCstDateTime } from '../../src/lib/time';

const events = sourceEntries('events').filter((e) => !e.data.draft && !e.data.status && e.data.deadline && e.data.end);
const ev = events[0]!;
const t = (key: string) => parseCstDateTime(String(ev.data[key]))!;

test.describe('status badge follows the reader\'s clock', () => {
  for (const [label, at, expected] of [
    ['before the deadline', () => new Date(t('deadline').getTime() - 3_600_000), '报名中'],
    ['after the deadline', () => new Date(t('deadline').getTime() + 60_000), '报名已截止'],
    ['during the activity', () => new Date(t('start').getTime() + 60_000), '进行中'],
    ['after it ended', () => new Date(t('end').getTime() + 60_000), '已结束'],
  ] as const) {
    test(label, async ({ page }) => {
      await page.clock.setFixedTime(at());
      await page.goto(`/events/${ev.slug}/`);
      await expect(page.locator('.eyebrow event-status')).toHaveText(expected);
      await expect(page.locator('.eyebrow event-status')).toHaveAttribute('data-status', /\w+/);
    });
  }

  test('a cancelled activity says so whatever the time', async ({ page }) => {
    const cancelled = sourceEntries('events').find((e) => e.data.status === 'cancelled');
    expect(cancelled, 'the sample content has a cancelled activity').toBeDefined();
    await page.goto(`/events/${cancelled!.slug}/`);
    await expect(page.locator('.eyebrow event-status')).toHaveText('已取消');
  });
});

test.describe('on a phone set to New York time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('an activity without an end is over when the Beijing day is over', async ({ page }) => {
    const noEnd = sourceEntries('events').find((e) => !e.data.draft && !e.data.status && !e.data.end)!;
    const start = parseCstDateTime(String(noEnd.data.start))!;
    // 00:30 the next day in Beijing is still the start's own day in New York.
    const nextBeijingDay = new Date(endOfCstDay(start).getTime() + 30 * 60_000);
    await page.clock.setFixedTime(nextBeijingDay);
    await page.goto(`/events/${noEnd.slug}/`);
    await expect(page.locator('.eyebrow event-status')).toHaveText('已结束');
    await page.clock.setFixedTime(new Date(endOfCstDay(start).getTime() - 30 * 60_000));
    await page.reload();
    await expect(page.locator('.eyebrow event-status')).toHaveText('进行中');
  });
});

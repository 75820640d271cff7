/** Activity status is recomputed in the browser, because WeChat shows pages cached days ago. */
import { expect, test } from '@playwright/test';
import { sourceEntries } from './helpers';
import { parseCstDateTime } from '../../src/lib/time';

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

/**
 * An activity called off, moved or over invites nobody, on every output: its page, its A4 poster,
 * its share pictures, the lobby screen's feed and its calendar file. Fixture site:
 * `jianbuzou-shidi-2026` (已取消), `guangchangwu-yingxin-2026` (已延期), `xiaofang-yanlian-2026`
 * (over when the site was built), `chunjie-xiechunlian-2027` (open, its poster printed later).
 */
import ICAL from 'ical.js';
import sharp from 'sharp';
import { expect, test } from './fixtures';

/** The light band a share picture draws its state on (src/lib/share-card.ts WARM), as a share of the top half. */
async function stateBandShare(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let hits = 0;
  const rows = Math.floor(info.height / 2);
  for (let i = 0; i < info.width * rows; i++) {
    const [r, g, b] = [data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!];
    if (Math.abs(r - 0xff) < 8 && Math.abs(g - 0xe8) < 8 && Math.abs(b - 0xa3) < 8) hits++;
  }
  return hits / (info.width * rows);
}

const OFF = [
  {
    slug: 'jianbuzou-shidi-2026',
    status: 'cancelled',
    state: '已取消',
    note: '湿地公园木栈道整修，本次取消',
    ics: 'CANCELLED',
  },
  {
    slug: 'guangchangwu-yingxin-2026',
    status: 'postponed',
    state: '已延期',
    note: '延期到明年元旦前后，时间另行通知',
    ics: 'TENTATIVE',
  },
] as const;

for (const c of OFF) {
  test(`${c.state}: page, poster, share pictures, screen and calendar invite nobody`, async ({ page, request }) => {
    await page.goto(`/events/${c.slug}/`);
    await expect(page.locator(`.state-banner[data-for]:visible`)).toContainText(c.note);
    await expect(page.locator('add-to-calendar')).toBeHidden();
    await expect(page.locator('.fact-signup')).toBeHidden();
    await expect(page.locator('[data-copy="jielong"]')).toBeHidden();
    // The card a pasted link makes (QQ, DingTalk): the state first in its title and description.
    await expect(page).toHaveTitle(new RegExp(`^【${c.state}】`));
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      new RegExp(`^【${c.state}】 ${c.note}`),
    );
    await page.screenshot({ path: `test-results/invites-${c.slug}.png`, fullPage: false });

    await page.goto(`/events/${c.slug}/poster/`);
    const sheet = page.locator('poster-sheet');
    await expect(sheet.locator('.state')).toHaveText(c.state);
    await expect(sheet.locator('.state-note')).toHaveText(c.note);
    for (const label of await sheet.locator('dt').allInnerTexts()) expect(label).not.toMatch(/报名|截止/);
    await expect(sheet.locator('[data-scan]')).toHaveText('扫码查看详情');

    for (const picture of ['poster.png', 'share.png']) {
      const png = await (await request.get(`/events/${c.slug}/${picture}`)).body();
      expect(await stateBandShare(png), picture).toBeGreaterThan(0.1);
    }

    const feed = (await (await request.get('/screen/feed.json')).json()) as {
      slides: { url: string; event?: { status?: string; statusNote?: string } }[];
    };
    const slide = feed.slides.find((s) => s.url.endsWith(`/events/${c.slug}/`));
    expect(slide?.event).toMatchObject({
      status: c.status,
      statusNote: c.note,
    });
    const ics = await (await request.get(`/events/${c.slug}.ics`)).text();
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe(c.ics);
    expect(String(vevent.getFirstPropertyValue('summary'))).toMatch(new RegExp(`^【${c.state}】`));
  });
}

test('an activity over when the site was built: its share pictures say 已结束 and ask nobody', async ({ request }) => {
  for (const picture of ['poster.png', 'share.png']) {
    const over = await (await request.get(`/events/xiaofang-yanlian-2026/${picture}`)).body();
    expect(await stateBandShare(over), picture).toBeGreaterThan(0.1);
    const open = await (await request.get(`/events/chunjie-xiechunlian-2027/${picture}`)).body();
    expect(await stateBandShare(open), picture).toBeLessThan(0.05);
  }
});

test("an A4 poster printed after the activity: its state from the reader's clock, no sign-up", async ({ page }) => {
  await page.goto('/events/chunjie-xiechunlian-2027/poster/');
  const sheet = page.locator('poster-sheet');
  await expect(sheet.locator('dt', { hasText: '报名' })).toBeVisible();
  await expect(sheet.locator('[data-scan]')).toHaveText('扫码查看详情、报名');
  await page.clock.setFixedTime(new Date('2027-02-10T09:00:00+08:00'));
  await page.reload();
  await expect(sheet.locator('.state')).toHaveText('已结束');
  await expect(sheet.locator('dt', { hasText: '报名' })).toBeHidden();
  await expect(sheet.locator('[data-scan]')).toHaveText('扫码查看详情');
});

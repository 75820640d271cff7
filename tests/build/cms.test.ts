/**
 * The CMS end to end: `npm start` with its local backend, an editor writes a new activity at
 * /admin in Chinese, the preview shows the site's own facts block, publishing writes a Markdown
 * file the content check accepts, and the rebuilt site shows the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect as pwExpect, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/repository';
import type { ContentPaths } from '../../src/content/repository';
import { contentTree } from '../helpers/fixtures';
import { startSite, type RunningSite } from '../helpers/start';
import { waitFor } from '../helpers/wait';

/** One running site and browser for the file; every test opens its own editor and needs no other test. */
let site: RunningSite;
let paths: ContentPaths;
let browser: Browser;
beforeAll(async () => {
  paths = contentTree('cms');
  site = await startSite(paths, 'cms');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** A fresh editor window, logged in to the local backend, with the collection list shown. */
async function openCms(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept()); // "leave without saving?" when a test moves on
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('活动公告').first().waitFor();
  return page;
}

/** Fills an activity's required fields (and its end) the way an editor does, category 健康卫生. */
async function fillActivity(page: Page, f: { date: string; start: string; end: string; location: string }) {
  await page.locator('[id^="date-field"]').fill(f.date);
  await page.locator('[id^="start-field"]').fill(f.start);
  await page.locator('[id^="end-field"]').fill(f.end);
  await page.locator('[id^="location-field"]').fill(f.location);
  await page.locator('[id^="category-field"]').click();
  await page.keyboard.type('健康');
  await page.keyboard.press('Enter');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}

describe('CMS at /admin', () => {
  it('publishes a new activity that the site then shows', { timeout: 180_000 }, async () => {
    const base = site.url;
    const page = await openCms();
    await pwExpect(page.locator('html')).toHaveAttribute('translate', 'no');
    await page.goto(`${base}/admin/#/collections/events/new`);

    await page.locator('[id^="title-field"]').fill('重阳节敬老义诊');
    // The slug follows the title in pinyin, since Decap's own slugs would drop every Chinese character…
    await pwExpect.poll(() => page.locator('[id^="slug-field"]').inputValue()).toBe('chong-yang-jie-jing-lao-yi-zhen');
    await fillActivity(page, {
      date: '2027-10-01',
      start: '2027-10-08T09:00',
      end: '2027-10-08T11:30',
      location: '社区服务中心二楼',
    });
    await page.locator('[id^="team-field"]').click();
    await page.keyboard.type('银发');
    await page.getByRole('option', { name: '银发服务队' }).click();
    await page.locator('[id^="name-field"]').fill('王老师');
    await page.locator('[id^="phone-field"]').fill('0512-6688 1234');

    // The preview is the site's own facts block, rendered from the form.
    const preview = page.frameLocator('#preview-pane');
    await pwExpect(preview.locator('h1')).toHaveText('重阳节敬老义诊');
    await pwExpect(preview.locator('.preview-category')).toHaveText('健康卫生'); // names, as on the site
    await pwExpect(preview.locator('.fact-team')).toContainText('银发服务队');
    await pwExpect(preview.locator('.fact-time')).toContainText('2027年10月8日（周五）09:00–11:30');
    await pwExpect(preview.locator('.facts a[href^="tel:"]')).toHaveAttribute('href', 'tel:051266881234');

    await publish(page);

    // Saved with the start's year, so next year's 重阳节 activity gets its own address.
    const file = path.join(paths.contentDir, 'events/chong-yang-jie-jing-lao-yi-zhen-2027.md');
    await waitFor(() => (existsSync(file) ? true : undefined), 20_000);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^start: 2027-10-08 09:00$/m);
    expect(text).toMatch(/^category: health$/m);
    expect(text).toMatch(/^team: yinfa$/m);
    expect(text).toMatch(/^slug: chong-yang-jie-jing-lao-yi-zhen-2027$/m);

    // The file the CMS wrote passes the same check a hand-written one does, in Beijing time.
    const content = await loadContent(paths);
    const ev = content.events.find((e) => e.slug === 'chong-yang-jie-jing-lao-yi-zhen-2027')!;
    expect(ev.data.start.toISOString()).toBe('2027-10-08T01:00:00.000Z');
    expect(ev.data.end?.toISOString()).toBe('2027-10-08T03:30:00.000Z');
    expect(ev.data.contact).toEqual({ name: '王老师', phone: '0512-6688 1234' });

    // …and the running site rebuilds and shows it.
    const html = await waitFor(async () => {
      const r = await fetch(`${base}/events/chong-yang-jie-jing-lao-yi-zhen-2027/`);
      return r.ok ? r.text() : undefined;
    });
    expect(html).toContain('<title>10月8日（周五）重阳节敬老义诊');
    expect(html).toContain('href="tel:051266881234"');
    expect(html).toContain('href="/teams/yinfa/"');
    expect(site.log()).not.toContain('内容检查发现');
  });

  it('refuses to save what the build would refuse, with the same Chinese message', { timeout: 60_000 }, async () => {
    const page = await openCms();
    await page.goto(`${site.url}/admin/#/collections/events/new`);
    await page.locator('[id^="title-field"]').fill('健步走');
    await fillActivity(page, {
      date: '2027-08-01',
      start: '2027-08-08T06:30',
      end: '2027-08-08T05:30',
      location: '清河公园',
    });
    await publish(page);
    await pwExpect(page.getByText(/保存内容失败.*【结束时间】结束时间早于开始时间/)).toBeVisible();
    expect(existsSync(path.join(paths.contentDir, 'events/jian-bu-zou-2027.md'))).toBe(false);
    expect(existsSync(path.join(paths.contentDir, 'events/jian-bu-zou.md'))).toBe(false);
  });

  it('keeps the address of a published entry', { timeout: 60_000 }, async () => {
    const page = await openCms();
    await page.goto(`${site.url}/admin/#/collections/events/entries/yizhen`);
    const slug = page.locator('[id^="slug-field"]');
    await pwExpect(slug).toHaveValue('yizhen');
    await pwExpect(slug).toHaveAttribute('readonly', '');
  });
});

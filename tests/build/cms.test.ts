/**
 * The CMS end to end: `npm start` with its local backend, an editor writes a new activity at
 * /admin in Chinese, the preview shows the site's own facts block, publishing writes a Markdown
 * file the content check accepts, and the rebuilt site shows the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect as pwExpect, type Browser } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/repository';
import { contentTree, projectRoot } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { waitFor } from '../helpers/wait';

let child: ChildProcess | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  child?.kill();
});


describe('CMS at /admin', () => {
  it('publishes a new activity that the site then shows', { timeout: 180_000 }, async () => {
    const [port, cmsPort] = [await freePort(), await freePort()];
    const paths = contentTree('ok');
    let log = '';
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: String(port), LINLI_CMS_PORT: String(cmsPort), LINLI_CONTENT_DIR: paths.contentDir, LINLI_DIST: path.join(projectRoot, '.tmp/cms-dist'), NO_COLOR: '1' },
    });
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    const site = `http://127.0.0.1:${port}`;
    await waitFor(async () => ((await fetch(`${site}/admin/config.json`)).ok ? true : undefined));

    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' })).newPage();
    await page.goto(`${site}/admin/`);
    await pwExpect(page.locator('html')).toHaveAttribute('translate', 'no');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('活动公告').first().waitFor();
    await page.goto(`${site}/admin/#/collections/events/new`);

    await page.locator('[id^="title-field"]').fill('重阳节敬老义诊');
    // The slug follows the title in pinyin, since Decap's own slugs would drop every Chinese character.
    await pwExpect.poll(() => page.locator('[id^="slug-field"]').inputValue()).toBe('chong-yang-jie-jing-lao-yi-zhen');
    await page.locator('[id^="date-field"]').fill('2027-10-01');
    await page.locator('[id^="start-field"]').fill('2027-10-08T09:00');
    await page.locator('[id^="end-field"]').fill('2027-10-08T11:30');
    await page.locator('[id^="location-field"]').fill('社区服务中心二楼');
    await page.locator('[id^="category-field"]').click();
    await page.keyboard.type('健康');
    await page.keyboard.press('Enter');
    await page.locator('[id^="name-field"]').fill('王老师');
    await page.locator('[id^="phone-field"]').fill('0512-6688 1234');

    // The preview is the site's own facts block, rendered from the form.
    const preview = page.frameLocator('#preview-pane');
    await pwExpect(preview.locator('h1')).toHaveText('重阳节敬老义诊');
    await pwExpect(preview.locator('.fact-time')).toContainText('2027年10月8日（周五）09:00–11:30');
    await pwExpect(preview.locator('.facts a[href^="tel:"]')).toHaveAttribute('href', 'tel:051266881234');

    await page.getByRole('button', { name: '发布' }).click();
    await page.getByRole('menuitem', { name: '立即发布' }).click();

    const file = path.join(paths.contentDir, 'events/chong-yang-jie-jing-lao-yi-zhen.md');
    await waitFor(() => (existsSync(file) ? true : undefined), 20_000);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^start: 2027-10-08 09:00$/m);
    expect(text).toMatch(/^category: health$/m);

    // The file the CMS wrote passes the same check a hand-written one does, in Beijing time.
    const content = await loadContent(paths);
    const ev = content.events.find((e) => e.slug === 'chong-yang-jie-jing-lao-yi-zhen')!;
    expect(ev.data.start.toISOString()).toBe('2027-10-08T01:00:00.000Z');
    expect(ev.data.end?.toISOString()).toBe('2027-10-08T03:30:00.000Z');
    expect(ev.data.contact).toEqual({ name: '王老师', phone: '0512-6688 1234' });

    // …and the running site rebuilds and shows it.
    const html = await waitFor(async () => {
      const r = await fetch(`${site}/events/chong-yang-jie-jing-lao-yi-zhen/`);
      return r.ok ? r.text() : undefined;
    });
    expect(html).toContain('<title>10月8日（周五）重阳节敬老义诊');
    expect(html).toContain('href="tel:051266881234"');
    expect(log).not.toContain('内容检查发现');
  });
});

/**
 * The CMS as an editor uses it, against `npm start` on a copy of the minimal fixture site: at human
 * speed (pauses between steps, typing one key at a time), through the media library and the real
 * buttons. Every test opens its own editor and needs no other test. Screenshots of each step are
 * written to .tmp/cms-steps/ for a person to look at.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect as pwExpect, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPaths } from '../../src/content/repository';
import { loadContent } from '../../src/content/repository';
import { photoVersion } from '../../src/integrations/build';
import { photoName } from '../../src/lib/photo-jobs';
import { contentTree, projectRoot } from '../helpers/fixtures';
import { startSite, type RunningSite } from '../helpers/start';
import { pause } from '../helpers/human';
import { waitFor } from '../helpers/wait';

const steps = path.join(projectRoot, '.tmp/cms-steps');
let site: RunningSite;
let paths: ContentPaths;
let browser: Browser;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

beforeAll(async () => {
  mkdirSync(steps, { recursive: true });
  paths = contentTree('cms');
  copyFileSync(
    path.join(projectRoot, 'tests/fixtures/site/public/uploads/cover-green.svg'),
    path.join(paths.publicDir, 'uploads/cover-green.svg'),
  );
  site = await startSite(paths, 'cms');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP linli-office.test 127.0.0.1'],
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** A person's pause between two steps. */

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(steps, `${name}.png`) });
}

/**
 * A fresh editor window, logged in to the local backend, with the collection list shown. `now`:
 * the browser's clock, for what depends on the day (an activity's state).
 */
async function openCms({ now }: { now?: Date } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(now);
  page.on('dialog', (d) => void d.accept()); // "leave without saving?" when a test moves on
  await page.goto(`${site.url}/admin/`);
  await pwExpect(page.locator('.admin-site-name')).toHaveText('测试志愿服务站 · 内容管理');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('活动公告').first().waitFor();
  return page;
}

async function newEntry(page: Page, collection: string) {
  await page.goto(`${site.url}/admin/#/collections/${collection}/new`);
  await page.locator('[id^="title-field"]').waitFor();
  await pause(page, 'read'); // a person reads the form before typing
}

async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.type(text, { delay: 90 });
  await pause(page, 'look');
}

/**
 * The file the CMS backend wrote, once it is whole: the backend does not write atomically, so a
 * read right after the file appears or changes can see it half-written.
 */
function writtenFile(file: string, whole: (text: string) => boolean): Promise<string> {
  return waitFor(() => {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return whole(text) ? text : undefined;
  }, 20_000);
}

/** Uploads a picture (a copy of the fixture's PNG under `name`) with the media library's button. */
async function uploadInLibrary(page: Page, name: string) {
  const file = path.join(projectRoot, '.tmp', name);
  copyFileSync(path.join(projectRoot, 'tests/fixtures/minimal/public/uploads/wechat-qr.png'), file);
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByText(name).first().waitFor();
  await pause(page);
}

/** No developer words where editors read: Decap's own (集合, Backend…) or our file names. */
async function expectPlainChinese(page: Page) {
  const text = await page.locator('body').innerText();
  for (const jargon of [
    '集合',
    '快速新建',
    '富文本',
    'Markdown',
    'URL',
    'content/',
    'public/',
    'Backend',
    '修改已保存',
  ]) {
    expect(text, jargon).not.toContain(jargon);
  }
}

async function pickCategory(page: Page, name: string) {
  await page.locator('[id^="category-field"]').click();
  await page.keyboard.type(name, { delay: 90 });
  await page.keyboard.press('Enter');
  await pause(page, 'look');
}

async function publishOnce(page: Page) {
  await page.getByRole('button', { name: '发布' }).click();
  await pause(page, 'glance');
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}

/** A field of the form, with its label and controls (an activity has more than one picture field). */
const field = (page: Page, name: string) =>
  page.locator(`label[for^="${name}-field"]`).locator('xpath=ancestor::*[.//button][1]');

/** The error Decap shows next to a field (its label row), by the field's id prefix. */
const fieldError = (page: Page, id: string) =>
  page.locator(`label[for^="${id}-field"]`).locator('xpath=..').locator('ul li, [class*="ErrorMessage"]');

describe('CMS at /admin, at human speed', () => {
  it(
    'publishes a new activity with one click: slug from the title, a chosen and an uploaded image, a full-width phone',
    {
      timeout: 240_000,
    },
    async () => {
      const page = await openCms();
      await newEntry(page, 'events');
      await typeInto(page, '[id^="title-field"]', '重阳节敬老义诊');
      await pwExpect(page.locator('[id^="slug-field"]')).toHaveValue('chong-yang-jie-jing-lao-yi-zhen');
      await page.locator('[id^="start-field"]').fill('2027-10-08T09:00');
      await pause(page);
      // An activity's address gets its start year, shown as soon as the start is known.
      await pwExpect(page.locator('[id^="slug-field"]')).toHaveValue('chong-yang-jie-jing-lao-yi-zhen-2027');
      await page.locator('[id^="end-field"]').fill('2027-10-08T11:30');
      await pause(page);
      await typeInto(page, '[id^="location-field"]', '社区服务中心二楼');
      await typeInto(page, '[id^="signup-field"]', '电话报名');
      await typeInto(page, '[id^="name-field"] >> nth=0', '王老师');
      await typeInto(page, '[id^="phone-field"]', '１３９　０５１２　３３０１'); // a Chinese keyboard's full-width digits
      await pickCategory(page, '健康');
      await page.locator('[id^="date-field"]').fill('2027-10-01');
      await shot(page, '1-activity-filled');

      // The cover: choose the existing picture from the media library…
      await field(page, 'cover').getByRole('button', { name: '选择图片' }).click();
      await pause(page);
      await page.getByText('cover-green.svg').click();
      await pause(page, 'glance');
      await page.getByRole('button', { name: '用这张图片' }).click();
      await pause(page);
      await shot(page, '2-cover-chosen');
      // …then upload a photo, think better of it, and upload another.
      await field(page, 'cover').getByRole('button', { name: '换一张图片' }).click();
      await pause(page);
      await uploadInLibrary(page, '不要的照片.png');
      await page.getByRole('button', { name: '用这张图片' }).click();
      await pause(page);
      await field(page, 'cover').getByRole('button', { name: '换一张图片' }).click();
      await pause(page);
      await uploadInLibrary(page, '重阳节合影.png');
      await shot(page, '3a-uploaded-in-library');
      // A fresh upload comes selected: use it.
      await pwExpect(page.getByRole('button', { name: '用这张图片' })).toBeEnabled();
      await page.getByRole('button', { name: '用这张图片' }).click();
      await pause(page);
      await shot(page, '3b-uploaded-chosen');
      // The new photo shows in the form and in the preview before anything is published.
      const thumb = page.locator('img[role="presentation"]').first(); // Decap's thumbnail of the chosen picture
      await pwExpect
        .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      const preview = page.frameLocator('#preview-pane');
      await pwExpect
        .poll(() =>
          preview.locator('.cover img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        )
        .toBe(true);
      await typeInto(page, '[id^="coverAlt-field"]', '志愿者和老人在重阳节合影');
      await shot(page, '3-cover-uploaded');

      await pwExpect(preview.locator('.fact-time')).toContainText('2027年10月8日（周五）09:00–11:30');
      await publishOnce(page);

      const file = path.join(paths.contentDir, 'events/chong-yang-jie-jing-lao-yi-zhen-2027.md');
      const text = await writtenFile(file, (t) => t.includes('coverAlt:'));
      await shot(page, '4-published');
      expect(text).toMatch(/^start: 2027-10-08 09:00$/m);
      expect(text).toMatch(/^cover: \/uploads\/重阳节合影\.png$/m);
      expect(text).toMatch(/^ {2}phone: 139 0512 3301$/m);
      expect(text).not.toMatch(/: ""$|: ''$/m); // no empty values written
      expect(readdirSync(path.join(paths.publicDir, 'uploads'))).toContain('重阳节合影.png');
      const content = await loadContent(paths);
      // The photo given up before publishing is not left behind unnoticed: gone, or listed for cleanup.
      const droppedOnDisk = path.join(paths.publicDir, 'uploads/不要的照片.png');
      if (existsSync(droppedOnDisk)) expect(content.warnings.join('\n')).toContain('/uploads/不要的照片.png');
      else expect(readdirSync(path.join(paths.publicDir, 'uploads'))).not.toContain('不要的照片.png');
      const ev = content.events.find((e) => e.slug === 'chong-yang-jie-jing-lao-yi-zhen-2027')!;
      expect(ev.data.start.toISOString()).toBe('2027-10-08T01:00:00.000Z');

      // The rebuilt site shows the page with its photo.
      const html = await waitFor(async () => {
        const r = await fetch(`${site.url}/events/chong-yang-jie-jing-lao-yi-zhen-2027/`);
        return r.ok ? r.text() : undefined;
      });
      // Served at phone sizes, named from the uploaded file's bytes (src/lib/photo-jobs.ts).
      const uploaded = readFileSync(path.join(paths.publicDir, 'uploads/重阳节合影.png'));
      const hash = photoName(photoVersion(projectRoot), uploaded);
      const src = /<figure class="cover"><picture>.*?<img[^>]+src="(\/_img\/[^"]+)"/.exec(html)?.[1];
      expect(src).toMatch(new RegExp(`^/_img/${hash}-\\d+\\.(png|jpg)$`));
      expect((await fetch(`${site.url}${src}`)).status).toBe(200);
    },
  );

  it(
    'shows two-field mistakes next to the field, in form language, and saves nothing',
    { timeout: 120_000 },
    async () => {
      const page = await openCms();
      await newEntry(page, 'events');
      await typeInto(page, '[id^="title-field"]', '健步走');
      await page.locator('[id^="start-field"]').fill('2027-08-08T09:00');
      await pause(page);
      await page.locator('[id^="end-field"]').fill('2027-08-08T08:00');
      await pause(page);
      await page.locator('[id^="deadline-field"]').fill('2027-08-09T17:00');
      await pause(page);
      await typeInto(page, '[id^="location-field"]', '清河公园');
      await pickCategory(page, '健康');
      // The preview never shows an impossible range.
      const preview = page.frameLocator('#preview-pane');
      await pwExpect(preview.locator('.preview-warning')).toContainText('结束时间早于开始时间');
      await pwExpect(preview.locator('body')).not.toContainText('09:00–08:00');

      await publishOnce(page);
      await pause(page);
      await shot(page, '5-two-field-mistakes');
      await pwExpect(fieldError(page, 'end')).toContainText('结束时间早于开始时间。把结束时间改成开始时间之后');
      await pwExpect(fieldError(page, 'deadline')).toContainText('报名截止时间晚于活动开始时间');
      await pwExpect(page.locator('body')).not.toContainText('Error');
      await pwExpect(page.locator('body')).not.toContainText('删掉 end');
      expect(readdirSync(path.join(paths.contentDir, 'events')).filter((n) => n.startsWith('jian-bu-zou'))).toEqual([]);

      // Times corrected, but a phone number that is not one: the build's own check refuses it
      // before saving, in the form's words (no "Error:", no "添加一行").
      await page.locator('[id^="end-field"]').fill('2027-08-08T11:00');
      await page.locator('[id^="deadline-field"]').fill('2027-08-06T17:00');
      await typeInto(page, '[id^="name-field"] >> nth=0', '王老师');
      await typeInto(page, '[id^="phone-field"]', '打我电话');
      await publishOnce(page);
      const notice = page.locator('.linli-save-notice');
      await pwExpect(notice).toContainText('【电话】');
      await shot(page, '5b-refused-before-saving');
      expect(await notice.innerText()).not.toMatch(/Error|一行/);
      expect(readdirSync(path.join(paths.contentDir, 'events')).filter((n) => n.startsWith('jian-bu-zou'))).toEqual([]);

      // Corrected, it publishes.
      await page.locator('[id^="phone-field"]').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await typeInto(page, '[id^="phone-field"]', '0512-6688 1234');
      await publishOnce(page);
      await waitFor(
        () => (existsSync(path.join(paths.contentDir, 'events/jian-bu-zou-2027.md')) ? true : undefined),
        20_000,
      );
    },
  );

  it(
    'adds a recap and a photo from the media library to an activity, seen in the preview and saved',
    { timeout: 150_000 },
    async () => {
      const file = path.join(paths.contentDir, 'events/yizhen.md');
      const page = await openCms();
      await page.goto(`${site.url}/admin/#/collections/events/entries/yizhen`);
      await page.locator('[id^="title-field"]').waitFor();
      await pause(page);
      // The recap: the same editor as the body.
      const recapLabel = page.locator('label[for^="recap-field"]');
      await recapLabel.scrollIntoViewIfNeeded();
      const recap = recapLabel.locator('xpath=../..').locator('[contenteditable="true"]').first();
      await recap.click();
      await page.keyboard.type('四十多位老人参加，医生量了血压。', { delay: 90 });
      await pause(page, 'look');
      // A photo: 添加, pick it from the media library, say what it shows.
      const photos = page.locator('label[for^="photos-field"]').locator('xpath=../..');
      await photos.getByRole('button', { name: '新增照片' }).click();
      await pause(page);
      await photos.getByRole('button', { name: '选择图片' }).first().click();
      await pause(page);
      await page.getByText('cover-green.svg').click();
      await pause(page, 'glance');
      await page.getByRole('button', { name: '用这张图片' }).click();
      await pause(page);
      await typeInto(page, '[id^="alt-field"]', '医生为老人量血压');
      await shot(page, '7-recap-and-photo');
      const preview = page.frameLocator('#preview-pane');
      await pwExpect(preview.locator('section.recap h2')).toHaveText('活动回顾');
      await pwExpect(preview.locator('section.recap')).toContainText('四十多位老人参加');
      await pwExpect(preview.locator('.preview-photos img')).toHaveAttribute('alt', '医生为老人量血压');
      await publishOnce(page);
      const text = await writtenFile(file, (t) => t.includes('医生为老人量血压') && t.includes('四十多位'));
      expect(text).toMatch(/^recap: 四十多位老人参加，医生量了血压。$/m);
      expect(text).toMatch(/^photos:\n {2}- image: \/uploads\/cover-green\.svg\n {4}alt: 医生为老人量血压$/m);
      // The build reads it back: the photo, what it shows, the recap.
      const ev = (await loadContent(paths)).events.find((e) => e.slug === 'yizhen')!;
      expect(ev.data.photos).toEqual([{ image: '/uploads/cover-green.svg', alt: '医生为老人量血压' }]);
      expect(ev.data.recap).toBe('四十多位老人参加，医生量了血压。');
    },
  );

  it('saves one changed field of a hand-written file as one changed line', { timeout: 120_000 }, async () => {
    // Written by hand: a comment, quotes, an inline list, `*` bullets.
    const file = path.join(paths.contentDir, 'stories/li-shushu.md');
    const before =
      '---\n# 手写的文件\ntitle: 李叔叔修车十年\ndate: "2026-09-01"\nsubject: 李建华\ncategory: elderly\n' +
      'tags: [修车, 便民]\n---\n李叔叔每周六：\n\n* 修自行车\n* 修电动车\n';
    writeFileSync(file, before);
    const page = await openCms();
    await page.goto(`${site.url}/admin/#/collections/stories/entries/li-shushu`);
    await page.locator('[id^="subject-field"]').waitFor();
    await pause(page);
    await page.locator('[id^="subject-field"]').fill('');
    await typeInto(page, '[id^="subject-field"]', '张桂兰阿姨');
    await publishOnce(page);
    const after = await writtenFile(file, (t) => t.includes('张桂兰阿姨') && t.endsWith('* 修电动车\n'));
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b.length).toBe(a.length);
    expect(a.filter((line, i) => line !== b[i])).toEqual(['subject: 李建华']);
    expect(b.filter((line, i) => line !== a[i])).toEqual(['subject: 张桂兰阿姨']);
  });

  it(
    'adds a volunteer platform to an activity: its line in the preview, the file, and a QR code of it on the site',
    { timeout: 150_000 },
    async () => {
      const page = await openCms();
      await page.goto(`${site.url}/admin/#/collections/events/entries/yizhen`);
      await page.locator('[id^="title-field"]').waitFor();
      await pause(page, 'read');
      const preview = page.frameLocator('#preview-pane');
      // The saved entry's 复制到公众号 page, opened from the preview.
      await pwExpect(preview.getByRole('link', { name: '复制到公众号 ↗' })).toHaveAttribute(
        'href',
        '/admin/wechat/events/yizhen/',
      );
      await typeInto(page, '[id^="name-field"] >> nth=1', '志愿汇');
      const url = 'https://www.zhiyuanhui.com/activity/yizhen-2027';
      await typeInto(page, '[id^="url-field"]', url);
      await pwExpect(preview.locator('.fact-platform')).toContainText('在「志愿汇」报名，记录志愿时长');
      await shot(page, '5-platform');
      await publishOnce(page);
      const file = path.join(paths.contentDir, 'events/yizhen.md');
      const text = await writtenFile(file, (t) => t.includes(url));
      expect(text).toContain(`platform:\n  name: 志愿汇\n  url: ${url}\n`);
      const html = await waitFor(async () => {
        const r = await fetch(`${site.url}/events/yizhen/`);
        const body = r.ok ? await r.text() : '';
        return body.includes('在「志愿汇」报名') ? body : undefined;
      });
      expect(html).toContain(`href="${url}"`);
      const png = Buffer.from(await (await fetch(`${site.url}/events/yizhen/platform-qr.png`)).arrayBuffer());
      const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
    },
  );

  it('keeps the address of a published entry, and speaks plain Chinese', { timeout: 120_000 }, async () => {
    const page = await openCms();
    // The entry list: newest first, each row with its date.
    await page.goto(`${site.url}/admin/#/collections/events`);
    await pause(page);
    await pwExpect(page.locator('body')).toContainText('2027-03-05 09:00');
    await expectPlainChinese(page);
    await page.goto(`${site.url}/admin/#/collections/events/entries/yizhen`);
    const slug = page.locator('[id^="slug-field"]');
    await pwExpect(slug).toHaveValue('yizhen');
    await pwExpect(slug).toHaveAttribute('readonly', '');
    await pause(page);
    await shot(page, '6-published-entry');
    await expectPlainChinese(page);
    // 网址名 is required, so not labelled optional.
    await pwExpect(page.locator('label[for^="slug-field"]')).not.toContainText('可选');
    await newEntry(page, 'events'); // an empty new entry does not claim its changes are saved
    await expectPlainChinese(page);
    // "查看" leads to the site running here while editing on this computer.
    await pwExpect(
      page.locator(`a[href^="${site.url.replace('127.0.0.1', 'localhost')}"], a[href^="${site.url}"]`).first(),
    ).toBeVisible();
  });

  it(
    'opened over plain http from another computer, explains in Chinese instead of crashing',
    { timeout: 60_000 },
    async () => {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://linli-office.test:${new URL(site.url).port}/admin/`);
      await pwExpect(page.getByRole('heading', { level: 1 })).toHaveText('这样打开不能编辑');
      await pwExpect(page.locator('body')).toContainText('https://');
      await pause(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    'a mistake made while scrolled to the bottom answers on screen: every wrong field named, the first one focused',
    { timeout: 150_000 },
    async () => {
      const page = await openCms();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await newEntry(page, 'events');
      await typeInto(page, '[id^="title-field"]', '夜跑');
      await page.locator('[id^="start-field"]').fill('2027-09-09T19:00');
      await pause(page);
      await page.locator('[id^="end-field"]').fill('2027-09-09T18:00');
      await pause(page);
      await page.locator('[id^="deadline-field"]').fill('2027-09-10T17:00');
      await pause(page);
      await typeInto(page, '[id^="location-field"]', '清河公园');
      await pickCategory(page, '健康');
      // Down to the tags, the way one finishes a form before saving: the times are out of view.
      await page.locator('[id^="tags-field"]').scrollIntoViewIfNeeded();
      await typeInto(page, '[id^="tags-field"]', '夜跑');
      const end = page.locator('[id^="end-field"]');
      await pwExpect(end).not.toBeInViewport();

      await publishOnce(page);
      const notice = page.locator('.linli-save-notice');
      await pwExpect(notice).toBeInViewport({ timeout: 1000 });
      await pwExpect(notice).toContainText('没有保存');
      await pwExpect(notice).toContainText('【结束时间】结束时间早于开始时间');
      await pwExpect(notice).toContainText('【报名截止】报名截止时间晚于活动开始时间');
      await pwExpect(end).toBeInViewport();
      await pwExpect(end).toBeFocused();
      await shot(page, '8-refused-while-scrolled');
      // A line of the notice leads to its field.
      await notice.getByRole('button', { name: /【报名截止】/ }).click();
      await pwExpect(page.locator('[id^="deadline-field"]')).toBeFocused();
      expect(readdirSync(path.join(paths.contentDir, 'events')).filter((n) => n.startsWith('ye-pao'))).toEqual([]);

      // Times put right; a phone number that is not one, found by the content check before saving.
      await notice.getByRole('button', { name: '知道了' }).click();
      await pwExpect(notice).toHaveCount(0);
      await end.fill('2027-09-09T21:00');
      await page.locator('[id^="deadline-field"]').fill('2027-09-08T17:00');
      await typeInto(page, '[id^="name-field"] >> nth=0', '王老师');
      await typeInto(page, '[id^="phone-field"]', '打我电话');
      await page.locator('[id^="tags-field"]').scrollIntoViewIfNeeded();
      await pause(page);
      await pwExpect(page.locator('[id^="phone-field"]')).not.toBeInViewport();
      await publishOnce(page);
      await pwExpect(notice).toBeInViewport({ timeout: 1000 });
      await pwExpect(notice).toContainText('【电话】');
      await pwExpect(page.locator('[id^="phone-field"]')).toBeFocused();
      await pwExpect(page.locator('[id^="phone-field"]')).toBeInViewport();
      // Decap's own notice would repeat it in fewer words: it is not shown beside ours.
      await pwExpect(page.locator('.Toastify__toast--error')).toBeHidden();
      await shot(page, '9-refused-by-the-check');
      expect(readdirSync(path.join(paths.contentDir, 'events')).filter((n) => n.startsWith('ye-pao'))).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it(
    'tags typed with Chinese commas, 、, a space after a comma, or spaces become separate tags',
    { timeout: 240_000 },
    async () => {
      const forms: [name: string, how: 'keys' | 'paste' | 'ime', typed: string][] = [
        ['t-quanjiao', 'keys', '义诊，健康'],
        ['t-dunhao', 'keys', '义诊、健康'],
        ['t-douhao-kongge', 'keys', '义诊, 健康'],
        ['t-douhao', 'keys', '义诊,健康'],
        ['t-kongge', 'keys', '义诊 健康'],
        ['t-niantie', 'paste', '义诊， 健康'],
        ['t-shurufa', 'ime', '义诊，健康'],
      ];
      for (const [name] of forms)
        writeFileSync(
          path.join(paths.contentDir, `stories/${name}.md`),
          `---\ntitle: 标签${name}\ndate: 2026-09-01\nsubject: 李建华\ncategory: elderly\n---\n正文。\n`,
        );
      const page = await openCms();
      const cdp = await page.context().newCDPSession(page);
      for (const [name, how, typed] of forms) {
        // From the list, as a person goes from one entry to the next.
        await page.goto(`${site.url}/admin/#/collections/stories`);
        await page.locator(`a[href$="/entries/${name}"]`).click();
        await pwExpect(page.locator('[id^="title-field"]')).toHaveValue(`标签${name}`);
        const field = page.locator('[id^="tags-field"]');
        await field.waitFor();
        await pause(page);
        await field.scrollIntoViewIfNeeded();
        await field.click();
        await pause(page, 'look');
        if (how === 'keys') await page.keyboard.type(typed, { delay: 90 });
        else if (how === 'paste') await cdp.send('Input.insertText', { text: typed });
        else
          for (const [pinyin, chosen] of [
            ['yizhen', '义诊'],
            [',', '，'],
            ['jiankang', '健康'],
          ] as const) {
            for (let i = 1; i <= pinyin.length; i++)
              await cdp.send('Input.imeSetComposition', {
                text: pinyin.slice(0, i),
                selectionStart: i,
                selectionEnd: i,
              });
            await pause(page, 'choose');
            await cdp.send('Input.insertText', { text: chosen });
          }
        await pause(page, 'look');
        // What the editor typed stays in the box as typed.
        await pwExpect(field).toHaveValue(typed);
        await publishOnce(page);
        const file = path.join(paths.contentDir, `stories/${name}.md`);
        await writtenFile(file, (t) => t.includes('健康') && t.includes('正文。'));
        const story = (await loadContent(paths)).stories.find((e) => e.slug === name)!;
        expect(story.data.tags, `${how}: ${typed}`).toEqual(['义诊', '健康']);
      }
      // The hint says how to separate them.
      await pwExpect(page.locator('[id^="tags-field"]').locator('xpath=../..')).toContainText('用逗号、顿号或空格隔开');
    },
  );

  it(
    'the image library lists the pictures after a reload on a new form and from a bookmark; an upload shows at once',
    { timeout: 150_000 },
    async () => {
      const page = await openCms();
      await newEntry(page, 'articles');
      await page.reload();
      await page.locator('[id^="title-field"]').waitFor();
      await pause(page);
      await field(page, 'cover').getByRole('button', { name: '选择图片' }).click();
      await pause(page);
      await pwExpect(page.getByText('cover-green.svg')).toBeVisible();
      await shot(page, '10-library-after-reload');
      await page.getByText('cover-green.svg').click();
      await pause(page, 'glance');
      await page.getByRole('button', { name: '用这张图片' }).click();
      await pause(page);
      const thumb = page.locator('img[role="presentation"]').first();
      await pwExpect
        .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);

      // The form's address pasted into a new tab (or opened from a bookmark).
      const tab = await page.context().newPage();
      await tab.goto(`${site.url}/admin/#/collections/stories/new`);
      await tab.locator('[id^="title-field"]').waitFor();
      await pause(tab);
      await field(tab, 'cover').getByRole('button', { name: '选择图片' }).click();
      await pause(tab);
      await pwExpect(tab.getByText('cover-green.svg')).toBeVisible();
      await uploadInLibrary(tab, '书法课.png');
      await tab.getByRole('button', { name: '用这张图片' }).click();
      const fresh = tab.locator('img[role="presentation"]').first();
      await pwExpect
        .poll(() => fresh.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 3000 })
        .toBe(true);
    },
  );

  it(
    'lists activities by start, latest first, each with its state on the day; stories and articles newest first',
    { timeout: 120_000 },
    async () => {
      const write = (slug: string, start: string, extra = '') =>
        writeFileSync(
          path.join(paths.contentDir, `events/${slug}.md`),
          `---\ntitle: 列表${slug}\ndate: 2026-09-01\nstart: ${start}\nlocation: 社区\ncategory: health\n` +
            `${extra}---\n正文。\n`,
        );
      write('l-coming', '2026-12-20 09:00');
      write('l-cancelled', '2026-12-10 09:00', 'status: cancelled\n');
      write('l-ended', '2026-11-20 09:00');
      write('l-today', '2026-12-07 09:00', 'end: 2026-12-07 17:00\n');
      // 7 December 2026, 10:00 in Beijing.
      const page = await openCms({ now: new Date('2026-12-07T02:00:00Z') });
      await page.goto(`${site.url}/admin/#/collections/events`);
      const row = (slug: string) => page.locator(`a[href$="/entries/${slug}"]`);
      await pwExpect(row('l-ended')).toBeVisible();
      await pause(page);
      await pwExpect(row('l-coming')).toContainText('2026-12-20 09:00');
      await pwExpect(row('l-coming')).toContainText('〔报名中〕');
      await pwExpect(row('l-cancelled')).toContainText('〔已取消〕');
      await pwExpect(row('l-today')).toContainText('〔进行中〕');
      await pwExpect(row('l-ended')).toContainText('〔已结束〕');
      const order = await page
        .locator('a[href*="/entries/l-"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()));
      expect(order).toEqual(['l-coming', 'l-cancelled', 'l-today', 'l-ended']);
      // Sorting and filtering in Chinese words.
      await page.getByRole('button', { name: '排序' }).click();
      await pwExpect(page.getByRole('menuitem', { name: /开始时间/ })).toBeVisible();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: '筛选' }).click();
      await page.getByRole('menuitem', { name: /已取消/ }).click();
      await pwExpect(row('l-coming')).toHaveCount(0);
      await pwExpect(row('l-cancelled')).toBeVisible();
      await shot(page, '11-activity-list');
      await expectPlainChinese(page);
      // Stories: newest first.
      await page.goto(`${site.url}/admin/#/collections/stories`);
      await pwExpect(page.locator('a[href*="/entries/"]').first()).toBeVisible();
      const dates = await page
        .locator('a[href*="/collections/stories/entries/"]')
        .evaluateAll((links) => links.map((a) => /\d{4}-\d{2}-\d{2}/.exec(a.textContent ?? '')?.[0] ?? ''));
      expect(dates).toEqual([...dates].sort().reverse());
    },
  );
});

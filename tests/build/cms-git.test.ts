/**
 * The CMS in a git repository, as a community office runs it: `npm start` in the site's own
 * repository (a copy of the minimal fixture, `git init`), every save a commit, review before
 * publishing (草稿 → 待审核 → 待发布 → 发布), and the site built from the publishing branch only.
 * Driven at human speed in Chromium, Chinese typed through an IME (composition events), pictures
 * through the media library. The steps' screenshots are the editor's guide's pictures: retaken
 * into docs/screenshots/ by `npm run guide:shots` (LINLI_GUIDE_SHOTS=1), so the guide never shows a
 * CMS that no longer exists; a plain `npm test` writes them under .tmp/ and leaves the tree clean.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect as pwExpect, type Browser, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPaths } from '../../src/content/repository';
import { contentTree, projectRoot } from '../helpers/fixtures';
import { phonePhoto } from '../helpers/photos';
import { startSite, type RunningSite } from '../helpers/start';
import { pause } from '../helpers/human';
import { waitFor } from '../helpers/wait';

const guideShots = path.join(projectRoot, process.env.LINLI_GUIDE_SHOTS === '1' ? 'docs/screenshots' : '.tmp/guide');
let site: RunningSite;
let paths: ContentPaths;
let browser: Browser;
/** Figures for the session note: time from 发布 to the page on the site. */
const figures: Record<string, unknown> = {};

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: paths.root, encoding: 'utf8' }).trim();
const gitOk = (...args: string[]) => {
  try {
    git(...args);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  mkdirSync(guideShots, { recursive: true });
  paths = contentTree('cms-git');
  copyFileSync(
    path.join(projectRoot, 'tests/fixtures/site/public/uploads/cover-green.svg'),
    path.join(paths.publicDir, 'uploads/cover-green.svg'),
  );
  // The office's repository: the site's files committed on main, an identity of its own.
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', '社区办公室');
  git('config', 'user.email', 'office@example.cn');
  writeFileSync(path.join(paths.root, '.gitignore'), 'node_modules\n');
  git('add', '-A');
  git('commit', '-q', '-m', '初始内容');
  site = await startSite(paths, 'cms-git');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  writeFileSync(path.join(projectRoot, '.tmp/cms-git.json'), JSON.stringify(figures, null, 2));
});

/** A person's pause between two steps. */

/** A picture for the guide, showing the address an editor's CMS shows (the test's port is random). */
async function shot(page: Page, name: string) {
  await page.evaluate((origin) => {
    for (const a of document.querySelectorAll('a'))
      if (a.textContent?.includes(origin)) a.textContent = a.textContent.replace(origin, 'localhost:4321');
  }, new URL(site.url).host);
  await page.screenshot({ path: path.join(guideShots, `guide-${name}.png`) });
}

async function openCms(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept()); // 确定要发布吗？
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('活动公告').first().waitFor();
  return page;
}

/**
 * Chinese typed the way a pinyin keyboard types it: for each word, the pinyin grows letter by
 * letter as composition text (compositionstart/update), then the chosen characters are committed
 * (compositionend + insertText). This is where Decap's editors have lost or doubled text.
 */
async function imeType(page: Page, field: Locator, words: [pinyin: string, chosen: string][], { atEnd = false } = {}) {
  await field.click();
  if (atEnd) await page.keyboard.press('Control+End');
  await pause(page, 'look'); // a person finds the first letter after clicking
  const cdp = await page.context().newCDPSession(page);
  for (const [pinyin, chosen] of words) {
    for (let i = 1; i <= pinyin.length; i++) {
      const text = pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', { text, selectionStart: i, selectionEnd: i });
      await pause(page, 'key');
    }
    await pause(page, 'choose');
    await cdp.send('Input.insertText', { text: chosen });
    await pause(page, 'settle');
  }
  await cdp.detach().catch(() => undefined);
}

const TITLE: [string, string][] = [
  ['dongzhi', '冬至'],
  ['baojiaozi', '包饺子'],
  ['jingshao', '敬老'],
];
const TITLE_TEXT = '冬至包饺子敬老';
const SLUG = 'dong-zhi-bao-jiao-zi-jing-lao-2027';
const ENTRY = `content/events/${SLUG}.md`;

/** The body: its first words in 排版视图 (rich text), the rest in 原文视图 (Markdown). */
const BODY_RICH: [string, string][] = [
  ['qing', '请'],
  ['laoren', '老人'],
  ['menjia', '们'],
  ['dailaohua', '带老花镜'],
  ['。', '。'],
];
const BODY_RAW: [string, string][] = [
  ['zhiyuanzhe', '志愿者'],
  ['shangmen', '上门'],
  ['jieson', '接送'],
  ['。', '。'],
];

describe('CMS in a git repository: every save a commit, review before publishing', () => {
  it(
    'an activity typed through an IME goes 草稿 → 待审核 → 待发布 → 发布; the site shows it only then',
    { timeout: 420_000 },
    async () => {
      const mainBefore = git('rev-parse', 'main');
      const page = await openCms();
      await shot(page, '1-start');
      await page.goto(`${site.url}/admin/#/collections/events/new`);
      await page.locator('[id^="title-field"]').waitFor();
      await pause(page, 'read');
      await imeType(page, page.locator('[id^="title-field"]'), TITLE);
      await pause(page, 'look');
      await pwExpect(page.locator('[id^="title-field"]')).toHaveValue(TITLE_TEXT);
      await page.locator('[id^="start-field"]').fill('2027-12-22T09:00');
      await pause(page);
      await pwExpect(page.locator('[id^="slug-field"]')).toHaveValue(SLUG);
      await page.locator('[id^="end-field"]').fill('2027-12-22T11:00');
      await imeType(page, page.locator('[id^="location-field"]'), [['shequshitang', '社区食堂']]);
      await imeType(page, page.locator('[id^="signup-field"]'), [['dianhuabaoming', '电话报名']]);
      await page.locator('[id^="category-field"]').click();
      await page.keyboard.type('助老', { delay: 90 });
      await page.keyboard.press('Enter');
      await pause(page, 'look');
      await page.locator('[id^="date-field"]').fill('2027-12-01');
      await pause(page);

      // The body, in 排版视图 then in 原文视图.
      const bodyLabel = page.locator('label[for^="body-field"]');
      await bodyLabel.scrollIntoViewIfNeeded();
      const bodyField = bodyLabel.locator('xpath=../..');
      // (A composition begun within a few milliseconds of the click, faster than any person, can
      // still lose text in Decap's rich-text editor: the click has not reached its model yet.)
      const editable = bodyField.locator('[contenteditable="true"]').first();
      await imeType(page, editable, BODY_RICH);
      await pause(page, 'look');
      await pwExpect(editable).toHaveText('请老人们带老花镜。');
      await bodyField.getByRole('switch').click(); // 排版视图 → 原文视图
      await pause(page);
      await imeType(page, editable, BODY_RAW, { atEnd: true });
      await pause(page, 'look');
      await pwExpect(editable).toHaveText('请老人们带老花镜。志愿者上门接送。');
      await shot(page, '2-new-activity');

      // 保存: a draft, committed on a branch of its own; nothing on main, nothing on the site.
      const branch = `cms/events/${SLUG}`;
      await saveAndWait(page, branch, `新建活动公告「${SLUG}」`, 30_000);
      await pause(page);
      await shot(page, '3-saved-draft');
      expect(git('rev-parse', 'main')).toBe(mainBefore);
      expect(git('log', '-1', '--format=%s', branch)).toBe(`新建活动公告「${SLUG}」`);
      expect(git('log', '-1', '--format=%an', branch)).toBe('社区办公室');
      const draft = git('show', `${branch}:${ENTRY}`);
      expect(draft).toMatch(new RegExp(`^title: ${TITLE_TEXT}$`, 'm'));
      expect(draft.endsWith('请老人们带老花镜。志愿者上门接送。')).toBe(true);
      expect(git('config', `branch.${branch}.description`)).toBe('decap-cms/draft');
      expect(gitOk('cat-file', '-e', `main:${ENTRY}`)).toBe(false);

      // 待审核, then 待发布: the branch's state changes, main and the site do not.
      for (const [label, state] of [
        ['待审核', 'pending_review'],
        ['待发布', 'pending_publish'],
      ] as const) {
        await page.getByRole('button', { name: /^状态：/ }).click();
        await pause(page, 'glance');
        await page.getByRole('menuitem', { name: label }).click();
        await waitFor(() =>
          git('config', `branch.${branch}.description`) === `decap-cms/${state}` ? true : undefined,
        );
        await pause(page);
        if (state === 'pending_review') await shot(page, '4-in-review');
        expect(git('rev-parse', 'main')).toBe(mainBefore);
      }
      expect((await fetch(`${site.url}/events/${SLUG}/`)).status).toBe(404);
      expect(await searchFinds(page, '冬至包饺子')).toBe(false);

      // The 审核发布 board shows it under 待发布.
      await page.goto(`${site.url}/admin/#/workflow`);
      await pwExpect(page.getByText(TITLE_TEXT).first()).toBeVisible();
      await pause(page);
      await shot(page, '5-workflow-board');

      // 发布: merged into main, the branch gone, the site rebuilt from main.
      await page.goto(`${site.url}/admin/#/collections/events/entries/${SLUG}`);
      await page.locator('[id^="title-field"]').waitFor();
      await pause(page);
      await page.getByRole('button', { name: '发布', exact: true }).click();
      await pause(page, 'glance');
      const published = Date.now();
      await page.getByRole('menuitem', { name: '立即发布' }).click();
      await waitFor(() => (git('rev-parse', 'main') !== mainBefore ? true : undefined), 30_000);
      const html = await waitFor(async () => {
        const r = await fetch(`${site.url}/events/${SLUG}/`);
        return r.ok ? r.text() : undefined;
      }, 120_000);
      figures.publishToVisibleMs = Date.now() - published;
      await shot(page, '6-published');
      expect(html).toContain(TITLE_TEXT);
      expect(gitOk('rev-parse', '--verify', branch)).toBe(false);
      expect(git('show', `main:${ENTRY}`)).toBe(draft);
      expect(readFileSync(path.join(paths.root, ENTRY), 'utf8').trim()).toBe(draft);
      expect(git('log', '--format=%s', `${mainBefore}..main`)).toBe(`新建活动公告「${SLUG}」`);
      expect(await searchFinds(page, '冬至包饺子')).toBe(true);
    },
  );

  it('re-saving a hand-written entry changes only the edited line in the commit', { timeout: 240_000 }, async () => {
    // Written by hand and committed: a comment, quotes, an inline list, `*` bullets.
    const file = 'content/stories/zhang.md';
    writeFileSync(
      path.join(paths.root, file),
      '---\n# 手写的文件\ntitle: 张阿姨的十年\ndate: "2026-10-01"\nsubject: 张桂兰\ncategory: elderly\n' +
        'tags: [助老, 邻里]\n---\n张阿姨每周：\n\n* 探望独居老人\n* 读报\n',
    );
    git('commit', '-q', '-am', '手写修改');
    const page = await openCms();
    await page.goto(`${site.url}/admin/#/collections/stories/entries/zhang`);
    const subject = page.locator('[id^="subject-field"]');
    await subject.waitFor();
    await pause(page);
    await subject.fill('');
    await imeType(page, subject, [
      ['zhang', '张'],
      ['guilan', '桂兰'],
      ['ayi', '阿姨'],
    ]);
    const branch = 'cms/stories/zhang';
    await saveAndWait(page, branch, '修改先进典型「zhang」', 30_000);
    expect(git('log', '-1', '--format=%s', branch)).toBe('修改先进典型「zhang」');
    const before = await reviewAndPublish(page, branch);
    const diff = git('diff', '--unified=0', before, 'main', '--', file)
      .split('\n')
      .filter((l) => /^[-+](?![-+])/.test(l));
    expect(diff).toEqual(['-subject: 张桂兰', '+subject: 张桂兰阿姨']);
    await pageShowing('/stories/zhang/', '张桂兰阿姨');
  });

  it(
    'a 4000 × 3000 phone photo uploaded as a cover reaches a phone upright and under 200 KB',
    { timeout: 300_000 },
    async () => {
      // Named as a phone or a chat app names it: a space, a #, capitals. Kept readable, made safe.
      const photo = path.join(projectRoot, '.tmp/重阳节 合影#手机.JPG');
      await phonePhoto(photo, { grain: true }); // several MB, stored sideways with EXIF orientation 6
      const page = await openCms();
      await page.goto(`${site.url}/admin/#/collections/events/entries/yizhen`);
      await page.locator('[id^="title-field"]').waitFor();
      await pause(page);
      await page
        .locator('label[for^="cover-field"]')
        .locator('xpath=ancestor::*[.//button][1]')
        .getByRole('button', { name: '选择图片' })
        .click();
      await pause(page);
      await page.locator('input[type="file"]').setInputFiles(photo);
      await page.getByText('重阳节-合影-手机.jpg').first().waitFor({ timeout: 30_000 });
      await pause(page);
      await page.getByRole('button', { name: '用这张图片' }).click();
      await pause(page);
      await imeType(page, page.locator('[id^="coverAlt-field"]'), [
        ['zhiyuanzhe', '志愿者'],
        ['helaoren', '和老人'],
        ['heying', '合影'],
      ]);
      await shot(page, '7-cover');
      const branch = 'cms/events/yizhen';
      await saveAndWait(page, branch, '修改活动公告「yizhen」', 60_000);
      await pause(page);
      await reviewAndPublish(page, branch);
      // The original is in the repository as uploaded; the Chinese name is kept.
      expect(git('show', 'main:content/events/yizhen.md')).toMatch(/^cover: \/uploads\/重阳节-合影-手机\.jpg$/m);
      expect(git('cat-file', '-s', 'main:public/uploads/重阳节-合影-手机.jpg')).toBe(
        String(readFileSync(photo).length),
      );
      await pageShowing('/events/yizhen/', '志愿者和老人合影');

      // A phone: 375 px wide at 2×. What it downloads for the cover, and which way up it is.
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
      const phone = await context.newPage();
      const bytes = new Map<string, number>();
      phone.on('response', async (r) => {
        if (r.url().includes('/_img/')) bytes.set(r.url(), (await r.body()).length);
      });
      await phone.goto(`${site.url}/events/yizhen/`);
      const img = phone.locator('.cover img');
      await pwExpect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
      const { src, w, h } = await img.evaluate((i: HTMLImageElement) => ({
        src: i.currentSrc,
        w: i.naturalWidth,
        h: i.naturalHeight,
      }));
      expect(h).toBeGreaterThan(w); // upright: taller than wide
      await waitFor(() => bytes.get(src));
      figures.coverOnPhone = {
        src: src.replace(site.url, ''),
        bytes: bytes.get(src),
        original: readFileSync(photo).length,
      };
      expect(bytes.get(src)).toBeLessThanOrEqual(200 * 1024);
      const served = Buffer.from(await (await fetch(src)).arrayBuffer());
      const { data, info } = await sharp(served).raw().toBuffer({ resolveWithObject: true });
      const [r, g, b] = data.subarray((20 * info.width + 20) * info.channels);
      expect([r! > 200, g! + b! < 120]).toEqual([true, true]); // the red corner is top left, as taken
      await context.close();
    },
  );

  it('categories are edited in the CMS; one still in use cannot be removed', { timeout: 180_000 }, async () => {
    const page = await openCms();
    await page.goto(`${site.url}/admin/#/collections/settings/entries/categories`);
    await page.getByText('助老助残（elderly）').waitFor();
    await pause(page);
    // Add one: 安全防范 (anquan).
    await page.getByRole('button', { name: '新增分类' }).click();
    await pause(page);
    const ids = page.locator('[id^="id-field"]');
    await ids.last().click();
    await page.keyboard.type('anquan', { delay: 90 });
    await imeType(page, page.locator('[id^="name-field"]').last(), [
      ['anquan', '安全'],
      ['fangfan', '防范'],
    ]);
    await shot(page, '8-categories');
    const branch = 'cms/settings/categories';
    await saveAndWait(page, branch, '修改设置「categories」', 30_000);
    await pause(page);
    await reviewAndPublish(page, branch);
    const written = git('show', 'main:content/categories.yml');
    expect(written).toBe(
      'categories:\n  - id: elderly\n    name: 助老助残\n  - id: health\n    name: 健康卫生\n' +
        '  - id: anquan\n    name: 安全防范',
    );
    await pageShowing('/categories/anquan/', '安全防范');

    // Remove 健康卫生, which 社区义诊 uses: refused, with the entry named, and nothing saved.
    const page2 = await openCms();
    await page2.goto(`${site.url}/admin/#/collections/settings/entries/categories`);
    await page2.getByText('健康卫生（health）').waitFor();
    await pause(page2);
    const item = page2.getByText('健康卫生（health）').locator('xpath=ancestor::*[.//button][1]');
    await item.getByRole('button').last().click(); // the item's ✕
    await pause(page2);
    const head = git('rev-parse', 'main');
    await page2.getByRole('button', { name: '保存' }).click();
    const notice = page2.locator('.linli-save-notice');
    await pwExpect(notice).toBeInViewport({ timeout: 1000 });
    await pwExpect(notice).toContainText(/分类「健康卫生」还有内容在用：.*「社区义诊」.*不能删/);
    await pause(page2);
    await shot(page2, '9-category-in-use');
    expect(gitOk('rev-parse', '--verify', branch)).toBe(false);
    expect(git('rev-parse', 'main')).toBe(head);
  });

  it("the editor's guide opens from every CMS screen, with every picture", { timeout: 60_000 }, async () => {
    const page = await openCms();
    const [guide] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: '使用说明' }).click(),
    ]);
    await guide.waitForLoadState('load');
    await pwExpect(guide.getByRole('heading', { level: 1 })).toHaveText('编辑使用说明');
    const pictures = guide.locator('article img');
    const names = readFileSync(path.join(projectRoot, 'docs/editor-guide.md'), 'utf8').match(/guide-[\w-]+\.png/g)!;
    await pwExpect(pictures).toHaveCount(names.length);
    for (const img of await pictures.all()) {
      await img.scrollIntoViewIfNeeded();
      await pwExpect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
      expect(await img.getAttribute('alt')).toBeTruthy();
    }
  });
  it(
    'the urgent edit from a phone: an activity marked 已取消 with a reason, reviewed and published at 375 px',
    { timeout: 300_000 },
    async () => {
      // Tomorrow's activity (in Beijing), written by hand and published before.
      const slug = 'jiankang-jiangzuo';
      const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        new Date(Date.now() + 24 * 3600 * 1000),
      );
      writeFileSync(
        path.join(paths.root, `content/events/${slug}.md`),
        `---\ntitle: 健康讲座\ndate: 2026-09-01\nstart: ${tomorrow} 09:00\nend: ${tomorrow} 11:00\n` +
          'location: 社区广场\ncategory: health\n---\n露天讲座。\n',
      );
      git('add', '-A');
      git('commit', '-q', '-m', '手写活动');
      await pageShowing(`/events/${slug}/`, '健康讲座');

      const context = await browser.newContext({
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        timezoneId: 'Asia/Shanghai',
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => void d.accept());
      const began = Date.now();
      await page.goto(`${site.url}/admin/`);
      await page.getByRole('button', { name: '登录' }).tap();
      const row = page.locator(`a[href$="/entries/${slug}"]`);
      await row.waitFor();
      await pause(page);
      await stepShot(page, 'phone-1-list');
      await fitsThePhone(page);
      await row.tap();
      const jump = page.getByRole('button', { name: /活动取消或延期/ });
      await jump.waitFor();
      await pause(page);
      await stepShot(page, 'phone-2-entry');
      await fitsThePhone(page);
      await jump.tap();
      const status = page.locator('[id^="status-field"]');
      await pwExpect(status).toBeInViewport();
      await pause(page, 'look');
      await status.click();
      await pause(page, 'look');
      await page.getByRole('option', { name: '已取消' }).tap();
      await pause(page, 'look');
      await imeType(page, page.locator('[id^="statusNote-field"]'), [
        ['yinjiangyu', '因降雨'],
        ['quxiao', '取消'],
        ['，', '，'],
        ['gaiqi', '改期'],
        ['lingxing', '另行'],
        ['tongzhi', '通知'],
      ]);
      await pause(page);
      await stepShot(page, 'phone-3-cancelled');
      await fitsThePhone(page);
      const branch = `cms/events/${slug}`;
      await saveAndWait(page, branch, `修改活动公告「${slug}」`, 30_000);
      await pause(page);
      await stepShot(page, 'phone-4-saved');
      await fitsThePhone(page);
      await reviewAndPublish(page, branch);
      figures.phoneEditSeconds = Math.round((Date.now() - began) / 1000);
      await stepShot(page, 'phone-5-published');
      expect(figures.phoneEditSeconds).toBeLessThan(60);
      expect(errors).toEqual([]);

      const note = '因降雨取消，改期另行通知';
      const file = git('show', `main:content/events/${slug}.md`);
      expect(file).toMatch(/^status: cancelled$/m);
      expect(file).toMatch(new RegExp(`^statusNote: ${note}$`, 'm'));
      // Like any other edit: the page, the lobby screen's feed and the calendar say so.
      const html = await pageShowing(`/events/${slug}/`, note);
      expect(html).toContain('data-status="cancelled"');
      const feed = (await (await fetch(`${site.url}/screen/feed.json`)).json()) as {
        slides: { url: string; event?: { status?: string; statusNote?: string } }[];
      };
      const slide = feed.slides.find((s) => s.url.endsWith(`/events/${slug}/`));
      expect(slide?.event).toMatchObject({ status: 'cancelled', statusNote: note });
      const ics = await (await fetch(`${site.url}/events/${slug}.ics`)).text();
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(String(vevent.getFirstPropertyValue('description')).split('\n')[0]).toBe(note);
      await context.close();
    },
  );

  it('审核发布 cards show words, not Markdown; discarding changes asks once', { timeout: 180_000 }, async () => {
    const file = 'content/articles/fangdie.md';
    writeFileSync(
      path.join(paths.root, file),
      '---\ntitle: 冬季防跌倒\ndate: 2026-11-01\ncategory: health\n---\n' +
        '## 要点\n\n- **穿防滑鞋**\n- 楼道装[扶手](https://example.cn/fushou)\n',
    );
    git('commit', '-q', '-am', '手写修改');
    const page = await openCms();
    const asked: string[] = [];
    page.on('dialog', (d) => asked.push(d.message()));
    await page.goto(`${site.url}/admin/#/collections/articles/entries/fangdie`);
    const title = page.locator('[id^="title-field"]');
    await title.waitFor();
    await pause(page);
    await imeType(page, title, [['yaodian', '要点']], { atEnd: true });
    const branch = 'cms/articles/fangdie';
    await saveAndWait(page, branch, '修改宣传资料「fangdie」', 30_000);
    await page.goto(`${site.url}/admin/#/workflow`);
    const card = page.locator('[class*="-CardBody"]').filter({ hasText: '要点' });
    await pwExpect(card).toContainText('穿防滑鞋');
    await pause(page);
    await pwExpect(card).not.toContainText('##');
    await pwExpect(card).not.toContainText('**');
    await pwExpect(card).not.toContainText('](');
    await stepShot(page, 'workflow-card');

    // A change not yet saved, then 放弃没发布的修改: one question, and the draft is gone.
    await page.goto(`${site.url}/admin/#/collections/articles`);
    await page.locator('a[href$="/entries/fangdie"]').click();
    await title.waitFor();
    await pause(page);
    await imeType(page, title, [['tixing', '提醒']], { atEnd: true });
    await pause(page);
    asked.length = 0;
    await page.getByRole('button', { name: '放弃没发布的修改' }).click();
    await waitFor(() => (gitOk('rev-parse', '--verify', branch) ? undefined : true), 30_000);
    expect(asked).toEqual(['确定要放弃还没发布的修改吗？放弃后找不回来。']);
  });
});

/** A step for a person to look at (.tmp/cms-steps/), not a picture of the guide. */
async function stepShot(page: Page, name: string) {
  mkdirSync(path.join(projectRoot, '.tmp/cms-steps'), { recursive: true });
  await page.screenshot({ path: path.join(projectRoot, '.tmp/cms-steps', `${name}.png`) });
}

/** Nothing is cut off at the phone's width: no sideways scrolling, every control within the screen. */
async function fitsThePhone(page: Page) {
  const outside = await page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth}`);
    for (const el of document.querySelectorAll('button, a, input, select, textarea, label')) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.left < -1 || r.right > width + 1)
        out.push(
          `${el.tagName} 「${(el.textContent ?? '').trim().slice(0, 16)}」 ${Math.round(r.left)}–${Math.round(r.right)}`,
        );
    }
    // The toolbar does not cover the form.
    const bar = document.querySelector('[class*="-ToolbarContainer"]')?.getBoundingClientRect();
    const first = document.querySelector('.linli-phone-jump')?.getBoundingClientRect();
    if (bar && first && first.top < bar.bottom - 1 && first.top > 0) out.push('toolbar over the form');
    return out;
  });
  expect(outside).toEqual([]);
}

/**
 * Presses 保存 and waits for the save to be committed on `branch`. (The branch appears a moment before its
 * commit: decap-server creates it, then writes and commits the files.)
 */
async function saveAndWait(page: Page, branch: string, message: string, ms: number) {
  await page.getByRole('button', { name: '保存' }).click();
  const last = () => (gitOk('rev-parse', '--verify', branch) ? git('log', '-1', '--format=%s', branch) : undefined);
  return waitFor(() => (last() === message ? true : undefined), ms).catch(() => {
    throw new Error(`no commit 「${message}」 on ${branch}; last: ${last()}`);
  });
}

/** In an open entry: 待审核, then 待发布, then 发布 → 立即发布, as an editor and a reviewer do it. */
async function reviewAndPublish(page: Page, branch: string) {
  for (const [label, state] of [
    ['待审核', 'pending_review'],
    ['待发布', 'pending_publish'],
  ] as const) {
    await page.getByRole('button', { name: /^状态：/ }).click();
    await pause(page, 'glance');
    await page.getByRole('menuitem', { name: label }).click();
    await waitFor(() => (git('config', `branch.${branch}.description`) === `decap-cms/${state}` ? true : undefined));
    await pause(page);
  }
  const before = git('rev-parse', 'main');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await pause(page, 'glance');
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await waitFor(() => (git('rev-parse', 'main') !== before ? true : undefined), 30_000);
  // The local backend merges, then deletes the entry's branch: two steps, so wait for the second too
  // (with two test files running at once, it can come a moment after main moved).
  await waitFor(() => (gitOk('rev-parse', '--verify', branch) ? undefined : true), 30_000).catch(() => undefined);
  expect(gitOk('rev-parse', '--verify', branch)).toBe(false);
  return before;
}

/** A page of the site once the rebuild after a publish shows `text` on it. */
function pageShowing(p: string, text: string) {
  return waitFor(async () => {
    const r = await fetch(`${site.url}${p}`);
    const html = r.ok ? await r.text() : '';
    return html.includes(text) ? html : undefined;
  }, 120_000);
}

/** Whether the site's search lists the activity for a query typed into its box. */
async function searchFinds(page: Page, query: string): Promise<boolean> {
  const tab = await page.context().newPage();
  await tab.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await pwExpect(tab.locator('#search-results')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  const found = await tab.locator(`a[href="/events/${SLUG}/"]`).count();
  await tab.close();
  return found > 0;
}

/**
 * The CMS in a git repository, as a community office runs it: `npm start` in the site's own
 * repository (a copy of the minimal fixture, `git init`), every save a commit, review before
 * publishing (草稿 → 待审核 → 待发布 → 发布), and the site built from the publishing branch only.
 * Driven at human speed in Chromium, Chinese typed through an IME (composition events), pictures
 * through the media library. The steps' screenshots are the editor's guide's pictures
 * (docs/screenshots/guide-*.png), so the guide never shows a CMS that no longer exists.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect as pwExpect, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPaths } from '../../src/content/repository';
import { contentTree, projectRoot } from '../helpers/fixtures';
import { startSite, type RunningSite } from '../helpers/start';
import { waitFor } from '../helpers/wait';

const guideShots = path.join(projectRoot, 'docs/screenshots');
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
const pause = (page: Page, ms = 1200) => page.waitForTimeout(ms);

async function shot(page: Page, name: string) {
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
async function imeType(page: Page, words: [pinyin: string, chosen: string][]) {
  const cdp = await page.context().newCDPSession(page);
  for (const [pinyin, chosen] of words) {
    for (let i = 1; i <= pinyin.length; i++) {
      const text = pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', { text, selectionStart: i, selectionEnd: i });
      await page.waitForTimeout(70);
    }
    await page.waitForTimeout(250); // choosing the word in the candidate list
    await cdp.send('Input.insertText', { text: chosen });
    await page.waitForTimeout(150);
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
      await pause(page, 1500);
      await page.locator('[id^="title-field"]').click();
      await pause(page, 600);
      await imeType(page, TITLE);
      await pause(page, 600);
      await pwExpect(page.locator('[id^="title-field"]')).toHaveValue(TITLE_TEXT);
      await page.locator('[id^="start-field"]').fill('2027-12-22T09:00');
      await pause(page);
      await pwExpect(page.locator('[id^="slug-field"]')).toHaveValue(SLUG);
      await page.locator('[id^="end-field"]').fill('2027-12-22T11:00');
      await page.locator('[id^="location-field"]').click();
      await pause(page, 600);
      await imeType(page, [['shequshitang', '社区食堂']]);
      await page.locator('[id^="signup-field"]').click();
      await pause(page, 600);
      await imeType(page, [['dianhuabaoming', '电话报名']]);
      await page.locator('[id^="category-field"]').click();
      await page.keyboard.type('助老', { delay: 90 });
      await page.keyboard.press('Enter');
      await pause(page, 600);
      await page.locator('[id^="date-field"]').fill('2027-12-01');
      await pause(page);

      // The body, in 排版视图 then in 原文视图.
      const bodyLabel = page.locator('label[for^="body-field"]');
      await bodyLabel.scrollIntoViewIfNeeded();
      const bodyField = bodyLabel.locator('xpath=../..');
      // (A composition begun within a few milliseconds of the click, faster than any person, can
      // still lose text in Decap's rich-text editor: the click has not reached its model yet.)
      const editable = bodyField.locator('[contenteditable="true"]').first();
      await editable.click();
      await pause(page, 600);
      await imeType(page, BODY_RICH);
      await pause(page, 600);
      await pwExpect(editable).toHaveText('请老人们带老花镜。');
      await bodyField.getByRole('switch').click(); // 排版视图 → 原文视图
      await pause(page);
      await editable.click();
      await page.keyboard.press('Control+End');
      await pause(page, 600);
      await imeType(page, BODY_RAW);
      await pause(page, 600);
      await pwExpect(editable).toHaveText('请老人们带老花镜。志愿者上门接送。');
      await shot(page, '2-new-activity');

      // 保存: a draft, committed on a branch of its own; nothing on main, nothing on the site.
      await page.getByRole('button', { name: '保存' }).click();
      const branch = `cms/events/${SLUG}`;
      await waitFor(() => (gitOk('rev-parse', '--verify', branch) ? true : undefined), 30_000);
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
        await pause(page, 500);
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
      await pause(page, 500);
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
});

/** Whether the site's search lists the activity for a query typed into its box. */
async function searchFinds(page: Page, query: string): Promise<boolean> {
  const tab = await page.context().newPage();
  await tab.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await pwExpect(tab.locator('#search-results')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  const found = await tab.locator(`a[href="/events/${SLUG}/"]`).count();
  await tab.close();
  return found > 0;
}

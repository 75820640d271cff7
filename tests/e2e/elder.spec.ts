/**
 * 适老化: 长辈模式 (on before first paint, remembered where WeChat clears storage, turned on by a
 * shared link), the numbers of the 2021 age-friendly specs in both modes, 200 % text, and 朗读.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageTypes } from './helpers';

const px = (page: Page, selector: string, prop: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => parseFloat(getComputedStyle(el).getPropertyValue(p)), prop);

/** Relative luminance contrast of an element's text on the page background (WCAG formula). */
const contrastOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (c: string) =>
        c
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      let bgEl: Element | null = el;
      let bg = 'rgba(0, 0, 0, 0)';
      while (bgEl && /rgba\(.*, 0\)/.test((bg = getComputedStyle(bgEl).backgroundColor))) bgEl = bgEl.parentElement;
      const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(rgb(bg))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });

test.describe('长辈模式', () => {
  test('a shared ?mode=elder link opens large, before the first paint', async ({ page }) => {
    await page.addInitScript(() => {
      // The root size at the moment <body> appears: before anything of the page can be painted.
      new MutationObserver((_, obs) => {
        if (!document.body) return;
        (window as unknown as { atBody: string }).atBody = getComputedStyle(document.documentElement).fontSize;
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/events/xueleifeng-2027/?mode=elder');
    expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('22px');
    await expect(page.getByRole('button', { name: /长辈模式/ })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the switch turns it on and off, and it survives navigation with localStorage cleared (and cookies)', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /长辈模式/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
    await page.evaluate(() => localStorage.clear()); // WeChat may do this
    await page.goto('/articles/');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
    await context.clearCookies(); // …or lose the cookie later: the storage written back brings it back
    await page.goto('/stories/');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
    await page.getByRole('button', { name: /长辈模式/ }).click();
    await page.goto('/');
    await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'elder');
  });

  for (const width of [375, 320]) {
    test(`the age-friendly numbers hold at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/events/kuanian-shousui-2026/?mode=elder');
      expect(await px(page, 'body', 'font-size')).toBeGreaterThanOrEqual(22);
      expect(await px(page, 'h1', 'font-size')).toBeGreaterThanOrEqual(30);
      const p = page.locator('.prose p').first();
      const [size, line, gap] = await p.evaluate((el) => {
        const s = getComputedStyle(el);
        return [parseFloat(s.fontSize), parseFloat(s.lineHeight), parseFloat(s.marginBlockEnd)];
      });
      expect(line / size).toBeGreaterThanOrEqual(1.5);
      expect(gap).toBeGreaterThanOrEqual(1.3 * line - 0.5); // paragraph spacing ≥ 1.3 × line spacing
      expect(await contrastOf(page, '.prose p')).toBeGreaterThanOrEqual(7);
      expect(await contrastOf(page, '.fact dt')).toBeGreaterThanOrEqual(7);
      const small = await page
        .locator('header a, header button, .button, footer a, .facts a, .tags a, main button, .pagination a')
        .evaluateAll((els) =>
          els
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => ({ text: el.textContent?.trim(), ...el.getBoundingClientRect().toJSON() }))
            .filter((b) => b.height < 60 || b.width < 60),
        );
      expect(small, 'targets under 60 px').toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
    });
  }

  for (const mode of ['standard', 'elder']) {
    test(`200 % text in ${mode} mode: nothing overlaps or scrolls sideways at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of [
        '/',
        '/events/kuanian-shousui-2026/',
        '/articles/gaoxueya-richang-guanli/',
        '/teams/fazhi-zhiyin/',
      ]) {
        await page.goto(`${path}?mode=${mode}`);
        // The reader's own text size doubled (browser text zoom, WeChat's font setting).
        await page.addStyleTag({ content: `html { font-size: ${mode === 'elder' ? 275 : 225}% !important; }` });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path}: sideways scroll`).toBeLessThanOrEqual(0);
        const overlaps = await page.evaluate(() => {
          const boxes = [...document.querySelectorAll('h1, h2, h3, p, dt, dd, li > a, .button, button, th, td')]
            // checkVisibility: the inside of a closed <details> has boxes but is not shown.
            .filter((el) => el.checkVisibility() && el.textContent?.trim())
            .map((el) => ({ el, r: el.getBoundingClientRect() }));
          const out: string[] = [];
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
              if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
              const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (x > 2 && y > 2)
                out.push(`${a.el.textContent!.trim().slice(0, 12)} × ${b.el.textContent!.trim().slice(0, 12)}`);
            }
          }
          return out;
        });
        expect(overlaps, `${path}: overlapping text`).toEqual([]);
      }
    });
  }

  for (const [type, path] of Object.entries(pageTypes)) {
    test(`${type} (${path}) has no axe violations in 长辈模式`, async ({ page }) => {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}mode=elder`);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});

test.describe('朗读', () => {
  /**
   * A speech synthesis that records what it is asked to say and "speaks" each at once. Its voices:
   * `window.voices` when a test sets it first (none, other languages), else one Chinese voice.
   */
  const stub = () => {
    const said: { text: string; lang: string }[] = [];
    let cancelled = 0;
    (window as unknown as { said: typeof said }).said = said;
    (window as unknown as { cancelled: () => number }).cancelled = () => cancelled;
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const queue: Utterance[] = [];
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () =>
          (window as unknown as { voices?: { lang: string; name: string }[] }).voices ?? [
            { lang: 'zh-CN', name: '中文' },
          ],
        removeEventListener: () => undefined,
        addEventListener: () => undefined,
        speak(u: Utterance) {
          queue.push(u);
          said.push({ text: u.text, lang: u.lang });
          u.onstart?.();
        },
        cancel() {
          cancelled++;
          queue.length = 0;
        },
        pause: () => undefined,
        resume: () => undefined,
      },
    });
  };

  test('reads the title, the key facts and the body in order, in Chinese; stop cancels', async ({ page }) => {
    await page.addInitScript(stub);
    await page.goto('/events/kuanian-shousui-2026/');
    await page.getByRole('button', { name: '朗读' }).click();
    const said = await page.evaluate(() => (window as unknown as { said: { text: string; lang: string }[] }).said);
    expect(said[0]).toEqual({ text: '陪独居老人跨年守岁', lang: 'zh-CN' });
    // A label and its value apart, the weekday and times as words.
    expect(said[1]!.text).toMatch(/^时间：2026年12月31日，星期四，\d+点/);
    expect(said.map((s) => s.text).join('\n')).not.toMatch(/\d:\d\d/);
    expect(said.some((s) => s.text.includes('新年夜，别让独居的老人'))).toBe(true);
    const order = ['陪独居老人跨年守岁', '时间', '地点', '新年夜'].map((t) =>
      said.findIndex((s) => s.text.includes(t)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(said.every((s) => s.lang === 'zh-CN')).toBe(true);
    await expect(page.locator('.reading')).toHaveCount(1); // the part being read is marked
    await page.getByRole('button', { name: '停止' }).click();
    expect(await page.evaluate(() => (window as unknown as { cancelled: () => number }).cancelled())).toBeGreaterThan(
      1,
    );
    await expect(page.locator('.reading')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();
  });

  test('reads an article block by block: headings, the table, every list item', async ({ page }) => {
    await page.addInitScript(stub);
    await page.goto('/articles/gaoxueya-richang-guanli/');
    await page.getByRole('button', { name: '朗读' }).click();
    const said = (await page.evaluate(() => (window as unknown as { said: { text: string }[] }).said)).map(
      (s) => s.text,
    );
    const expected = [
      /^高血压日常管理：会量、会吃、会坚持$/,
      /^来源/,
      /^审核/,
      /^发布日期/,
      /^血压多少算高$/,
      /^类别 收缩压（高压） 舒张压（低压）/,
      /^单位为毫米汞柱/,
      /^在家量血压的要点$/,
      /^量前休息 5 分钟/,
      /^坐着量/,
      /^每次量两遍/,
      /^生活里这样做$/,
      /^少盐：/,
    ];
    expected.forEach((re, i) => expect(said[i], `part ${i + 1}`).toMatch(re));
  });

  test('reads a fact as 「来源：…」', async ({ page }) => {
    await page.addInitScript(stub);
    await page.goto('/articles/fangfan-dianxin-zhapian/');
    await page.getByRole('button', { name: '朗读' }).click();
    const said = (await page.evaluate(() => (window as unknown as { said: { text: string }[] }).said)).map(
      (s) => s.text,
    );
    expect(said).toContain('来源：清河派出所社区警务室');
  });

  const WECHAT = 'Mozilla/5.0 (Linux; Android 14) Chrome/120 Mobile MicroMessenger/8.0.50';
  const PHONE = 'Mozilla/5.0 (Linux; Android 14) Chrome/120 Mobile';
  for (const [voices, label] of [
    [undefined, 'no speech synthesis'],
    [[], 'speech synthesis with no voice'],
    [[{ lang: 'en-US', name: 'English' }], 'speech synthesis with no Chinese voice'],
  ] as const) {
    test(`never vanishes: ${label}`, async ({ browser }) => {
      for (const [ua, hint] of [
        [WECHAT, '在浏览器打开'],
        [PHONE, '换用手机自带的浏览器'],
      ] as const) {
        const context = await browser.newContext({ userAgent: ua });
        const page = await context.newPage();
        if (voices === undefined)
          await page.addInitScript(() => {
            delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
          });
        else {
          await page.addInitScript((v) => ((window as unknown as { voices: unknown }).voices = v), [...voices]);
          await page.addInitScript(stub);
        }
        // No recording on this page: one line says where listening works.
        await page.goto('/articles/fangfan-dianxin-zhapian/');
        await expect(page.getByText(hint)).toBeVisible();
        await expect(page.getByRole('button', { name: '朗读' })).toBeHidden();
        // A page with a recording: 朗读 plays it.
        await page.goto('/articles/gaoxueya-richang-guanli/');
        await expect(page.getByText('点“朗读”会播放本页的录音')).toBeVisible();
        await page.getByRole('button', { name: '朗读' }).click();
        await expect
          .poll(() => page.locator('audio-player audio').evaluate((a: HTMLAudioElement) => !a.paused))
          .toBe(true);
        await context.close();
      }
    });
  }
});

test('a recording plays from a big button above the body, with its length', async ({ page }) => {
  await page.goto('/articles/gaoxueya-richang-guanli/');
  const button = page.locator('audio-player button');
  await expect(button).toBeVisible();
  expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  // Above the body.
  const [buttonBox, bodyBox] = [await button.boundingBox(), await page.locator('.prose').boundingBox()];
  expect(buttonBox!.y).toBeLessThan(bodyBox!.y);
  // The phone loads the file and knows its length (about 4 seconds).
  await expect(button.locator('.duration')).toHaveText(/^[34]秒$/);
  await button.click();
  await expect(button.locator('.label')).toHaveText('❚❚ 暂停');
  await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0);
});

test.describe('长辈模式 keeps the first screen useful at 375 × 812', () => {
  /** Whether the search box shows its whole placeholder: its text measured in the box's own font. */
  const placeholderFits = () => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return ctx.measureText(input.placeholder).width <= room;
  };

  for (const mode of ['standard', 'elder'] as const)
    for (const width of [375, 320])
      test(`${mode} mode at ${width} px: one navigation row, first result on screen, whole placeholder`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 812 });
        await page.goto(`/search/?q=${encodeURIComponent('义诊')}&mode=${mode}`);
        const tops = await page
          .locator('header nav li')
          .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
        expect(new Set(tops).size, 'navigation rows').toBe(1);
        const first = page.locator('#search-results [data-result]').first();
        await expect(first).toBeVisible();
        expect((await first.boundingBox())!.y, 'first result starts on the first screen').toBeLessThan(812 - 40);
        expect(await page.evaluate(placeholderFits), 'placeholder fits').toBe(true);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        ).toBe(0);
      });
});

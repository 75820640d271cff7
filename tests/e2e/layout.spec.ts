/**
 * Every page type on a small phone: no sideways scrolling, large text, big targets, pictures that
 * keep their room, nothing external.
 */
import { expect, test } from './fixtures';
import { pageTypes } from './helpers';

for (const [type, path] of Object.entries(pageTypes)) {
  test(`${type} (${path}) fits 320 px, reads large, loads nothing from another host`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== baseURL) foreign.push(r.url());
    });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);

    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(18);
    const lineHeight = await page.evaluate(() => {
      const p = document.querySelector('main p') ?? document.body;
      const s = getComputedStyle(p);
      return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
    });
    expect(lineHeight).toBeGreaterThanOrEqual(1.5);

    // Navigation and buttons are big enough for a finger.
    const small = await page
      .locator('header a, .pagination a, .button, footer a, .facts a, button')
      .evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => ({
            text: el.textContent?.trim(),
            h: el.getBoundingClientRect().height,
            w: el.getBoundingClientRect().width,
          }))
          .filter((b) => b.h < 44 || b.w < 44),
      );
    expect(small, 'touch targets under 44 px').toEqual([]);

    // Every picture keeps its room while it loads and says what it shows; photos come in sizes.
    const images = await page.locator('img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[])
        .filter((img) => !img.closest('dialog'))
        .map((img) => ({
          src: img.getAttribute('src') ?? img.dataset.src ?? '',
          box: Number(img.getAttribute('width')) > 0 && Number(img.getAttribute('height')) > 0,
          alt: img.hasAttribute('alt'),
          srcset: Boolean(img.getAttribute('srcset') ?? img.dataset.srcset),
        })),
    );
    for (const img of images) {
      expect(img.box && img.alt, `${img.src}: width, height and alt`).toBe(true);
      if (img.src.startsWith('/_img/')) expect(img.srcset, `${img.src}: srcset`).toBe(true);
    }

    expect(foreign, 'requests to other hosts').toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
  });
}

/** Every page type on a small phone: no sideways scrolling, large text, big targets, nothing external. */
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

    expect(foreign, 'requests to other hosts').toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
  });
}

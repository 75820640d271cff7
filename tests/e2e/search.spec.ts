/** The search page contract (SPEC §6), basic behaviour: query on load, results, empty state. */
import { expect, test } from './fixtures';

test('every page leads to search, and ?q= runs on load', async ({ page }) => {
  await page.goto('/stories/');
  await page.getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  const box = page.getByRole('searchbox', { name: '搜索' });
  await expect(box).toHaveAttribute('type', 'search');
  await box.fill('防诈骗');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=%E9%98%B2%E8%AF%88%E9%AA%97$/);
  const results = page.locator('#search-results');
  await expect(results.locator('a[data-result]').first()).toBeVisible();
  await expect(results).toHaveAttribute('aria-busy', 'false');

  await page.goto('/search/?q=' + encodeURIComponent('献血'));
  await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('献血');
  const first = results.locator('a[data-result]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.locator('article[data-pagefind-body]')).toContainText('献血');
});

test('a query with no match says so in Chinese', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('量子计算机'));
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('data-state', 'empty');
  await expect(page.getByRole('status')).toHaveText(/没有找到/);
  await expect(results.locator('a[data-result]')).toHaveCount(0);
});

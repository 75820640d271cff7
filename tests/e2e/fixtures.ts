/**
 * The e2e site is built with its clock pinned (LINLI_NOW, see playwright.config.ts) and every page
 * opens with the browser's clock at the same instant, so "upcoming" means the same thing to the
 * build and the browser, today and in five years.
 */
import { test as base } from '@playwright/test';

export const NOW = new Date('2026-11-29T12:00:00+08:00');

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(NOW);
    await use(page);
  },
});

export { expect } from '@playwright/test';

import { defineConfig, devices } from '@playwright/test';
import { NOW } from './tests/e2e/fixtures';
import { freePort } from './tests/helpers/ports';

/**
 * The port the tests serve the site on: a free one, so a running `npm start` or a second checkout
 * testing at the same time is left alone. Chosen once by the runner; its workers load this file
 * again and find it in the environment they inherit.
 */
const PORT = Number((process.env.LINLI_E2E_PORT ??= String(await freePort())));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download does not work on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' } }],
  // Builds the fixture site (tests/fixtures/site, never content/) with the clock pinned to NOW (so
  // the tests hold whatever today's date is) into its own folder, and serves it as `npm start` does.
  webServer: {
    command: 'node scripts/start.mjs',
    env: {
      PORT: String(PORT),
      LINLI_CMS_PORT: '0',
      LINLI_FRESH: '1',
      LINLI_NOW: NOW.toISOString(),
      LINLI_DIST: '.tmp/dist-e2e',
      LINLI_CONTENT_DIR: 'tests/fixtures/site/content',
      LINLI_PUBLIC_DIR: 'tests/fixtures/site/public',
    },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});

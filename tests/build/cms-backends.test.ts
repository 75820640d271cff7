/**
 * The online backends of content/cms.yml as Decap itself takes them: a site built with a GitLab
 * backend opens /admin on the GitLab sign-in (Decap validates the whole configuration first, and
 * shows a configuration error instead of signing in when it is wrong). The Gitea and GitHub
 * configurations come from the same code (decapConfig) and are opened the same way. No sign-in
 * happens: that needs the host itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, expect as pwExpect, type Browser } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serve } from '../../scripts/serve.mjs';
import { decapConfig } from '../../src/content/cms';
import { checkCmsSettings } from '../../src/content/cms-settings';
import { astroBuild } from '../helpers/astro';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';

const dist = path.join(projectRoot, '.tmp/dist-cms-backends');
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  const paths = contentTree('cms-backends');
  writeFileSync(
    path.join(paths.contentDir, 'cms.yml'),
    'backend: gitlab\nrepo: juweihui/linli\nbaseUrl: https://git.example.cn\nappId: abc123\n',
  );
  // No local backend listens on this port: Decap looks for one on localhost, finds none, and
  // uses the configured backend, as it does on the public site.
  const build = astroBuild(dist, { ...siteEnv(paths), LINLI_CMS_PORT: String(await freePort()) });
  expect(build.status, build.output).toBe(0);
  const port = await freePort();
  server = await serve(() => dist, port);
  url = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function loginButton(): Promise<string> {
  const page = await browser.newPage({ locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}/admin/`);
  const button = page.getByRole('button', { name: /登录/ });
  await pwExpect(button).toBeVisible({ timeout: 30_000 });
  const text = (await button.innerText()).trim();
  await pwExpect(page.getByText('配置错误')).toHaveCount(0);
  expect(errors).toEqual([]);
  await page.close();
  return text;
}

it(
  'GitLab (PKCE, review): Decap takes the built configuration and offers GitLab sign-in',
  { timeout: 60_000 },
  async () => {
    const config = JSON.parse(readFileSync(path.join(dist, 'admin/config.json'), 'utf8'));
    expect(config.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc123' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(await loginButton()).toBe('使用 GitLab 登录');
  },
);

it.each([
  ['gitea', 'backend: gitea\nrepo: a/b\nbaseUrl: https://git.example.cn\nappId: x\nreview: false', '使用 Gitea 登录'],
  ['github', 'backend: github\nrepo: a/b\nbaseUrl: https://oauth.example.cn', '使用 GitHub 登录'],
])('%s: the configuration decapConfig makes is taken by Decap', { timeout: 60_000 }, async (_name, yml, label) => {
  const built = JSON.parse(readFileSync(path.join(dist, 'admin/config.json'), 'utf8'));
  const { settings, problems } = checkCmsSettings(parse(yml), 'content/cms.yml');
  expect(problems).toEqual([]);
  const config = decapConfig([], {
    siteUrl: built.site_url,
    localPort: Number(/:(\d+)\//.exec(built.local_backend.url)![1]),
    folders: { content: 'content', uploads: 'public/uploads' },
    backend: settings,
  });
  writeFileSync(path.join(dist, 'admin/config.json'), JSON.stringify({ ...config, collections: built.collections }));
  expect(await loginButton()).toBe(label);
});

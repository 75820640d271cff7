/**
 * Under `astro dev` there is no search index (the build makes it): the search page says so in
 * Chinese, instead of failing with a broken search. Drafting an editor's change locally is when
 * someone meets this.
 */
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fixtureSite, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { waitFor } from '../helpers/wait';

let stop: (() => void) | undefined;

/** The page's HTML, or undefined while the server is not answering yet. */
function get(url: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve(res.statusCode === 200 ? body : undefined));
    });
    // The first page of a dev server may wait for Vite to prepare its dependencies.
    req.setTimeout(20_000, () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}
afterAll(() => stop?.());

it('the search page says search needs a build', async () => {
  const port = await freePort();
  const log = path.join(projectRoot, '.tmp/search-dev.log');
  const dev = spawn(
    process.execPath,
    [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: projectRoot,
      // Without Vitest's variables: a dev server that sees VITEST answers every page with 404.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
        ...siteEnv(fixtureSite('minimal')),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      detached: true,
      stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')],
    },
  );
  stop = () => {
    try {
      process.kill(-dev.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const html = await waitFor(() => get(`http://127.0.0.1:${port}/search/?q=x`), 90_000);
  expect(html).toContain('预览模式下不能搜索');
  expect(html).toMatch(/<site-search[^>]*data-no-index/);
}, 120_000);

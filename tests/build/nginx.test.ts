/**
 * deploy/nginx.conf as production runs it: a real nginx (Debian's, with its brotli module) serves
 * the fixture site built as `npm run build` builds it, with only the `listen` and `root` lines
 * replaced. Checks every header the deploy promises, then loads each page type in Chromium with
 * no Content-Security-Policy violation and a search that finds something.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressCache, compressSite } from '../../src/integrations/compress';
import { NGINX_CONF, confHashes, inlineScriptHashes } from '../../scripts/csp.mjs';
import { astroBuild } from '../helpers/astro';
import { fixtureSite, projectRoot, siteEnv } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { alive } from '../helpers/processes';
import { waitFor } from '../helpers/wait';
import { pageTypes } from '../e2e/helpers';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const prefix = path.join(projectRoot, '.tmp/nginx');
const dist = path.join(projectRoot, '.tmp/dist-nginx');
let nginx: ChildProcess;
let port: number;
let browser: Browser;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
function get(pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: encodeURI(pathname), headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  // As `npm run build`: astro (search index included), then the compressed copies.
  const build = astroBuild(dist, { ...siteEnv(fixtureSite('site')), LINLI_NOW: '2026-11-29T12:00:00+08:00' });
  expect(build.status, build.output).toBe(0);
  await compressSite(dist, compressCache(projectRoot));
  writeFileSync(path.join(dist, '.env'), 'SECRET=1\n'); // a leftover that must never be served

  expect(
    existsSync(BROTLI_MODULE),
    `${BROTLI_MODULE} is missing: apt-get install libnginx-mod-http-brotli-static`,
  ).toBe(true);
  port = await freePort();
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  const site = readFileSync(NGINX_CONF, 'utf8')
    .replace(/^(\s*)listen .*;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root .*;$/m, `$1root ${dist};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/${t};`);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp.map((t) => `  ${t}`),
      site,
      '}',
    ].join('\n'),
  );
  nginx = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'inherit' });
  await waitFor(() => get('/').then((r) => (r.status === 200 ? true : undefined)), 20_000);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (nginx?.pid) {
    const pid = nginx.pid;
    nginx.kill('SIGQUIT'); // graceful: the master ends its workers, then itself
    await waitFor(() => (alive(pid) ? undefined : true), 10_000).catch(() => nginx.kill('SIGKILL'));
    // Nothing of this nginx is left behind, by PID.
    const left = spawnSync('pgrep', ['-f', prefix], { encoding: 'utf8' }).stdout.trim();
    expect(left).toBe('');
  }
});

describe('deploy/nginx.conf', () => {
  it('allows exactly the inline scripts the built pages carry (npm run csp)', () => {
    expect(confHashes(), 'Run npm run build && npm run csp -- --write, then commit deploy/nginx.conf').toEqual(
      inlineScriptHashes(dist),
    );
  });

  it('sends pages compressed, revalidated, with the security headers', async () => {
    const br = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const csp = String(br.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toContain("'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(br.headers['x-robots-tag']).toBeUndefined();

    const gz = await get('/events/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await get('/events/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<html lang="zh-CN"');
  });

  it('caches hashed assets for a year and revalidates feeds and the search index', async () => {
    const asset = readdirSync(path.join(dist, '_astro')).find((f) => f.endsWith('.js'))!;
    expect((await get(`/_astro/${asset}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Photo sizes are named by their content too.
    const size = readdirSync(path.join(dist, '_img')).find((f) => f.endsWith('.webp'))!;
    const photo = await get(`/_img/${size}`);
    expect([photo.status, photo.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    for (const p of ['/pagefind/pagefind.js', '/rss.xml', '/sitemap-index.xml', '/screen/feed.json', '/calendar.ics'])
      expect([p, (await get(p)).headers['cache-control']]).toEqual([p, 'no-cache']);
    expect((await get('/uploads/wechat-qr.png')).headers['cache-control']).toBe('public, max-age=3600');
    const ics = await get('/events/kuanian-shousui-2026.ics');
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.body.toString()).toContain('BEGIN:VCALENDAR');
  });

  it('answers unknown paths with the Chinese 404, reaches pages without the slash, hides dotfiles', async () => {
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('页面没有找到');
    const bare = await get('/about');
    expect(bare.status).toBe(200);
    expect(bare.body.toString()).toBe((await get('/about/')).body.toString());
    for (const p of ['/.env', '/events/.env', '/.git/config']) expect([p, (await get(p)).status]).toEqual([p, 404]);
  });

  it('never caches /admin/, keeps it out of search engines and gives it its own policy', async () => {
    const admin = await get('/admin/');
    expect(admin.status).toBe(200);
    expect(admin.headers['cache-control']).toBe('no-store');
    expect(admin.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(String(admin.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect((await get('/admin/config.json')).headers['cache-control']).toBe('no-store');
  });

  it('serves every page type in Chromium with no CSP violation, and search works', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page.on('console', (m) => {
      if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    const base = `http://127.0.0.1:${port}`;
    for (const p of [...Object.values(pageTypes), '/screen/', '/events/jianbuzou-shidi-2026/']) {
      await page.goto(`${base}${p}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${base}/search/?q=${encodeURIComponent('献血')}`);
    await page.locator('#search-results [data-result]').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('#search-results [data-result]').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });
});

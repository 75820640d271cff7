/**
 * `npm start`: run the CMS's local backend (decap-server on 127.0.0.1:8081, which writes what
 * editors save at /admin into content/), build the site, serve it at http://localhost:4321, and
 * rebuild whenever something in content/ or public/ changes. A build that fails (for example a
 * mistake in a content file) prints the Chinese report and keeps the last good site up.
 *
 * Settings (all optional, read by src/settings.ts): PORT, LINLI_HOST, LINLI_CMS_PORT (0 = no CMS
 * backend), LINLI_CONTENT_DIR, LINLI_PUBLIC_DIR, LINLI_DIST, LINLI_FRESH=1.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, watch } from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';
import { cmsFolders, readSettings } from '../src/settings.ts';

const root = path.resolve(import.meta.dirname, '..');
const settings = readSettings(root);
const { port: PORT, cmsPort: CMS_PORT, contentDir, publicDir } = settings;
const live = settings.distDir;
const next = `${live}-next`;
const old = `${live}-old`;

/** Every child we start, so Ctrl+C (or a test runner's SIGTERM) leaves nothing running. */
const children = new Set();
const stop = () => {
  for (const c of children) c.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    children.add(child);
    child.on('close', (code) => {
      children.delete(child);
      resolve(code === 0);
    });
  });
}

/** Builds into a side folder and swaps it in, so the served site is never half-written. */
async function build() {
  rmSync(next, { recursive: true, force: true });
  const ok =
    (await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next], {
      LINLI_CMS_PORT: String(CMS_PORT),
    })) && (await run(process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', next]));
  if (!ok) return false;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(live)) renameSync(live, old);
  renameSync(next, live);
  rmSync(old, { recursive: true, force: true });
  return true;
}

/** The CMS's local backend. It has no login, so it listens on this machine only. */
async function startCms() {
  const { ORIGIN: _ignored, ...env } = process.env; // decap-server would widen its CORS to it
  const cms = spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...env,
      PORT: String(CMS_PORT),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: cmsFolders(settings).repo,
    },
  });
  children.add(cms);
  // Decap looks for the local backend once, when /admin opens: be ready before the site is.
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${CMS_PORT}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"action":"info"}',
    })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.error(`内容管理后台没有启动（端口 ${CMS_PORT} 可能被占用），网站照常运行。`);
  return false;
}

if (CMS_PORT) await startCms();
if (settings.fresh) rmSync(live, { recursive: true, force: true });
if (!(await build()) && !existsSync(live)) {
  console.error('\n网站没有生成，请按上面的提示修改内容后再运行 npm start。');
  stop();
}
await serve(() => live, PORT, settings.host);
console.log(`\n  网站已启动：http://localhost:${PORT}/`);
if (CMS_PORT) console.log(`  内容管理：http://localhost:${PORT}/admin/`);
console.log('  修改 content/ 或 public/ 里的文件（或在内容管理里保存）后会自动重新生成。按 Ctrl+C 停止。\n');

let timer;
let building = false;
let again = false;
async function rebuild() {
  if (building) {
    again = true;
    return;
  }
  building = true;
  console.log('\n检测到内容变化，正在重新生成网站…');
  const ok = await build();
  console.log(ok ? '网站已更新，刷新浏览器即可看到。' : '这次没有更新网站，仍显示上一个版本。请按上面的提示修改。');
  building = false;
  if (again) {
    again = false;
    void rebuild();
  }
}
for (const dir of [contentDir, publicDir]) {
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 400);
  });
}

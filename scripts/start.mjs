/**
 * `npm start`: build the site, serve it at http://localhost:4321, run the CMS's local backend
 * (decap-server on 127.0.0.1:8081, which writes what editors save at /admin into content/), and
 * rebuild whenever something in content/ or public/ changes. A build that fails (for example a
 * mistake in a content file) prints the Chinese report and keeps the last good site up.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, watch } from 'node:fs';
import path from 'node:path';
import { serve } from './serve.mjs';

const root = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.PORT ?? 4321);
const CMS_PORT = Number(process.env.LINLI_CMS_PORT ?? 8081);
const live = path.resolve(root, process.env.LINLI_DIST ?? 'dist');
const next = `${live}-next`;

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('close', (code) => resolve(code === 0));
  });
}

/** Builds into a side folder and swaps it in, so the served site is never half-written. */
async function build() {
  rmSync(next, { recursive: true, force: true });
  const ok =
    (await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next])) &&
    (await run(process.execPath, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', next]));
  if (!ok) return false;
  rmSync(live, { recursive: true, force: true });
  renameSync(next, live);
  return true;
}

if (!(await build()) && !existsSync(live)) {
  console.error('\n网站没有生成，请按上面的提示修改内容后再运行 npm start。');
  process.exit(1);
}
await serve(() => live, PORT, process.env.HOST ?? '127.0.0.1');

// The CMS's local backend. No authentication, so it only listens on this machine.
const contentDir = path.resolve(root, process.env.LINLI_CONTENT_DIR ?? 'content');
const cms = spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, PORT: String(CMS_PORT), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: path.dirname(contentDir) },
});
const stop = () => {
  cms.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`\n  网站已启动：http://localhost:${PORT}/\n  内容管理：http://localhost:${PORT}/admin/\n  修改 content/ 或 public/ 里的文件（或在内容管理里保存）后会自动重新生成。按 Ctrl+C 停止。\n`);

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
for (const dir of [contentDir, path.join(root, 'public')]) {
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 400);
  });
}

/**
 * `npm start`: run the CMS's local backend (decap-server on 127.0.0.1:8081), build the site, serve
 * it at http://localhost:4321, and rebuild when what is published changes.
 *
 * - In a git repository (the site's folder is its top): every save in /admin is a commit, entries
 *   in review wait on branches of their own, and the site is built from the last commit of the
 *   publishing branch (content/cms.yml `branch`, default main), rebuilt when that branch moves.
 *   Hand edits nobody has committed are pointed out, not published.
 * - Elsewhere (a folder that is not a repository, or LINLI_CMS_MODE=fs): saves write files, and the
 *   site is rebuilt whenever something in the content or public folder changes.
 *
 * What the terminal says is for editors: Chinese messages and the address. A build that fails on
 * a content mistake prints the Chinese report and keeps the last good site up; the first build
 * failing, or a port already in use, stops `npm start` with exit code 1.
 *
 * Every process it starts (the builds, Pagefind's binary, decap-server) runs in a process group
 * of its own, which Ctrl+C, a crash or SIGTERM ends, waiting for it to go.
 *
 * Settings (all optional, read by src/settings.ts): PORT, LINLI_HOST, LINLI_CMS_PORT (0 = no CMS
 * backend), LINLI_CONTENT_DIR, LINLI_PUBLIC_DIR, LINLI_DIST, LINLI_FRESH=1.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { watch } from 'chokidar';
import { serve } from './serve.mjs';
import { branchHead, commitIdentity, isRepositoryTop, publishCopy, uncommitted } from './publish-source.mjs';
import { cmsFolders, readSettings } from '../src/settings.ts';
import { readCmsSettings } from '../src/content/cms-settings.ts';
import { startText } from '../src/i18n/start.ts';

const root = path.resolve(import.meta.dirname, '..');
const settings = readSettings(root);
const { port, host, cmsPort, contentDir, publicDir } = settings;
const live = settings.distDir;
const next = `${live}-next`;
const old = `${live}-old`;
const repo = cmsFolders(settings).repo;
const gitMode = process.env.LINLI_CMS_MODE !== 'fs' && (await isRepositoryTop(repo));
const branch = readCmsSettings(contentDir, root).settings.branch;
/** In git mode, the publishing branch's files, which the build reads instead of the working folder. */
const source = gitMode ? publishCopy(repo, path.join(settings.cacheDir, 'publish')) : undefined;
const sourceDir = (dir) => (source ? path.join(source.tree, path.relative(repo, dir)) : dir);
/** The commit the last build was made from, good or not (git mode): a mistake is not rebuilt every second. */
let triedCommit;

const say = (text) => console.log(text);
const warn = (text) => console.error(text);

/** Children that are running, each the leader of its own process group. */
const children = new Set();
let stopping = false;

/** Ends every process group we started and waits for them; then exits. */
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all([...children].map((child) => endGroup(child)));
  // A build cut short leaves nothing half-written behind.
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  // Stopped on purpose (Ctrl+C, a service manager's SIGTERM): say that all is closed.
  if (code !== 1) say(startText.stopped);
  process.exit(code);
}

function endGroup(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    const signal = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // the group is gone already
      }
    };
    signal('SIGTERM');
    setTimeout(() => signal('SIGKILL'), 3000).unref();
  });
}

process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));
process.on('SIGHUP', () => void shutdown(129));
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (e) => {
    warn(startText.failed(e instanceof Error ? e.message : String(e)));
    void shutdown(1);
  });
}
// Last resort if we are leaving without shutdown(): no group outlives us.
process.on('exit', () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

/** Runs a command in its own process group; resolves with its exit code and what it printed. */
function run(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    children.add(child);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      children.delete(child);
      resolve({ ok: code === 0, output });
    });
  });
}

const repoPrefix = path.relative(root, repo) ? `${path.relative(root, repo)}/` : '';

/** Reminders already given (placeholders in site.yml): said once per `npm start`, not per rebuild. */
const reminded = new Set();

/** What an editor needs from a build's output: the content report, or everything if it is not one. */
function report(raw, ok) {
  // File names as the editor knows them (content/…), not the publishing copy's.
  const output = source ? raw.replaceAll(`${path.relative(root, source.tree)}/`, repoPrefix) : raw;
  const notes = output
    .split('\n')
    .filter((line) => line.includes('提醒：'))
    .map((line) => `  ${line.slice(line.indexOf('提醒：'))}`)
    .filter((note) => !reminded.has(note));
  notes.forEach((note) => reminded.add(note));
  if (notes.length) warn([...new Set(notes)].join('\n'));
  if (ok) return;
  const start = output.indexOf('内容检查发现');
  warn(start >= 0 ? `\n${output.slice(start).trim()}\n` : `\n网站生成出错了，下面是详细信息：\n${output.trim()}\n`);
}

/**
 * Builds into a side folder and swaps it in. The renames happen in one tick, and the server
 * opens each file in the tick it resolves it, so no request ever falls between two sites. The
 * site it replaces becomes the next side folder: a build writes over files already there faster
 * than it makes them anew (src/integrations/stale-files.ts removes what it did not write).
 */
async function build() {
  const started = Date.now();
  const commit = source ? await branchHead(repo, branch) : undefined;
  if (source) {
    if (!commit) throw new Error(`仓库里没有「${branch}」分支`);
    triedCommit = commit;
    await source.update(commit);
  }
  mkdirSync(next, { recursive: true });
  const astro = await run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next], {
    LINLI_CONTENT_DIR: sourceDir(contentDir),
    LINLI_PUBLIC_DIR: sourceDir(publicDir),
  });
  if (stopping) return false;
  report(astro.output, astro.ok);
  // A failed build's half-written folder is written over by the next one.
  if (!astro.ok) return false;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(live)) renameSync(live, old);
  renameSync(next, live);
  if (existsSync(old)) renameSync(old, next);
  say(startText.built(((Date.now() - started) / 1000).toFixed(0)));
  return true;
}

/** Whether nothing listens on a port yet. */
function portFree(p, h) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(p, h, () => probe.close(() => resolve(true)));
  });
}

function portTaken(p, setting, what) {
  warn(
    `\n${what}要用的端口 ${p} 已经被占用了（可能另一个 npm start 还在运行）。\n` +
      `先关掉它，或者换一个端口再启动，例如：${setting}=${p + 1} npm start\n`,
  );
  return shutdown(1);
}

/**
 * The CMS's local backend. It has no login, so it listens on this machine only. It must be ours:
 * a backend someone else started would save this editor's work into another folder.
 */
async function startCms() {
  const { ORIGIN: _ignored, ...env } = process.env; // decap-server would widen its CORS to it
  const child = spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...env,
      PORT: String(cmsPort),
      BIND_HOST: '127.0.0.1',
      MODE: gitMode ? 'git' : 'fs',
      GIT_REPO_DIRECTORY: repo,
      // decap-server reads file names from `git diff`, which writes Chinese ones as octal escapes
      // ("\351\207\215…") unless told not to: an entry with 重阳节合影.jpg would not open again.
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'core.quotePath',
      GIT_CONFIG_VALUE_0: 'false',
      ...(gitMode && (await commitIdentity(repo))),
    },
  });
  children.add(child);
  let errors = '';
  child.stderr.on('data', (d) => (errors += d));
  child.on('exit', () => children.delete(child));
  // Decap looks for the local backend once, when /admin opens: be ready before the site is.
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`http://127.0.0.1:${cmsPort}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"action":"info"}',
    })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok && child.exitCode === null) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  warn(startText.cmsFailed(errors.trim()));
  await shutdown(1);
}

if (gitMode && !(await branchHead(repo, branch))) {
  warn(
    `\n网站的文件夹是一个 git 仓库，但里面没有发布用的「${branch}」分支。\n` +
      `在 content/cms.yml 里把 branch 改成要发布的分支名，或者先提交一次：git add -A && git commit -m 初始内容\n`,
  );
  await shutdown(1);
}
if (!(await portFree(port, host))) await portTaken(port, 'PORT', '网站');
if (cmsPort && !(await portFree(cmsPort, '127.0.0.1'))) await portTaken(cmsPort, 'LINLI_CMS_PORT', '内容管理后台');
if (cmsPort) await startCms();
if (settings.fresh) rmSync(live, { recursive: true, force: true });

let building = false;
let again = false;
let timer;
async function rebuild() {
  if (building) {
    again = true; // one more build once this one is done, for the changes it did not see
    return;
  }
  building = true;
  say(startText.rebuilding);
  try {
    const ok = await build();
    if (!ok && !stopping) warn(startText.notUpdated);
    if (ok) say(startText.updated);
  } catch (e) {
    warn(startText.rebuildError(e.message));
  } finally {
    building = false;
  }
  if (again && !stopping) {
    again = false;
    void rebuild();
  }
}

// chokidar follows files replaced by an atomic save (sed -i, many editors) and deleted files.
// Watching starts before the first build, so a save made while it runs, or the moment the site
// appears, is never missed: it is built once the running build is done.
const watcher = watch([contentDir, publicDir], { ignoreInitial: true });
const watching = new Promise((resolve) => watcher.once('ready', resolve));
watcher.on('all', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void (gitMode ? pointOutHandEdits() : rebuild()), 300);
});
watcher.on('error', (e) => warn(startText.watchError(e.message)));

/** Hand edits already pointed out, so each list is said once. */
let handEditsSaid = '';
async function pointOutHandEdits() {
  const files = await uncommitted(repo, [contentDir, publicDir]);
  const list = files.join('、');
  if (!files.length || list === handEditsSaid) return;
  handEditsSaid = list;
  warn(startText.handEdits(files, branch));
}

/** Git mode: rebuild when the publishing branch moves (a save, a publish, a pull, a commit by hand). */
function followBranch() {
  const check = async () => {
    if (stopping) return;
    const head = await branchHead(repo, branch);
    if (head && head !== triedCommit && !building) void rebuild();
    setTimeout(check, 1000).unref();
  };
  void check();
}

say(startText.building);
building = true;
const firstBuildOk = await build();
building = false;
if (!firstBuildOk) {
  if (!stopping) warn(startText.buildFailed);
  await shutdown(1);
}
await watching;
if (gitMode) followBranch();
try {
  await serve(() => live, port, host, [sourceDir(publicDir)]);
} catch (e) {
  if (e.code === 'EADDRINUSE') await portTaken(port, 'PORT', '网站');
  throw e;
}
say(startText.started(port));
if (cmsPort) say(startText.cms(port));
say(gitMode ? startText.howGit(branch) : startText.howFiles);
if (again && !stopping) {
  again = false;
  void rebuild();
}

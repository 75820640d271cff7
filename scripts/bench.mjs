/**
 * Measures the SPEC §9 budgets that this site can measure on its own:
 *   - full build time of the site (astro build, search index included), cold and warm;
 *   - bytes a page ships, gzip, HTML + CSS + JS (images aside), and JS alone, per page type;
 *   - at 3,000 generated entries, side by side with the plainest Astro + markdown-it + Pagefind
 *     site on the same content (scripts/bench-baseline.mjs): a full render (best of two each,
 *     alternating with the baseline), a build from nothing, 发布 to the page live on npm start,
 *     what each kept kind of file saves (src/integrations/cache.ts); peak memory, output size;
 *     search there: index size and time, bytes and time of a first and a second query
 *     (scripts/search-bench.mjs).
 * Budgets: a content page ≤ 20 KB, of which JS ≤ 6 KB. Exits 1 when a page is over budget.
 *   - Lighthouse (mobile) on every page type: performance ≥ 98, the other three 100.
 * Usage: npm run bench [-- --no-build] [-- --no-scale] [-- --no-lighthouse]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeBaseline } from './bench-baseline.mjs';
import { BUDGET, pageWeight } from './page-weight.mjs';
import { compressCache, compressSite } from '../src/integrations/compress.ts';
import { readSettings } from '../src/settings.ts';
import { heard } from '../src/i18n/build-log.ts';
import { lighthouseScores } from './lighthouse.mjs';
import { searchBench } from './search-bench.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const KB = 1024;

function timeBuild() {
  const t0 = performance.now();
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const a = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (a.status !== 0) throw new Error(`build failed:\n${a.stdout}${a.stderr}`);
  return (performance.now() - t0) / 1000;
}

/** Runs a command, returning its wall time in seconds and peak memory in MB (GNU time, when present). */
function timed(command, args, options) {
  const gnuTime = existsSync('/usr/bin/time');
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '__%e %M', command, ...args], { ...options, encoding: 'utf8' })
    : spawnSync(command, args, { ...options, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  const m = /__([\d.]+) (\d+)/.exec(r.stderr ?? '');
  const out = `${r.stdout}${r.stderr}`;
  return m ? { s: Number(m[1]), mb: Number(m[2]) / 1024, out } : { s: NaN, mb: NaN, out };
}

function size(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .reduce((n, f) => n + (statSync(f).isFile() ? statSync(f).size : 0), 0);
}

/**
 * One full build of `cwd`; its time and the peak memory of either step. Linli indexes for search
 * inside its build, while the pages render (src/integrations/search-index.ts logs how long it took and how
 * long the build waited for it afterwards); the baseline runs Pagefind after.
 */
function fullBuild(cwd, outDir, env, pagefindAfter = false) {
  const opts = { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } };
  const node = process.execPath;
  const a = timed(node, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], opts);
  const p = pagefindAfter
    ? timed(node, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir], opts)
    : {
        s: heard('searchIndex', a.out)?.seconds ?? heard('searchIndexKept', a.out)?.seconds ?? 0,
        after: heard('searchIndex', a.out)?.waited ?? heard('searchIndexKept', a.out)?.seconds ?? 0,
        mb: 0,
      };
  const astro = pagefindAfter ? a.s : a.s - p.after;
  const pagefind = pagefindAfter
    ? `${p.s.toFixed(1)} s`
    : `${p.s.toFixed(1)} s, ${p.after.toFixed(1)} s of it after the pages`;
  return { s: pagefindAfter ? a.s + p.s : a.s, astro, pagefind, index: p.s, mb: Math.max(a.mb, p.mb), out: a.out };
}

/** Seconds a build step logged (src/i18n/build-log.ts). */
function logged(build, lines) {
  for (const line of lines) {
    const heardLine = heard(line, build.out);
    if (heardLine) return heardLine.seconds;
  }
  return NaN;
}

/** What each kept kind costs made afresh (a build from nothing) and taken from the cache. */
const STEPS = {
  'share pictures (share)': ['sharePictures'],
  'photo sizes (photos)': ['photos'],
  'QR codes (qr)': ['qrCodes'],
  'search index (search)': ['searchIndex', 'searchIndexKept'],
  'CMS bundle (admin)': ['adminMade', 'adminKept'],
};

/** Pages get the same time on the same content: polls `url` until it holds `text`; returns seconds. */
async function until(url, text, since, limit = 120_000) {
  for (;;) {
    const body = await fetch(url)
      .then((r) => r.text())
      .catch(() => '');
    if (body.includes(text)) return (performance.now() - since) / 1000;
    if (performance.now() - since > limit) throw new Error(`${url} never showed ${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** From an editor's save (发布 writes the file) to the page live on `npm start`, at `count` entries. */
async function publishToLive(content, publicDir, events) {
  const port = 4390 + Math.floor(Math.random() * 500);
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      LINLI_CONTENT_DIR: content,
      LINLI_PUBLIC_DIR: publicDir,
      LINLI_DIST: path.join(root, '.tmp/bench/dist-start'),
      LINLI_CMS_MODE: 'fs',
      LINLI_CMS_PORT: '0',
      PORT: String(port),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  try {
    const home = `http://127.0.0.1:${port}/`;
    const started = performance.now();
    await until(home, '</html>', started, 600_000);
    const file = path.join(
      events,
      readdirSync(events).find((n) => n.endsWith('.md')),
    );
    const slug = path.basename(file, '.md');
    const title = `发布测试${Date.now()}`;
    const saved = performance.now();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
    return await until(`${home}events/${slug}/`, title, saved);
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (!log.includes('网站已')) console.error(log);
  }
}

/**
 * Linli against the baseline on `count` generated entries, side by side (alternating, so both see
 * the same machine), best of two each:
 * - a full render: the output folder and Astro's caches removed, Linli's cache (cache.ts) kept;
 * - a build from nothing: every cache emptied too (`npm run clean`), reported once;
 * - from an editor's 发布 to the page live on `npm start`.
 * Each kept kind's saving: its step's time in the build from nothing against the full render.
 */
async function scale(count) {
  const tmp = path.join(root, '.tmp/bench');
  const content = path.join(tmp, `content-${count}`);
  // With photos (recaps and portraits) in a public folder of its own.
  const publicDir = path.join(tmp, `public-${count}`);
  if (!existsSync(content))
    spawnSync(process.execPath, [path.join(root, 'scripts/gen-content.mjs'), String(count), content, publicDir], {
      cwd: root,
      stdio: 'inherit',
    });
  const linliEnv = { LINLI_CONTENT_DIR: content, LINLI_PUBLIC_DIR: publicDir };
  const baseDir = path.join(tmp, 'baseline');
  rmSync(baseDir, { recursive: true, force: true });
  writeBaseline(baseDir);
  const linliOut = path.join(tmp, 'dist-linli');
  const baseOut = path.join(baseDir, 'dist');
  const astroCaches = ['node_modules/.astro', '.astro', 'node_modules/.vite'].map((d) => path.join(root, d));
  const { cacheDir } = readSettings(root);
  // From nothing: every cache and the output gone.
  for (const d of [linliOut, cacheDir, ...astroCaches]) rmSync(d, { recursive: true, force: true });
  const nothing = fullBuild(root, linliOut, linliEnv);
  const runs = { baseline: [], full: [] };
  for (let i = 0; i < 2; i++) {
    rmSync(baseOut, { recursive: true, force: true });
    runs.baseline.push(fullBuild(baseDir, baseOut, { BASELINE_CONTENT: content }, true));
    for (const d of [linliOut, ...astroCaches]) rmSync(d, { recursive: true, force: true });
    runs.full.push(fullBuild(root, linliOut, linliEnv));
  }
  const best = (list) => list.reduce((a, b) => (b.s < a.s ? b : a));
  const baseline = best(runs.baseline);
  const full = best(runs.full);
  // Compression (npm run build's second step) from nothing and with its cache.
  rmSync(path.join(cacheDir, 'compress'), { recursive: true, force: true });
  let t = performance.now();
  await compressSite(linliOut, compressCache(root));
  const compressCold = (performance.now() - t) / 1000;
  t = performance.now();
  await compressSite(linliOut, compressCache(root));
  const compressWarm = (performance.now() - t) / 1000;
  const live = await publishToLive(content, publicDir, path.join(content, 'events'));
  const s = (n) => `${n.toFixed(1)} s`;
  const mb = (bytes) => (bytes / KB / KB).toFixed(0);
  const seconds = (list) => list.map((r) => r.s.toFixed(1)).join(', ');
  const built = (r) => `${s(r.s)} (pagefind ${r.pagefind}), peak ${r.mb.toFixed(0)} MB`;
  const savings = Object.fromEntries(
    Object.entries(STEPS).map(([name, pattern]) => {
      const [cold, warm] = [logged(nothing, pattern), logged(full, pattern)];
      return [name, `${s(cold)} from nothing, ${s(warm)} kept: saves ${s(cold - warm)}`];
    }),
  );
  savings['compressed copies (compress), npm run build'] =
    `${s(compressCold)} from nothing, ${s(compressWarm)} kept: saves ${s(compressCold - compressWarm)}`;
  return {
    entries: count,
    baseline:
      `${s(baseline.s)} (astro ${s(baseline.astro)}, pagefind ${baseline.pagefind}), ` +
      `peak ${baseline.mb.toFixed(0)} MB`,
    'linli, full render (output and Astro caches removed, cache kept)': built(full),
    'ratio, full render': `${(full.s / baseline.s).toFixed(2)}× the baseline (budget ≤ 1.5×)`,
    'all runs (s)': `baseline ${seconds(runs.baseline)}; full render ${seconds(runs.full)}`,
    'linli, build from nothing (every cache emptied)': built(nothing),
    '发布 to the page live on npm start': `${s(live)} (aim ≤ 5 s)`,
    'cache savings at this size': savings,
    'output size': `linli ${mb(size(linliOut))} MB, baseline ${mb(size(baseOut))} MB`,
    search: await searchBench(linliOut),
  };
}

function firstIn(dir) {
  const d = path.join(dist, dir);
  const sub = readdirSync(d, { withFileTypes: true }).find((e) => e.isDirectory() && !/^\d+$/.test(e.name));
  return `/${dir}/${sub.name}/`;
}

const args = process.argv.slice(2);
const report = {};
if (!args.includes('--no-build')) {
  rmSync(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(path.join(root, '.astro'), { recursive: true, force: true });
  const cold = timeBuild();
  const warm = [timeBuild(), timeBuild()].sort((a, b) => a - b);
  report.build = { cold: `${cold.toFixed(1)} s`, warm: `${warm[0].toFixed(1)}–${warm[1].toFixed(1)} s` };
}

const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html'));
const types = {
  home: '/',
  'event list': '/events/',
  event: firstIn('events'),
  story: firstIn('stories'),
  article: firstIn('articles'),
  team: firstIn('teams'),
  category: firstIn('categories'),
  search: '/search/',
  schedule: '/schedule/',
  404: '/404.html',
};
let over = false;
const rows = [];
for (const [type, url] of Object.entries(types)) {
  const w = pageWeight(dist, url.endsWith('.html') ? url.slice(1) : `${url.slice(1)}index.html`);
  if (!w.ok) over = true;
  rows.push({ type, url, ...w });
}
// The largest page of each detail kind, not just the first one.
for (const dir of ['events', 'stories', 'articles']) {
  const sizes = pages
    .filter((p) => p.startsWith(`${dir}/`) && !/^[a-z]+\/\d+\//.test(p) && p !== `${dir}/index.html`)
    .map((p) => ({ p, ...pageWeight(dist, p) }));
  const max = sizes.sort((a, b) => b.total - a.total)[0];
  if (max.total > BUDGET.total || max.js > BUDGET.js) over = true;
  report[`largest ${dir} page`] = `${max.p}: ${(max.total / KB).toFixed(1)} KB (JS ${(max.js / KB).toFixed(1)} KB)`;
}

if (!args.includes('--no-lighthouse')) {
  // As production serves it: compressed copies, then Lighthouse's mobile run on each page type.
  await compressSite(dist, compressCache(root));
  // The 404 page as its own file: Lighthouse will not score a response with status 404.
  const pagesToScore = { ...types, search: '/search/?q=%E4%B9%89%E8%AF%8A' };
  const scores = await lighthouseScores(dist, pagesToScore);
  report.lighthouse = Object.entries(scores)
    .map(
      ([type, c]) =>
        `${type}: perf ${c.performance}, a11y ${c.accessibility}, ` +
        `bp ${c['best-practices']}, seo ${c.seo}, CLS ${c.cls}`,
    )
    .join('; ');
  // The 404 page is kept out of search engines on purpose (noindex); Lighthouse's SEO score counts that.
  const short = ([type, c]) =>
    c.performance < 98 || c.accessibility < 100 || c['best-practices'] < 100 || (type !== '404' && c.seo < 100);
  if (Object.entries(scores).some(short)) over = true;
}
if (!args.includes('--no-scale')) report.scale = await scale(3000);

const f = (n) => `${(n / KB).toFixed(1)} KB`;
console.log(`\nPages built: ${pages.length}`);
for (const [k, v] of Object.entries(report)) console.log(`${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
console.log('\npage type     html(gz)  css(gz)  js(gz)   total    budget (≤20 KB, JS ≤6 KB)');
for (const r of rows) {
  console.log(
    [r.type.padEnd(13), f(r.html).padStart(8), f(r.css).padStart(8), f(r.js).padStart(7), f(r.total).padStart(8)].join(
      ' ',
    ) + `   ${r.ok ? 'ok' : 'OVER'}  ${r.url}`,
  );
}
process.exit(over ? 1 : 0);

/**
 * Measures the SPEC §9 budgets that this site can measure on its own:
 *   - full build time of the site (astro build + pagefind), cold and warm;
 *   - bytes a page ships, gzip, HTML + CSS + JS (images aside), and JS alone, per page type.
 * Budgets: a content page ≤ 20 KB, of which JS ≤ 6 KB. Exits 1 when a page is over budget.
 * Usage: npm run bench [-- --no-build]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUDGET, pageWeight } from './page-weight.mjs';

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
  const p = spawnSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (a.status !== 0 || p.status !== 0) throw new Error(`build failed:\n${a.stdout}${a.stderr}${p.stderr}`);
  return (performance.now() - t0) / 1000;
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

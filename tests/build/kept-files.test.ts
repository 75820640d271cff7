/**
 * A build over the last one, with every cache warm, must equal a build from nothing. What a
 * resident would meet if a key missed an input: a poster on the bulletin board with last week's
 * title, a share picture with the site's old name, a photo size from the old photo, a search
 * result that is gone. So after each kind of edit, the site is built twice — into the folder the
 * last build wrote, with the project's cache, and from nothing (its own empty cache and output
 * folder) — and every file must be the same, byte for byte. `npm run clean` is then checked to
 * leave nothing behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentPaths } from '../../src/content/repository';
import { heard } from '../../src/i18n/build-log';
import { astroBuild } from '../helpers/astro';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { scene } from '../helpers/photos';

const out = {
  kept: path.join(projectRoot, '.tmp/dist-kept'),
  fresh: path.join(projectRoot, '.tmp/dist-kept-fresh'),
  freshCache: path.join(projectRoot, '.tmp/kept-fresh-cache'),
};
let site: ContentPaths;
let now = '2026-11-29T12:00:00+08:00';
let log = '';

const change = (name: string, edit: (text: string) => string) => {
  const f = path.join(site.contentDir, name);
  writeFileSync(f, edit(readFileSync(f, 'utf8')));
};
/** Every file of a built site with its bytes. */
const files = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => statSync(path.join(dir, f)).isFile())
      .map((f) => [f, readFileSync(path.join(dir, f))]),
  );

/** A build over the last output with warm caches, and one from nothing; they must be the same. */
function both() {
  const kept = astroBuild(out.kept, { ...siteEnv(site), LINLI_NOW: now });
  expect(kept.status, kept.output).toBe(0);
  for (const d of [out.fresh, out.freshCache]) rmSync(d, { recursive: true, force: true });
  const fresh = astroBuild(out.fresh, { ...siteEnv(site), LINLI_NOW: now, LINLI_CACHE_DIR: out.freshCache });
  expect(fresh.status, fresh.output).toBe(0);
  const [a, b] = [files(out.kept), files(out.fresh)];
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  expect([...a].filter(([f, bytes]) => !bytes.equals(b.get(f)!)).map(([f]) => f)).toEqual([]);
  log = kept.output;
  return a;
}

beforeAll(async () => {
  site = contentTree('kept-files');
  rmSync(out.kept, { recursive: true, force: true });
  const events = path.join(site.contentDir, 'events');
  // A second activity in the same category, with a cover photo: each is the other's related card.
  await sharp(scene(1200, 900, 120))
    .jpeg()
    .toFile(path.join(site.publicDir, 'uploads/cover.jpg'));
  const yizhen = readFileSync(path.join(events, 'yizhen.md'), 'utf8');
  writeFileSync(
    path.join(events, 'yizhen-2.md'),
    yizhen.replace(/^title: .*$/m, 'title: 第二场义诊\ncover: /uploads/cover.jpg\ncoverAlt: 义诊现场'),
  );
});

describe('a build over warm caches equals a build from nothing', () => {
  it('the first time and again with nothing changed (everything then comes from the caches)', () => {
    both();
    const built = both();
    expect(heard('sharePictures', log)?.made).toBe(0);
    expect(built.get('events/yizhen-2/poster/index.html')!.toString()).toContain('第二场义诊');
  }, 180_000);

  it('after an activity is retitled (its page, poster, share pictures, QR page, search)', () => {
    change('events/yizhen-2.md', (t) => t.replace('第二场义诊', '第二场义诊（新时间）'));
    const built = both();
    expect(built.get('events/yizhen/index.html')!.toString()).toContain('第二场义诊（新时间）');
  }, 180_000);

  it('after the site, a team and a category are renamed', () => {
    change('site.yml', (t) => t.replace(/^name: .*$/m, 'name: 改名后的服务站'));
    change('teams/yinfa.md', (t) => t.replace('银发服务队', '银发志愿服务队'));
    change('categories.yml', (t) => t.replace('健康卫生', '健康义诊'));
    const built = both();
    expect(built.get('events/yizhen/poster/index.html')!.toString()).toContain('改名后的服务站');
  }, 180_000);

  it('after a photo is replaced under the same name', async () => {
    const before = files(out.kept);
    await sharp(scene(900, 1200, 300))
      .jpeg()
      .toFile(path.join(site.publicDir, 'uploads/cover.jpg'));
    const sizes = (m: Map<string, Buffer>) => [...m.keys()].filter((f) => f.startsWith('_img/')).sort();
    expect(sizes(both())).not.toEqual(sizes(before));
  }, 180_000);

  it('after the day moves on (both 义诊 are over) and an entry is deleted', () => {
    now = '2027-03-06T12:00:00+08:00';
    rmSync(path.join(site.contentDir, 'stories/zhang.md'));
    expect([...both().keys()].some((f) => f.startsWith('stories/zhang/'))).toBe(false);
  }, 180_000);
});

describe('npm run clean', () => {
  it('removes every cache and every output, and Astro’s own caches', () => {
    // In a copy of the project's frame, so the other tests' builds running now keep theirs.
    const root = path.join(projectRoot, '.tmp/clean-project');
    rmSync(root, { recursive: true, force: true });
    for (const f of ['scripts/clean.mjs', 'src/settings.ts']) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      writeFileSync(path.join(root, f), readFileSync(path.join(projectRoot, f)));
    }
    const made = ['dist', 'dist-next', 'dist-old', 'node_modules/.cache/linli/share', 'node_modules/.astro', '.astro'];
    for (const d of made) mkdirSync(path.join(root, d), { recursive: true });
    writeFileSync(path.join(root, 'node_modules/.cache/linli/share/x.png'), 'x');
    mkdirSync(path.join(root, 'node_modules/keep'), { recursive: true });
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/clean.mjs')], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect([...made, 'node_modules/.cache/linli'].filter((d) => existsSync(path.join(root, d)))).toEqual([]);
    expect(existsSync(path.join(root, 'node_modules/keep'))).toBe(true);
  });
});

/**
 * Astro's incremental build keeps the pages whose key did not change: each entry's page and A4
 * poster (scripts/incremental.mjs, src/lib/page-key.ts). What a resident would meet if that went
 * wrong: a poster on the bulletin board with last week's time or title, the site's old name, a
 * related activity under its old title, a status that should have moved on, a photo gone. So each
 * build here edits something, checks which pages were kept, and compares the whole output with a
 * build that renders every page (LINLI_FULL_BUILD=1). Also the case Astro does not expect: builds
 * into another folder in between, as `npm start` and the tests do.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentPaths } from '../../src/content/repository';
import { astroBuild } from '../helpers/astro';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { scene } from '../helpers/photos';

const dists = { a: '.tmp/dist-incremental-a', b: '.tmp/dist-incremental-b', fresh: '.tmp/dist-incremental-fresh' };
const env = { LINLI_NOW: '2026-11-29T12:00:00+08:00' };
const posters = ['events/yizhen', 'events/yizhen-2', 'articles/fangdie'].map((p) => `${p}/poster/index.html`);
let paths: ContentPaths;

const file = (dist: keyof typeof dists, page: string) => path.join(projectRoot, dists[dist], page);
const poster = (dist: keyof typeof dists, page: string) => readFileSync(file(dist, page), 'utf8');

/** The pages Astro kept from the last build rather than rendered, as its log lists them. */
const keptIn = (log: string) => [...log.matchAll(/\/(\S+\/index\.html) \(cached\)/g)].map((m) => m[1]!).sort();

/** Builds into `dist`; returns the posters Astro kept from the last build rather than rendered. */
function build(dist: keyof typeof dists): string[] {
  const r = astroBuild(path.join(projectRoot, dists[dist]), { ...siteEnv(paths), ...env });
  expect(r.status, r.output).toBe(0);
  return keptIn(r.output).filter((p) => p.endsWith('/poster/index.html'));
}

function edit(name: string, change: (text: string) => string) {
  const f = path.join(paths.contentDir, name);
  writeFileSync(f, change(readFileSync(f, 'utf8')));
}

beforeAll(() => {
  paths = contentTree('incremental');
  for (const d of Object.values(dists)) rmSync(path.join(projectRoot, d), { recursive: true, force: true });
  edit('events/yizhen.md', (t) => t); // as it is
  const yizhen = readFileSync(path.join(paths.contentDir, 'events/yizhen.md'), 'utf8');
  writeFileSync(path.join(paths.contentDir, 'events/yizhen-2.md'), yizhen.replace(/^title: .*$/m, 'title: 第二场义诊'));
});

describe('posters kept from the last build', () => {
  it('renders every poster the first time, then keeps them all when nothing changed', () => {
    expect(build('a')).toEqual([]);
    const written = posters.map((p) => statSync(file('a', p)).ctimeMs);
    expect(build('a')).toEqual([...posters].sort());
    // Kept means not written again, and not swept away as a file this build did not write.
    expect(posters.map((p) => statSync(file('a', p)).ctimeMs)).toEqual(written);
    expect(poster('a', 'events/yizhen-2/poster/index.html')).toContain('第二场义诊');
  });

  it('renders again the poster of an entry an editor changed, and keeps the others', () => {
    edit('events/yizhen.md', (t) => t.replace(/^title: .*$/m, 'title: 社区义诊（改期）'));
    expect(build('a')).toEqual(['articles/fangdie/poster/index.html', 'events/yizhen-2/poster/index.html']);
    expect(poster('a', 'events/yizhen/poster/index.html')).toContain('社区义诊（改期）');
  });

  it('renders every poster again when the site itself changed (its name is on each)', () => {
    edit('site.yml', (t) => t.replace(/^name: .*$/m, 'name: 改名后的服务站'));
    expect(build('a')).toEqual([]);
    for (const p of posters) expect(poster('a', p), p).toContain('改名后的服务站');
  });

  it('keeps nothing after a build into another folder: the one kept there would be older', () => {
    // As `npm start` does: the next build goes into the folder served two builds ago.
    edit('events/yizhen.md', (t) => t.replace(/^title: .*$/m, 'title: 社区义诊（再改）'));
    expect(build('b')).toEqual([]);
    expect(build('a')).toEqual([]);
    expect(poster('a', 'events/yizhen/poster/index.html')).toContain('社区义诊（再改）');
  });

  it('keeps posters identical to the ones a build from nothing writes', () => {
    expect(build('a')).toEqual([...posters].sort());
    expect(build('fresh')).toEqual([]);
    for (const p of posters) expect(poster('a', p), p).toBe(poster('fresh', p));
  });
});

describe('pages kept from the last build, after each kind of edit', () => {
  const out = {
    kept: path.join(projectRoot, '.tmp/dist-incremental-kept'),
    full: path.join(projectRoot, '.tmp/dist-incremental-full'),
  };
  let site: ContentPaths;
  let now = '2026-11-29T12:00:00+08:00';
  /** The log of the last incremental build. */
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
  /** An incremental build and a full one of the same content; returns the pages the first kept. */
  function both(): string[] {
    const kept = astroBuild(out.kept, { ...siteEnv(site), LINLI_NOW: now });
    expect(kept.status, kept.output).toBe(0);
    const full = astroBuild(out.full, { ...siteEnv(site), LINLI_NOW: now, LINLI_FULL_BUILD: '1' });
    expect(full.status, full.output).toBe(0);
    expect(keptIn(full.output)).toEqual([]);
    const [a, b] = [files(out.kept), files(out.full)];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differ = [...a].filter(([f, bytes]) => !bytes.equals(b.get(f)!)).map(([f]) => f);
    expect(differ).toEqual([]);
    log = kept.output;
    return keptIn(kept.output);
  }

  beforeAll(async () => {
    site = contentTree('incremental-pages');
    for (const d of Object.values(out)) rmSync(d, { recursive: true, force: true });
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

  it('keeps everything when nothing changed', () => {
    expect(both()).toEqual([]); // the first build renders all
    const kept = both();
    expect(kept).toContain('events/yizhen/index.html');
    expect(kept).toContain('stories/zhang/index.html');
    expect(kept).toContain('articles/fangdie/index.html');
    // The search index too, whole: the full build made it afresh, and the two are the same files.
    expect(log).toContain('整个索引用上次的');
  }, 120_000);

  it('renders again a page whose related activity was retitled', () => {
    change('events/yizhen-2.md', (t) => t.replace('第二场义诊', '第二场义诊（新时间）'));
    const kept = both();
    expect(kept).not.toContain('events/yizhen/index.html');
    expect(kept).toContain('stories/zhang/index.html');
    expect(log).not.toContain('整个索引用上次的');
  }, 120_000);

  it('renders again the pages that name a team or a category that was renamed', () => {
    change('teams/yinfa.md', (t) => t.replace('银发服务队', '银发志愿服务队'));
    expect(both()).not.toContain('events/yizhen/index.html');
    change('categories.yml', (t) => t.replace('健康卫生', '健康义诊'));
    expect(both()).not.toContain('events/yizhen-2/index.html');
  }, 120_000);

  it('renders again the pages showing a photo that was replaced under the same name', async () => {
    await sharp(scene(900, 1200, 300))
      .jpeg()
      .toFile(path.join(site.publicDir, 'uploads/cover.jpg'));
    const kept = both();
    expect(kept).not.toContain('events/yizhen-2/index.html');
    expect(kept).toContain('stories/zhang/index.html');
  }, 120_000);

  it('renders again the activities whose status the day moved on', () => {
    now = '2027-03-06T12:00:00+08:00'; // both 义诊 are over
    const kept = both();
    expect(kept).not.toContain('events/yizhen/index.html');
    expect(kept).not.toContain('events/yizhen-2/index.html');
  }, 120_000);
});

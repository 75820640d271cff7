/**
 * Astro's incremental build keeps the A4 posters whose entry and frame did not change
 * (scripts/incremental.mjs, src/lib/page-key.ts). What a resident would meet if that went wrong:
 * a poster on the bulletin board with last week's time or title, or the site's old name. So each
 * build here edits something and checks which posters were kept, and that a kept poster is the
 * same file a build from nothing writes. Also the case Astro does not expect: builds into another
 * folder in between, as `npm start` and the tests do.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentPaths } from '../../src/content/repository';
import { astroBuild } from '../helpers/astro';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';

const dists = { a: '.tmp/dist-incremental-a', b: '.tmp/dist-incremental-b', fresh: '.tmp/dist-incremental-fresh' };
const env = { LINLI_NOW: '2026-11-29T12:00:00+08:00' };
const posters = ['events/yizhen', 'events/yizhen-2', 'articles/fangdie'].map((p) => `${p}/poster/index.html`);
let paths: ContentPaths;

const file = (dist: keyof typeof dists, page: string) => path.join(projectRoot, dists[dist], page);
const poster = (dist: keyof typeof dists, page: string) => readFileSync(file(dist, page), 'utf8');

/** Builds into `dist`; returns the posters Astro kept from the last build rather than rendered. */
function build(dist: keyof typeof dists): string[] {
  const r = astroBuild(path.join(projectRoot, dists[dist]), { ...siteEnv(paths), ...env });
  expect(r.status, r.output).toBe(0);
  return [...r.output.matchAll(/\/(\S+\/poster\/index\.html) \(cached\)/g)].map((m) => m[1]!).sort();
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

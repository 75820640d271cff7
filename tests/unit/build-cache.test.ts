import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/problems';
import { BuildCache } from '../../src/lib/build-cache';
import { loadContent, type SiteContent } from '../../src/content/repository';
import { contentTree, projectRoot } from '../helpers/fixtures';

const cacheDir = path.join(projectRoot, '.tmp/unit-build-cache');

/** The fixture site with a cache of its own, emptied first. */
function cachedSite(name: string) {
  rmSync(cacheDir, { recursive: true, force: true });
  return { ...contentTree(name, 'site'), cacheDir };
}

const withoutCounts = ({ reading: _reading, ...c }: SiteContent) => c;

describe('what the last build worked out, kept for the next', () => {
  it('gives the same content from the cache as from the files, and reads only what changed', async () => {
    const paths = cachedSite('parse-cache');
    const fresh = await loadContent(paths);
    const files = fresh.reading!.made;
    expect(files).toBeGreaterThan(10);
    expect(fresh.reading!.cached).toBe(0);

    const again = await loadContent(paths);
    expect(again.reading).toEqual({ made: 0, cached: files });
    expect(withoutCounts(again)).toEqual(withoutCounts(await loadContent({ ...paths, cacheDir: undefined })));
    expect(withoutCounts(again)).toEqual(withoutCounts(fresh));

    // An editor changes one activity's title and body: that file is read again, and shows.
    const event = fresh.events[0]!;
    const file = path.join(paths.root, event.file);
    const source = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      source.replace(/^title: .*$/m, 'title: 改过的标题').replace(/\n---\n/, '\n---\n\n## 新加的一节\n\n'),
    );
    const edited = await loadContent(paths);
    expect(edited.reading).toEqual({ made: 1, cached: files - 1 });
    const now = edited.events.find((e) => e.slug === event.slug)!;
    expect(now.data.title).toBe('改过的标题');
    expect(now.html).toContain('新加的一节');
  });

  it('reports a file with a mistake on every build, never keeping it', async () => {
    const paths = cachedSite('parse-cache-bad');
    const ok = await loadContent(paths);
    const file = path.join(paths.root, ok.stories[0]!.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: /m, 'title： '));
    for (let build = 0; build < 2; build++) {
      const err = (await loadContent(paths).catch((e: unknown) => e)) as ContentError;
      expect(err).toBeInstanceOf(ContentError);
      expect(err.problems.map((p) => p.message).join()).toMatch(/中文冒号/);
    }
  });

  it('reads everything afresh when the code that parses has changed, or the cache cannot be read', () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const parse = () => ({ data: { title: '义诊' }, body: '正文', html: '<p>正文</p>', text: '正文', images: [] });
    const first = new BuildCache(cacheDir, 'test.bin', 'code A');
    first.get('file text', parse);
    first.save();
    const same = new BuildCache(cacheDir, 'test.bin', 'code A');
    expect(same.get('file text', () => undefined)).toEqual(parse());
    expect(same.counts).toEqual({ made: 0, cached: 1 });
    const changed = new BuildCache(cacheDir, 'test.bin', 'code B');
    expect(changed.get('file text', () => undefined)).toBeUndefined();
    expect(changed.counts).toEqual({ made: 1, cached: 0 });

    writeFileSync(path.join(cacheDir, 'test.bin'), 'not a cache');
    const broken = new BuildCache(cacheDir, 'test.bin', 'code A');
    expect(broken.get('file text', parse)).toEqual(parse());
    expect(broken.counts).toEqual({ made: 1, cached: 0 });
  });

  it('gives each reader its own copy: changing one does not change the next', () => {
    rmSync(cacheDir, { recursive: true, force: true });
    type Kept = { data: { tags: string[] } };
    const cache = new BuildCache<Kept>(cacheDir, 'test.bin', 'code A');
    const parse = () => ({ data: { tags: ['义诊'] } });
    cache.get('text', parse)!.data.tags.push('改了');
    cache.save();
    const next = new BuildCache<Kept>(cacheDir, 'test.bin', 'code A');
    expect(next.get('text', parse)!.data).toEqual({ tags: ['义诊'] });
    expect(next.get('text', parse)!.data.tags).toHaveLength(1);
  });
});

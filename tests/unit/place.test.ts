import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { place, placedFiles, pruneCache, writeWhole } from '../../scripts/place.mjs';
import { fileClock, removeStale } from '../../scripts/stale-files.mjs';
import { projectRoot } from '../helpers/fixtures';

const dir = path.join(projectRoot, '.tmp/unit-place');
const day = 24 * 3600 * 1000;

describe('the picture caches', () => {
  it('place a cached file as a link, mark it used, and drop what no build used for 30 days', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'cache'), { recursive: true });
    const cache = (name: string) => path.join(dir, 'cache', name);
    writeWhole(cache('used.png'), Buffer.from('used'));
    writeWhole(cache('stale.png'), Buffer.from('stale'));
    writeWhole(cache('recent.png'), Buffer.from('recent'));
    const old = new Date(Date.now() - 40 * day);
    for (const name of ['used.png', 'stale.png']) utimesSync(cache(name), old, old);
    utimesSync(cache('recent.png'), new Date(Date.now() - 5 * day), new Date(Date.now() - 5 * day));

    place(cache('used.png'), path.join(dir, 'page.png'));
    expect(readFileSync(path.join(dir, 'page.png'), 'utf8')).toBe('used');
    expect(statSync(path.join(dir, 'page.png')).ino).toBe(statSync(cache('used.png')).ino); // a hard link

    expect(pruneCache(path.join(dir, 'cache'))).toBe(1);
    expect(['used.png', 'stale.png', 'recent.png'].map((n) => existsSync(cache(n)))).toEqual([true, false, true]);
    // Written whole: no part file is left beside it.
    expect(existsSync(`${cache('used.png')}.${process.pid}.part`)).toBe(false);
  });
});

describe('a rebuild over the last one (scripts/stale-files.mjs)', () => {
  it('links a picture already in place without touching it, and still counts it as placed', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'cache'), { recursive: true });
    const cached = path.join(dir, 'cache', 'card.png');
    const target = path.join(dir, 'site', 'card.png');
    mkdirSync(path.dirname(target), { recursive: true });
    writeWhole(cached, Buffer.from('card'));
    place(cached, target);
    placedFiles.clear();
    const before = statSync(target, { bigint: true });
    place(cached, target);
    expect(statSync(target, { bigint: true }).ctimeNs).toBe(before.ctimeNs); // not made again
    expect(placedFiles.has(path.resolve(target))).toBe(true);
  });

  it('removes what the build did not write, keeps what it wrote or placed, and empty folders go', () => {
    rmSync(dir, { recursive: true, force: true });
    const site = path.join(dir, 'site');
    const file = (name: string, text = name) => {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), text);
      return path.join(site, name);
    };
    mkdirSync(path.join(dir, 'cache'), { recursive: true });
    const cached = path.join(dir, 'cache', 'shared.png');
    writeWhole(cached, Buffer.from('shared'));
    // The last build's files.
    file('gone/index.html');
    file('gone/deep/poster/index.html');
    file('kept/index.html.br');
    file('.git/HEAD');
    file('old-link-source.txt');
    linkSync(cached, path.join(site, 'gone-share.png'));
    linkSync(cached, path.join(site, 'kept-share.png'));
    // The file system's clock is coarse: wait for it to move past the last build's files.
    const last = statSync(path.join(site, 'old-link-source.txt'), { bigint: true }).ctimeNs;
    let since = fileClock(path.join(dir, 'clock'));
    while (since <= last) since = fileClock(path.join(dir, 'clock'));
    // This build's: a page written over, a new page, one of the two links placed again.
    file('kept/index.html', 'new');
    file('new/index.html');
    const placed = new Set([path.resolve(site, 'kept-share.png')]);

    expect(removeStale(site, since, placed)).toBe(5);
    const left = readdirSync(site, { recursive: true }).map(String).sort();
    expect(left).toEqual(['.git', '.git/HEAD', 'kept', 'kept-share.png', 'kept/index.html', 'new', 'new/index.html']);
  });
});

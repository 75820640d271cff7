import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { place, pruneCache, writeWhole } from '../../scripts/place.mjs';
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

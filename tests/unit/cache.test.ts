/**
 * The one cache (src/integrations/cache.ts) and the keys of everything kept in it. For each kind
 * of kept file, one input that should make it afresh is changed — the code, an option, a package
 * version (a stand-in passed where the build passes the installed one) — and the output must
 * change or be made again. Take that input out of the kind's key and its test here fails.
 * (Pages are not kept: every build makes them; tests/build/kept-files.test.ts
 * compares a build over warm caches with a build from nothing, byte for byte.)
 */
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { adminBundle } from '../../src/integrations/admin-bundle';
import { photoPackages, photoVersionOf } from '../../src/integrations/build';
import { CODE, codeVersion, DerivedFiles, keptFor, writeWhole } from '../../src/integrations/cache';
import { compressSite, compression } from '../../src/integrations/compress';
import { sizesOf, writePhotos } from '../../src/integrations/photos';
import { qrSettings, writeQrCodes } from '../../src/integrations/qr-codes';
import { keptSearchIndex, placeSearchIndex } from '../../src/integrations/search-index';
import type { SearchEntry } from '../../src/lib/search/document';
import { indexText } from '../../src/lib/search/tokens';
import { drawingPackages, writeSharePictures } from '../../src/integrations/share-pictures';
import { fileClock, removeStale } from '../../src/integrations/stale-files';
import { PHOTO_ENCODING, photoFacts } from '../../src/lib/photo-jobs';
import type { ShareEntry, ShareSite } from '../../src/lib/share-card';
import { projectRoot } from '../helpers/fixtures';
import { scene } from '../helpers/photos';

const dir = path.join(projectRoot, '.tmp/unit-cache');
const fresh = (name: string) => {
  const d = path.join(dir, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
  return d;
};
const files = (name: string, kind: ConstructorParameters<typeof DerivedFiles>[1], code = 'code-1') =>
  new DerivedFiles(path.join(dir, name, 'cache'), kind, code);
const day = 24 * 3600 * 1000;

describe('the code version', () => {
  it('changes with every file of src/, scripts/, astro.config.mjs, tsconfig.json and the lock file', () => {
    const root = fresh('code');
    const write = (f: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      writeFileSync(path.join(root, f), text);
    };
    const parts = ['src/lib/a.ts', 'scripts/b.mjs', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];
    expect(CODE.length).toBe(parts.length);
    for (const f of parts) write(f, 'one');
    write('content/events/x.md', 'content is not code');
    let before = codeVersion(root);
    // codeVersion remembers its answer for the process: each change is read by a root of its own.
    for (const [i, f] of parts.entries()) {
      const copy = path.join(dir, `code-${i}`);
      rmSync(copy, { recursive: true, force: true });
      cpSync(root, copy, { recursive: true });
      writeFileSync(path.join(copy, f), 'two');
      const after = codeVersion(copy);
      expect(after, f).not.toBe(before);
      before = codeVersion(root);
    }
    const contentOnly = path.join(dir, 'code-content');
    rmSync(contentOnly, { recursive: true, force: true });
    cpSync(root, contentOnly, { recursive: true });
    writeFileSync(path.join(contentOnly, 'content/events/x.md'), 'edited');
    expect(codeVersion(contentOnly)).toBe(codeVersion(root));
  });

  it('is part of every key', () => {
    const a = files('key', 'qr', 'code-1');
    const b = files('key', 'qr', 'code-2');
    expect(a.key({ url: 'x' })).not.toBe(b.key({ url: 'x' }));
    expect(a.key({ url: 'x' })).not.toBe(files('key', 'share', 'code-1').key({ url: 'x' }));
  });
});

describe('kept files', () => {
  it('are placed as links, marked used, and dropped when no build used them for 30 days', async () => {
    const site = fresh('place');
    const kept = files('place', 'share');
    const used = await kept.get({ n: 1 }, 'png', async () => Buffer.from('used'));
    const stale = await kept.get({ n: 2 }, 'png', async () => Buffer.from('stale'));
    expect([used.made, (await kept.get({ n: 1 }, 'png', async () => Buffer.from('x'))).made]).toEqual([true, false]);
    const old = new Date(Date.now() - keptFor - day);
    utimesSync(used.file, old, old);
    utimesSync(stale.file, old, old);
    kept.place(used.file, path.join(site, 'page.png'));
    expect(statSync(path.join(site, 'page.png')).ino).toBe(statSync(used.file).ino);
    expect(kept.placed.has(path.join(site, 'page.png'))).toBe(true);
    expect(kept.prune()).toBe(1);
    expect([existsSync(used.file), existsSync(stale.file)]).toEqual([true, false]);
    expect(readdirSync(kept.dir).some((n) => n.endsWith('.part'))).toBe(false);
  });

  it('a rebuild removes what it did not write or place, keeps the rest, and empty folders go', () => {
    const site = fresh('stale');
    const file = (name: string, text = name) => {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), text);
    };
    const cached = path.join(dir, 'stale-shared.png');
    writeWhole(cached, Buffer.from('shared'));
    file('gone/index.html');
    file('gone/deep/poster/index.html');
    file('kept/index.html.br');
    file('.git/HEAD');
    file('old.txt');
    linkSync(cached, path.join(site, 'gone-share.png'));
    linkSync(cached, path.join(site, 'kept-share.png'));
    const last = statSync(path.join(site, 'old.txt'), { bigint: true }).ctimeNs;
    let since = fileClock(path.join(dir, 'clock'));
    while (since <= last) since = fileClock(path.join(dir, 'clock'));
    file('kept/index.html', 'new');
    file('new/index.html');
    expect(removeStale(site, since, new Set([path.resolve(site, 'kept-share.png')]))).toBe(5);
    const left = readdirSync(site, { recursive: true }).map(String).sort();
    expect(left).toEqual(['.git', '.git/HEAD', 'kept', 'kept-share.png', 'kept/index.html', 'new', 'new/index.html']);
  });
});

describe('each kind of kept file is made again when an input changes', () => {
  it('QR codes: the address, the scale, the options, the qrcode version, the code', async () => {
    const dist = fresh('qr-dist');
    mkdirSync(path.join(dist, 'events/x'), { recursive: true });
    const base = qrSettings(projectRoot);
    const run = (settings = base, code = 'code-1', page = '/events/x/') =>
      writeQrCodes(dist, 'https://a.example', [page], files('qr', 'qr', code), settings);
    const png = () => readFileSync(path.join(dist, 'events/x/qr.png'));
    rmSync(path.join(dir, 'qr'), { recursive: true, force: true });
    expect(await run()).toBe(1);
    const first = png();
    expect(await run()).toBe(0);
    expect(await run({ ...base, scale: base.scale + 1 })).toBe(1);
    expect(png().equals(first)).toBe(false);
    expect(await run({ ...base, options: { errorCorrectionLevel: 'H' } })).toBe(1);
    expect(await run({ ...base, packages: { qrcode: '0.0.0-stand-in' } })).toBe(1);
    expect(await run(base, 'code-2')).toBe(1);
    expect(await run(base, 'code-1')).toBe(0);
    expect(await writeQrCodes(dist, 'https://b.example', ['/events/x/'], files('qr', 'qr'), base)).toBe(1);
  });

  it('photo sizes: new names for new bytes, encoder options, sharp version or code', async () => {
    const publicDir = fresh('photo-public');
    const file = path.join(publicDir, 'p.jpg');
    const jpeg = (hue: number) =>
      sharp(scene(900, 600, hue))
        .jpeg()
        .toBuffer();
    writeFileSync(file, await jpeg(30));
    const packages = photoPackages(projectRoot);
    const name = async (version: string) => (await photoFacts(file, version)).job!.hash;
    const base = photoVersionOf('code-1', PHOTO_ENCODING, packages);
    const first = await name(base);
    expect(await name(base)).toBe(first);
    const changed = [
      photoVersionOf('code-1', { ...PHOTO_ENCODING, webp: { quality: 60 } }, packages),
      photoVersionOf('code-1', PHOTO_ENCODING, { sharp: '0.0.0-stand-in' }),
      photoVersionOf('code-2', PHOTO_ENCODING, packages),
    ];
    for (const v of changed) expect(await name(v)).not.toBe(first);
    writeFileSync(file, await jpeg(200));
    expect(await name(base)).not.toBe(first);
    // And the sizes are made under the new name, into the site.
    const dist = fresh('photo-dist');
    const job = (await photoFacts(file, changed[0]!)).job!;
    fresh('photos');
    const made = await writePhotos(dist, new Map([[job.hash, job]]), files('photos', 'photos'));
    expect(made.made).toBe(sizesOf(job).length);
    for (const s of sizesOf(job)) expect(existsSync(path.join(dist, '_img', s.name)), s.name).toBe(true);
  }, 30_000);

  it('share pictures and 分享海报: the words drawn, the drawing packages, the code', async () => {
    const dist = fresh('share-dist');
    mkdirSync(path.join(dist, 'events/x'), { recursive: true });
    const site: ShareSite = {
      name: '邻里',
      community: '幸福社区',
      description: '志愿服务',
      scan: '扫码',
      scanHint: '长按识别',
      scanHintNoSignup: '长按查看',
    };
    const entry: ShareEntry = {
      page: '/events/x/',
      url: 'https://a.example/events/x/',
      eyebrow: '活动',
      title: '义诊',
      facts: [{ label: '地点', text: '活动室' }],
      poster: true,
    };
    const packages = drawingPackages(projectRoot);
    rmSync(path.join(dir, 'share'), { recursive: true, force: true });
    const run = (e = entry, p = packages, code = 'code-1') =>
      writeSharePictures(dist, dir, { site, pages: [e] }, files('share', 'share', code), p);
    expect(await run()).toEqual({ drawn: 3, total: 3 });
    const poster = readFileSync(path.join(dist, 'events/x/poster.png'));
    expect((await run()).drawn).toBe(0);
    expect((await run({ ...entry, title: '秋季义诊' })).drawn).toBe(2); // the card and the poster
    expect(readFileSync(path.join(dist, 'events/x/poster.png')).equals(poster)).toBe(false);
    expect((await run(entry, { ...packages, satori: '0.0.0-stand-in' })).drawn).toBe(3);
    expect((await run(entry, packages, 'code-2')).drawn).toBe(3);
  }, 60_000);

  it('compressed copies: the content, the levels, the compressors', async () => {
    const dist = fresh('compress-dist');
    writeFileSync(path.join(dist, 'index.html'), '<p>邻里</p>'.repeat(200));
    rmSync(path.join(dir, 'compress'), { recursive: true, force: true });
    const run = (settings = compression, code = 'code-1') =>
      compressSite(dist, files('compress', 'compress', code), settings);
    expect((await run()).made).toBe(1);
    const gz = readFileSync(path.join(dist, 'index.html.gz'));
    expect((await run()).made).toBe(0);
    expect((await run({ ...compression, levels: { ...compression.levels, gzip: 1 } })).made).toBe(1);
    expect(readFileSync(path.join(dist, 'index.html.gz')).equals(gz)).toBe(false);
    expect((await run({ ...compression, zlib: '0.0.0-stand-in' })).made).toBe(1);
    expect((await run(compression, 'code-2')).made).toBe(1);
    writeFileSync(path.join(dist, 'index.html'), '<p>幸福</p>'.repeat(200));
    expect((await run()).made).toBe(1);
  });

  it('the CMS bundle: made again when the code changes, kept while it does not', async () => {
    const root = fresh('admin-root');
    mkdirSync(path.join(root, 'src/admin'), { recursive: true });
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
    writeFileSync(path.join(root, 'src/admin/main.ts'), "console.log('邻里');\n");
    rmSync(path.join(dir, 'admin'), { recursive: true, force: true });
    const first = await adminBundle(files('admin', 'admin', codeVersion(root)), root);
    expect(first.kept).toBe(false);
    expect(first.url).toMatch(/^\/_astro\/admin\/main\.[\w-]+\.js$/);
    expect((await adminBundle(files('admin', 'admin', codeVersion(root)), root)).kept).toBe(true);
    // A changed source is a new code version: codeVersion of a new root reads it.
    const changed = fresh('admin-root-2');
    cpSync(root, changed, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(changed, 'src/admin/main.ts'), "console.log('幸福');\n");
    const second = await adminBundle(files('admin', 'admin', codeVersion(changed)), changed);
    expect(second.kept).toBe(false);
    expect(readFileSync(path.join(second.dir, second.url.split('/').pop()!), 'utf8')).toContain('幸福');
  }, 60_000);

  it('the search index: any entry’s words, the order, the pagefind version, the code', async () => {
    const entry = (title: string, url = '/events/a/'): SearchEntry => ({
      url,
      title,
      type: '活动',
      categories: ['健康'],
      keyTerms: [],
      body: `${title}，欢迎居民参加。`,
      meta: {},
    });
    const base = [entry('社区义诊'), entry('垃圾分类宣传', '/events/b/')];
    rmSync(path.join(dir, 'search'), { recursive: true, force: true });
    const dist = fresh('search-dist');
    const run = async (entries = base, pagefind = '1.6.0', code = 'code-1') => {
      const kept = await keptSearchIndex(files('search', 'search', code), entries, pagefind);
      rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
      placeSearchIndex(files('search', 'search', code), kept.folder, dist);
      return kept.made;
    };
    /** What the index holds for /events/a/, read back from its fragment files. */
    const indexed = () =>
      readdirSync(path.join(dist, 'pagefind/fragment'))
        .map((f) => gunzipSync(readFileSync(path.join(dist, 'pagefind/fragment', f))).toString())
        .find((f) => f.includes('"/events/a/"'));
    expect(await run()).toBe(true);
    expect(indexed()).toContain(indexText('社区义诊'));
    expect(await run()).toBe(false);
    expect(await run([entry('社区义诊（改期）'), base[1]!])).toBe(true);
    expect(indexed()).toContain(indexText('社区义诊（改期）'));
    expect(await run([base[1]!, base[0]!])).toBe(true);
    expect(await run(base, '0.0.0-stand-in')).toBe(true);
    expect(await run(base, '1.6.0', 'code-2')).toBe(true);
    expect(await run()).toBe(false);
    expect(indexed()).toContain(indexText('社区义诊'));
    expect(readdirSync(path.join(dir, 'search/cache/search')).filter((f) => f.endsWith('.part'))).toEqual([]);
    // Two builds making the same index at once (two sites, or two test files): both end well, one is kept.
    const twice = [entry('冬季义诊', '/events/c/')];
    const both = await Promise.all([1, 2].map(() => keptSearchIndex(files('search', 'search'), twice, '1.6.0')));
    expect(both[0]!.folder).toBe(both[1]!.folder);
    expect(readdirSync(path.join(dir, 'search/cache/search')).filter((f) => f.endsWith('.part'))).toEqual([]);
  }, 60_000);
});

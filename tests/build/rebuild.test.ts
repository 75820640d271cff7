/**
 * A rebuild into the same output folder, as `npm run build` and `npm start` do after an edit. The
 * build writes over the last one's files (fast: src/integrations/stale-files.ts), so this checks what a
 * resident would meet if that went wrong: a deleted activity still online with its poster, picture,
 * QR code and calendar; a removed photo still served; stale compressed copies nginx would send;
 * or, the other way, a file the build kept but swept away (a search index fragment, a photo whose
 * date is old, an empty file).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeVersion, DerivedFiles } from '../../src/integrations/cache';
import { compressSite } from '../../src/integrations/compress';
import type { ContentPaths } from '../../src/content/repository';
import { heard } from '../../src/i18n/build-log';
import { astroBuild } from '../helpers/astro';
import { contentTree, projectRoot, siteEnv } from '../helpers/fixtures';
import { scene } from '../helpers/photos';
import { indexText } from '../../src/lib/search/tokens';

const dist = path.join(projectRoot, '.tmp/dist-rebuild');
/** A compression cache of its own, empty at the start: what the second compression redoes is then known. */
const compressCache = path.join(projectRoot, '.tmp/rebuild-compress-cache');
const compressFiles = () => new DerivedFiles(compressCache, 'compress', codeVersion(projectRoot));
const env = { LINLI_NOW: '2026-11-29T12:00:00+08:00' };
let paths: ContentPaths;
let second = '';
/** Files of the first build (relative to dist), with their inode numbers. */
let first = new Map<string, number>();

const out = (file: string) => path.join(dist, file);
const files = () =>
  new Map(
    readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => statSync(out(f)).isFile())
      .map((f) => [f, statSync(out(f)).ino]),
  );
const indexed = (log: string) => (heard('searchIndex', log) ?? heard('searchIndexKept', log))?.pages ?? NaN;

beforeAll(async () => {
  paths = contentTree('rebuild');
  rmSync(dist, { recursive: true, force: true });
  rmSync(compressCache, { recursive: true, force: true });
  const events = path.join(paths.contentDir, 'events');
  // A copy of the 义诊 under another address: its share card is the same picture as the
  // original's (one cached file, linked twice). And one with a photo nothing else uses.
  const yizhen = readFileSync(path.join(events, 'yizhen.md'), 'utf8');
  writeFileSync(path.join(events, 'yizhen-copy.md'), yizhen);
  const photo = 'photos:\n  - image: /uploads/copy.jpg\n    alt: 老人排队量血压\n---\n测量';
  writeFileSync(path.join(events, 'yizhen-copy-photos.md'), yizhen.replace('---\n测量', photo));
  await sharp(scene(1600, 1200, 30))
    .jpeg()
    .toFile(path.join(paths.publicDir, 'uploads/copy.jpg'));
  const one = astroBuild(dist, { ...siteEnv(paths), ...env });
  expect(one.status, one.output).toBe(0);
  await compressSite(dist, compressFiles()); // as `npm run build` does
  first = files();

  // The edits: the copy and its photo deleted, the original retitled, two files added to public/
  // that a date check could mistake for old (an old modification time; empty).
  rmSync(path.join(events, 'yizhen-copy.md'));
  rmSync(path.join(events, 'yizhen-copy-photos.md'));
  rmSync(path.join(paths.publicDir, 'uploads/copy.jpg'));
  writeFileSync(path.join(events, 'yizhen.md'), yizhen.replace('title: 社区义诊', 'title: 社区义诊（改期）'));
  writeFileSync(path.join(paths.publicDir, 'uploads/notice-2001.pdf'), '%PDF-1.4 old notice');
  utimesSync(path.join(paths.publicDir, 'uploads/notice-2001.pdf'), new Date('2001-01-01'), new Date('2001-01-01'));
  writeFileSync(path.join(paths.publicDir, 'uploads/empty.txt'), '');
  const two = astroBuild(dist, { ...siteEnv(paths), ...env });
  expect(two.status, two.output).toBe(0);
  second = two.output;
}, 240_000);

describe('a rebuild into the same folder', () => {
  it('first built the copy as its own page, sharing the original’s share card file', () => {
    for (const f of ['index.html', 'poster/index.html', 'share.png', 'qr.png'])
      expect(first.has(`events/yizhen-copy/${f}`), f).toBe(true);
    expect(first.has('events/yizhen-copy.ics')).toBe(true);
    expect(first.has('events/yizhen-copy-photos/share.jpg')).toBe(true);
    // The same cached picture, linked into both pages: the case a time check alone gets wrong.
    expect(first.get('events/yizhen-copy/share.png')).toBe(first.get('events/yizhen/share.png'));
    expect([...first.keys()].filter((f) => f.startsWith('_img/')).length).toBeGreaterThan(0);
  });

  it('leaves nothing of the deleted activity: page, poster, pictures, QR code, calendar, photo sizes', () => {
    const now = files();
    expect([...now.keys()].filter((f) => f.includes('yizhen-copy'))).toEqual([]);
    expect(existsSync(out('events/yizhen-copy'))).toBe(false);
    expect([...now.keys()].filter((f) => f.startsWith('_img/'))).toEqual([]);
    expect(existsSync(out('uploads/copy.jpg'))).toBe(false);
    expect(readFileSync(out('sitemap-0.xml'), 'utf8')).not.toContain('yizhen-copy');
    expect(heard('staleFiles', second)?.removed).toBeGreaterThan(0);
  });

  it('drops the last build’s compressed copies, which no longer match their pages', () => {
    expect([...first.keys()].filter((f) => f.endsWith('.br')).length).toBeGreaterThan(10);
    expect([...files().keys()].filter((f) => /\.(br|gz)$/.test(f))).toEqual([]);
  });

  it('keeps everything this build made, in the same files it wrote last time', () => {
    expect(readFileSync(out('events/yizhen/index.html'), 'utf8')).toContain('社区义诊（改期）');
    expect(readFileSync(out('events/yizhen.ics'), 'utf8')).toContain('社区义诊（改期）');
    for (const f of ['share.png', 'qr.png', 'poster/index.html'])
      expect(existsSync(out(`events/yizhen/${f}`)), f).toBe(true);
    expect(readFileSync(out('uploads/notice-2001.pdf'), 'utf8')).toBe('%PDF-1.4 old notice');
    expect(statSync(out('uploads/empty.txt')).size).toBe(0);
    // Written over, not made anew: the point of not emptying the folder.
    expect(files().get('events/yizhen/index.html')).toBe(first.get('events/yizhen/index.html'));
  });

  it('compresses again only what changed, and every copy holds its page as it is now', async () => {
    const { files, made } = await compressSite(dist, compressFiles());
    expect(made).toBeGreaterThan(0); // the retitled activity's pages, the lists, the feeds …
    expect(made).toBeLessThan(files / 2);
    for (const page of ['events/yizhen/index.html', 'index.html', 'events/index.html']) {
      const now = readFileSync(out(page));
      expect(brotliDecompressSync(readFileSync(out(`${page}.br`))).equals(now), page).toBe(true);
      expect(gunzipSync(readFileSync(out(`${page}.gz`))).equals(now), page).toBe(true);
    }
  });

  it('indexes the retitled activity under its new title', () => {
    const fragment = readdirSync(out('pagefind/fragment'))
      .map((f) =>
        JSON.parse(
          gunzipSync(readFileSync(out(`pagefind/fragment/${f}`)))
            .toString()
            .replace(/^pagefind_dcd/, ''),
        ),
      )
      .find((f: { url: string }) => f.url === '/events/yizhen/') as { content: string };
    expect(fragment.content).toContain(indexText('社区义诊（改期）'));
  });

  it('keeps a whole search index: one fragment per entry indexed, each named in the index’s files', () => {
    const fragments = readdirSync(out('pagefind/fragment'));
    expect(fragments.length).toBe(indexed(second));
    expect(indexed(second)).toBeGreaterThan(3);
    for (const f of ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind'])
      expect(existsSync(out(`pagefind/${f}`)), f).toBe(true);
    const meta = readdirSync(out('pagefind')).filter((f) => f.endsWith('.pf_meta'));
    expect(meta).toHaveLength(1);
    const entry = JSON.parse(readFileSync(out('pagefind/pagefind-entry.json'), 'utf8'));
    expect(meta[0]).toContain(Object.values<{ hash: string }>(entry.languages)[0]!.hash);
  });
});

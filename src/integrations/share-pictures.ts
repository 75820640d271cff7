/**
 * The share pictures, written after the pages:
 * - `/share.png`, the site's card, for every page that is not one entry;
 * - `<page>/share.png` (a card with the title in Noto Sans SC, shipped from npm, not the
 *   machine's fonts) or `<page>/share.jpg` (the cover photo, cropped square) for each entry;
 * - `<page>/poster.png`, the tall 分享海报 with the page's QR code, for activities and articles.
 * What to draw comes from the content (src/lib/share-plan.ts); share-draw.ts draws. Each picture
 * is kept in the cache (cache.ts) by what it shows and the versions of the packages drawing it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drawn, type ShareEntry, type ShareSite } from '../lib/share-card';
import { sharePlan } from '../lib/share-plan';
import { shareImageName } from '../lib/share';
import { decodedPath } from '../lib/urls';
import { DerivedFiles, packageVersion } from './cache';
import { drawAll, FONT_PACKAGE, type DrawJob } from './share-draw';
import type { Build } from './build';
import { say } from '../i18n/build-log';

/** The packages that draw, with their versions: part of every picture's key. */
export const drawingPackages = (root: string) =>
  Object.fromEntries(['satori', 'sharp', 'qrcode', FONT_PACKAGE].map((p) => [p, packageVersion(root, p)]));

interface Picture {
  target: string;
  job: DrawJob;
  key: unknown[];
}

/** Every picture the site needs: where it goes, the job that draws it, and what it shows. */
function plan(dist: string, publicDir: string, site: ShareSite, pages: ShareEntry[]): Picture[] {
  const pictures: Picture[] = [
    { target: path.join(dist, 'share.png'), job: { type: 'site', site }, key: drawn.site(site) },
  ];
  for (const entry of pages) {
    const dir = path.join(dist, entry.page);
    const target = path.join(dir, shareImageName(entry.photo));
    if (entry.photo) {
      const file = path.join(publicDir, decodedPath(entry.photo));
      const bytes = createHash('sha256').update(readFileSync(file)).digest('hex');
      pictures.push({ target, job: { type: 'photo', file }, key: ['photo', bytes] });
    } else {
      pictures.push({ target, job: { type: 'card', site, entry }, key: ['card', ...drawn.card(entry, site)] });
    }
    if (entry.poster) {
      const job: DrawJob = { type: 'poster', site, entry };
      pictures.push({ target: path.join(dir, 'poster.png'), job, key: ['poster', ...drawn.poster(entry, site)] });
    }
  }
  return pictures;
}

/**
 * Writes every share picture into `dist`; returns how many there are and how many were drawn
 * afresh (the rest came from the cache).
 */
export async function writeSharePictures(
  dist: string,
  publicDir: string,
  share: { site: ShareSite; pages: ShareEntry[] },
  files: DerivedFiles,
  packages: Record<string, string>,
) {
  const pictures = plan(dist, publicDir, share.site, share.pages).filter((p) => existsSync(path.dirname(p.target)));
  const kept = pictures.map((p) => ({
    ...p,
    cached: files.file({ picture: p.key, packages }, p.job.type === 'photo' ? 'jpg' : 'png'),
  }));
  // One drawing per distinct picture, however many pages share it.
  const missing = new Map<string, DrawJob & { cached: string }>();
  for (const p of kept) if (!existsSync(p.cached)) missing.set(p.cached, { ...p.job, cached: p.cached });
  await drawAll([...missing.values()]);
  for (const p of kept) files.place(p.cached, p.target);
  files.prune();
  return { drawn: missing.size, total: kept.length };
}

export function sharePicturesIntegration(build: Build, placed: Set<string>): AstroIntegration {
  return {
    name: 'linli-share-pictures',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { drawn: made, total } = await writeSharePictures(
          fileURLToPath(dir),
          build.settings.publicDir,
          sharePlan(await build.content(), build.now),
          new DerivedFiles(build.settings.cacheDir, 'share', build.code, placed),
          drawingPackages(build.root),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(say('sharePictures', { total, made, seconds }));
      },
    },
  };
}

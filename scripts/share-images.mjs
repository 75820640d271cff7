/**
 * The share pictures, written after the build (an Astro integration: see astro.config.mjs):
 * - `/share.png`, the site's card, for every page that is not one entry;
 * - `<page>/share.png` (a card with the title in Noto Sans SC, shipped from npm, not the
 *   machine's fonts) or `<page>/share.jpg` (the cover photo, cropped square) for each entry;
 * - `<page>/poster.png`, the tall 分享海报 with the page's QR code, for activities and articles.
 * What to draw comes from the site's own code (src/pages/share-manifest.json.ts, removed from
 * dist afterwards); scripts/share-draw.mjs draws. Each picture is cached by a hash of what it
 * shows and of the code that draws it, in node_modules/.cache/linli-share, so a rebuild of 3,000
 * entries draws only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { place, pruneCache } from './place.mjs';
import { drawn } from '../src/lib/share-card.ts';
import { shareImageName } from '../src/lib/share.ts';
import { decodedPath } from '../src/lib/urls.ts';
import { drawAll, FONT_PACKAGE, packageFile } from './share-draw.mjs';

export const MANIFEST = 'share-manifest.json';

/** What the drawing depends on besides the entry: the layout code and the versions drawing it. */
function drawingVersion() {
  const hash = createHash('sha256');
  for (const file of ['../src/lib/share-card.ts', '../src/lib/qr.ts', './share-draw.mjs']) {
    hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  }
  for (const pkg of ['satori', 'sharp', 'qrcode', FONT_PACKAGE]) {
    hash.update(`${pkg}@${JSON.parse(readFileSync(packageFile(pkg, 'package.json'), 'utf8')).version}`);
  }
  return hash.digest('hex');
}

/** Every picture the site needs: where it goes, and the job that draws it. */
function plan(dist, publicDir, site, pages) {
  const pictures = [{ target: path.join(dist, 'share.png'), job: { type: 'site', site }, key: drawn.site(site) }];
  for (const entry of pages) {
    const dir = path.join(dist, entry.page);
    if (!existsSync(dir)) continue; // a page the build left out (a draft)
    const target = path.join(dir, shareImageName(entry.photo));
    if (entry.photo) {
      const file = path.join(publicDir, decodedPath(entry.photo));
      const bytes = createHash('sha256').update(readFileSync(file)).digest('hex');
      pictures.push({ target, job: { type: 'photo', file }, key: ['photo', bytes] });
    } else {
      pictures.push({ target, job: { type: 'card', site, entry }, key: ['card', ...drawn.card(entry, site)] });
    }
    if (entry.poster) {
      const job = { type: 'poster', site, entry };
      pictures.push({ target: path.join(dir, 'poster.png'), job, key: ['poster', ...drawn.poster(entry, site)] });
    }
  }
  return pictures;
}

/**
 * Writes every share picture into `dist` and returns how many there are and how many were drawn
 * afresh (the rest came from the cache).
 */
export async function writeShareImages(dist, publicDir, cacheDir) {
  const manifestFile = path.join(dist, MANIFEST);
  if (!existsSync(manifestFile)) return { drawn: 0, total: 0 };
  const { site, pages } = JSON.parse(readFileSync(manifestFile, 'utf8'));
  rmSync(manifestFile);
  mkdirSync(cacheDir, { recursive: true });
  const version = drawingVersion();
  const pictures = plan(dist, publicDir, site, pages).map((p) => {
    const hash = createHash('sha256').update(version).update(JSON.stringify(p.key)).digest('hex');
    const ext = p.job.type === 'photo' ? 'jpg' : 'png';
    return { ...p, job: { ...p.job, cached: path.join(cacheDir, `${hash}.${ext}`) } };
  });
  // One drawing per distinct picture, however many pages share it.
  const missing = [
    ...new Map(pictures.filter((p) => !existsSync(p.job.cached)).map((p) => [p.job.cached, p.job])).values(),
  ];
  await drawAll(missing);
  for (const p of pictures) place(p.job.cached, p.target);
  pruneCache(cacheDir);
  return { drawn: missing.length, total: pictures.length };
}

export function shareImagesIntegration(root, publicDir) {
  return {
    name: 'linli-share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { drawn, total } = await writeShareImages(
          fileURLToPath(dir),
          publicDir,
          path.join(root, 'node_modules/.cache/linli-share'),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`分享图片 ${total} 张（新画 ${drawn} 张，其余取自缓存），用时 ${seconds} 秒`);
      },
    },
  };
}

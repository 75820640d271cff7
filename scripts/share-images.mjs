/**
 * The share pictures, written after the build (an Astro integration: see astro.config.mjs):
 * - `/share.png`, the site's card, for every page that is not one entry;
 * - `<page>/share.png` (a card with the title in Noto Sans SC, shipped from npm, not the
 *   machine's fonts) or `<page>/share.jpg` (the cover photo, cropped square) for each entry;
 * - `<page>/poster.png`, the tall 分享海报 with the page's QR code, for activities and articles.
 * What to draw comes from the site's own code (src/pages/share-manifest.json.ts, removed from
 * dist afterwards). Each picture is cached by a hash of what it shows and of the code that draws
 * it, in node_modules/.cache/linli-share, so a rebuild of 3,000 entries draws only what changed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { qrShape } from '../src/lib/qr.ts';
import {
  CARD_SIZE,
  FONT_FAMILY,
  POSTER,
  qrSvgDataUrl,
  shareCard,
  sharePoster,
  siteCard,
} from '../src/lib/share-card.ts';
import { shareImageName } from '../src/lib/share.ts';

export const MANIFEST = 'share-manifest.json';
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
/** A file of an installed package (not every package exports its package.json). */
const packageFile = (pkg, file) => fileURLToPath(new URL(`../node_modules/${pkg}/${file}`, import.meta.url));

/** What the drawing depends on besides the entry: the layout code and the versions drawing it. */
function drawingVersion() {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(new URL('../src/lib/share-card.ts', import.meta.url))));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const pkg of ['satori', '@resvg/resvg-js', 'sharp', FONT_PACKAGE]) {
    hash.update(`${pkg}@${JSON.parse(readFileSync(packageFile(pkg, 'package.json'), 'utf8')).version}`);
  }
  return hash.digest('hex');
}

/** satori and resvg load lazily: a rebuild where every picture is cached never parses the fonts. */
function makeRenderer() {
  let ready;
  return async (node, width, height) => {
    ready ??= (async () => {
      const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
      const font = (file) => readFileSync(packageFile(FONT_PACKAGE, file));
      const fonts = [
        { name: FONT_FAMILY, data: font('400Regular/NotoSansSC_400Regular.ttf'), weight: 400, style: 'normal' },
        { name: FONT_FAMILY, data: font('700Bold/NotoSansSC_700Bold.ttf'), weight: 700, style: 'normal' },
      ];
      return { satori, Resvg, fonts };
    })();
    const { satori, Resvg, fonts } = await ready;
    const svg = await satori(node, { width, height, fonts });
    return Buffer.from(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
  };
}

/** A cover photo cropped to the card's square, small enough for every link preview. */
async function photoCard(file) {
  const { default: sharp } = await import('sharp');
  return sharp(file)
    .rotate()
    .resize(CARD_SIZE, CARD_SIZE, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
}

/**
 * Writes every share picture into `dist` and returns how many were drawn afresh (the rest came
 * from the cache).
 */
export async function writeShareImages(dist, publicDir, cacheDir) {
  const manifestFile = path.join(dist, MANIFEST);
  if (!existsSync(manifestFile)) return { drawn: 0, total: 0 };
  const { site, pages } = JSON.parse(readFileSync(manifestFile, 'utf8'));
  rmSync(manifestFile);
  mkdirSync(cacheDir, { recursive: true });
  const version = drawingVersion();
  const render = makeRenderer();
  let drawn = 0;
  let total = 0;

  /** Copies the cached picture for `key` to `target`, drawing it first when it is not cached. */
  const put = async (target, key, ext, draw) => {
    total++;
    const cached = path.join(cacheDir, `${createHash('sha256').update(version).update(key).digest('hex')}.${ext}`);
    if (!existsSync(cached)) {
      writeFileSync(cached, await draw());
      drawn++;
    }
    copyFileSync(cached, target);
  };

  await put(path.join(dist, 'share.png'), JSON.stringify(site), 'png', () =>
    render(siteCard(site), CARD_SIZE, CARD_SIZE),
  );
  for (const entry of pages) {
    const dir = path.join(dist, entry.page);
    if (!existsSync(dir)) continue; // a page the build left out (a draft)
    const name = shareImageName(entry.photo);
    if (entry.photo) {
      const file = path.join(publicDir, decodeURIComponent(entry.photo));
      const bytes = readFileSync(file);
      await put(path.join(dir, name), createHash('sha256').update(bytes).digest('hex'), 'jpg', () => photoCard(bytes));
    } else {
      await put(path.join(dir, name), JSON.stringify([site, entry]), 'png', () =>
        render(shareCard(entry, site), CARD_SIZE, CARD_SIZE),
      );
    }
    if (entry.poster) {
      await put(path.join(dir, 'poster.png'), JSON.stringify(['poster', site, entry]), 'png', () =>
        render(sharePoster(entry, site, qrSvgDataUrl(qrShape(entry.url))), POSTER.width, POSTER.height),
      );
    }
  }
  return { drawn, total };
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

/**
 * Draws share pictures (share-pictures.ts decides which): satori lays the boxes and the Noto Sans
 * SC glyphs out as SVG, sharp (libvips) turns it into PNG. Many pictures are drawn by two child
 * processes, one a core: a first build of 3,000 entries halves, and the fonts' memory stays out
 * of the Astro build's process. Run as a child (this file, in Node), it draws the jobs it is sent.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactNode } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import { qrPngNear } from '../lib/qr.ts';
import {
  CARD_SIZE,
  FONT_FAMILY,
  POSTER,
  shareCard,
  sharePoster,
  siteCard,
  type Node,
  type ShareEntry,
  type ShareSite,
} from '../lib/share-card.ts';
import { writeWhole } from './cache.ts';

export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
/** Below this many pictures, starting two processes costs more than it saves. */
const PARALLEL_FROM = 60;
/** The QR code on a poster: about 300 px, at the PNG's own size. */
const POSTER_QR = 300;

export type DrawJob =
  | { type: 'site'; site: ShareSite }
  | { type: 'card' | 'poster'; site: ShareSite; entry: ShareEntry }
  | { type: 'photo'; file: string };

/** A file of an installed package (not every package exports its package.json). */
const packageFile = (pkg: string, file: string) =>
  path.join(fileURLToPath(new URL('../..', import.meta.url)), 'node_modules', pkg, file);

/**
 * The fonts load lazily: a rebuild where every picture is kept never reads them. (satori and sharp
 * are imported above, not on demand: in the build's own process, modules loaded with the Astro
 * config cannot import others once the build has started.)
 */
function makeDrawer() {
  let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
  const font = (file: string) => readFileSync(packageFile(FONT_PACKAGE, file));
  const render = async (node: Node, width: number, height: number) => {
    fonts ??= [
      { name: FONT_FAMILY, data: font('400Regular/NotoSansSC_400Regular.ttf'), weight: 400, style: 'normal' },
      { name: FONT_FAMILY, data: font('700Bold/NotoSansSC_700Bold.ttf'), weight: 700, style: 'normal' },
    ];
    const svg = await satori(node as unknown as ReactNode, { width, height, fonts });
    // Level 3: a third faster than the default for a few percent more bytes.
    return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
  };
  return async (job: DrawJob): Promise<Buffer> => {
    switch (job.type) {
      case 'site':
        return render(siteCard(job.site), CARD_SIZE, CARD_SIZE);
      case 'card':
        return render(shareCard(job.entry, job.site), CARD_SIZE, CARD_SIZE);
      case 'poster': {
        const { png, size } = await qrPngNear(job.entry.url, POSTER_QR);
        const qr = { src: `data:image/png;base64,${png.toString('base64')}`, size };
        return render(sharePoster(job.entry, job.site, qr), POSTER.width, POSTER.height);
      }
      case 'photo': {
        // A cover photo cropped to the card's square, small enough for every link preview.
        return sharp(job.file)
          .rotate()
          .resize(CARD_SIZE, CARD_SIZE, { fit: 'cover', position: 'attention' })
          .flatten({ background: '#fff' }) // a transparent PNG would turn black in a JPEG
          .jpeg({ quality: 80, mozjpeg: true })
          .toBuffer();
      }
    }
  };
}

type Kept = DrawJob & { cached: string };

/** Draws each job into its `cached` file, in this process or in two children. */
export async function drawAll(jobs: Kept[]): Promise<void> {
  const workers = Math.min(2, availableParallelism());
  if (jobs.length < PARALLEL_FROM || workers < 2) {
    const draw = makeDrawer();
    for (const job of jobs) writeWhole(job.cached, await draw(job));
    return;
  }
  const slices = Array.from({ length: workers }, (_, w) => jobs.filter((_, i) => i % workers === w));
  await Promise.all(
    slices.map(
      (slice) =>
        new Promise<void>((resolve, reject) => {
          const child = fork(fileURLToPath(import.meta.url), ['--child'], {
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          });
          child.on('message', (m) => (m === 'done' ? child.disconnect() : reject(new Error(String(m)))));
          child.on('error', reject);
          child.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`share picture drawing stopped (${code})`)),
          );
          child.send(slice);
        }),
    ),
  );
}

if (process.argv.includes('--child') && process.send) {
  process.once('message', async (jobs: Kept[]) => {
    try {
      const draw = makeDrawer();
      for (const job of jobs) writeWhole(job.cached, await draw(job));
      process.send?.('done');
    } catch (error) {
      process.send?.(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    }
  });
}

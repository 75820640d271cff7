/**
 * Makes photo sizes (src/integrations/photos.ts sends the jobs): run as a child process, two
 * photos at a time (libvips runs each on its own thread, one a core). Sends back how many photos
 * it made sizes of.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PHOTO_ENCODING, type PhotoJob } from '../lib/photo-jobs.ts';
import { writeWhole } from './cache.ts';

const AT_ONCE = 2;

async function make(job: PhotoJob, dir: string): Promise<void> {
  // Each photo is read once: libvips' operation cache would only hold memory the build needs.
  sharp.cache(false);
  // Decoded once; rotate() turns a phone photo upright by its EXIF orientation (and drops it).
  const upright = sharp(readFileSync(job.file), { failOn: 'none' }).rotate();
  const sizes = job.widths.flatMap((w) => (['webp', job.fallback] as const).map((ext) => ({ w, ext })));
  await Promise.all(
    sizes
      .map((s) => ({ ...s, file: path.join(dir, `${job.hash}-${s.w}.${s.ext}`) }))
      .filter((s) => !existsSync(s.file))
      .map(({ w, ext, file }) => {
        const sized = upright.clone().resize({ width: w, withoutEnlargement: true });
        const { webp, jpg, png } = PHOTO_ENCODING;
        const out =
          ext === 'webp'
            ? sized.webp({ quality: webp.quality })
            : ext === 'png'
              ? sized.png({ ...png })
              : sized
                  .flatten({ background: jpg.background })
                  .jpeg({ quality: jpg.quality, progressive: jpg.progressive });
        return out.toBuffer().then((bytes) => writeWhole(file, bytes));
      }),
  );
}

process.once('message', async ({ jobs, dir }: { jobs: PhotoJob[]; dir: string }) => {
  try {
    const queue = [...jobs];
    await Promise.all(
      Array.from({ length: AT_ONCE }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) await make(job, dir);
      }),
    );
    process.send?.(jobs.length);
  } catch (error) {
    process.send?.(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  }
});

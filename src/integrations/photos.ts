/**
 * Photos at phone sizes: each picture the content shows (every image field of the content model
 * and every picture in a Markdown body) at the widths src/lib/photo-jobs.ts names, as WebP and
 * JPEG (or PNG), upright, into `dist/_img/`. The pages name the same files by the same function,
 * so the set is worked out from the content here rather than collected while pages render.
 * Kept in the cache (cache.ts) under the files' own names, which hold the photos' version.
 * Under `astro dev`, a size is made when the browser asks for it.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { picturesOf } from '../content/images';
import type { SiteContent } from '../content/repository';
import { IMAGE_DIR, photoFacts, type PhotoJob } from '../lib/photo-jobs';
import { decodedPath } from '../lib/urls';
import { DerivedFiles } from './cache';
import type { Build } from './build';
import { say } from '../i18n/build-log';

/** The sized files of a job: name, width and format. */
export const sizesOf = (job: PhotoJob) =>
  job.widths.flatMap((w) =>
    (['webp', job.fallback] as const).map((ext) => ({ name: `${job.hash}-${w}.${ext}`, w, ext })),
  );

/** The jobs for every raster picture the content shows, by name (one job however many pages show it). */
export async function photoJobsOf(content: SiteContent, publicDir: string, photoVersion: string) {
  const jobs = new Map<string, PhotoJob>();
  for (const src of new Set(picturesOf(content))) {
    const file = path.join(publicDir, decodedPath(src));
    if (!file.startsWith(publicDir + path.sep)) continue;
    const { job } = await photoFacts(file, photoVersion).catch(() => ({ job: undefined }));
    if (job) jobs.set(job.hash, job);
  }
  return jobs;
}

/**
 * Makes the missing sizes in a child process: the build's own process holds the rendered site's
 * memory (about 870 MB at 3,000 entries), and decoding photos on top of it took it past 1 GB.
 */
function makeInChild(jobs: PhotoJob[], dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./photos-child.ts', import.meta.url)), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (m) => {
      if (typeof m !== 'number') reject(new Error(String(m)));
      child.disconnect();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`照片处理中断了（${code}）`))));
    child.send({ jobs, dir });
  });
}

/** Writes every job's sizes into `dist/_img/`; returns how many photos, files, and files made afresh. */
export async function writePhotos(dist: string, jobs: Map<string, PhotoJob>, files: DerivedFiles) {
  const all = [...jobs.values()];
  const missing = all.filter((job) => sizesOf(job).some((s) => !files.has(s.name)));
  const made = missing.flatMap(sizesOf).filter((s) => !files.has(s.name)).length;
  if (missing.length) await makeInChild(missing, files.dir);
  let count = 0;
  for (const job of all)
    for (const s of sizesOf(job)) {
      files.place(path.join(files.dir, s.name), path.join(dist, IMAGE_DIR, s.name));
      count++;
    }
  files.prune();
  return { photos: all.length, files: count, made };
}

export function photosIntegration(build: Build, placed: Set<string>): AstroIntegration {
  const files = () => new DerivedFiles(build.settings.cacheDir, 'photos', build.code, placed);
  return {
    name: 'linli-photos',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // Under `astro dev` a page's photo sizes are made when the browser asks for them.
        server.middlewares.use(async (req, res, next) => {
          const m = /^\/_img\/([0-9a-f]{16})-(\d+)\.(webp|jpg|png)$/.exec(req.url ?? '');
          if (!m) return next();
          try {
            const jobs = await photoJobsOf(await build.content(), build.settings.publicDir, build.photoVersion);
            const job = jobs.get(m[1]!);
            if (!job) return next();
            const kept = files();
            if (!kept.has(`${m[1]}-${m[2]}.${m[3]}`)) await makeInChild([job], kept.dir);
            res.setHeader('Content-Type', { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' }[m[3]!]!);
            res.end(readFileSync(path.join(kept.dir, `${m[1]}-${m[2]}.${m[3]}`)));
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const jobs = await photoJobsOf(await build.content(), build.settings.publicDir, build.photoVersion);
        const { photos, files: count, made } = await writePhotos(fileURLToPath(dir), jobs, files());
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(say('photos', { photos, files: count, made, seconds }));
      },
    },
  };
}

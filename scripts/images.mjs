/**
 * Makes the photo sizes the pages asked for (src/lib/images.ts): after the build, each photo's
 * widths as WebP and JPEG (or PNG) into `dist/_img/`, upright, cached by the photo's hash in
 * node_modules/.cache/linli-img so a rebuild processes only new photos; under `astro dev`, on
 * request. An Astro integration: see astro.config.mjs.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { place, pruneCache, writeWhole } from './place.mjs';
import { IMAGE_DIR, photoJobs } from '../src/lib/photo-jobs.ts';

/** Quality for phone screens: photos of people and places, not documents. */
const QUALITY = { webp: 72, jpg: 76 };
/** Photos processed at once: libvips runs each on its own thread, one a core. */
const AT_ONCE = 2;

async function make(job, cacheDir) {
  const missing = job.widths
    .flatMap((w) =>
      ['webp', job.fallback].map((ext) => ({ w, ext, file: path.join(cacheDir, `${job.hash}-${w}.${ext}`) })),
    )
    .filter((v) => !existsSync(v.file));
  if (missing.length === 0) return 0;
  const { default: sharp } = await import('sharp');
  // Each photo is read once: libvips' operation cache would only hold memory the build needs.
  sharp.cache(false);
  // Decoded once; rotate() turns a phone photo upright by its EXIF orientation (and drops it).
  const upright = sharp(readFileSync(job.file), { failOn: 'none' }).rotate();
  await Promise.all(
    missing.map(({ w, ext, file }) => {
      const sized = upright.clone().resize({ width: w, withoutEnlargement: true });
      const out =
        ext === 'webp'
          ? sized.webp({ quality: QUALITY.webp })
          : ext === 'png'
            ? sized.png({ compressionLevel: 8, palette: false })
            : // The fallback for browsers without WebP: plain libjpeg (mozjpeg is 3–5× slower).
              sized.flatten({ background: '#fff' }).jpeg({ quality: QUALITY.jpg, progressive: true });
      return out.toBuffer().then((bytes) => writeWhole(file, bytes));
    }),
  );
  return missing.length;
}

/** Makes every job's missing sizes, AT_ONCE photos at a time; returns how many files it made. */
async function makeAll(jobs, cacheDir) {
  let made = 0;
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const n = await make(job, cacheDir); // read `made` after the await: the other worker adds too
        made += n;
      }
    }),
  );
  return made;
}

/**
 * makeAll in a child process: the build's own process holds the rendered site's memory (about
 * 870 MB at 3,000 entries), and decoding photos on top of it took the first build past 1 GB.
 */
function makeInChild(jobs, cacheDir) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let made;
    child.on('message', (m) => {
      if (typeof m === 'number') made = m;
      else reject(new Error(String(m)));
      child.disconnect();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(made) : reject(new Error(`照片处理中断了（${code}）`))));
    child.send({ jobs, cacheDir });
  });
}

export async function writeImages(dist, cacheDir, jobs = photoJobs()) {
  mkdirSync(cacheDir, { recursive: true });
  const out = path.join(dist, IMAGE_DIR);
  mkdirSync(out, { recursive: true });
  let files = 0;
  const missing = (job) =>
    job.widths.some((w) =>
      ['webp', job.fallback].some((ext) => !existsSync(path.join(cacheDir, `${job.hash}-${w}.${ext}`))),
    );
  const todo = [...jobs.values()].filter(missing);
  const made = todo.length ? await makeInChild(todo, cacheDir) : 0;
  for (const job of jobs.values()) {
    for (const w of job.widths)
      for (const ext of ['webp', job.fallback]) {
        place(path.join(cacheDir, `${job.hash}-${w}.${ext}`), path.join(out, `${job.hash}-${w}.${ext}`));
        files++;
      }
  }
  pruneCache(cacheDir);
  return { photos: jobs.size, files, made };
}

export function imagesIntegration(root) {
  const cacheDir = path.join(root, 'node_modules/.cache/linli-img');
  return {
    name: 'linli-images',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // Under `astro dev` a page's photo sizes are made when the browser asks for them.
        server.middlewares.use(async (req, res, next) => {
          const m = /^\/_img\/([0-9a-f]{16})-(\d+)\.(webp|jpg|png)$/.exec(req.url ?? '');
          const job = m && photoJobs().get(m[1]);
          if (!job) return next();
          try {
            await make(job, cacheDir);
            res.setHeader('Content-Type', { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' }[m[3]]);
            res.end(readFileSync(path.join(cacheDir, `${m[1]}-${m[2]}.${m[3]}`)));
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { photos, files, made } = await writeImages(fileURLToPath(dir), cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`照片 ${photos} 张，${files} 个尺寸文件（新做 ${made} 个，其余取自缓存），用时 ${seconds} 秒`);
      },
    },
  };
}

if (process.argv.includes('--child') && process.send) {
  process.once('message', async ({ jobs, cacheDir }) => {
    try {
      process.send(await makeAll(jobs, cacheDir));
    } catch (error) {
      process.send(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    }
  });
}

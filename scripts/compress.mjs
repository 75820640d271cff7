/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of the built site,
 * once at build, so the web server sends them as they are (nginx: brotli_static, gzip_static;
 * a CDN or object storage: upload them with Content-Encoding, README 发布).
 *
 * Each copy is cached by the file's content in node_modules/.cache/linli-compress and linked into
 * the site (scripts/place.mjs): brotli at its best level takes over two minutes for the pages of
 * 3,000 entries, and a rebuild after one edit changes few of them. What is compressed afresh is
 * compressed on every core (zlib's callback API runs on libuv's threads).
 * Usage: node scripts/compress.mjs [dist]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { place, pruneCache, writeWhole } from './place.mjs';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.webmanifest']);
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 512;
const DEFAULT_CACHE = fileURLToPath(new URL('../node_modules/.cache/linli-compress', import.meta.url));
/** What else decides the bytes: the compressor versions and the levels below. */
const VERSION = `zlib ${process.versions.zlib} brotli ${process.versions.brotli} levels 11/9 gzip 9`;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function compressed(data, cacheDir) {
  const key = createHash('sha256').update(VERSION).update(data).digest('hex');
  const br = path.join(cacheDir, `${key}.br`);
  const gzFile = path.join(cacheDir, `${key}.gz`);
  if (statSync(gzFile, { throwIfNoEntry: false }) && statSync(br, { throwIfNoEntry: false }))
    return { br, gz: gzFile, made: false };
  // The best brotli level for what residents load; a faster one for the multi-megabyte CMS bundle.
  const quality = data.length > 1_000_000 ? 9 : constants.BROTLI_MAX_QUALITY;
  const [brBytes, gzBytes] = await Promise.all([
    brotli(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
    gz(data, { level: 9 }),
  ]);
  writeWhole(br, brBytes);
  writeWhole(gzFile, gzBytes);
  return { br, gz: gzFile, made: true };
}

/** Compresses `dist`; returns how many files, how many were compressed afresh, and the bytes before and after. */
export async function compressSite(dist, cacheDir = DEFAULT_CACHE) {
  mkdirSync(cacheDir, { recursive: true });
  const queue = readdirSync(dist, { recursive: true })
    .map((name) => path.join(dist, String(name)))
    .filter((file) => COMPRESSIBLE.has(path.extname(file).toLowerCase()) && statSync(file).isFile());
  const totals = { files: 0, made: 0, before: 0, after: 0 };
  await Promise.all(
    Array.from({ length: availableParallelism() }, async () => {
      for (let file = queue.pop(); file; file = queue.pop()) {
        const data = readFileSync(file);
        if (data.length < MIN_BYTES) continue;
        const copies = await compressed(data, cacheDir);
        place(copies.br, `${file}.br`);
        place(copies.gz, `${file}.gz`);
        totals.files++;
        totals.made += copies.made ? 1 : 0;
        totals.before += data.length;
        totals.after += statSync(copies.br).size;
      }
    }),
  );
  pruneCache(cacheDir);
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const { files, made, before, after } = await compressSite(path.resolve(process.argv[2] ?? 'dist'));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `已压缩 ${files} 个文件（新压缩 ${made} 个，其余取自缓存）：` +
      `${(before / 1024).toFixed(0)} KB → brotli ${(after / 1024).toFixed(0)} KB，用时 ${seconds} 秒`,
  );
}

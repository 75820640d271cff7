/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of the built site,
 * once at build (`npm run build` runs scripts/compress.mjs), so the web server sends them as they
 * are (nginx: brotli_static, gzip_static; a CDN or object storage: upload them with
 * Content-Encoding, README 发布).
 *
 * Each copy is kept in the cache (cache.ts) by the file's content, the levels and the compressors'
 * versions, and linked into the site: brotli at its best level takes over two minutes for the
 * pages of 3,000 entries, and a rebuild after one edit changes few of them. What is compressed
 * afresh is compressed on every core (zlib's callback API runs on libuv's threads).
 *
 * Plain, erasable TypeScript: scripts/compress.mjs runs it in Node.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { codeVersion, DerivedFiles } from './cache.ts';
import { readSettings } from '../settings.ts';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.webmanifest']);
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 512;
/** What else decides the bytes: the compressors' versions and the levels (see compressed()). */
export const compression = {
  zlib: process.versions.zlib,
  brotli: process.versions.brotli,
  levels: { brotli: constants.BROTLI_MAX_QUALITY, brotliLarge: 9, largeFrom: 1_000_000, gzip: 9 },
};

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function compressed(data: Buffer, files: DerivedFiles, settings: typeof compression) {
  const inputs = { content: createHash('sha256').update(data).digest('hex'), settings };
  const { levels } = settings;
  // The best brotli level for what residents load; a faster one for the multi-megabyte CMS bundle.
  const quality = data.length > levels.largeFrom ? levels.brotliLarge : levels.brotli;
  const br = await files.get(inputs, 'br', () =>
    brotli(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  );
  const gzFile = await files.get(inputs, 'gz', () => gz(data, { level: levels.gzip }));
  return { br: br.file, gz: gzFile.file, made: br.made || gzFile.made };
}

/** The project's kept compressed copies (LINLI_CACHE_DIR), as `npm run build` uses them. */
export const compressCache = (root: string) =>
  new DerivedFiles(readSettings(root).cacheDir, 'compress', codeVersion(root));

/** Compresses `dist`; returns how many files, how many were compressed afresh, and the bytes before and after. */
export async function compressSite(dist: string, files: DerivedFiles, settings = compression) {
  const queue = readdirSync(dist, { recursive: true })
    .map((name) => path.join(dist, String(name)))
    .filter((file) => COMPRESSIBLE.has(path.extname(file).toLowerCase()) && statSync(file).isFile());
  const totals = { files: 0, made: 0, before: 0, after: 0 };
  await Promise.all(
    Array.from({ length: availableParallelism() }, async () => {
      for (let file = queue.pop(); file; file = queue.pop()) {
        const data = readFileSync(file);
        if (data.length < MIN_BYTES) continue;
        const copies = await compressed(data, files, settings);
        files.place(copies.br, `${file}.br`);
        files.place(copies.gz, `${file}.gz`);
        totals.files++;
        totals.made += copies.made ? 1 : 0;
        totals.before += data.length;
        totals.after += statSync(copies.br).size;
      }
    }),
  );
  files.prune();
  return totals;
}

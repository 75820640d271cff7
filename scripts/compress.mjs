/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of the built site,
 * once at build, so the web server sends them as they are (nginx: brotli_static, gzip_static;
 * a CDN or object storage: upload them with Content-Encoding, README 发布).
 * Usage: node scripts/compress.mjs [dist]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.webmanifest']);
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 512;

export function compressSite(dist) {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const name of readdirSync(dist, { recursive: true }).map(String)) {
    const file = path.join(dist, name);
    if (!COMPRESSIBLE.has(path.extname(name).toLowerCase()) || !statSync(file).isFile()) continue;
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    // The best brotli level for what residents load; a faster one for the multi-megabyte CMS bundle.
    const quality = data.length > 1_000_000 ? 9 : constants.BROTLI_MAX_QUALITY;
    const br = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    files++;
    before += data.length;
    after += br.length;
  }
  return { files, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const { files, before, after } = compressSite(dist);
  console.log(`已压缩 ${files} 个文件：${(before / 1024).toFixed(0)} KB → brotli ${(after / 1024).toFixed(0)} KB`);
}

/**
 * Compresses a built site for the web server (src/integrations/compress.ts): `npm run build` runs
 * it after `astro build`.
 * Usage: node scripts/compress.mjs [dist]
 */
import path from 'node:path';
import { compressCache, compressSite } from '../src/integrations/compress.ts';

const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();
const { files, made, before, after } = await compressSite(path.resolve(process.argv[2] ?? 'dist'), compressCache(root));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `已压缩 ${files} 个文件（新压缩 ${made} 个，其余取自缓存）：` +
    `${(before / 1024).toFixed(0)} KB → brotli ${(after / 1024).toFixed(0)} KB，用时 ${seconds} 秒`,
);

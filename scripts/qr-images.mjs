/**
 * A QR code of its own address beside every activity, story and article (`<page>/qr.png`), as a
 * PNG: WeChat's long-press recognises a QR code only in an image. Written after the build from
 * the list of pages, and cached by address in node_modules/.cache/linli-qr, so a rebuild of
 * 3,000 entries encodes only the pages that are new. An Astro integration: see astro.config.mjs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { place, pruneCache, writeWhole } from './place.mjs';
import { qrPng } from '../src/lib/qr.ts';

/** The pages that carry a QR code: one entry's page, not a numbered list page. */
export const QR_PAGES = /^\/?(?:events|stories|articles)\/(?!\d+\/$)[^/]+\/$/;
/** Four pixels a module: with the quiet zone about 150–200 px square. */
const SCALE = 4;

export async function writeQrImages(dist, origin, pathnames, cacheDir) {
  mkdirSync(cacheDir, { recursive: true });
  let made = 0;
  for (const pathname of pathnames) {
    const page = pathname.startsWith('/') ? pathname : `/${pathname}`;
    if (!QR_PAGES.test(page)) continue;
    const url = new URL(page, origin).href;
    const cached = path.join(cacheDir, `${createHash('sha256').update(url).digest('hex')}.png`);
    if (!existsSync(cached)) {
      writeWhole(cached, await qrPng(url, SCALE));
      made++;
    }
    place(cached, path.join(dist, page, 'qr.png'));
  }
  pruneCache(cacheDir);
  return made;
}

export function qrImagesIntegration(root) {
  let origin = 'https://example.invalid';
  return {
    name: 'linli-qr-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = config.site;
      },
      'astro:build:done': async ({ dir, pages }) => {
        await writeQrImages(
          fileURLToPath(dir),
          origin,
          pages.map((p) => p.pathname),
          path.join(root, 'node_modules/.cache/linli-qr'),
        );
      },
    },
  };
}

/**
 * A QR code of its own address beside every activity, story and article (`<page>/qr.png`), as a
 * PNG: WeChat's long-press recognises a QR code only in an image. Kept in the cache (cache.ts)
 * by the address, the encoder's options and scale and the `qrcode` package's version. An activity
 * on a volunteer platform with an address and no QR picture of its own gets one of that address
 * too (`<page>/platform-qr.png`, src/lib/platform.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { qrPng, QR_OPTIONS } from '../lib/qr';
import { PLATFORM_QR } from '../lib/platform';
import { urls } from '../lib/urls';
import { DerivedFiles, packageVersion } from './cache';
import type { Build } from './build';
import { say } from '../i18n/build-log';

/** The pages that carry a QR code: one entry's page, not a numbered list page. */
export const QR_PAGES = /^\/?(?:events|stories|articles)\/(?!\d+\/$)[^/]+\/$/;
/** Four pixels a module: with the quiet zone about 150–200 px square. */
export const QR_SCALE = 4;

export interface QrSettings {
  scale: number;
  options: unknown;
  packages: Record<string, string>;
}

export const qrSettings = (root: string): QrSettings => ({
  scale: QR_SCALE,
  options: QR_OPTIONS,
  packages: { qrcode: packageVersion(root, 'qrcode') },
});

/** Writes `qr.png` into every entry page among `pathnames`; returns how many were encoded afresh. */
export async function writeQrCodes(
  dist: string,
  origin: string,
  pathnames: string[],
  files: DerivedFiles,
  settings: QrSettings,
): Promise<number> {
  let made = 0;
  for (const pathname of pathnames) {
    const page = pathname.startsWith('/') ? pathname : `/${pathname}`;
    if (!QR_PAGES.test(page)) continue;
    const url = new URL(page, origin).href;
    const kept = await files.get({ url, ...settings }, 'png', () => qrPng(url, settings.scale));
    if (kept.made) made++;
    files.place(kept.file, path.join(dist, page, 'qr.png'));
  }
  files.prune();
  return made;
}

/** Writes `platform-qr.png` beside each page in `platforms` (page → the platform's address). */
export async function writePlatformQrCodes(
  dist: string,
  platforms: { page: string; url: string }[],
  files: DerivedFiles,
  settings: QrSettings,
): Promise<number> {
  let made = 0;
  for (const { page, url } of platforms) {
    const kept = await files.get({ url, ...settings }, 'png', () => qrPng(url, settings.scale));
    if (kept.made) made++;
    files.place(kept.file, path.join(dist, page, PLATFORM_QR));
  }
  return made;
}

export function qrCodesIntegration(build: Build, placed: Set<string>): AstroIntegration {
  let origin = 'https://example.invalid';
  return {
    name: 'linli-qr-codes',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const files = new DerivedFiles(build.settings.cacheDir, 'qr', build.code, placed);
        const pathnames = pages.map((p) => p.pathname);
        const platforms = (await build.content()).events.flatMap((e) =>
          e.data.platform?.url && !e.data.platform.qr ? [{ page: urls.event(e.slug), url: e.data.platform.url }] : [],
        );
        await writePlatformQrCodes(fileURLToPath(dir), platforms, files, qrSettings(build.root));
        const made = await writeQrCodes(fileURLToPath(dir), origin, pathnames, files, qrSettings(build.root));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const count = pathnames.filter((p) => QR_PAGES.test(p.startsWith('/') ? p : `/${p}`)).length;
        logger.info(say('qrCodes', { total: count, made, seconds }));
      },
    },
  };
}

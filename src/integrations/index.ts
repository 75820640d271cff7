/**
 * Linli's build, as Astro integrations, in the order they run their hooks (astro.config.mjs adds
 * them all). Each is one file here; what they share is made once (build.ts) and handed to each.
 *
 * | integration        | does                                                            |
 * |--------------------|-----------------------------------------------------------------|
 * | build.ts           | the build's "now" and photo version, for pages (virtual module) |
 * | admin-bundle.ts    | the CMS bundle (/admin), built apart and kept                   |
 * | search-index.ts    | the Pagefind index, made on the second core while pages render, kept |
 * | qr-codes.ts        | `qr.png` beside every entry's page                              |
 * | calendars.ts       | `/events/<slug>.ics`                                            |
 * | photos.ts          | photo sizes into `/_img/`                                       |
 * | share-pictures.ts  | share cards and 分享海报                                         |
 * | stale-files.ts     | last: removes what the last build wrote and this one did not    |
 *
 * Every kept file goes through cache.ts; `npm run clean` empties it.
 */
import type { AstroIntegration } from 'astro';
import { adminBundleIntegration } from './admin-bundle';
import { buildInfoIntegration, makeBuild } from './build';
import { calendarsIntegration } from './calendars';
import { photosIntegration } from './photos';
import { qrCodesIntegration } from './qr-codes';
import { searchIndexIntegration } from './search-index';
import { sharePicturesIntegration } from './share-pictures';
import { staleFilesIntegration } from './stale-files';

/** The integrations before Astro's own (sitemap), and the sweep that must come after them. */
export function linli(root: string): { first: AstroIntegration[]; last: AstroIntegration[]; astroCacheDir: string } {
  const build = makeBuild(root);
  /** Every file placed into the output from a cache: the sweep keeps them. */
  const placed = new Set<string>();
  return {
    first: [
      buildInfoIntegration(build),
      adminBundleIntegration(build),
      searchIndexIntegration(build, placed),
      qrCodesIntegration(build, placed),
      calendarsIntegration(build),
      photosIntegration(build, placed),
      sharePicturesIntegration(build, placed),
    ],
    last: [staleFilesIntegration(build, placed)],
    astroCacheDir: build.astroCacheDir,
  };
}

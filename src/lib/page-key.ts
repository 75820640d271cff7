/**
 * A page's key for Astro's incremental build (scripts/incremental.mjs): while the key and the
 * page's code are as last build, Astro keeps the page it wrote then instead of rendering it again.
 * So the key must hold everything the page shows. Only pages made from one entry and the site's
 * frame have one (the A4 posters); a page with lists, related entries or anything that depends on
 * the day is rendered every build.
 */
import { createHash } from 'node:crypto';
import { layoutData } from './site-data';

/**
 * The key of a page that shows `shown` (the entry: its id, data and rendered body) in the site's
 * frame (site settings, the footer's pages, category names), with the site's code.
 */
export async function pageKey(...shown: unknown[]): Promise<string> {
  const { site, pages, categoryNames } = await layoutData();
  // A Map is written as {} by JSON: its pairs go in as a list.
  const frame = [site, pages, [...categoryNames]];
  return createHash('sha256')
    .update(process.env.LINLI_CODE_VERSION ?? '')
    .update(JSON.stringify([frame, shown]))
    .digest('hex');
}

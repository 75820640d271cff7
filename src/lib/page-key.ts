/**
 * A page's key for Astro's incremental build (scripts/incremental.mjs): while the key and the
 * page's code are as last build, Astro keeps the page it wrote then instead of rendering it again.
 * So the key must hold everything the page shows: tests/build/incremental.test.ts compares kept
 * pages with a full build after each kind of edit. The A4 posters and the entries' own pages have
 * keys; lists, the home page and the feeds, which show many entries and the day, are rendered
 * every build.
 */
import { createHash } from 'node:crypto';
import { maybePhoto, responsiveBody } from './images';
import {
  buildNow,
  detailOf,
  layoutData,
  showsRecap,
  teamLink,
  type ArticleEntry,
  type EventEntry,
  type Kind,
  type StoryEntry,
} from './site-data';
import { eventStatus } from './status';

/**
 * The key of a page that shows `shown` (the entry: its id, data and rendered body) in the site's
 * frame (site settings, the footer's pages, category names), with the site's code.
 */
export async function pageKey(...shown: unknown[]): Promise<string> {
  const { site, pages, categoryNames } = await layoutData();
  // A Map is written as {} by JSON: its pairs go in as a list.
  const frame = [site, pages, [...categoryNames]];
  return createHash('sha256')
    .update((globalThis as { __linliCodeVersion?: string }).__linliCodeVersion ?? '')
    .update(JSON.stringify([frame, shown]))
    .digest('hex');
}

type DetailEntry = EventEntry | StoryEntry | ArticleEntry;

/**
 * The key of an activity's, story's or article's own page: the entry; what the page shows of
 * other entries (the related cards, the team's name); its pictures as photo() describes them
 * (sizes, and file names made from the pictures' bytes); and what the day decides (statuses and
 * recaps; the order of related activities is in the cards).
 */
export async function entryPageKey(kind: Kind, entry: DetailEntry): Promise<string> {
  const now = buildNow();
  const detail = await detailOf(kind, entry);
  const d: Partial<EventEntry['data'] & StoryEntry['data']> = entry.data;
  const team = await teamLink(d.team);
  // photo() also lists each picture for scripts/images.mjs to make its sizes, which a page kept
  // from the last build no longer does by rendering.
  const srcs = [
    d.cover,
    d.portrait,
    ...(d.photos ?? []).map((p) => p.image),
    ...detail.related.map((c) => c.picture?.src),
  ];
  const pictures = await Promise.all(srcs.map(maybePhoto));
  const body = await responsiveBody(detail.html);
  const events = [
    ...(kind === 'event' ? [entry.data as EventEntry['data']] : []),
    ...detail.related.map((c) => c.event),
  ];
  const day = events.map((e) => e && eventStatus(e, now));
  const recap = kind === 'event' && showsRecap(entry.data as EventEntry['data'], now);
  return pageKey(kind, entry.id, entry.data, detail, body, team, pictures, day, recap);
}

/** One page per entry at `/<…>/<id>/`, each with its key: what a kept page's getStaticPaths returns. */
export function pathsWithKeys<E extends { id: string }>(entries: E[], key: (entry: E) => Promise<string>) {
  return Promise.all(
    entries.map(async (entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: await key(entry) })),
  );
}

/**
 * What pages ask of the content: sorted lists, look-ups and a common "card" shape for activities,
 * stories and articles. Pages stay thin; the rules (ordering, summaries) live here.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { now } from 'virtual:linli/build';
import { eventStatus, sortEvents, type EventTimes } from './status';
import { urls, type Kind } from './urls';
import { calendarEventOf, type CalendarEvent } from './calendar';
import { recordBook, type YearBook } from './records';
import { ui } from '../i18n/zh-CN';

export type { Kind } from './urls';
export type EventEntry = CollectionEntry<'events'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type ArticleEntry = CollectionEntry<'articles'>;
export type TeamEntry = CollectionEntry<'teams'>;

/**
 * The build's idea of "now", one instant for the whole build so a page's grouping and its badges
 * agree with the share pictures, calendars and search (src/integrations/build.ts fixes it).
 * `LINLI_NOW` pins it for tests; the browser recomputes the status on load anyway.
 */
export function buildNow(): Date {
  return new Date(now);
}

/**
 * Sorted lists are asked for by every page (related entries, category shortcuts); in a build,
 * work each out once. `astro dev` re-reads content on every change, so it is never cached there.
 */
const cache = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return make();
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as Promise<T>;
}

export const PAGE_SIZE = 10;

export async function getSite() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yml is missing');
  return entry.data;
}

/** Groups of words search treats as the same (content/search-synonyms.yml; none without it). */
export async function getSynonyms(): Promise<string[][]> {
  return (await getEntry('synonyms', 'synonyms'))?.data.groups ?? [];
}

/** The categories in the order of categories.yml (the loader stores them in that order). */
export function getCategories() {
  return once('categories', async () =>
    (await getCollection('categories'))
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ data: { order: _order, ...category } }) => category),
  );
}

/** Category id → the name residents see: the one map every page and the CMS preview use. */
export function categoryNames(): Promise<Map<string, string>> {
  return once('category-names', async () => new Map((await getCategories()).map((c) => [c.id, c.name])));
}

export async function categoryName(id: string): Promise<string> {
  return (await categoryNames()).get(id) ?? id;
}

export function getEvents(now = buildNow()): Promise<EventEntry[]> {
  return once(`events@${now.getTime()}`, async () => sortEvents(await getCollection('events'), now));
}

const newestFirst = <T extends { data: { date: Date } }>(list: T[]) =>
  list.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());

export function getStories(): Promise<StoryEntry[]> {
  return once('stories', async () => newestFirst(await getCollection('stories')));
}

export function getArticles(): Promise<ArticleEntry[]> {
  return once('articles', async () => newestFirst(await getCollection('articles')));
}

export async function getTeams(): Promise<TeamEntry[]> {
  return (await getCollection('teams')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
}

export async function getPages() {
  return (await getCollection('pages')).sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99));
}

/** The 活动台账 (src/lib/records.ts) as of the build, worked out once for every page that shows it. */
export function getRecordBook(now = buildNow()): Promise<YearBook[]> {
  return once(`records@${now.getTime()}`, async () => {
    const [events, teams, names] = await Promise.all([getEvents(now), getTeams(), categoryNames()]);
    const teamName = new Map(teams.map((t) => [t.id, t.data.name]));
    const sources = events.map((e) => ({
      slug: e.id,
      title: e.data.title,
      start: e.data.start,
      end: e.data.end,
      status: e.data.status,
      location: e.data.location,
      team: e.data.team && teamName.get(e.data.team),
      teamSlug: e.data.team,
      category: names.get(e.data.category) ?? e.data.category,
      photos: e.data.photos?.length ?? 0,
      record: e.data.record,
    }));
    return recordBook(sources, now, ui.records.noTeam);
  });
}

/**
 * What the frame of every page needs (site settings, the single pages for the footer, category
 * names for cards): worked out once and handed to each page by the middleware as
 * `Astro.locals.linli`, so components read it instead of fetching it again.
 */
export interface LayoutData {
  site: Awaited<ReturnType<typeof getSite>>;
  pages: { slug: string; title: string }[];
  categoryNames: Map<string, string>;
}

export function layoutData(): Promise<LayoutData> {
  return once('layout', async () => {
    const [site, pages, names] = await Promise.all([getSite(), getPages(), categoryNames()]);
    return { site, pages: pages.map((p) => ({ slug: p.id, title: p.data.title })), categoryNames: names };
  });
}

/** The categories that hold anything, in the order of categories.yml, with how many entries each holds. */
export function categoriesInUse(now = buildNow()) {
  return once(`categories-in-use@${now.getTime()}`, async () => {
    const [categories, events, stories, articles] = await Promise.all([
      getCategories(),
      getEvents(now),
      getStories(),
      getArticles(),
    ]);
    const count = new Map<string, number>();
    for (const e of [...events, ...stories, ...articles])
      count.set(e.data.category, (count.get(e.data.category) ?? 0) + 1);
    return categories.filter((c) => count.get(c.id)).map((c) => ({ ...c, count: count.get(c.id)! }));
  });
}

/** The shape every list and card uses, whatever the kind of entry. */
export interface Card {
  kind: Kind;
  href: string;
  title: string;
  date: Date;
  category: string;
  summary: string;
  /** The card's thumbnail: a story's portrait, else the cover, else an activity's first photo. */
  picture?: { src: string; alt: string } | undefined;
  /** An activity with a recap or photos (有回顾). */
  recap?: boolean;
  /** Only for activities. */
  event?: EventTimes & { location: string };
  /** Only for stories. */
  subject?: string;
}

/** The entry's summary, or the start of its body (worked out once, when the content is read). */
export function summaryOf(entry: {
  data: { summary?: string | undefined };
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}): string {
  return entry.data.summary ?? String(entry.rendered?.metadata?.excerpt ?? '');
}

/** The first picture an entry has, with what it shows. */
function pictureOf(...candidates: [string | undefined, string | undefined][]): Card['picture'] {
  const [src, alt] = candidates.find(([src]) => src) ?? [];
  return src ? { src, alt: alt ?? '' } : undefined;
}

/** Whether an activity has its recap: what it was like, in words or photos. */
export function hasRecap(d: EventEntry['data']): boolean {
  return Boolean(d.recap || d.photos?.length);
}

/**
 * Whether its page leads with the recap: it has one and it is over (not cancelled or postponed).
 * Lists mark the same activities 有回顾, and the home page's 最新回顾 shows them.
 */
export function showsRecap(d: EventEntry['data'], now = buildNow()): boolean {
  return hasRecap(d) && eventStatus(d, now) === 'ended';
}

export function eventCard(e: EventEntry): Card {
  const { title, date, category, cover, coverAlt, start, end, deadline, status, location, photos } = e.data;
  return {
    kind: 'event',
    href: urls.event(e.id),
    title,
    date,
    category,
    summary: summaryOf(e),
    picture: pictureOf([cover, coverAlt], [photos?.[0]?.image, photos?.[0]?.alt]),
    recap: showsRecap(e.data),
    event: { start, end, deadline, status, location },
  };
}

export function storyCard(s: StoryEntry): Card {
  const { title, date, category, cover, coverAlt, subject, portrait, portraitAlt } = s.data;
  return {
    kind: 'story',
    href: urls.story(s.id),
    title,
    date,
    category,
    summary: summaryOf(s),
    picture: pictureOf([portrait, portraitAlt], [cover, coverAlt]),
    subject,
  };
}

export function articleCard(a: ArticleEntry): Card {
  const { title, date, category, cover, coverAlt } = a.data;
  const picture = pictureOf([cover, coverAlt]);
  return { kind: 'article', href: urls.article(a.id), title, date, category, summary: summaryOf(a), picture };
}

/** Everything in one category, as cards: activities in event order, then stories and articles. */
export async function cardsInCategory(id: string, now = buildNow()): Promise<Card[]> {
  const byCategory = await once(`cards@${now.getTime()}`, async () => {
    const [events, stories, articles] = await Promise.all([getEvents(now), getStories(), getArticles()]);
    const map = new Map<string, Card[]>();
    for (const card of [...events.map(eventCard), ...stories.map(storyCard), ...articles.map(articleCard)]) {
      map.set(card.category, [...(map.get(card.category) ?? []), card]);
    }
    return map;
  });
  return byCategory.get(id) ?? [];
}

/** Up to `n` other entries in the same category, for the foot of a detail page. */
export async function relatedCards(category: string, selfHref: string, n = 3, now = buildNow()): Promise<Card[]> {
  return (await cardsInCategory(category, now)).filter((c) => c.href !== selfHref).slice(0, n);
}

/** What every detail page shows around its own facts: heading, category, cover, body, tags, related. */
export async function detailOf(kind: Kind, entry: EventEntry | StoryEntry | ArticleEntry) {
  const d = entry.data;
  const href = urls.card(kind, entry.id);
  return {
    kind,
    title: d.title,
    description: summaryOf(entry),
    category: { id: d.category, name: await categoryName(d.category) },
    cover: d.cover,
    coverAlt: d.coverAlt,
    audio: d.audio,
    html: entry.rendered?.html ?? '',
    tags: d.tags,
    related: await relatedCards(d.category, href),
  };
}

/** The team an entry names, as a name and a link for its facts block. */
export async function teamLink(slug: string | undefined) {
  const team = slug ? await getEntry('teams', slug) : undefined;
  return team && { name: team.data.name, href: urls.team(team.id) };
}

/** Activities as calendar entries, with absolute page addresses from `site.yml`. */
export async function calendarEvents(entries?: EventEntry[]): Promise<CalendarEvent[]> {
  const site = await getSite();
  return (entries ?? (await getEvents())).map((e) => calendarEventOf(e.id, e.data, summaryOf(e), site));
}

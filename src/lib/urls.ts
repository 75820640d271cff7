/**
 * Every address on the site (SPEC §4), built in one place: pages, cards, feeds and the CMS all ask
 * here, so a URL scheme cannot drift between a link and the page it points at.
 */
export type Section = 'events' | 'stories' | 'articles' | 'teams';
/** The kinds of entry that lists, cards and search show. */
export type Kind = 'event' | 'story' | 'article';

export const SECTION_OF: Record<Kind, Section> = { event: 'events', story: 'stories', article: 'articles' };

export const urls = {
  home: () => '/',
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  /** A section's list; page 1 is the section itself, page n lives at `/events/n/`. */
  list: (section: Section, page = 1) => (page > 1 ? `/${section}/${page}/` : `/${section}/`),
  entry: (section: Section, slug: string) => `/${section}/${slug}/`,
  event: (slug: string) => urls.entry('events', slug),
  story: (slug: string) => urls.entry('stories', slug),
  article: (slug: string) => urls.entry('articles', slug),
  team: (slug: string) => urls.entry('teams', slug),
  /** The activity's calendar file, beside its page. */
  eventCalendar: (slug: string) => `/events/${slug}.ics`,
  calendar: () => '/calendar.ics',
  rss: () => '/rss.xml',
  schedule: () => '/schedule/',
  screen: () => '/screen/',
  screenFeed: () => '/screen/feed.json',
  /** An entry of any kind that cards show. */
  card: (kind: Kind, slug: string) => urls.entry(SECTION_OF[kind], slug),
  /** The A4 poster of an activity or article, under its page. */
  poster: (kind: Kind, slug: string) => `${urls.card(kind, slug)}poster/`,
  /** 活动记录表: an activity's record, printed for the 台账, under its page. */
  eventRecord: (slug: string) => `${urls.event(slug)}record/`,
  /** 工作台账, and a year of it as a workbook or CSV for 上报. */
  records: () => '/records/',
  recordFile: (year: number, ext: 'xlsx' | 'csv') => `/records/${year}.${ext}`,
  categories: () => '/categories/',
  category: (id: string) => `/categories/${id}/`,
  page: (slug: string) => `/${slug}/`,
};

/** A site path as a file name (`/uploads/%E5%9B%BE.png` → `/uploads/图.png`); a stray % leaves it as written. */
export function decodedPath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** The absolute address of a path on the site, from `site.yml`'s `url`. */
export function absolute(origin: string, path: string): string {
  return new URL(path, origin.endsWith('/') ? origin : `${origin}/`).href;
}

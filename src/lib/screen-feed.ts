/** Builds `/screen/feed.json` (and the copy the screen page starts with) from the content. */
import { eventContact } from './contact';
import { platformLine } from './platform';
import { qrShape } from './qr';
import { DEFAULT_NIGHT, type ScreenFeed, type ScreenSlide } from './screen';
import { getArticles, getEvents, getSite, getStories, buildNow, summaryOf } from './site-data';
import { isUpcoming } from './status';
import { absolute, urls } from './urls';

/** Enough for a long rotation; the TV drops ones that end before the next rebuild. */
const MAX_EVENTS = 12;
const RECENT_STORIES = 3;
const RECENT_ARTICLES = 3;

const iso = (d: Date | undefined) => d?.toISOString();

export async function screenFeed(now = buildNow()): Promise<ScreenFeed> {
  const [site, events, stories, articles] = await Promise.all([getSite(), getEvents(now), getStories(), getArticles()]);
  const link = (path: string) => {
    const url = absolute(site.url, path);
    return { url, qr: qrShape(url) };
  };
  const slides: ScreenSlide[] = [
    ...events
      .filter((e) => isUpcoming(e.data, now))
      .slice(0, MAX_EVENTS)
      .map((e): ScreenSlide => {
        const d = e.data;
        return {
          kind: 'event',
          title: d.title,
          ...link(urls.event(e.id)),
          summary: summaryOf(e),
          event: {
            start: d.start.toISOString(),
            end: iso(d.end),
            deadline: iso(d.deadline),
            status: d.status,
            statusNote: d.status ? d.statusNote : undefined,
            location: d.location,
            signup: d.signup,
            phone: eventContact(d, site).phone,
            platform: d.platform && platformLine(d.platform),
          },
        };
      }),
    ...stories.slice(0, RECENT_STORIES).map((s): ScreenSlide => ({
      kind: 'story',
      title: s.data.title,
      ...link(urls.story(s.id)),
      summary: summaryOf(s),
      subject: s.data.subject,
      honor: s.data.honor,
    })),
    ...articles.slice(0, RECENT_ARTICLES).map((a): ScreenSlide => ({
      kind: 'article',
      title: a.data.title,
      ...link(urls.article(a.id)),
      summary: summaryOf(a),
    })),
  ];
  return {
    builtAt: now.toISOString(),
    site: { name: site.name, community: site.community },
    night: site.screenNight ?? DEFAULT_NIGHT,
    notice: site.notice && { text: site.notice.text, until: iso(site.notice.until) },
    slides,
  };
}

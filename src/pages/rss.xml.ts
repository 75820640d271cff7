/** `/rss.xml`: every activity, story and article, newest published first (SPEC §4). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { ui } from '../i18n/zh-CN';
import {
  articleCard,
  categoryNames,
  eventCard,
  getArticles,
  getEvents,
  getSite,
  getStories,
  storyCard,
} from '../lib/site-data';

export const GET: APIRoute = async () => {
  const [site, events, stories, articles, names] = await Promise.all([
    getSite(),
    getEvents(),
    getStories(),
    getArticles(),
    categoryNames(),
  ]);
  const cards = [...events.map(eventCard), ...stories.map(storyCard), ...articles.map(articleCard)].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.href.localeCompare(b.href),
  );
  return rss({
    title: ui.feeds.rssTitle(site.name),
    description: site.description,
    site: site.url,
    items: cards.map((c) => ({
      title: c.title,
      link: c.href,
      pubDate: c.date,
      description: c.summary,
      categories: [ui.kinds[c.kind], names.get(c.category) ?? c.category],
    })),
    customData: '<language>zh-CN</language>',
  });
};

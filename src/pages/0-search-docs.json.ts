/**
 * What the search index holds for each entry, from the content itself rather than the pages:
 * read and removed after the build by scripts/search-index.mjs, which indexes it with Pagefind.
 * Status words that change with the clock are not indexed; an activity's times go along as
 * metadata so the search page works out 报名中 / 已结束 when it shows the result.
 */
import type { APIRoute } from 'astro';
import { ui } from '../i18n/zh-CN';
import { formatDate, formatEventTime } from '../lib/format';
import { markdownToText } from '../lib/markdown';
import type { SearchEntry } from '../lib/search/document';
import { cstParts, isoDateTimeCst } from '../lib/time';
import { urls } from '../lib/urls';
import { categoryNames, getArticles, getEvents, getPages, getStories, getTeams } from '../lib/site-data';

const year = (d: Date) => String(cstParts(d).year);
const iso = (d: Date | undefined) => d && isoDateTimeCst(d);
const bodyOf = (...parts: (string | undefined)[]) =>
  parts
    .filter(Boolean)
    .map((p) => markdownToText(p!))
    .join(' ');

export const GET: APIRoute = async () => {
  const [names, events, stories, articles, teams, pages] = await Promise.all([
    categoryNames(),
    getEvents(),
    getStories(),
    getArticles(),
    getTeams(),
    getPages(),
  ]);
  const name = (id: string) => names.get(id) ?? id;
  const teamName = new Map(teams.map((t) => [t.id, t.data.name]));
  const entries: SearchEntry[] = [
    ...events.map((e) => {
      const d = e.data;
      const team = d.team ? teamName.get(d.team) : undefined;
      return {
        url: urls.event(e.id),
        title: d.title,
        type: ui.kinds.event,
        categories: [name(d.category)],
        year: year(d.start),
        keyTerms: [...(d.tags ?? []), d.location, ...(team ? [team] : [])],
        body: bodyOf(d.summary, e.body, d.recap, ...(d.photos ?? []).map((p) => p.caption ?? p.alt)),
        meta: {
          date: formatEventTime(d.start, d.end),
          start: iso(d.start),
          end: iso(d.end),
          deadline: iso(d.deadline),
          status: d.status,
        },
      };
    }),
    ...stories.map((s) => {
      const d = s.data;
      return {
        url: urls.story(s.id),
        title: d.title,
        type: ui.kinds.story,
        categories: [name(d.category)],
        year: year(d.date),
        keyTerms: [d.subject, ...(d.honor ? [d.honor] : []), ...(d.tags ?? [])],
        body: bodyOf(d.summary, s.body),
        meta: { date: formatDate(d.date) },
      };
    }),
    ...articles.map((a) => {
      const d = a.data;
      return {
        url: urls.article(a.id),
        title: d.title,
        type: ui.kinds.article,
        categories: [name(d.category)],
        year: year(d.date),
        keyTerms: [...(d.tags ?? []), ...(d.source ? [d.source] : [])],
        body: bodyOf(d.summary, a.body),
        meta: { date: formatDate(d.date) },
      };
    }),
    ...teams.map((t) => ({
      url: urls.team(t.id),
      title: t.data.name,
      type: ui.search.types.team,
      categories: (t.data.categories ?? []).map(name),
      keyTerms: [...(t.data.leader ? [t.data.leader] : [])],
      body: bodyOf(t.body),
      meta: {},
    })),
    ...pages.map((p) => ({
      url: urls.page(p.id),
      title: p.data.title,
      type: ui.search.types.page,
      categories: [],
      keyTerms: [],
      body: bodyOf(p.body),
      meta: {},
    })),
  ];
  return new Response(JSON.stringify({ entries }), { headers: { 'Content-Type': 'application/json' } });
};

/**
 * What the search index holds for each entry, from the content as read and checked
 * (src/content/repository.ts) rather than the pages: src/integrations/search-index.ts indexes it
 * with Pagefind, in the form document.ts gives it, starting before Astro renders the pages. Status words that
 * change with the clock are not indexed; an activity's times go along as metadata so the search
 * page works out 报名中 / 已结束 when it shows the result.
 */
import type { SiteContent } from '../../content/repository';
import { ui } from '../../i18n/zh-CN';
import { formatDate, formatEventTime } from '../format';
import { markdownToText } from '../markdown';
import { sortEvents } from '../status';
import { cstParts, isoDateTimeCst } from '../time';
import { urls } from '../urls';
import type { SearchEntry } from './document';

const year = (d: Date) => String(cstParts(d).year);
const iso = (d: Date | undefined) => d && isoDateTimeCst(d);
/** Parts of an entry's text, the empty ones left out. */
const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
/** A Markdown field (summary, recap, caption) as plain text; the body's text is read with the file. */
const plain = (markdown: string | undefined) => markdown && markdownToText(markdown);

/** Every published entry, in the order the site lists them. */
export function searchEntries(c: SiteContent, now: Date): SearchEntry[] {
  const names = new Map(c.categories.map((cat) => [cat.id, cat.name]));
  const name = (id: string) => names.get(id) ?? id;
  const teamName = new Map(c.teams.map((t) => [t.slug, t.data.name]));
  const newestFirst = <T extends { data: { date: Date } }>(list: T[]) =>
    [...list].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  return [
    ...sortEvents([...c.events], now).map((e) => {
      const d = e.data;
      const team = d.team ? teamName.get(d.team) : undefined;
      return {
        url: urls.event(e.slug),
        title: d.title,
        type: ui.kinds.event,
        categories: [name(d.category)],
        year: year(d.start),
        keyTerms: [...(d.tags ?? []), d.location, ...(team ? [team] : [])],
        body: joined(
          plain(d.summary),
          // Everything the page shows is found: how to sign up (where people register), who to ask.
          d.signup ?? '',
          d.contact?.name ?? '',
          d.status ? (d.statusNote ?? '') : '',
          e.text,
          plain(d.recap),
          ...(d.photos ?? []).map((p) => plain(p.caption ?? p.alt)),
        ),
        meta: {
          date: formatEventTime(d.start, d.end),
          start: iso(d.start),
          end: iso(d.end),
          deadline: iso(d.deadline),
          status: d.status,
        },
      };
    }),
    ...newestFirst(c.stories).map((s) => {
      const d = s.data;
      return {
        url: urls.story(s.slug),
        title: d.title,
        type: ui.kinds.story,
        categories: [name(d.category)],
        year: year(d.date),
        keyTerms: [d.subject, ...(d.honor ? [d.honor] : []), ...(d.tags ?? [])],
        body: joined(plain(d.summary), s.text),
        meta: { date: formatDate(d.date) },
      };
    }),
    ...newestFirst(c.articles).map((a) => {
      const d = a.data;
      return {
        url: urls.article(a.slug),
        title: d.title,
        type: ui.kinds.article,
        categories: [name(d.category)],
        year: year(d.date),
        keyTerms: [...(d.tags ?? []), ...(d.source ? [d.source] : []), ...(d.reviewed ? [d.reviewed] : [])],
        body: joined(plain(d.summary), a.text),
        meta: { date: formatDate(d.date) },
      };
    }),
    ...[...c.teams]
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'))
      .map((t) => ({
        url: urls.team(t.slug),
        title: t.data.name,
        type: ui.search.types.team,
        categories: (t.data.categories ?? []).map(name),
        keyTerms: [...(t.data.leader ? [t.data.leader] : [])],
        body: t.text,
        meta: {},
      })),
    ...[...c.pages]
      .sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99))
      .map((p) => ({
        url: urls.page(p.slug),
        title: p.data.title,
        type: ui.search.types.page,
        categories: [],
        keyTerms: [],
        body: p.text,
        meta: {},
      })),
  ];
}

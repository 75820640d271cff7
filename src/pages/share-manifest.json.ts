/**
 * What each share picture shows, in the site's own words and formats: read and removed after the
 * build by scripts/share-images.mjs, which draws the pictures. Status words that change with the
 * clock (报名中, 已结束) stay off the pictures; only an editor's 已取消 / 已延期 is drawn.
 */
import type { APIRoute } from 'astro';
import type { ShareEntry, ShareSite } from '../lib/share-card';
import { ui } from '../i18n/zh-CN';
import { statusLabels } from '../i18n/zh-CN-status';
import { eventStatus } from '../lib/status';
import { formatEventTime, formatMonthDay, formatTime, formatWeekday } from '../lib/format';
import { isPhoto, sharePhotoOf } from '../lib/share';
import { eventContact } from '../lib/contact';
import { absolute, urls } from '../lib/urls';
import { buildNow, categoryNames, getArticles, getEvents, getSite, getStories, summaryOf } from '../lib/site-data';

const p = ui.pictures;

export const GET: APIRoute = async () => {
  const [site, names, events, stories, articles] = await Promise.all([
    getSite(),
    categoryNames(),
    getEvents(),
    getStories(),
    getArticles(),
  ]);
  const base = (
    kind: 'event' | 'story' | 'article',
    e: (typeof events)[number] | (typeof stories)[number] | (typeof articles)[number],
  ) => {
    const page = urls.card(kind, e.id);
    return {
      page,
      url: absolute(site.url, page),
      eyebrow: p.eyebrow(ui.kinds[kind], names.get(e.data.category) ?? e.data.category),
      title: e.data.title,
      photo: isPhoto(e.data.cover) ? e.data.cover : undefined,
    };
  };
  const pages: ShareEntry[] = [
    ...events.map((e) => {
      const d = e.data;
      // An activity's recap photos make a better share picture than a drawn card.
      const photo = sharePhotoOf(d.cover, d.photos);
      // Called off, moved or over when the site is built: the state comes first, and nothing asks
      // people to sign up (the pictures are drawn again on the daily rebuild).
      const status = eventStatus(d, buildNow());
      const invites = status === 'open' || status === 'ongoing';
      const shown = status === 'cancelled' || status === 'postponed' || status === 'ended';
      const contact = eventContact(d, site);
      return {
        ...base('event', e),
        photo,
        when: p.when(formatMonthDay(d.start), formatWeekday(d.start), formatTime(d.start)),
        facts: [
          { label: p.time, text: formatEventTime(d.start, d.end) },
          { label: p.place, text: d.location },
          ...(d.signup && invites ? [{ label: p.signup, text: d.signup }] : []),
          { label: p.phone, text: `${contact.name} ${contact.phone}` },
        ],
        poster: true,
        invites,
        state: shown ? { label: statusLabels[status], note: d.status ? d.statusNote : undefined } : undefined,
      };
    }),
    ...stories.map((s) => ({
      ...base('story', s),
      facts: [
        { label: p.subject, text: s.data.subject },
        ...(s.data.honor ? [{ label: p.honor, text: s.data.honor }] : []),
      ],
      summary: summaryOf(s),
      poster: false,
    })),
    ...articles.map((a) => ({ ...base('article', a), facts: [], summary: summaryOf(a), poster: true })),
  ];
  const shareSite: ShareSite = {
    name: site.name,
    community: site.community,
    description: site.description,
    scan: p.scan,
    scanHint: p.scanHint,
    scanHintNoSignup: p.scanHintNoSignup,
  };
  return new Response(JSON.stringify({ site: shareSite, pages }), {
    headers: { 'Content-Type': 'application/json' },
  });
};

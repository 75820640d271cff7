/**
 * What each share picture shows, in the site's own words and formats, worked out from the content
 * as the build reads it: src/integrations/share-pictures.ts draws them. Status words that change
 * with the clock (报名中, 已结束) stay off the pictures; only an editor's 已取消 / 已延期 is drawn.
 */
import type { SiteContent } from '../content/repository';
import type { ShareEntry, ShareSite } from './share-card';
import { ui } from '../i18n/zh-CN';
import { statusLabels } from '../i18n/zh-CN-status';
import { eventStatus } from './status';
import { formatEventTime, formatMonthDay, formatTime, formatWeekday } from './format';
import { isPhoto, sharePhotoOf } from './share';
import { eventContact } from './contact';
import { platformLine } from './platform';
import { absolute, urls } from './urls';

const p = ui.pictures;

/** The entry's summary, or the start of its body. */
const summaryOf = (e: { data: { summary?: string | undefined }; excerpt: string }) => e.data.summary ?? e.excerpt;

/** Every share picture's content: the site's card, and each entry's card and 分享海报. */
export function sharePlan(content: SiteContent, now: Date): { site: ShareSite; pages: ShareEntry[] } {
  const { site, events, stories, articles } = content;
  const names = new Map(content.categories.map((c) => [c.id, c.name]));
  const base = (
    kind: 'event' | 'story' | 'article',
    e: (typeof events)[number] | (typeof stories)[number] | (typeof articles)[number],
  ) => {
    const page = urls.card(kind, e.slug);
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
      const status = eventStatus(d, now);
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
          ...(d.platform && invites ? [{ label: ui.facts.platform, text: platformLine(d.platform) }] : []),
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
  return { site: shareSite, pages };
}

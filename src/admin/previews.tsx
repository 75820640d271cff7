/**
 * CMS previews: the same React components and the same Markdown renderer as the site's pages, so
 * what an editor sees while writing is what residents will read.
 */
import type { ReactNode } from 'react';
import { ArticleFacts, EventFacts, StoryFacts, TeamFacts, type Contact } from '../components/detail/Facts';
import { Cover, EntryBody } from '../components/detail/Body';
import { ui } from '../i18n/zh-CN';
import { renderMarkdown } from '../lib/markdown';
import { parseCstDateTime } from '../lib/time';
import { freshUpload } from './fresh-uploads';
import { normalized } from '../content/fields';
import { eventContact } from '../lib/contact';

/** Category and team names (from /admin/names.json), so the preview names them as the site does. */
export const names: {
  site: string;
  /** The site's phone: the office answers for an activity that names no contact (eventContact). */
  phone: string;
  categories: Record<string, string>;
  teams: Record<string, string>;
  /** Category id → the entries that use it (names.json). */
  categoryUse: Record<string, string[]>;
} = {
  site: '',
  phone: '',
  categories: {},
  teams: {},
  categoryUse: {},
};

interface ImmutableLike {
  getIn(path: string[]): unknown;
  toJS?: () => unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  getAsset: (path: string) => { toString(): string };
}

function reader({ entry, getAsset }: PreviewProps) {
  const raw = (key: string) => entry.getIn(['data', key]);
  const text = (key: string) => {
    const v = raw(key);
    return v === undefined || v === null || v === '' ? undefined : String(v);
  };
  const date = (key: string) => {
    const v = text(key);
    return v ? (parseCstDateTime(v) ?? undefined) : undefined;
  };
  const num = (key: string) => (typeof raw(key) === 'number' ? (raw(key) as number) : undefined);
  const contact = (): Contact | undefined => {
    const c = raw('contact') as ImmutableLike | undefined;
    const name = c?.getIn(['name']);
    const phone = c?.getIn(['phone']);
    return name && phone ? { name: String(name), phone: normalized(String(phone)) } : undefined;
  };
  /** A list field as a plain array (the form holds an Immutable list), or undefined. */
  const array = (key: string): unknown[] | undefined => {
    const v = raw(key) as { toJS?: () => unknown } | undefined;
    const arr = v?.toJS ? v.toJS() : v;
    return Array.isArray(arr) ? arr : undefined;
  };
  const list = (key: string) => array(key)?.map(String);
  /** An image path as the preview can show it: a fresh upload, or the site's file. */
  const asset = (path: string | undefined) => (path ? (freshUpload(path) ?? getAsset(path).toString()) : undefined);
  /** A list of small forms (an activity's photos), as plain objects. */
  const items = (key: string) => (array(key) ?? []) as Record<string, unknown>[];
  /** A volunteer platform, once it has a name. */
  const platform = () => {
    const p = raw('platform') as ImmutableLike | undefined;
    const part = (key: string) => {
      const v = p?.getIn([key]);
      return v === undefined || v === null || v === '' ? undefined : String(v);
    };
    const name = part('name');
    return name ? { name, url: part('url'), qr: asset(part('qr')) } : undefined;
  };
  return {
    platform,
    text,
    date,
    num,
    contact,
    list,
    asset,
    items,
    coverUrl: asset(text('cover')),
    html: renderMarkdown(text('body') ?? ''),
  };
}

/** What every preview shows around its facts, read from the form. */
const around = (r: ReturnType<typeof reader>) => ({
  title: r.text('title'),
  category: r.text('category'),
  coverUrl: r.coverUrl,
  coverAlt: r.text('coverAlt'),
  html: r.html,
});

/**
 * The saved entry's 复制到公众号 page (src/pages/admin/wechat/), opened beside the CMS; a new
 * entry has none until it is published and the site is built.
 */
function WechatLink({ section, entry }: { section: 'events' | 'stories' | 'articles'; entry: ImmutableLike }) {
  const slug = entry.getIn(['slug']);
  if (typeof slug !== 'string' || !slug) return null;
  return (
    <p className="preview-wechat">
      <a href={`/admin/wechat/${section}/${slug}/`} target="_blank" rel="noopener">
        {ui.wechat.open}
      </a>
      {ui.wechat.openHint}
    </p>
  );
}

function Page({
  title,
  category,
  facts,
  coverUrl,
  coverAlt,
  html,
  top,
}: {
  title: string | undefined;
  category?: string | undefined;
  facts: ReactNode;
  coverUrl?: string | undefined;
  coverAlt?: string | undefined;
  html: string;
  /** Above the page, for editors only (复制到公众号). */
  top?: ReactNode;
}) {
  return (
    <main className="container" style={{ paddingBlock: '1.5rem' }}>
      {top}
      <article>
        {category && <p className="muted preview-category">{names.categories[category] ?? category}</p>}
        <h1>{title}</h1>
        {facts}
        <Cover photo={coverUrl ? { src: coverUrl } : undefined} alt={coverAlt} />
        <EntryBody html={html} />
      </article>
    </main>
  );
}

export function EventPreview(props: PreviewProps) {
  const r = reader(props);
  const start = r.date('start');
  const end = r.date('end');
  const team = r.text('team');
  // Never show an impossible range such as 09:00–08:00: say what is wrong instead.
  const endBeforeStart = Boolean(start && end && end < start);
  const facts = start ? (
    <>
      {endBeforeStart && <p className="preview-warning">{ui.admin.previewEndBeforeStart}</p>}
      <EventFacts
        start={start}
        end={endBeforeStart ? undefined : end}
        deadline={r.date('deadline')}
        location={r.text('location') ?? ''}
        team={team ? { name: names.teams[team] ?? team } : undefined}
        volunteers={r.num('volunteers')}
        signup={r.text('signup')}
        contact={eventContact({ contact: r.contact() }, names)}
        platform={r.platform()}
      />
    </>
  ) : (
    <p>{ui.admin.previewNeedsStart}</p>
  );
  return (
    <Page
      {...around(r)}
      top={<WechatLink section="events" entry={props.entry} />}
      facts={
        <>
          {recap(r)}
          {facts}
        </>
      }
    />
  );
}

/** An activity's recap and photos, as the page shows them once the activity is over. */
function recap(r: ReturnType<typeof reader>) {
  const text = r.text('recap');
  const photos = r.items('photos').filter((p) => typeof p.image === 'string' && p.image);
  if (!text && photos.length === 0) return null;
  return (
    <section className="recap">
      <h2>{ui.recap.heading}</h2>
      {text && <EntryBody html={renderMarkdown(text)} />}
      {photos.length > 0 && (
        <ul className="preview-photos">
          {photos.map((p, i) => (
            <li key={i}>
              <img src={r.asset(String(p.image))} alt={String(p.alt ?? '')} />
              {typeof p.caption === 'string' && p.caption && <span>{p.caption}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function StoryPreview(props: PreviewProps) {
  const r = reader(props);
  const team = r.text('team');
  const facts = (
    <StoryFacts
      subject={r.text('subject') ?? ''}
      honor={r.text('honor')}
      date={r.date('date') ?? new Date()}
      team={team ? { name: names.teams[team] ?? team } : undefined}
      portrait={
        r.text('portrait')
          ? { photo: { src: r.asset(r.text('portrait'))! }, alt: r.text('portraitAlt') ?? '' }
          : undefined
      }
    />
  );
  return <Page {...around(r)} facts={facts} top={<WechatLink section="stories" entry={props.entry} />} />;
}

export function ArticlePreview(props: PreviewProps) {
  const r = reader(props);
  const facts = (
    <ArticleFacts source={r.text('source')} reviewed={r.text('reviewed')} date={r.date('date') ?? new Date()} />
  );
  return <Page {...around(r)} facts={facts} top={<WechatLink section="articles" entry={props.entry} />} />;
}

export function TeamPreview(props: PreviewProps) {
  const r = reader(props);
  const name = r.text('name') ?? '';
  const facts = (
    <TeamFacts
      name={name}
      areas={r.list('categories')}
      leader={r.text('leader')}
      members={r.num('members')}
      founded={r.date('founded')}
      contact={r.contact()}
    />
  );
  return <Page title={name} facts={facts} html={r.html} />;
}

export function PagePreview(props: PreviewProps) {
  const r = reader(props);
  return <Page title={r.text('title')} facts={null} html={r.html} />;
}

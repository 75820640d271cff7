/**
 * The key-facts blocks at the top of detail pages. Plain React rendered at build time (no client
 * JS), taking plain values, so the CMS preview can render the same markup from a form's data.
 */
import type { ReactNode } from 'react';
import { ui } from '../../i18n/zh-CN';
import { eventTimeParts, formatDate, formatDateTime, telHref } from '../../lib/format';
import { isoDateCst, isoDateTimeCst } from '../../lib/time';
import type { Contact } from '../../lib/contact';
import { Picture, type PictureData } from './Body';

export interface Fact {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/**
 * A definition list of facts. Falsy items (a field the entry does not have) are skipped, so
 * callers can write `x && {…}`.
 */
export function FactList({ facts, label }: { facts: (Fact | false | '' | 0 | null | undefined)[]; label: string }) {
  const rows = facts.filter((f): f is Fact => Boolean(f));
  return (
    <section className="facts" aria-label={label}>
      <dl>
        {rows.map((f) => (
          <div key={f.key} className={`fact fact-${f.key}`}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Pieces of a value a line may break between, but never inside. */
export function Unbreakable({ parts }: { parts: string[] }) {
  return parts.map((part, i) =>
    part.trim() ? (
      <span key={i} className="nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

export type { Contact };

/** A contact as a big tap-to-call link. */
export function CallLink({ contact }: { contact: Contact }) {
  return (
    <a className="call" href={telHref(contact.phone)} aria-label={`${ui.facts.call(contact.name)}：${contact.phone}`}>
      <span aria-hidden="true">☎</span> {contact.name} <span className="nowrap">{contact.phone}</span>
    </a>
  );
}

export interface EventFactsProps {
  start: Date;
  end?: Date | undefined;
  deadline?: Date | undefined;
  location: string;
  team?: { name: string; href?: string } | undefined;
  volunteers?: number | undefined;
  signup?: string | undefined;
  contact?: Contact | undefined;
  /** Where volunteers also sign up and get their hours: the platform's name, its page, its QR code. */
  platform?: { name: string; url?: string | undefined; qr?: string | undefined } | undefined;
}

export function EventFacts(p: EventFactsProps) {
  const f = ui.facts;
  return (
    <FactList
      label={f.label}
      facts={[
        {
          key: 'time',
          label: f.time,
          value: (
            <time dateTime={isoDateTimeCst(p.start)}>
              <Unbreakable parts={eventTimeParts(p.start, p.end)} />
            </time>
          ),
        },
        { key: 'location', label: f.location, value: p.location },
        p.deadline && {
          key: 'deadline',
          label: f.deadline,
          value: <time dateTime={isoDateTimeCst(p.deadline)}>{formatDateTime(p.deadline)}</time>,
        },
        p.team && {
          key: 'team',
          label: f.team,
          value: p.team.href ? <a href={p.team.href}>{p.team.name}</a> : p.team.name,
        },
        p.volunteers !== undefined && {
          key: 'volunteers',
          label: f.volunteers,
          value: <span className="nowrap">{f.volunteersValue(p.volunteers)}</span>,
        },
        p.signup && { key: 'signup', label: f.signup, value: p.signup },
        p.contact && {
          key: 'contact',
          // Which label shows follows the activity's state (detail.css).
          label: (
            <>
              <span className="label-signup">{f.contact}</span>
              <span className="label-enquiry">{f.enquiry}</span>
            </>
          ),
          value: <CallLink contact={p.contact} />,
        },
        p.platform && {
          key: 'platform',
          label: f.platform,
          value: (
            <>
              {p.platform.url ? (
                <a href={p.platform.url}>{f.platformCall(p.platform.name)}</a>
              ) : (
                f.platformCall(p.platform.name)
              )}
              {p.platform.qr && (
                <img
                  className="platform-qr"
                  src={p.platform.qr}
                  alt={f.platformQr(p.platform.name)}
                  width={128}
                  height={128}
                  loading="lazy"
                />
              )}
            </>
          ),
        },
      ]}
    />
  );
}

export interface StoryFactsProps {
  subject: string;
  honor?: string | undefined;
  date: Date;
  team?: { name: string; href?: string } | undefined;
  /** The person's (or group's) photo, beside their name and honor. */
  portrait?: { photo: PictureData; alt: string } | undefined;
}

export function StoryFacts(p: StoryFactsProps) {
  const f = ui.facts;
  const list = (
    <FactList
      label={ui.kinds.story}
      facts={[
        { key: 'subject', label: f.subject, value: p.subject },
        p.honor && { key: 'honor', label: f.honor, value: p.honor },
        p.team && {
          key: 'team',
          label: f.team,
          value: p.team.href ? <a href={p.team.href}>{p.team.name}</a> : p.team.name,
        },
        { key: 'date', label: f.published, value: <time dateTime={isoDateCst(p.date)}>{formatDate(p.date)}</time> },
      ]}
    />
  );
  if (!p.portrait) return list;
  return (
    <div className="with-portrait">
      <Picture className="portrait" photo={p.portrait.photo} alt={p.portrait.alt} sizes="8rem" />
      {list}
    </div>
  );
}

export interface ArticleFactsProps {
  source?: string | undefined;
  reviewed?: string | undefined;
  date: Date;
}

export function ArticleFacts(p: ArticleFactsProps) {
  const f = ui.facts;
  return (
    <FactList
      label={ui.kinds.article}
      facts={[
        p.source && { key: 'source', label: f.source, value: p.source },
        p.reviewed && { key: 'reviewed', label: f.reviewed, value: p.reviewed },
        { key: 'date', label: f.published, value: <time dateTime={isoDateCst(p.date)}>{formatDate(p.date)}</time> },
      ]}
    />
  );
}

export interface TeamFactsProps {
  name: string;
  /** Names of the categories the team works in. */
  areas?: string[] | undefined;
  leader?: string | undefined;
  members?: number | undefined;
  founded?: Date | undefined;
  contact?: Contact | undefined;
}

export function TeamFacts(p: TeamFactsProps) {
  const f = ui.facts;
  return (
    <FactList
      label={p.name}
      facts={[
        p.areas?.length ? { key: 'areas', label: f.areas, value: p.areas.join(ui.listSeparator) } : undefined,
        p.leader && { key: 'leader', label: f.leader, value: p.leader },
        p.members !== undefined && {
          key: 'members',
          label: f.members,
          value: <span className="nowrap">{f.membersValue(p.members)}</span>,
        },
        p.founded && {
          key: 'founded',
          label: f.founded,
          value: <time dateTime={isoDateCst(p.founded)}>{formatDate(p.founded)}</time>,
        },
        p.contact && { key: 'contact', label: f.contact, value: <CallLink contact={p.contact} /> },
      ]}
    />
  );
}

/**
 * Calendar files (SPEC §4): `/events/<slug>.ics` for one activity and `/calendar.ics` for all.
 * Times are written in UTC, which every calendar app converts to the phone's zone, so an activity
 * at 09:00 Beijing time shows at 09:00 on a phone in China whatever the build machine's zone.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { statusLabels } from '../i18n/zh-CN-status';
import { ui } from '../i18n/zh-CN';
import type { EventTimes } from './status';
import { endOfCstDay } from './time';
import { absolute, urls } from './urls';

/** How long an activity without an end time blocks in a calendar (never past its own day). */
export const DEFAULT_LENGTH_MS = 2 * 60 * 60 * 1000;

/** The end a calendar shows: the activity's own, or two hours on, cut at the end of its day. */
export function calendarEnd(e: EventTimes): Date {
  if (e.end) return e.end;
  return new Date(Math.min(e.start.getTime() + DEFAULT_LENGTH_MS, endOfCstDay(e.start).getTime()));
}

export interface CalendarEvent extends EventTimes {
  slug: string;
  title: string;
  location: string;
  /** Absolute address of the activity's page. */
  url: string;
  /** When it was published: a fixed DTSTAMP keeps the file the same from build to build. */
  date: Date;
  summary?: string | undefined;
  signup?: string | undefined;
  /** Why it was cancelled or moved: the first line of the description. */
  statusNote?: string | undefined;
}

export interface CalendarSite {
  name: string;
  /** `https://host`: the UIDs are `<slug>@host`, stable for as long as the slug is. */
  url: string;
}

/** A stable identifier, so importing the file twice updates one entry instead of adding another. */
export function eventUid(slug: string, site: CalendarSite): string {
  return `${slug}@${new URL(site.url).host}`;
}

export function calendarFile(events: readonly CalendarEvent[], site: CalendarSite, name = site.name): string {
  const cal = ical({
    name,
    prodId: { company: 'linli', product: 'linli', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    // A hint for apps that show the calendar's own zone; the times themselves are UTC.
    timezone: null,
    url: site.url,
    ttl: 60 * 60 * 6,
  });
  cal.x([{ key: 'X-WR-TIMEZONE', value: 'Asia/Shanghai' }]);
  for (const e of events) {
    const label = e.status ? `【${statusLabels[e.status]}】` : '';
    const description = [
      e.status && e.statusNote,
      e.summary,
      e.signup && `${ui.facts.signup}：${e.signup}`,
      `${ui.calendar.details}：${e.url}`,
    ].filter(Boolean);
    const event = cal.createEvent({
      id: eventUid(e.slug, site),
      start: e.start,
      end: calendarEnd(e),
      stamp: e.date,
      summary: `${label}${e.title}`,
      location: e.location,
      description: description.join('\n'),
      url: e.url,
      status:
        e.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : e.status === 'postponed'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
    });
    // A reminder the day before leaves time to arrange the trip; cancelled ones need none.
    if (e.status !== 'cancelled') event.createAlarm({ type: ICalAlarmType.display, trigger: 24 * 60 * 60 });
  }
  return cal.toString();
}

/** What a calendar shows of an activity: the page (site-data.ts) and the build's files agree by this. */
export function calendarEventOf(
  slug: string,
  d: Omit<CalendarEvent, 'slug' | 'url' | 'summary'> & { summary?: string | undefined },
  excerpt: string,
  site: { url: string },
): CalendarEvent {
  return {
    slug,
    title: d.title,
    start: d.start,
    end: d.end,
    status: d.status,
    statusNote: d.status ? d.statusNote : undefined,
    location: d.location,
    url: absolute(site.url, urls.event(slug)),
    date: d.date,
    summary: d.summary ?? excerpt,
    signup: d.signup,
  };
}

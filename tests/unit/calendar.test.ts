import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { inTimeZone } from '../helpers/tz';
import { calendarEnd, calendarFile, type CalendarEvent } from '../../src/lib/calendar';
import { parseCstDateTime } from '../../src/lib/time';

const t = (s: string) => parseCstDateTime(s)!;
const site = { name: '测试站', url: 'https://linli.example.cn' };
const event = (slug: string, extra: Partial<CalendarEvent>): CalendarEvent => ({
  slug,
  title: slug,
  start: t('2027-03-05 09:00'),
  location: '社区广场',
  url: `https://linli.example.cn/events/${slug}/`,
  date: t('2027-02-20'),
  ...extra,
});

/** The VEVENTs of a file, as a real iCalendar parser reads them. */
function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
    .map((e) => ({
      uid: e.uid,
      summary: e.summary,
      location: e.location,
      start: e.startDate.toJSDate(),
      end: e.endDate.toJSDate(),
      status: e.component.getFirstPropertyValue('status'),
      url: e.component.getFirstPropertyValue('url'),
    }));
}

describe('calendarEnd', () => {
  it('is the end when there is one, else two hours on, never past the start day', () => {
    expect(calendarEnd({ start: t('2027-03-05 09:00'), end: t('2027-03-05 11:30') })).toEqual(t('2027-03-05 11:30'));
    expect(calendarEnd({ start: t('2027-03-05 09:00') })).toEqual(t('2027-03-05 11:00'));
    expect(calendarEnd({ start: t('2027-03-05 23:00') }).getTime()).toBe(t('2027-03-06 00:00').getTime() - 1);
  });
});

describe('calendarFile', () => {
  it('writes Beijing times a calendar app reads back exactly, whatever the build machine zone', () => {
    const text = inTimeZone('America/New_York', () =>
      calendarFile(
        [
          event('kuanian', { start: t('2026-12-31 20:00'), end: t('2027-01-01 00:30') }),
          event('no-end', { start: t('2027-01-30 09:00') }),
          event('called-off', { status: 'cancelled' }),
          event('moved', { status: 'postponed' }),
        ],
        site,
      ),
    );
    const [kuanian, noEnd, off, moved] = parse(text);
    expect(kuanian!.start).toEqual(t('2026-12-31 20:00'));
    expect(kuanian!.end).toEqual(t('2027-01-01 00:30'));
    expect(noEnd!.end).toEqual(t('2027-01-30 11:00'));
    expect(off!.status).toBe('CANCELLED');
    expect(off!.summary).toBe('【已取消】called-off');
    expect(moved!.status).toBe('TENTATIVE');
    expect(kuanian!.status).toBe('CONFIRMED');
    expect(kuanian!.uid).toBe('kuanian@linli.example.cn');
    expect(kuanian!.url).toBe('https://linli.example.cn/events/kuanian/');
  });
  it('is the same file from one build to the next', () => {
    const events = [event('a', { summary: '说明', signup: '电话报名' })];
    expect(calendarFile(events, site)).toBe(calendarFile(events, site));
  });
});

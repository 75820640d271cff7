import { describe, expect, it } from 'vitest';
import { inTimeZone } from '../helpers/tz';
import { eventStatus, isUpcoming, sortEvents } from '../../src/lib/status';
import { parseCstDateTime } from '../../src/lib/time';

const t = (s: string) => parseCstDateTime(s)!;
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe('eventStatus', () => {
  const ev = { start: t('2027-03-05 09:00'), end: t('2027-03-05 11:30'), deadline: t('2027-03-03 17:00') };

  it('is open until the deadline, closed from it', () => {
    expect(eventStatus(ev, ms(ev.deadline, -1))).toBe('open');
    expect(eventStatus(ev, ev.deadline)).toBe('closed');
    expect(eventStatus(ev, ms(ev.start, -1))).toBe('closed');
  });
  it('is open until the start when there is no deadline', () => {
    const noDeadline = { start: ev.start, end: ev.end };
    expect(eventStatus(noDeadline, ms(ev.start, -1))).toBe('open');
    expect(eventStatus(noDeadline, ev.start)).toBe('ongoing');
  });
  it('is ongoing from start to end, ended after', () => {
    expect(eventStatus(ev, ev.start)).toBe('ongoing');
    expect(eventStatus(ev, ev.end)).toBe('ongoing');
    expect(eventStatus(ev, ms(ev.end, 1))).toBe('ended');
  });
  it('without an end lasts to the end of its Beijing start day', () => {
    const noEnd = { start: t('2027-03-05 19:00') };
    expect(eventStatus(noEnd, t('2027-03-05 23:59'))).toBe('ongoing');
    expect(eventStatus(noEnd, t('2027-03-06 00:00'))).toBe('ended');
  });
  it('with an end past midnight stays ongoing into the next day', () => {
    const nye = { start: t('2026-12-31 20:00'), end: t('2027-01-01 00:30') };
    expect(eventStatus(nye, t('2027-01-01 00:10'))).toBe('ongoing');
    expect(eventStatus(nye, t('2027-01-01 00:31'))).toBe('ended');
  });
  it('lets an editor cancel or postpone, whatever the time', () => {
    expect(eventStatus({ ...ev, status: 'cancelled' }, ms(ev.deadline, -1))).toBe('cancelled');
    expect(eventStatus({ ...ev, status: 'postponed' }, ms(ev.end, 1))).toBe('postponed');
  });
  it('does not depend on the machine zone', () => {
    const seen = ['UTC', 'America/New_York', 'Asia/Shanghai'].map((tz) =>
      inTimeZone(tz, () => eventStatus({ start: t('2027-03-05 19:00') }, t('2027-03-05 23:30'))),
    );
    expect(seen).toEqual(['ongoing', 'ongoing', 'ongoing']);
  });
});

describe('sortEvents', () => {
  it('puts upcoming soonest first, then past newest first', () => {
    const now = t('2027-01-10 12:00');
    const e = (id: string, start: string) => ({ id, data: { start: t(start) } });
    const sorted = sortEvents(
      [
        e('past-old', '2026-05-01 09:00'),
        e('later', '2027-05-01 09:00'),
        e('past-new', '2026-12-01 09:00'),
        e('soon', '2027-01-20 09:00'),
        e('today', '2027-01-10 08:00'),
      ],
      now,
    );
    expect(sorted.map((x) => x.id)).toEqual(['today', 'soon', 'later', 'past-new', 'past-old']);
    expect(isUpcoming({ start: t('2027-01-10 08:00') }, now)).toBe(true);
  });
});

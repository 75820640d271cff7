import { describe, expect, it } from 'vitest';
import { inTimeZone } from '../helpers/tz';
import { cstParts, endOfCstDay, isoDateTimeCst, parseCstDate, parseCstDateTime } from '../../src/lib/time';
import { formatEventTime } from '../../src/lib/format';

describe('parseCstDateTime', () => {
  it('reads the short form as Beijing time', () => {
    expect(parseCstDateTime('2027-03-05 09:00')?.toISOString()).toBe('2027-03-05T01:00:00.000Z');
  });
  it('reads a bare date as midnight in Beijing', () => {
    expect(parseCstDateTime('2027-03-05')?.toISOString()).toBe('2027-03-04T16:00:00.000Z');
    expect(parseCstDate('2027-03-05')?.toISOString()).toBe('2027-03-04T16:00:00.000Z');
  });
  it('honours an explicit offset', () => {
    expect(parseCstDateTime('2027-03-05T09:00:00+08:00')?.toISOString()).toBe('2027-03-05T01:00:00.000Z');
    expect(parseCstDateTime('2027-03-05T01:00:00Z')?.toISOString()).toBe('2027-03-05T01:00:00.000Z');
  });
  it.each(['2027-02-30 09:00', '2027-13-01', '2027-03-05 25:00', '明天上午', '2027/03/05', '', '2027-03-05 9'])(
    'rejects %j',
    (text) => {
      expect(parseCstDateTime(text)).toBeNull();
    },
  );
  it('gives the same instant whatever the machine zone', () => {
    const results = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'].map((tz) =>
      inTimeZone(tz, () => {
        const d = parseCstDateTime('2026-12-31 23:30')!;
        return [d.toISOString(), isoDateTimeCst(d), formatEventTime(d)];
      }),
    );
    expect(new Set(results.map((r) => r.join('|'))).size).toBe(1);
    expect(results[0]![1]).toBe('2026-12-31T23:30:00+08:00');
  });
});

describe('CST calendar helpers', () => {
  it('reads wall-clock parts in Beijing', () => {
    const parts = inTimeZone('America/New_York', () => cstParts(new Date('2027-03-04T16:30:00Z')));
    expect(parts).toMatchObject({ year: 2027, month: 3, day: 5, hour: 0, minute: 30, weekday: 5 });
  });
  it('ends the Beijing day at 23:59:59.999 CST', () => {
    expect(endOfCstDay(parseCstDateTime('2027-03-05 09:00')!).toISOString()).toBe('2027-03-05T15:59:59.999Z');
    expect(endOfCstDay(parseCstDateTime('2027-03-05 00:00')!).toISOString()).toBe('2027-03-05T15:59:59.999Z');
  });
});

describe('formatEventTime', () => {
  const t = (s: string) => parseCstDateTime(s)!;
  it('same day', () =>
    expect(formatEventTime(t('2027-03-05 09:00'), t('2027-03-05 11:30'))).toBe('2027年3月5日（周五）09:00–11:30'));
  it('no end', () => expect(formatEventTime(t('2027-03-05 09:00'))).toBe('2027年3月5日（周五）09:00 开始'));
  it('across midnight', () =>
    expect(formatEventTime(t('2026-12-31 20:00'), t('2027-01-01 00:30'))).toBe(
      '2026年12月31日（周四）20:00 至 2027年1月1日（周五）00:30',
    ));
});

describe('formatEventTitle', () => {
  it('puts the date first, for WeChat link cards', async () => {
    const { formatEventTitle } = await import('../../src/lib/format');
    expect(formatEventTitle(parseCstDateTime('2027-03-05 09:00')!, '学雷锋志愿服务日')).toBe(
      '3月5日（周五）学雷锋志愿服务日',
    );
  });
});

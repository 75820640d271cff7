import { describe, expect, it } from 'vitest';
import { durationHours, recordBook, recordRow, totalsOf, yearTotals, type RecordSource } from '../../src/lib/records';
import { parseCstDateTime } from '../../src/lib/time';

const at = (s: string) => parseCstDateTime(s)!;
const NOW = at('2027-12-20 12:00');
const activity = (slug: string, start: string, end: string | undefined, more: Partial<RecordSource> = {}) =>
  ({
    slug,
    title: slug,
    start: at(start),
    end: end ? at(end) : undefined,
    location: '活动室',
    category: '助老助残',
    photos: 0,
    ...more,
  }) satisfies RecordSource;

describe('an activity’s length and its row in the 台账', () => {
  it('counts hours from start to end, across midnight, to one decimal; unknown without an end', () => {
    expect(durationHours({ start: at('2027-03-05 09:00'), end: at('2027-03-05 11:30') })).toBe(2.5);
    expect(durationHours({ start: at('2027-12-31 20:00'), end: at('2028-01-01 00:30') })).toBe(4.5);
    expect(durationHours({ start: at('2027-03-05 09:00'), end: at('2027-03-05 09:20') })).toBe(0.3);
    expect(durationHours({ start: at('2027-03-05 09:00') })).toBeUndefined();
  });

  it('takes the hours written over the activity’s length, and multiplies by the volunteers', () => {
    const row = recordRow(activity('a', '2027-03-05 09:00', '2027-03-05 11:30', { record: { volunteers: 12 } }));
    expect([row.hours, row.hoursFromTimes, row.totalHours]).toEqual([2.5, true, 30]);
    const written = recordRow(
      activity('b', '2027-03-05 09:00', '2027-03-05 11:30', { record: { volunteers: 3, hours: 1.5 } }),
    );
    expect([written.hours, written.hoursFromTimes, written.totalHours]).toEqual([1.5, false, 4.5]);
  });

  it('says what an ended activity’s record lacks', () => {
    expect(recordRow(activity('a', '2027-03-05 09:00', undefined)).gaps).toEqual([
      'counts',
      'hours',
      'photos',
      'report',
    ]);
    const done = activity('b', '2027-03-05 09:00', undefined, {
      photos: 2,
      record: { volunteers: 5, served: 30, hours: 2, reportedOn: at('2027-03-06 00:00') },
    });
    expect(recordRow(done).gaps).toEqual([]);
  });
});

describe('the 台账 of a year', () => {
  const events: RecordSource[] = [
    activity('jan', '2027-01-16 09:30', '2027-01-16 11:00', {
      team: '法治之音',
      teamSlug: 'fazhi',
      category: '法律服务',
      photos: 3,
      record: { volunteers: 6, served: 40, reportedOn: at('2027-01-17 00:00') },
    }),
    activity('jan-2', '2027-01-30 09:00', undefined, { record: { volunteers: 15, served: 100, hours: 3 } }),
    activity('mar', '2027-03-05 09:00', '2027-03-05 11:30', {
      team: '银发先锋',
      teamSlug: 'yinfa',
      photos: 4,
      record: { volunteers: 40, served: 200, hours: 2.3 },
    }),
    activity('mar-nothing', '2027-03-20 09:00', '2027-03-20 10:00', { team: '银发先锋', teamSlug: 'yinfa' }),
    activity('cancelled', '2027-04-01 09:00', '2027-04-01 10:00', { status: 'cancelled', record: { volunteers: 9 } }),
    activity('postponed', '2027-04-02 09:00', '2027-04-02 10:00', { status: 'postponed', record: { volunteers: 9 } }),
    activity('midnight', '2027-12-19 20:00', '2027-12-20 00:30', {
      team: '银发先锋',
      teamSlug: 'yinfa',
      record: { volunteers: 18, served: 60 },
    }),
    activity('tomorrow', '2027-12-21 09:00', '2027-12-21 10:00', { record: { volunteers: 99 } }),
    activity('last-year', '2026-11-09 14:30', '2026-11-09 16:30', { record: { volunteers: 16, served: 80 } }),
  ];
  const book = recordBook(events, NOW, '社区');

  it('holds what took place, newest year first, each month in order; never cancelled, postponed or coming ones', () => {
    expect(book.map((y) => y.year)).toEqual([2027, 2026]);
    expect(book[0]!.months.map((m) => [m.month, m.rows.map((r) => r.slug)])).toEqual([
      [1, ['jan', 'jan-2']],
      [3, ['mar', 'mar-nothing']],
      [12, ['midnight']],
    ]);
  });

  it('adds up to the numbers worked out by hand', () => {
    // jan 6 × 1.5 = 9; jan-2 15 × 3 = 45; mar 40 × 2.3 = 92; midnight 18 × 4.5 = 81.
    expect(book[0]!.total).toEqual({
      activities: 5,
      volunteers: 79,
      served: 400,
      hours: 227,
      photos: 7,
      incomplete: 4,
    });
    expect(book[0]!.months.map((m) => m.total.hours)).toEqual([54, 92, 81]);
    expect(book[0]!.byTeam).toEqual([
      { name: '银发先锋', total: { activities: 3, volunteers: 58, served: 260, hours: 173, photos: 4, incomplete: 3 } },
      { name: '法治之音', total: { activities: 1, volunteers: 6, served: 40, hours: 9, photos: 3, incomplete: 0 } },
      { name: '社区', total: { activities: 1, volunteers: 15, served: 100, hours: 45, photos: 0, incomplete: 1 } },
    ]);
    expect(book[0]!.byCategory.map((g) => [g.name, g.total.activities])).toEqual([
      ['助老助残', 4],
      ['法律服务', 1],
    ]);
    expect(yearTotals(book, 2027, 'yinfa').hours).toBe(173);
    expect(yearTotals(book, 2025).activities).toBe(0);
  });

  it('adds tenths of hours without drift', () => {
    const rows = [0.1, 0.2, 0.4].map((hours, i) =>
      recordRow(activity(`x${i}`, '2027-05-01 09:00', undefined, { record: { volunteers: 1, hours } })),
    );
    expect(totalsOf(rows).hours).toBe(0.7);
  });
});

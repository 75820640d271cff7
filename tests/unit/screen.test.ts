import sharp from 'sharp';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { inTimeZone } from '../helpers/tz';
import { qrShape } from '../../src/lib/qr';
import {
  burnInOffset,
  isNight,
  liveNotice,
  liveSlides,
  rotation,
  wakeTime,
  type ScreenSlide,
} from '../../src/lib/screen';
import { scheduleGroups } from '../../src/lib/schedule';
import { parseCstDateTime } from '../../src/lib/time';

const t = (s: string) => parseCstDateTime(s)!;

describe('wakeTime', () => {
  it('is the end of the dark hours, or of the default ones when the setting is unreadable', () => {
    expect(wakeTime('22:00-06:00')).toBe('06:00');
    expect(wakeTime('23:30-07:15')).toBe('07:15');
    expect(wakeTime('夜里')).toBe('06:00');
  });
});

describe('isNight', () => {
  it('spans midnight in Beijing time, whatever the machine zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Shanghai']) {
      inTimeZone(tz, () => {
        expect(isNight('22:00-06:30', t('2026-11-29 21:59'))).toBe(false);
        expect(isNight('22:00-06:30', t('2026-11-29 22:00'))).toBe(true);
        expect(isNight('22:00-06:30', t('2026-11-30 03:00'))).toBe(true);
        expect(isNight('22:00-06:30', t('2026-11-30 06:29'))).toBe(true);
        expect(isNight('22:00-06:30', t('2026-11-30 06:30'))).toBe(false);
      });
    }
  });
  it('takes a span within one day, and the default for a broken setting', () => {
    expect(isNight('01:00-05:00', t('2026-11-30 00:30'))).toBe(false);
    expect(isNight('01:00-05:00', t('2026-11-30 01:30'))).toBe(true);
    expect(isNight('late', t('2026-11-30 23:00'))).toBe(true);
    expect(isNight('late', t('2026-11-30 12:00'))).toBe(false);
  });
});

describe('the rotation', () => {
  const slide = (title: string, start?: string, end?: string): ScreenSlide => ({
    kind: start ? 'event' : 'story',
    title,
    url: 'https://x.cn/',
    qr: { size: 21, path: '' },
    summary: '',
    ...(start && {
      event: { start: t(start).toISOString(), end: end && t(end).toISOString(), location: '', phone: '' },
    }),
  });
  it('drops activities that are over by now and keeps the rest', () => {
    const slides = [
      slide('上午', '2026-11-29 09:00', '2026-11-29 11:00'),
      slide('无结束', '2026-11-29 09:00'),
      slide('典型'),
    ];
    expect(liveSlides(slides, t('2026-11-29 12:00')).map((s) => s.title)).toEqual(['无结束', '典型']);
    expect(liveSlides(slides, t('2026-11-30 00:00')).map((s) => s.title)).toEqual(['典型']);
  });
  it('puts a notice first and again after every two slides', () => {
    expect(rotation(['a', 'b', 'c', 'd', 'e'], 'N')).toEqual(['N', 'a', 'b', 'N', 'c', 'd', 'N', 'e']);
    expect(rotation([], 'N')).toEqual(['N']);
    expect(rotation(['a', 'b'], undefined)).toEqual(['a', 'b']);
  });
  it('shows a notice until its end, and never an empty one', () => {
    const notice = { text: '停水', until: t('2026-12-03 17:00').toISOString() };
    expect(liveNotice(notice, t('2026-12-03 16:59'))).toBe(notice);
    expect(liveNotice(notice, t('2026-12-03 17:01'))).toBeUndefined();
    expect(liveNotice({ text: '  ' }, t('2026-12-03 12:00'))).toBeUndefined();
    expect(liveNotice({ text: '常驻' }, t('2030-01-01 12:00'))).toEqual({ text: '常驻' });
  });
  it('drifts a few pixels and comes back', () => {
    const steps = Array.from({ length: 9 }, (_, i) => burnInOffset(i));
    expect(new Set(steps.map((s) => `${s.x},${s.y}`)).size).toBe(8);
    expect(steps[8]).toEqual(steps[0]);
    expect(Math.max(...steps.flatMap((s) => [Math.abs(s.x), Math.abs(s.y)]))).toBeLessThanOrEqual(8);
  });
});

describe('the schedule sheet', () => {
  const e = (id: string, start: string, end?: string) => ({
    id,
    data: { start: t(start), end: end ? t(end) : undefined },
  });
  it('splits the coming week from the rest of the month and leaves out what is over or further off', () => {
    const now = t('2026-11-29 12:00');
    const groups = scheduleGroups(
      [
        e('over', '2026-11-29 08:00', '2026-11-29 11:00'),
        e('today-later', '2026-11-29 14:00'),
        e('ongoing', '2026-11-29 11:00', '2026-11-29 13:00'),
        e('day-7', '2026-12-05 23:00'),
        e('day-8', '2026-12-06 00:00'),
        e('day-30', '2026-12-28 20:00'),
        e('day-31', '2026-12-29 09:00'),
      ],
      now,
    );
    expect(groups.week.map((x) => x.id)).toEqual(['ongoing', 'today-later', 'day-7']);
    expect(groups.later.map((x) => x.id)).toEqual(['day-8', 'day-30']);
  });
});

describe('qrShape', () => {
  it('draws a code that a QR reader decodes back to the address', async () => {
    const url = 'https://linli.example.cn/events/kuanian-shousui-2026/';
    const { size, path } = qrShape(url);
    const scale = 8;
    const side = (size + 8) * scale;
    const box = `-4 -4 ${size + 8} ${size + 8}`;
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="${box}">`,
      `<rect x="-4" y="-4" width="${size + 8}" height="${size + 8}" fill="#fff"/>`,
      `<path d="${path}" fill="#000" shape-rendering="crispEdges"/></svg>`,
    ].join('');
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
  });
});

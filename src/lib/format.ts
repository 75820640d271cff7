/** Dates and times as residents read them, always in Beijing time. */
import { date, eventTitle, time, weekdays } from '../i18n/zh-CN-dates';
// Not the whole dictionary: the lobby screen's script uses these functions.
const ui = { date, eventTitle, time };
import { cstParts, sameCstDay } from './time';

const pad = (n: number) => String(n).padStart(2, '0');

/** 2027年3月5日 */
export function formatDate(d: Date): string {
  const p = cstParts(d);
  return ui.date.full(p.year, p.month, p.day);
}

/** 3月5日 */
export function formatMonthDay(d: Date): string {
  const p = cstParts(d);
  return ui.date.monthDay(p.month, p.day);
}

/** 周五 */
export function formatWeekday(d: Date): string {
  return weekdays[cstParts(d).weekday]!;
}

/** 09:00 */
export function formatTime(d: Date): string {
  const p = cstParts(d);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** 2027年3月5日（周五）09:00 */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)}（${formatWeekday(d)}）${formatTime(d)}`;
}

/**
 * The time of an activity in one line: `2027年3月5日（周五）09:00–11:30`, or across days
 * `2026年12月31日（周四）20:00 至 2027年1月1日（周五）00:30`.
 */
export function formatEventTime(start: Date, end?: Date): string {
  return eventTimeParts(start, end).join('');
}

/**
 * The same line in the pieces a narrow screen may break between (never inside one): a date, a
 * time range, a word. Pages render each piece unbreakable.
 */
export function eventTimeParts(start: Date, end?: Date): string[] {
  // 2026年 | 12月31日 | （周四）: with the largest text on the narrowest phone a whole date is wider
  // than the screen, so it may break between year, day and weekday, never inside one.
  const day = (d: Date) => {
    const p = cstParts(d);
    return [`${p.year}年`, formatMonthDay(d), `（${formatWeekday(d)}）`];
  };
  if (!end) return [...day(start), formatTime(start), ` ${ui.time.startsAt}`];
  if (sameCstDay(start, end)) return [...day(start), `${formatTime(start)}–${formatTime(end)}`];
  return [...day(start), formatTime(start), ` ${ui.time.to} `, ...day(end), formatTime(end)];
}

/** `3月5日（周五）学雷锋志愿服务日`: the <title> of an activity's page. */
export function formatEventTitle(start: Date, title: string): string {
  return ui.eventTitle(formatMonthDay(start), formatWeekday(start), title);
}

/** Digits and a leading + only, for `tel:` links. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The time of day of an activity whose date is shown beside it: `09:00–11:30`, `09:00 开始`, `20:00 至 1月1日 00:30`. */
export function formatTimeOfDay(start: Date, end?: Date): string {
  if (!end) return `${formatTime(start)} ${ui.time.startsAt}`;
  if (sameCstDay(start, end)) return `${formatTime(start)}–${formatTime(end)}`;
  return `${formatTime(start)} ${ui.time.to} ${formatMonthDay(end)} ${formatTime(end)}`;
}

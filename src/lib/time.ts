/**
 * Time in Linli is China Standard Time (UTC+8, no daylight saving), whatever zone the build
 * machine or the reader's phone is set to. Everything here works on epoch milliseconds and a fixed
 * offset, so it never consults the process's `TZ`.
 */

export const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `2026-03-14` */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `2026-03-14 08:30` or `2026-03-14T08:30` (seconds optional), read as CST. */
const LOCAL_DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** ISO 8601 with an explicit offset or Z. */
const OFFSET_DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function validParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** Parses a calendar date (`2026-03-14`) as midnight CST. Returns null when it is not a real date. */
export function parseCstDate(text: string): Date | null {
  const m = DATE_RE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validParts(y, mo, d)) return null;
  return new Date(Date.UTC(y, mo - 1, d) - CST_OFFSET_MS);
}

/**
 * Parses the datetime forms content may use: `2026-03-14 08:30` (CST), ISO 8601 with an offset,
 * or a bare date (midnight CST). Returns null for anything else, including impossible dates.
 */
export function parseCstDateTime(text: string): Date | null {
  const t = text.trim();
  const local = LOCAL_DATETIME_RE.exec(t);
  if (local) {
    const [y, mo, d, h, mi, s] = local.slice(1).map((v) => Number(v ?? 0)) as number[];
    if (!validParts(y!, mo!, d!, h, mi, s)) return null;
    return new Date(Date.UTC(y!, mo! - 1, d!, h, mi, s) - CST_OFFSET_MS);
  }
  const iso = OFFSET_DATETIME_RE.exec(t);
  if (iso) {
    const [y, mo, d, h, mi, s] = iso.slice(1, 7).map((v) => Number(v ?? 0)) as number[];
    if (!validParts(y!, mo!, d!, h, mi, s)) return null;
    const parsed = new Date(t);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  return parseCstDate(t);
}

/** The wall-clock parts of an instant as read in Beijing. */
export interface CstParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday */
  weekday: number;
}

export function cstParts(date: Date): CstParts {
  const shifted = new Date(date.getTime() + CST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** The last millisecond of the CST calendar day that contains `date`. */
export function endOfCstDay(date: Date): Date {
  const dayStart = Math.floor((date.getTime() + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
  return new Date(dayStart + DAY_MS - 1);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-03-14` in CST: for `datetime` attributes, file names and sorting keys. */
export function isoDateCst(date: Date): string {
  const p = cstParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `2026-03-14T08:30:00+08:00`: machine-readable, and what `<time datetime>` carries. */
export function isoDateTimeCst(date: Date): string {
  const p = cstParts(date);
  return `${isoDateCst(date)}T${pad(p.hour)}:${pad(p.minute)}:00+08:00`;
}

export function sameCstDay(a: Date, b: Date): boolean {
  return isoDateCst(a) === isoDateCst(b);
}

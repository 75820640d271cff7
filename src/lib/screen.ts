/**
 * The lobby screen (SPEC §7): what `/screen/feed.json` carries and the rules the TV applies to it.
 * Pure functions, run at build (to write the feed) and in the TV's browser (to pick what shows now),
 * so a TV that has lost the network still drops activities that are over and goes dark at night.
 */
import type { EventStatus, StatusOverride } from './status';
import { effectiveEnd } from './status';
import { cstParts } from './time';

/** A QR code as an SVG path over a `size` × `size` grid of modules (quiet zone not included). */
export interface QrShape {
  size: number;
  path: string;
}

export interface ScreenSlide {
  kind: 'event' | 'story' | 'article';
  title: string;
  /** Absolute address of the page the QR code opens. */
  url: string;
  qr: QrShape;
  summary: string;
  /** Activities: ISO times, so the TV works out the status itself. */
  event?: {
    start: string;
    end?: string | undefined;
    deadline?: string | undefined;
    status?: StatusOverride | undefined;
    /** Why it was cancelled or moved, and to when, in the editor's words. */
    statusNote?: string | undefined;
    location: string;
    signup?: string | undefined;
    phone: string;
    /** 在「志愿汇」报名，记录志愿时长, when it is on a volunteer platform. */
    platform?: string | undefined;
  };
  /** Stories: who it is about and the honour. */
  subject?: string | undefined;
  honor?: string | undefined;
}

export interface ScreenNotice {
  text: string;
  /** ISO time after which it is no longer shown. */
  until?: string | undefined;
}

export interface ScreenFeed {
  /** When the site was built: the TV shows when it last heard from it. */
  builtAt: string;
  site: { name: string; community: string };
  /** `22:00-06:00`: the hours the screen goes dark, Beijing time. */
  night: string;
  notice?: ScreenNotice | undefined;
  slides: ScreenSlide[];
}

export const DEFAULT_NIGHT = '22:00-06:00';
export const NIGHT_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/** What the TV shows at `now`: activities that are not over yet, then the rest as they come. */
export function liveSlides(slides: readonly ScreenSlide[], now: Date): ScreenSlide[] {
  return slides.filter(
    (s) =>
      !s.event ||
      effectiveEnd({ start: new Date(s.event.start), end: s.event.end ? new Date(s.event.end) : undefined }) >= now,
  );
}

/** The notice, while it is in force. */
export function liveNotice(notice: ScreenNotice | undefined, now: Date): ScreenNotice | undefined {
  if (!notice?.text.trim()) return undefined;
  return notice.until && new Date(notice.until) < now ? undefined : notice;
}

/**
 * The order of the rotation: an urgent notice comes first and again after every `every` slides,
 * so no one standing in the lobby for half a minute misses it.
 */
export function rotation<T>(slides: readonly T[], notice: T | undefined, every = 2): T[] {
  if (!notice) return [...slides];
  const out: T[] = [];
  slides.forEach((s, i) => {
    if (i % every === 0) out.push(notice);
    out.push(s);
  });
  return out.length ? out : [notice];
}

/** Whether `now` (Beijing time) falls in the dark hours `22:00-06:00`; a span may cross midnight. */
export function isNight(night: string, now: Date): boolean {
  const m = NIGHT_PATTERN.exec(night) ?? NIGHT_PATTERN.exec(DEFAULT_NIGHT)!;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = Number(m[3]) * 60 + Number(m[4]);
  const p = cstParts(now);
  const t = p.hour * 60 + p.minute;
  if (from === to) return false;
  return from < to ? t >= from && t < to : t >= from || t < to;
}

/** When the dark hours end, `06:00`, for the line the dark screen shows. */
export function wakeTime(night: string): string {
  const m = NIGHT_PATTERN.exec(night) ?? NIGHT_PATTERN.exec(DEFAULT_NIGHT)!;
  return `${m[3]!.padStart(2, '0')}:${m[4]}`;
}

/** Eight positions on a small circle: the whole picture drifts one step at a time against burn-in. */
const DRIFT = [
  [0, 0],
  [4, 2],
  [6, 6],
  [2, 8],
  [-2, 8],
  [-6, 6],
  [-4, 2],
  [-2, -2],
] as const;

/** The picture's offset in px for the `step`th shift. */
export function burnInOffset(step: number): { x: number; y: number } {
  const [x, y] = DRIFT[((step % DRIFT.length) + DRIFT.length) % DRIFT.length]!;
  return { x, y };
}

/** The status words a slide carries (only states worth a resident's attention). */
export function slideStatus(status: EventStatus): EventStatus | undefined {
  return status === 'ended' ? undefined : status;
}

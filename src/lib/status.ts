/**
 * Activity status (SPEC §5), from the times in Beijing. Runs at build time for the HTML and again
 * in the browser on load, because WeChat serves cached pages for days.
 */
import { endOfCstDay } from './time';

/** What an editor may set to override the computed status (the `status` field). */
export const STATUS_OVERRIDES = ['cancelled', 'postponed'] as const;
export type StatusOverride = (typeof STATUS_OVERRIDES)[number];
export type EventStatus = 'open' | 'closed' | 'ongoing' | 'ended' | StatusOverride;

export interface EventTimes {
  start: Date;
  end?: Date | undefined;
  deadline?: Date | undefined;
  /** Set by an editor when the activity is called off or moved. */
  status?: StatusOverride | undefined;
}

/** When the activity is over: its end, or the end of its start day (Beijing) when it has none. */
export function effectiveEnd(e: EventTimes): Date {
  return e.end ?? endOfCstDay(e.start);
}

export function eventStatus(e: EventTimes, now: Date): EventStatus {
  if (e.status) return e.status;
  const t = now.getTime();
  if (t > effectiveEnd(e).getTime()) return 'ended';
  if (t >= e.start.getTime()) return 'ongoing';
  // Sign-up runs to the deadline, or to the start when there is none.
  return t < (e.deadline ?? e.start).getTime() ? 'open' : 'closed';
}

/** Still worth showing under 近期活动: not over yet (a cancelled one stays until its date passes). */
export function isUpcoming(e: EventTimes, now: Date): boolean {
  return effectiveEnd(e).getTime() >= now.getTime();
}

/** Upcoming activities soonest first, then past ones newest first. */
export function sortEvents<T extends { data: EventTimes }>(events: T[], now: Date): T[] {
  const upcoming = events
    .filter((e) => isUpcoming(e.data, now))
    .sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
  const past = events
    .filter((e) => !isUpcoming(e.data, now))
    .sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
  return [...upcoming, ...past];
}

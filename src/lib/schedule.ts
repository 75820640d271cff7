/** 活动安排 (`/schedule/`): which activities the sheet lists, and under which heading. */
import { effectiveEnd, type EventTimes } from './status';
import { endOfCstDay } from './time';

const DAY_MS = 24 * 60 * 60 * 1000;
/** 未来一周: today and the six days after it (Beijing calendar days). */
export const WEEK_DAYS = 7;
/** The sheet looks this many days ahead. */
export const HORIZON_DAYS = 30;

/**
 * Activities not yet over that start within the horizon, soonest first: those starting by the end
 * of the seventh day (today included) under `week`, the rest under `later`.
 */
export function scheduleGroups<T extends { data: EventTimes }>(events: readonly T[], now: Date) {
  const lastOf = (days: number) => endOfCstDay(new Date(now.getTime() + (days - 1) * DAY_MS)).getTime();
  const coming = events
    .filter((e) => effectiveEnd(e.data).getTime() >= now.getTime() && e.data.start.getTime() <= lastOf(HORIZON_DAYS))
    .sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
  return {
    week: coming.filter((e) => e.data.start.getTime() <= lastOf(WEEK_DAYS)),
    later: coming.filter((e) => e.data.start.getTime() > lastOf(WEEK_DAYS)),
  };
}

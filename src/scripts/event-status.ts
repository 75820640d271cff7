/**
 * The browser's side of activity status: pages carry each activity's times in the data-*
 * attributes of its <event-status> badge, and these helpers work the status out again on load
 * with the same rule the build used (lib/status.ts), because WeChat shows pages cached for days.
 */
import { eventStatus, STATUS_OVERRIDES, type EventStatus, type EventTimes } from '../lib/status';

const date = (v: string | undefined) => (v ? new Date(v) : undefined);

/** The times a badge carries, or undefined for an element without them. */
function timesOf(badge: HTMLElement): EventTimes | undefined {
  const d = badge.dataset;
  if (!d.start) return undefined;
  const status = STATUS_OVERRIDES.find((s) => s === d.override);
  return { start: new Date(d.start), end: date(d.end), deadline: date(d.deadline), status };
}

/** The status now of the activity a badge describes. */
export function statusOf(badge: HTMLElement, now = new Date()): EventStatus | undefined {
  const times = timesOf(badge);
  return times && eventStatus(times, now);
}

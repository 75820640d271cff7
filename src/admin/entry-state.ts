/**
 * An activity's state (报名中, 已结束, 已取消…) from its values as the CMS holds them (strings in
 * the short forms, `2027-03-05 09:00`), by the site's own rule (lib/status.ts).
 */
import { statusLabels } from '../i18n/zh-CN-status';
import { eventStatus, STATUS_OVERRIDES, type StatusOverride } from '../lib/status';
import { parseCstDateTime } from '../lib/time';

const asDate = (v: unknown): Date | undefined => {
  if (v instanceof Date) return v;
  return typeof v === 'string' && v ? (parseCstDateTime(v) ?? undefined) : undefined;
};

/** The state at `now`, in words; undefined while the activity has no start. */
export function stateOf(data: Record<string, unknown> | undefined, now: Date): string | undefined {
  const start = asDate(data?.start);
  if (!data || !start) return undefined;
  const status = STATUS_OVERRIDES.includes(data.status as StatusOverride) ? (data.status as StatusOverride) : undefined;
  return statusLabels[eventStatus({ start, end: asDate(data.end), deadline: asDate(data.deadline), status }, now)];
}

/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts), kept in its own file because the
 * browser's status script needs only these words: importing the whole dictionary would put every
 * UI string into the JS of every activity page.
 */
import type { EventStatus } from '../lib/status';

export const statusLabels: Record<EventStatus, string> = {
  open: '报名中',
  closed: '报名已截止',
  ongoing: '进行中',
  ended: '已结束',
  cancelled: '已取消',
  postponed: '已延期',
};

/** States an activity's shared title announces first: WeChat's card shows the title alone. */
const TITLED: readonly EventStatus[] = ['cancelled', 'postponed', 'ended'];

/** `【已取消】12月6日（周日）健步走 · 站名`: a page title with the activity's state first, where it matters. */
export function titleWithStatus(status: EventStatus, title: string): string {
  return TITLED.includes(status) ? `【${statusLabels[status]}】${title}` : title;
}

/** The banner at the top of an activity page that no longer takes sign-ups. */
export const statusBanners: Partial<Record<EventStatus, string>> = {
  closed: '报名已截止，活动照常进行。',
  ended: '这项活动已经结束，感谢大家参与。',
  cancelled: '这项活动已取消，请不要前往。',
  postponed: '这项活动已延期，新的时间会另行通知。',
};

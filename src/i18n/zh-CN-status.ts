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

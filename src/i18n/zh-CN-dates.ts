/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts): how dates and times read, in its own
 * file so browser code that formats a time (the lobby screen) ships only these words.
 */
export const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

export const date = {
  full: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  monthDay: (m: number, d: number) => `${m}月${d}日`,
};

export const time = {
  startsAt: '开始',
  to: '至',
};

/** An activity's <title>: WeChat's link card shows only this, so the date comes first. */
export const eventTitle = (monthDay: string, weekday: string, title: string) => `${monthDay}（${weekday}）${title}`;

/** Part of the zh-CN dictionary (re-exported from zh-CN.ts): calendar files, feeds and the schedule sheet. */
export const calendar = {
  /** The link on an activity page. */
  add: '加入日历',
  /** WeChat does not hand .ics files to the phone's calendar. */
  inWeChat: '微信里不能直接加入日历：请点右上角“…”，选“在浏览器打开”，再点“加入日历”。',
  details: '详情',
  /** Name of /calendar.ics in a calendar app. */
  allName: (site: string) => `${site} · 活动日历`,
};

export const schedule = {
  title: '活动安排',
  /** The way to the sheet from the home page. */
  link: '打印活动安排表，张贴到宣传栏',
  intro: '社区近期志愿服务活动，欢迎邻居们参加。',
  week: '未来一周',
  month: '一周以后（30 天内）',
  none: '这段时间暂无活动安排。',
  date: '日期',
  time: '时间',
  activity: '活动',
  location: '地点',
  signup: '报名方式',
  /** Under the printed sheet when it cannot hold every row; `{n}` is filled in on the page. */
  more: '另有 {n} 项活动，请扫码查看。',
  /** Printed at the foot of the sheet. */
  asOf: (date: string) => `${date} 更新`,
  scan: '扫码查看全部活动、报名和最新通知',
  print: '打印这张表',
  printHint: '在微信里不能打印：请在电脑上打开本页打印，或截图转发。',
  calendar: '订阅活动日历',
  rss: 'RSS 订阅',
};

export const feeds = {
  rssTitle: (site: string) => `${site} · 最新内容`,
};

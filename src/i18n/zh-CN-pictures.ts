/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts): the words drawn into the share
 * pictures (src/lib/share-card.ts) and printed on the A4 posters. Short labels: on a picture
 * they sit in a narrow column.
 */
export const ui = {
  scan: '长按识别二维码',
  scanHint: '查看详情、报名，或转发给邻居',
  /** Under the QR of an activity that no longer takes sign-ups. */
  scanHintNoSignup: '查看详情，或转发给邻居',
  time: '时间',
  place: '地点',
  signup: '报名',
  phone: '电话',
  subject: '人物',
  honor: '荣誉',
  eyebrow: (kind: string, category: string) => `${kind} · ${category}`,
  /** The card's big date line: 12月6日 周六 09:00 */
  when: (monthDay: string, weekday: string, time: string) => `${monthDay} ${weekday} ${time}`,
};

/** The A4 print posters, /events/<slug>/poster/ and /articles/<slug>/poster/. */
export const poster = {
  title: (title: string) => `海报：${title}`,
  intro: '这是打印用的海报：用 A4 纸竖着打印，贴在宣传栏里。',
  print: '打印海报',
  printHint: '在微信里不能打印：请在电脑上打开本页打印，或把页面下方的分享海报发到电脑上打印。',
  back: '返回原文',
  /** Under a body cut to fit the page. */
  more: '未完，扫码阅读全文',
  scan: '扫码查看详情',
  scanEvent: '扫码查看详情、报名',
  deadline: '截止',
};

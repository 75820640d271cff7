/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts), in its own file so the lobby screen's
 * script ships only these words.
 */
export const ui = {
  title: '电子屏',
  upcoming: '近期活动',
  story: '先进典型',
  article: '宣传资料',
  notice: '紧急通知',
  time: '时间',
  location: '地点',
  signup: '报名',
  phone: '咨询电话',
  scan: '手机扫码看详情',
  /** 更新于 11月29日 14:05 */
  updated: (when: string) => `更新于 ${when}`,
  offline: '网络中断，显示的是上次的内容',
  empty: '近期暂无活动安排，欢迎关注社区通知。',
  night: '夜间休息',
  noscript: '电子屏需要开启 JavaScript。',
  /** 3 / 8 */
  position: (n: number, total: number) => `${n} / ${total}`,
};

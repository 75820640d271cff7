/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts): an activity's recap and its photo
 * viewer, in its own file so the viewer's script ships only these words.
 */
export const recap = {
  /** On cards of activities that have one. */
  mark: '有回顾',
  heading: '活动回顾',
  photos: (n: number) => `活动照片（${n} 张）`,
  /** The folded sign-up details of an activity that is over. */
  facts: '活动信息（时间、地点、报名方式）',
  /** The home page's section. */
  latest: '最新回顾',
};

export const gallery = {
  label: '照片查看',
  open: (alt: string) => `放大查看：${alt}`,
  close: '关闭',
  prev: '上一张',
  next: '下一张',
  count: (i: number, n: number) => `第 ${i} 张，共 ${n} 张`,
};

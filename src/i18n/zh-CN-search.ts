/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts as `ui.search`): the search page, in its
 * own file so the search script ships only these words.
 */
export const search = {
  label: '搜索',
  /** Short enough to show whole in the box at 320 px in 长辈模式. */
  placeholder: '例如：义诊',
  button: '搜索',
  title: '搜索',
  loading: '正在搜索…',
  empty: '没有找到相关内容，换个说法试试。',
  results: (n: number) => `找到 ${n} 条结果`,
  unavailable: '搜索暂时用不了，请稍后再试。',
  /** Under `astro dev` there is no index: it is made by the build. */
  devOnly:
    '预览模式下不能搜索：搜索索引在构建网站时生成。请运行 npm run build，再用 npm start 或 npm run preview 打开。',
  /** The filters above the results. */
  filters: {
    legend: '筛选',
    type: '类型',
    category: '分类',
    year: '年份',
    /** The first choice of each list: no filter. */
    any: { type: '全部类型', category: '全部分类', year: '全部年份' },
    /** A choice with how many results it would give. */
    count: (choice: string, n: number) => `${choice}（${n}）`,
  },
  /** The type filter's values for entries that are not activities, stories or articles. */
  types: { team: '服务队', page: '介绍' },
  /** A result found through the synonym list or pinyin, said so in the status line. */
  alsoFound: (words: string[]) => `也搜索了：${words.join('、')}`,
  more: '显示更多结果',
  /** Under a search that found nothing: what to try, then who to ask. */
  tips: {
    heading: '可以这样试试：',
    shorter: '用短一点的词，比如“义诊”，不用“义诊活动在哪里”。',
    pinyin: '不会打的字，可以打拼音，比如 yizhen。',
    browse: '按分类看：',
    ask: '还是找不到，打电话问社区：',
  },
};

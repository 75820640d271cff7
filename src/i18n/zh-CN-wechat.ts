/** 复制到公众号 (/admin/wechat/<section>/<slug>/, src/lib/wechat.ts): the copy and the page around it. */
export const wechat = {
  // In the copy itself.
  recap: '活动回顾',
  notes: '文中链接：',
  cut: '全文较长，这里只摘了前面部分，请点「阅读原文」看全文。',
  qrAlt: '长按识别二维码，查看网站上的原文',
  readOriginal: (url: string) => `阅读原文：${url}`,
  pictureOnSite: (alt: string) => `（图：${alt}，请在原文中查看）`,
  // The editors' page around it.
  pageTitle: (title: string) => `复制到公众号：${title}`,
  intro:
    '点「复制全文」，到公众号后台（或秀米、135编辑器）新建图文，在正文里粘贴。标题和摘要分别复制到它们的栏里。' +
    '粘贴后图片由公众号自动转存；文中的链接在文末列出，公众号里点不开，读者可以点「阅读原文」。',
  title: '标题',
  summary: '摘要',
  copyTitle: '复制标题',
  copySummary: '复制摘要',
  copyAll: '复制全文',
  copied: '已复制，到公众号编辑器里粘贴（Ctrl+V）即可。',
  byHand:
    '浏览器不让网页自动复制：全文已经选中（下面带底色的部分），请按 Ctrl+C（苹果电脑按 ⌘+C）复制；' +
    '没有选中的话，用鼠标从正文第一行拖到最后一行，再复制。',
  length: (n: number, limit: number) =>
    `共 ${n.toLocaleString('zh-CN')} 个字符（公众号正文不能超过 ${limit.toLocaleString('zh-CN')}）。`,
  wasCut: '这一篇太长，复制的是前面部分，文末有提示让读者看原文。',
  preview: '粘贴后的样子',
  back: '返回网页',
  /** The link in the CMS's preview. */
  open: '复制到公众号 ↗',
  openHint: '（发布并生成网站以后可用）',
} as const;

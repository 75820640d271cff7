/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts): the share bar, in its own file so its
 * script ships only these words.
 */
export const ui = {
  label: '分享这一页',
  copyLink: '复制链接',
  copyJielong: '复制接龙',
  share: '分享',
  copied: '链接已复制，可以粘贴到微信群里。',
  jielongCopied: '接龙文字已复制：到微信群里粘贴发送，大家就能接着报名。',
  copyByHand: '没能自动复制：请长按下面的文字，选“复制”。',
  inWeChat: '转发给邻居：点右上角“···”，选“发送给朋友”或“分享到朋友圈”。',
  qrAlt: '这一页的二维码',
  qrCaption: '微信里长按二维码，或用手机扫一扫，打开这一页',
  /** The 分享海报 under the share bar: a picture to save or forward. */
  poster: {
    open: '分享海报',
    hint: '长按图片，选“保存图片”或“发送给朋友”',
    print: '打印 A4 海报，贴到宣传栏',
    alt: (title: string) => `分享海报：${title}，含打开这一页的二维码`,
  },
};

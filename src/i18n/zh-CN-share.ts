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
};

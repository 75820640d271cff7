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
  platform: '平台报名',
  scan: '手机扫码看详情',
  /** 更新于 11月29日 14:05 */
  updated: (when: string) => `更新于 ${when}`,
  offline: '网络中断，显示的是上次的内容',
  empty: '近期暂无活动安排，欢迎关注社区通知。',
  night: '夜间休息',
  /** The one line on the dark screen at night. */
  nightNote: (wake: string) => `夜间休息中，早上 ${wake} 自动亮起`,
  /** Shown the first time the screen is opened, or with ?setup: how to make a TV open it. */
  setup: {
    title: '让电视开机就全屏显示这一页',
    address: '这一页的地址：',
    steps: [
      '电脑接电视（Windows）：在桌面新建快捷方式，目标写 chrome --kiosk 加上面的地址' +
        '（Edge 写 msedge --kiosk 地址 --edge-kiosk-type=fullscreen），把快捷方式放进“启动”文件夹，开机就全屏打开。',
      '安卓电视或电视盒子：装一个支持全屏和开机自启的浏览器，把上面的地址设为主页。',
      '临时全屏：按键盘上的 F11。',
      '内容会自动更新，不用有人看管；夜间自动变暗，早上自动亮起。',
    ],
    again: '这段说明一分钟后自动关闭；以后想再看，在地址后面加上 ?setup。',
    start: '开始播放',
  },
  noscript: '电子屏需要开启 JavaScript。',
  /** 3 / 8 */
  position: (n: number, total: number) => `${n} / ${total}`,
};

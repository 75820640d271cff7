/**
 * Every piece of interface text on the site, in one place. Content (titles, bodies) comes from
 * `content/`; everything a resident reads around it comes from here.
 */

export { statusLabels } from './zh-CN-status';
import { ui as audio } from './zh-CN-audio';
import { ui as screen } from './zh-CN-screen';
import { pageTitle } from './zh-CN-title';
import { ui as share } from './zh-CN-share';
import { ui as pictures, poster } from './zh-CN-pictures';
import { gallery, recap } from './zh-CN-gallery';
import { search } from './zh-CN-search';
import { calendar, feeds, schedule } from './zh-CN-feeds';
import { records } from './zh-CN-records';
import { wechat } from './zh-CN-wechat';

export { weekdays } from './zh-CN-dates';
import { date, eventTitle, time } from './zh-CN-dates';

export const ui = {
  skipLink: '跳到正文',
  /** Joins names in running text: 助老助残、健康卫生 */
  listSeparator: '、',
  date,
  markdown: { table: '表格' },
  eventTitle,
  /** Every page's <title>: its own title, then the site's name when it fits WeChat's card. */
  pageTitle,
  home: '首页',
  nav: {
    label: '主导航',
    events: '活动',
    stories: '先进典型',
    articles: '宣传资料',
    teams: '服务队',
    search: '搜索',
  },
  sections: {
    upcoming: '近期活动',
    allEvents: '全部活动',
    latestStories: '先进典型',
    latestArticles: '宣传资料',
    categories: '按分类看',
    related: '同类内容',
    teamEvents: '本队活动',
    teamStories: '本队典型',
  },
  lists: {
    events: '活动公告',
    eventsIntro: '近期活动按时间先后排列，已结束的活动在后面。',
    stories: '先进典型',
    storiesIntro: '身边的志愿者，身边的榜样。',
    articles: '宣传资料',
    articlesIntro: '科普、健康、法律、安全、环保知识，看得懂、用得上。',
    teams: '志愿服务队',
    teamsIntro: '找到适合您的队伍，一起做志愿。',
    categories: '全部分类',
    more: '查看全部',
    empty: '这里暂时还没有内容。',
    noUpcoming: '近期没有安排活动，欢迎关注后续通知。',
    upcomingGroup: '即将开展',
    pastGroup: '已经结束',
    page: (n: number, total: number) => `第 ${n} 页，共 ${total} 页`,
    pageTitle: (title: string, n: number) => `${title}（第 ${n} 页）`,
    prev: '上一页',
    next: '下一页',
    pagination: '分页',
    count: (n: number) => `共 ${n} 条`,
  },
  kinds: { event: '活动', story: '典型', article: '资料' },
  facts: {
    label: '活动信息',
    time: '时间',
    location: '地点',
    deadline: '报名截止',
    team: '服务队',
    volunteers: '招募',
    volunteersValue: (n: number) => `${n} 名志愿者`,
    signup: '报名方式',
    contact: '联系人',
    /** The contact's label once sign-up is over: for questions, not for signing up. */
    enquiry: '咨询电话',
    /** Who residents call about an activity that names no contact of its own. */
    office: '社区服务中心',
    call: (name: string) => `拨打电话联系${name}`,
    /** A volunteer platform (志愿汇, i志愿) where volunteers sign up and their hours are recorded. */
    platform: '平台报名',
    platformCall: (name: string) => `在「${name}」报名，记录志愿时长`,
    platformQr: (name: string) => `「${name}」上这项活动的报名二维码`,
    platformScan: '扫码报名',
    status: '状态',
    subject: '人物',
    honor: '荣誉',
    source: '来源',
    reviewed: '审核',
    published: '发布日期',
    category: '分类',
    tags: '标签',
    leader: '队长',
    founded: '成立',
    members: '队员',
    membersValue: (n: number) => `${n} 人`,
    areas: '服务领域',
  },
  time,
  footer: {
    contact: '联系我们',
    address: '地址',
    phone: '电话',
    email: '邮箱',
    wechat: '扫码加入居民微信群',
    wechatHint: '在微信里长按二维码，选择“识别图中二维码”。',
  },
  search,
  notFound: {
    title: '页面没有找到',
    body: '您要找的页面可能已经删除或换了地址。',
    backHome: '回到首页',
    trySearch: '或者搜索一下：',
  },
  admin: {
    title: '内容管理 · 邻里',
    noscript: '内容管理需要开启浏览器的 JavaScript。',
    slugFromTitle: '按标题拼音自动生成（活动会加上开始的年份），也可以改短。',
    slugLocked: '这条内容已经保存过，网址名不能再改：发布后链接和海报上的二维码都用它。',
    slugMissing: '请填写网址名（输入标题后会自动生成）。',
    slugInvalid: '网址名只能用小写英文字母、数字和连字符，不能全是数字。',
    slugAddress: (path: string) => `网址：${path}`,
    previewNeedsStart: '填写开始时间后，这里显示活动信息。',
    previewEndBeforeStart: '结束时间早于开始时间，请改正后再看这里的时间。',
    /** /admin opened over plain http from another computer: Decap needs a secure page. */
    insecureTitle: '这样打开不能编辑',
    insecureBody:
      '内容管理只能在安全连接下使用：请用 https:// 开头的网址打开，或者在运行网站的这台电脑上打开 http://localhost:4321/admin/。',
    /** Shown above Decap's login button. */
    loginHeading: (site: string) => `${site} · 内容管理`,
    /** The editor's guide (docs/editor-guide.md at /admin/guide/), linked from every CMS screen. */
    guideLink: '使用说明',
    guideTitle: '编辑使用说明 · 内容管理',
    guideBack: '回到内容管理',
    /** A save refused: the notice at the top of the form (src/admin/save-notice.ts). */
    saveRefused: '没有保存：请改正下面这些地方（点一项就跳到那里）。',
    saveRefusedClose: '知道了',
    /** On a phone, at the top of an activity's form (src/admin/phone.ts). */
    phoneJumpToStatus: '活动取消或延期？点这里，直接去改“特殊状态”',
  },
  audio,
  screen,
  share,
  pictures,
  recap,
  gallery,
  poster,
  calendar,
  schedule,
  feeds,
  records,
  wechat,
  mode: {
    /** The switch's name: pressed means on. */
    label: '长辈模式',
    on: '开',
    off: '关',
  },
  readAloud: {
    start: '朗读',
    pause: '暂停',
    resume: '继续',
    stop: '停止',
    label: '朗读这一页',
    inWeChat: '想听朗读？点右上角“…”，选“在浏览器打开”。',
    /** A browser with speech synthesis but no Chinese voice, outside WeChat. */
    noVoice: '这个浏览器不能朗读中文：可以换用手机自带的浏览器打开本页收听。',
    /** No Chinese voice, but the page has a recording: 朗读 plays it. */
    recording: '这里不能朗读文字，点“朗读”会播放本页的录音。',
  },
  join: {
    title: '一起做志愿',
    body: '有一技之长、有一点空闲，都能帮到邻居。',
    action: '了解如何加入',
  },
} as const;

/**
 * 活动台账: the printed 活动记录表, the 工作台账 page, the workbook and CSV for 上报, and the year's
 * figures on team pages and the home page.
 */
import type { Gap } from '../lib/records';

export const records = {
  /** The group of activities no team organised, in the totals by team. */
  noTeam: '社区组织',
  /** Column and field names: the record page, the table on /records/, the workbook and the CSV. */
  columns: {
    date: '日期',
    time: '活动时间',
    title: '活动名称',
    location: '活动地点',
    team: '服务队',
    category: '分类',
    volunteers: '志愿者人数',
    servedWho: '服务对象',
    served: '服务对象人数',
    hours: '每人时长（小时）',
    totalHours: '服务总时长（小时）',
    photos: '照片（张）',
    reportedTo: '上报给',
    reportedOn: '上报日期',
    recorder: '记录人',
    media: '媒体报道',
    url: '网页',
    gaps: '待补',
    month: '月份',
    activities: '活动次数',
    volunteerTimes: '志愿服务人次',
    name: '名称',
  },
  gaps: {
    counts: '缺人数',
    hours: '缺时长',
    photos: '缺照片',
    report: '未上报',
  } satisfies Record<Gap, string>,
  /** The printed 活动记录表 (/events/<slug>/record/). */
  sheet: {
    title: (name: string) => `${name}活动记录表`,
    pageTitle: (title: string) => `活动记录表：${title}`,
    organiser: '组织单位',
    contact: '联系人及电话',
    content: '活动内容',
    counts: '参与情况',
    people: (n: string) => `${n} 人`,
    hoursEach: (n: string) => `每人 ${n} 小时`,
    hoursTotal: (n: string) => `共 ${n} 小时`,
    fromTimes: '（按活动时间计）',
    photos: '活动照片',
    noPhotos: '（照片贴在这里）',
    report: '上报情况',
    signature: '负责人签字',
    scan: '扫码查看活动网页',
    print: '打印记录表',
    printHint: '在微信里不能直接打印：点右上角“…”，选“在浏览器打开”，再打印。',
    moreOnline: (n: number) => `另有 ${n} 张照片，扫码在网页上查看。`,
  },
  /** 工作台账 (/records/). */
  book: {
    title: '工作台账',
    intro: '已经举行的活动，按月列出志愿者人数、服务人数和服务时长，供社区留档和向街道上报。取消和延期的活动不计。',
    asOf: (date: string) => `统计到 ${date}`,
    none: '还没有已经举行的活动。',
    year: (y: number) => `${y} 年`,
    month: (m: number) => `${m} 月`,
    yearMonth: (y: number, m: number) => `${y} 年 ${m} 月`,
    activities: (n: number) => `${n} 次活动`,
    yearTotal: (y: number) => `${y} 年合计`,
    monthTotal: '本月合计',
    byTeam: '按服务队汇总',
    byCategory: '按分类汇总',
    download: (y: number) => `下载 ${y} 年台账`,
    xlsx: 'Excel 表格（.xlsx）',
    csv: 'CSV 文本（.csv）',
    incomplete: (n: number) => `${n} 项活动的台账还没填完：`,
    recordSheet: '记录表',
    print: '打印台账',
    sheets: { rows: '活动明细', months: '按月汇总', teams: '按服务队汇总', categories: '按分类汇总' },
  },
  /** The year's figures on a team's page and the home page. */
  figures: {
    heading: (y: number) => `${y} 年服务`,
    activities: '次活动',
    volunteerTimes: '人次志愿者',
    hours: '小时服务',
    more: '看工作台账',
  },
} as const;

/**
 * The content model (SPEC §3): every field of every collection, with its Chinese label, hint,
 * whether it is required, its options and pattern. The Astro collections (content.config.ts), the
 * build's content check (repository.ts) and the CMS configuration are all derived from this file,
 * so the site and the editors' forms cannot drift apart. Change a field here and nowhere else.
 */
import { z } from 'astro/zod';
import * as f from './fields';
import type { Field } from './fields';
import { statusLabels } from '../i18n/zh-CN-status';
import { STATUS_OVERRIDES } from '../lib/status';
import { DEFAULT_NIGHT, NIGHT_PATTERN } from '../lib/screen';
import { isoDateCst } from '../lib/time';

const PHONE_PATTERN = { regex: /^\+?[\d\s()-]{7,20}$/, message: '电话号码：数字，可带区号、空格和连字符' };

/** A phone number residents tap to call; typed with full-width digits, it is read (and saved) as ordinary ones. */
const phone = (hint?: string) =>
  f.string({
    label: '电话',
    required: true,
    pattern: PHONE_PATTERN,
    normalize: true,
    example: '0512-6688 1234',
    ...(hint && { hint }),
  });

const slug = f.slug({
  label: '网址名',
  hint: '新建时按标题自动生成拼音，可以改短；发布后不要再改，否则旧链接会失效。',
  example: 'xueleifeng-2027',
});
const title = f.string({ label: '标题', required: true, max: 60, example: '学雷锋志愿服务日', hint: '简短明了。' });
const published = f.datetime({ label: '发布日期', required: true, hint: '格式：2027-03-01', example: '2027-03-01' });
const category = f.relation({
  label: '分类',
  required: true,
  relation: 'categories',
  hint: '选一个最贴切的分类；居民按分类浏览。',
  example: 'neighborhood',
});
const team = f.relation({
  label: '服务队',
  relation: 'teams',
  hint: '组织这项工作的志愿服务队。',
  example: 'yinfa-xianfeng',
});
const cover = f.image({
  label: '封面图',
  hint: '显示在这一页的最上面、列表里这一条的小图上；是照片（不是画的图）时，也做成转发到微信、QQ 时的分享图片。可以从图片库选，也可以上传新的。',
});
const coverAlt = f.string({
  label: '封面图说明',
  max: 120,
  hint: '用一句话描述图片内容，供读屏软件朗读；有封面图时必填。',
  example: '志愿者在小区门口为老人量血压',
});
const summary = f.text({
  label: '摘要',
  max: 120,
  hint: '列表和分享时显示；不填则取正文开头。',
  example: '3 月 5 日上午在文化广场摆摊服务，理发、义诊、修家电。',
});
const tags = f.list({
  label: '标签',
  hint: '几个关键词，方便搜索；用逗号、顿号或空格隔开，例如：义诊，健康。',
  example: '[学雷锋, 义诊]',
});
const draft = f.boolean({ label: '草稿', hint: '勾选后不会发布到网站。' });
const contact = f.object({
  label: '联系人',
  hint: '居民咨询报名时联系的人。',
  fields: {
    name: f.string({ label: '姓名', required: true, max: 20, example: '王老师' }),
    phone: phone('手机或座机号码，居民可点击直接拨打。'),
  },
});

/** Fields every published entry (活动、典型、资料) shares. */
const audio = f.audio({
  label: '录音',
  hint: '一段朗读或讲解的录音（mp3 或 m4a）；页面上会有一个大的播放按钮，不方便看字的居民点一下就能听。',
});
const entryBase = { title, slug, date: published, category, summary, tags, cover, coverAlt, audio, draft };

export const eventFields = {
  ...entryBase,
  start: f.datetime({
    label: '开始时间',
    required: true,
    time: true,
    bareDate: 'reject',
    hint: '格式：2027-03-05 09:00（北京时间）',
  }),
  end: f.datetime({
    label: '结束时间',
    time: true,
    bareDate: 'end-of-day',
    example: '2027-03-05 11:30',
    hint: '不填则视为当天结束。',
    rules: ['手写文件时只写日期（如 2027-03-05）表示到那天结束'],
  }),
  deadline: f.datetime({
    label: '报名截止',
    time: true,
    bareDate: 'end-of-day',
    example: '2027-03-03 17:00',
    hint: '不晚于开始时间；不填则开始前都可报名。',
    rules: ['手写文件时只写日期表示到那天 24 点'],
  }),
  location: f.string({ label: '活动地点', required: true, max: 80, example: '社区党群服务中心一楼' }),
  team,
  volunteers: f.number({ label: '招募人数', min: 1, max: 9999, hint: '需要多少名志愿者。', example: '10' }),
  signup: f.text({
    label: '报名方式',
    max: 300,
    hint: '例如：电话报名，或到社区服务中心登记。',
    example: '电话报名或到服务中心登记',
  }),
  contact,
  platform: f.object({
    label: '志愿服务平台',
    hint: '这项活动也在志愿汇、i志愿等平台上登记时填：志愿者在平台上报名，服务时长记在平台上。电话报名照常。',
    fields: {
      name: f.string({ label: '平台名称', required: true, max: 20, example: '志愿汇' }),
      url: f.string({
        label: '报名网址',
        pattern: { regex: /^https:\/\/\S+$/, message: '以 https:// 开头的网址' },
        example: 'https://www.zhiyuanhui.com/activity/12345',
        hint: '平台上这项活动的网址，以 https:// 开头；网站会把它做成二维码。',
      }),
      qr: f.image({
        label: '报名二维码',
        hint: '平台上这项活动的二维码图片（截图即可）；有了它就用它，不再按网址生成。',
      }),
    },
  }),
  status: f.select({
    label: '特殊状态',
    hint: '只有活动取消或延期时才选；平时留空，网站会按时间自动显示状态。',
    options: STATUS_OVERRIDES.map((value) => ({ value, label: statusLabels[value] })),
  }),
  statusNote: f.string({
    label: '取消或延期的说明',
    max: 80,
    hint: '选了“特殊状态”时写一句：为什么、改到哪天，例如：因降雨延期，改到 12 月 13 日上午。显示在活动页、大屏和日历里。',
    example: '因降雨延期，改到 12 月 13 日上午',
  }),
  recap: f.markdown({
    label: '活动回顾',
    max: 3000,
    hint: '活动结束后写：做了什么、来了多少人、大家的感受。活动结束后页面会先显示回顾和照片。',
    example: '12 月 6 日上午，40 多位老人参加了义诊……',
  }),
  photos: f.objectList({
    label: '活动照片',
    max: 30,
    hint: '活动结束后上传的照片，每张写一句说明；居民点开可以放大、左右滑动。',
    fields: {
      image: f.image({ label: '照片', required: true }),
      alt: f.string({
        label: '照片内容',
        required: true,
        max: 120,
        hint: '照片里有什么，供读屏软件朗读。',
        example: '医生为老人测量血压',
      }),
      caption: f.string({ label: '照片说明', max: 80, hint: '显示在照片下方，可不填。', example: '义诊现场' }),
    },
  }),
  record: f.object({
    label: '活动台账',
    hint: '活动结束后填：打印活动记录表、每月汇总上报都从这里来。都可以不填，没填的地方打印出来是空格，可以手写。',
    fields: {
      volunteers: f.number({
        label: '志愿者人数',
        min: 0,
        max: 99999,
        example: '12',
        hint: '实际来参加服务的志愿者人数（不是招募人数）。',
      }),
      served: f.number({ label: '服务对象人数', min: 0, max: 999999, example: '45', hint: '服务了多少人。' }),
      servedWho: f.string({
        label: '服务对象',
        max: 40,
        example: '辖区老年人',
        hint: '写一类人，例如：独居老人、辖区儿童；不写姓名、电话和证件号。',
      }),
      hours: f.number({
        label: '每人服务时长（小时）',
        min: 0,
        max: 999,
        decimals: 1,
        example: '2.5',
        hint: '每位志愿者服务了几小时，可以有一位小数；不填就按活动的开始和结束时间算。',
      }),
      recorder: f.string({ label: '记录人', max: 20, example: '李娜', hint: '填写这份台账的社区工作人员。' }),
      media: f.objectList({
        label: '媒体报道',
        max: 20,
        hint: '报道过这次活动的报纸、电视、公众号文章。',
        fields: {
          name: f.string({ label: '媒体和标题', required: true, max: 80, example: '姑苏晚报《桂花苑的暖心义诊》' }),
          url: f.string({
            label: '网址',
            pattern: { regex: /^https?:\/\/\S+$/, message: '以 https:// 或 http:// 开头的网址' },
            example: 'https://mp.weixin.qq.com/s/abcdef',
          }),
        },
      }),
      reportedTo: f.string({
        label: '上报给',
        max: 40,
        example: '街道文明办',
        hint: '活动照片和信息报给了哪个上级部门。',
      }),
      reportedOn: f.datetime({ label: '上报日期', example: '2027-03-06', hint: '格式：2027-03-06；不早于活动那天。' }),
    },
  }),
} satisfies Record<string, Field>;

export const storyFields = {
  ...entryBase,
  subject: f.string({ label: '人物或集体', required: true, max: 40, example: '张桂兰' }),
  honor: f.string({ label: '所获荣誉', max: 80, example: '2026 年度优秀志愿者' }),
  portrait: f.image({
    label: '人物照片',
    hint: '先进典型本人（或集体）的照片，显示在名字旁边；最好是胸像，竖的或方的。',
  }),
  portraitAlt: f.string({
    label: '人物照片说明',
    max: 120,
    hint: '有人物照片时必填，例如：张桂兰在社区活动室的笑脸。',
    example: '张桂兰在社区活动室',
  }),
  team,
} satisfies Record<string, Field>;

export const articleFields = {
  ...entryBase,
  source: f.string({ label: '来源', max: 60, hint: '发布这份资料的单位。', example: '街道社区卫生服务中心' }),
  reviewed: f.string({ label: '审核', max: 60, hint: '核实内容的人或单位。', example: '李医生（全科医师）' }),
} satisfies Record<string, Field>;

export const teamFields = {
  name: f.string({ label: '队名', required: true, max: 40, example: '银发先锋服务队' }),
  slug,
  categories: f.list({
    label: '服务领域',
    itemRelation: 'categories',
    hint: '这个队主要在哪些方面服务。',
    example: '[elderly, health]',
  }),
  leader: f.string({ label: '队长', max: 20, example: '陈建国' }),
  contact,
  founded: f.datetime({ label: '成立日期', hint: '格式：2019-03-05', example: '2019-03-05' }),
  members: f.number({ label: '队员人数', min: 1, max: 99999, example: '40' }),
  logo: f.image({ label: '队标' }),
} satisfies Record<string, Field>;

export const pageFields = {
  title,
  slug,
  order: f.number({ label: '排序', min: 0, max: 999, hint: '数字小的排在导航前面。', example: '1' }),
} satisfies Record<string, Field>;

export const siteFields = {
  name: f.string({ label: '网站名称', required: true, max: 30, example: '邻里·志愿服务' }),
  community: f.string({ label: '社区名称', required: true, max: 40, example: '桂花苑社区' }),
  description: f.text({ label: '网站简介', required: true, max: 160 }),
  url: f.string({
    label: '网站地址',
    required: true,
    pattern: { regex: /^https:\/\/[a-z0-9.-]+(?::\d+)?$/, message: '以 https:// 开头、结尾不带斜杠的网站地址' },
    example: 'https://linli.example.cn',
    hint: '以 https:// 开头，结尾不带斜杠。',
  }),
  address: f.string({ label: '地址', required: true, max: 80 }),
  phone: phone(),
  email: f.string({
    label: '电子邮箱',
    pattern: { regex: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: '电子邮箱地址' },
    example: 'linli@example.cn',
  }),
  icp: f.string({ label: 'ICP 备案号', max: 40, example: '苏ICP备00000000号' }),
  wechatQr: f.image({
    label: '居民微信群二维码',
    hint: '微信群的二维码 7 天后失效（群满 200 人后也不能再扫码进群）：换成群主的个人二维码或企业微信群二维码更长久。',
  }),
  wechatQrDate: f.datetime({
    label: '二维码生成日期',
    hint: '在微信里生成这张群二维码的日期；超过 7 天，生成网站时会提醒更换。',
    example: '2027-03-01',
  }),
  footer: f.text({ label: '页脚文字', max: 200 }),
  notice: f.object({
    label: '紧急通知',
    hint: '停水停电、活动临时取消这类要让大家马上知道的事：显示在首页顶部，并插播在电子屏上；到期后自动不再显示。',
    fields: {
      text: f.text({
        label: '通知内容',
        required: true,
        max: 80,
        example: '12月3日 9:00–17:00 3 号楼停水，请提前储水。',
      }),
      until: f.datetime({
        label: '显示到',
        time: true,
        bareDate: 'end-of-day',
        example: '2027-12-03 17:00',
        hint: '过了这个时间就不再显示；不填则一直显示，记得事后删掉。',
      }),
    },
  }),
  screenNight: f.string({
    label: '电子屏熄屏时段',
    pattern: { regex: NIGHT_PATTERN, message: '两个时间，中间用连字符，例如 22:00-06:30' },
    example: '22:00-06:30',
    hint: `社区办公室电子屏每天这段时间变黑，省电也防止烧屏；不填为 ${DEFAULT_NIGHT}。`,
  }),
} satisfies Record<string, Field>;

export const categoryFields = {
  id: f.string({
    label: '分类编号',
    required: true,
    pattern: f.SLUG_PATTERN,
    example: 'neighborhood',
    hint: '小写英文，用在网址里，定下后不要再改。',
  }),
  name: f.string({ label: '分类名称', required: true, max: 10, example: '邻里守望' }),
  description: f.text({ label: '说明', max: 120 }),
} satisfies Record<string, Field>;

export const synonymFields = {
  groups: f.objectList({
    label: '同义词组',
    hint: '居民搜索时常用的说法。搜到组里任何一个词，也会找到写着其他词的内容。',
    max: 500,
    fields: {
      words: f.list({
        label: '意思相同的词',
        required: true,
        hint: '先写网站上用的词，再写居民常说的说法，用逗号、顿号或空格隔开，例如：就医，看病，看医生',
        example: '[就医, 看病, 看医生]',
      }),
    },
  }),
} satisfies Record<string, Field>;

/** Page slugs that would shadow a built-in route. */
export const RESERVED_PAGE_SLUGS = [
  'events',
  'stories',
  'articles',
  'teams',
  'categories',
  'search',
  'screen',
  'records',
  'schedule',
  'admin',
  'uploads',
  'pagefind',
  '404',
  '_astro',
];

/**
 * A rule across fields, written once with its words: the build and the CMS both check it through
 * the schema, and docs/content-fields.md lists it under its collection.
 */
export interface Rule<D> {
  /** The field the mistake is shown at (`record.reportedOn`: a field inside a group). */
  field: string;
  /** The rule as the field reference states it. */
  text: string;
  broken: (d: D) => boolean;
  message: string;
  fix: string;
}

type Ctx = z.core.$RefinementCtx<unknown>;
function checkRules<D>(rules: readonly Rule<D>[]) {
  return (d: D, ctx: Ctx) => {
    for (const r of rules) {
      if (r.broken(d))
        ctx.addIssue({
          code: 'custom',
          path: r.field.split('.'),
          message: 'rule',
          params: { message: r.message, fix: r.fix },
          input: ctx.value,
        });
    }
  };
}

interface WithCover {
  cover?: string | undefined;
  coverAlt?: string | undefined;
}
const coverNeedsAlt: Rule<WithCover> = {
  field: 'coverAlt',
  text: '有封面图（cover）时必须写封面图说明（coverAlt）',
  broken: (d) => Boolean(d.cover && !d.coverAlt),
  message: '有封面图，但没有写封面图说明。',
  fix: '用一句话描述图片内容，例如：志愿者在小区门口为老人量血压。',
};

interface EventTimesInput {
  start: Date;
  end?: Date | undefined;
  deadline?: Date | undefined;
  status?: string | undefined;
  statusNote?: string | undefined;
  record?: { servedWho?: string | undefined; recorder?: string | undefined; reportedOn?: Date | undefined } | undefined;
  platform?: { url?: string | undefined; qr?: string | undefined } | undefined;
}

/**
 * A phone number or an ID-card number: seven digits or more in a row, spaces and hyphens between
 * them allowed (138 1234 5678, 0512-66881234, 32050219500101123X). Names of groups and of the
 * worker who keeps the record never need one; a resident's number must not be published.
 */
export const PERSONAL_NUMBER = /\d(?:[\s-]?\d){6,}/;
const noPersonalNumber = (field: 'servedWho' | 'recorder', label: string, fix: string): Rule<EventTimesInput> => ({
  field: `record.${field}`,
  text: `${label}（record.${field}）里不能有电话号码或身份证号`,
  broken: (d) => PERSONAL_NUMBER.test(d.record?.[field] ?? ''),
  message: `「${label}」里像是有电话号码或身份证号：网站是公开的，不能登出个人信息。`,
  fix,
});
export const eventRules: readonly Rule<EventTimesInput & WithCover>[] = [
  {
    field: 'end',
    text: '结束时间（end）不能早于开始时间（start）',
    broken: (d) => Boolean(d.end && d.end < d.start),
    message: '结束时间早于开始时间。',
    fix: '把结束时间改成开始时间之后；活动当天结束的话，也可以不填结束时间。',
  },
  {
    field: 'deadline',
    text: '报名截止（deadline）不能晚于开始时间（start）',
    broken: (d) => Boolean(d.deadline && d.deadline > d.start),
    message: '报名截止时间晚于活动开始时间。',
    fix: '把报名截止改成开始时间之前；开始前都能报名的话，也可以不填报名截止。',
  },
  {
    field: 'statusNote',
    text: '取消或延期的说明（statusNote）只和特殊状态（status）一起写',
    broken: (d) => Boolean(d.statusNote && !d.status),
    message: '写了取消或延期的说明，但没有选特殊状态（已取消或已延期）。',
    fix: '活动取消或延期时，在“特殊状态”里选一项；照常举行的话，删掉这句说明。',
  },
  coverNeedsAlt,
  {
    field: 'record.reportedOn',
    text: '上报日期（record.reportedOn）不能早于活动那天',
    broken: (d) => Boolean(d.record?.reportedOn && isoDateCst(d.record.reportedOn) < isoDateCst(d.start)),
    message: '上报日期早于活动那天：活动还没办，不能已经上报。',
    fix: '改成活动当天或之后报上去的日期；还没上报的话，删掉上报日期。',
  },
  noPersonalNumber(
    'servedWho',
    '服务对象',
    '只写一类人和人数，例如：独居老人；个人的电话、证件号留在社区的纸质台账里。',
  ),
  {
    field: 'platform.url',
    text: '写了志愿服务平台（platform）时，报名网址（url）和报名二维码（qr）至少写一个',
    broken: (d) => Boolean(d.platform && !d.platform.url && !d.platform.qr),
    message: '写了平台名称，但没有报名网址，也没有报名二维码：居民不知道去哪里报名。',
    fix: '写上平台上这项活动的网址（https:// 开头），或者上传它的二维码图片；不在平台上报名的话，删掉平台名称。',
  },
  noPersonalNumber('recorder', '记录人', '只写记录人的姓名；社区的联系电话在网站设置里。'),
];
export const entryRules: readonly Rule<WithCover>[] = [coverNeedsAlt];
export const storyRules: readonly Rule<
  WithCover & { portrait?: string | undefined; portraitAlt?: string | undefined }
>[] = [
  coverNeedsAlt,
  {
    field: 'portraitAlt',
    text: '有人物照片（portrait）时必须写人物照片说明（portraitAlt）',
    broken: (d) => Boolean(d.portrait && !d.portraitAlt),
    message: '有人物照片，但没有写人物照片说明。',
    fix: '用一句话描述照片，例如：张桂兰在社区活动室。',
  },
];
export const pageRules: readonly Rule<{ slug?: string | undefined }>[] = [
  {
    field: 'slug',
    text: `单页的网址名不能用网站栏目已占用的地址（${RESERVED_PAGE_SLUGS.join('、')}）`,
    broken: (d) => Boolean(d.slug && RESERVED_PAGE_SLUGS.includes(d.slug)),
    message: '这个网址名是网站已用的栏目地址。',
    fix: '换一个网址名，例如在后面加上 -info。',
  },
];

export const eventSchema = f.strictObject(eventFields).superRefine(checkRules(eventRules));
export const storySchema = f.strictObject(storyFields).superRefine(checkRules(storyRules));
export const articleSchema = f.strictObject(articleFields).superRefine(checkRules(entryRules));
export const teamSchema = f.strictObject(teamFields);
export const pageSchema = f.strictObject(pageFields).superRefine(checkRules(pageRules));
export const siteSchema = f.strictObject(siteFields);
export const categorySchema = f.strictObject(categoryFields);
export const synonymSchema = f.strictObject(synonymFields);

export type EventData = z.output<typeof eventSchema>;
export type StoryData = z.output<typeof storySchema>;
export type ArticleData = z.output<typeof articleSchema>;
export type TeamData = z.output<typeof teamSchema>;
export type PageData = z.output<typeof pageSchema>;
export type SiteData = z.output<typeof siteSchema>;
export type CategoryData = z.output<typeof categorySchema>;
export type SynonymData = z.output<typeof synonymSchema>;

/** The collections written as Markdown files, each in `content/<folder>/`. */
export const markdownCollections = {
  events: { label: '活动公告', folder: 'events', fields: eventFields, schema: eventSchema, rules: eventRules },
  stories: { label: '先进典型', folder: 'stories', fields: storyFields, schema: storySchema, rules: storyRules },
  articles: { label: '宣传资料', folder: 'articles', fields: articleFields, schema: articleSchema, rules: entryRules },
  teams: { label: '志愿服务队', folder: 'teams', fields: teamFields, schema: teamSchema, rules: [] },
  pages: { label: '单页', folder: 'pages', fields: pageFields, schema: pageSchema, rules: pageRules },
} as const;

export type MarkdownCollection = keyof typeof markdownCollections;

/**
 * The data files: `content/site.yml` (one object), `content/categories.yml` (a list) and
 * `content/search-synonyms.yml` (optional: without it search just has no synonyms).
 */
export const dataFiles = {
  site: { label: '网站设置', file: 'site.yml', fields: siteFields, schema: siteSchema },
  categories: { label: '分类', file: 'categories.yml', fields: categoryFields, schema: categorySchema },
  synonyms: { label: '搜索同义词', file: 'search-synonyms.yml', fields: synonymFields, schema: synonymSchema },
} as const;

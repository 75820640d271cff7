import type { BadCase } from './fixtures';

/** What each broken fixture must report: the file, the field and words of the fix. */
export const expected: Record<BadCase, { file: string; field?: string; message: RegExp; fix: RegExp }> = {
  'yaml-syntax': {
    file: 'content/events/yizhen.md',
    field: 'location',
    message: /第 5 行「location: 社区服务中心: 一楼」读不出来/,
    fix: /引号/,
  },
  'missing-field': {
    file: 'content/events/yizhen.md',
    field: 'location',
    message: /缺少必填项「活动地点」/,
    fix: /添加一行：location: /,
  },
  'unknown-field': {
    file: 'content/events/yizhen.md',
    field: 'loaction',
    message: /不认识的字段「loaction」/,
    fix: /是不是想写 location（活动地点）/,
  },
  'bad-date': {
    file: 'content/events/yizhen.md',
    field: 'start',
    message: /「2027-02-30 09:00」 不是有效的日期时间/,
    fix: /start: 2027-03-05 09:00/,
  },
  'end-before-start': {
    file: 'content/events/yizhen.md',
    field: 'end',
    message: /结束时间早于开始时间/,
    fix: /把结束时间改成开始时间之后/,
  },
  'deadline-after-start': {
    file: 'content/events/yizhen.md',
    field: 'deadline',
    message: /报名截止时间晚于活动开始时间/,
    fix: /把报名截止改成开始时间之前/,
  },
  'unknown-category': {
    file: 'content/stories/zhang.md',
    field: 'category',
    message: /分类「elderlyy」不存在/,
    fix: /elderly（助老助残）/,
  },
  'unknown-team': {
    file: 'content/events/yizhen.md',
    field: 'team',
    message: /服务队「qingchun」不存在/,
    fix: /yinfa（银发服务队）/,
  },
  'duplicate-slug': {
    file: 'content/articles/fangdie.md',
    field: 'slug',
    message: /已经被 .*content\/articles\/fangdie-2\.md 用了/,
    fix: /slug: fangdie-2/,
  },
  'non-ascii-filename': {
    file: 'content/articles/燃气安全.md',
    field: 'slug',
    message: /文件名「燃气安全」不能直接用作网址/,
    fix: /slug: ran-qi-an-quan-chang-shi/,
  },
  'missing-cover': {
    file: 'content/stories/zhang.md',
    field: 'cover',
    message: /找不到图片 public\/uploads\/no-such-photo\.jpg/,
    fix: /public\/uploads/,
  },
  'cover-without-alt': {
    file: 'content/articles/fangdie.md',
    field: 'coverAlt',
    message: /没有写封面图说明/,
    fix: /描述图片内容/,
  },
  'slug-not-ascii': {
    file: 'content/events/yizhen.md',
    field: 'slug',
    message: /「社区义诊」 格式不对，这里要写只用小写英文字母/,
    fix: /slug: she-qu-yi-zhen/,
  },
  'category-by-name': {
    file: 'content/stories/zhang.md',
    field: 'category',
    message: /分类要写编号，不写名称/,
    fix: /category: elderly/,
  },
  'missing-body-image': {
    file: 'content/articles/fangdie.md',
    field: '正文',
    message: /找不到图片 public\/uploads\/fanghua-dian\.jpg/,
    fix: /!\[说明\]\(路径\)/,
  },
  'missing-recap-photo': {
    file: 'content/events/yizhen.md',
    field: 'photos',
    message: /找不到图片 public\/uploads\/no-such-recap\.jpg/,
    fix: /public\/uploads/,
  },
  'photo-without-alt': {
    file: 'content/events/yizhen.md',
    field: 'photos.alt',
    message: /缺少必填项「照片内容」/,
    fix: /在「活动照片」第 1 项里添加一行：alt: /,
  },
  'portrait-without-alt': {
    file: 'content/stories/zhang.md',
    field: 'portraitAlt',
    message: /没有写人物照片说明/,
    fix: /描述照片/,
  },
};

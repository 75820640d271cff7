import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/repository';
import { ContentError } from '../../src/content/problems';
import { eventSchema, markdownCollections } from '../../src/content/model';
import { badCases, contentTree, type BadCase } from '../helpers/fixtures';
import { expected } from '../helpers/expected';

async function errorOf(name: BadCase): Promise<ContentError> {
  try {
    await loadContent(contentTree(name));
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return e as ContentError;
  }
  throw new Error(`fixture ${name} loaded without error`);
}

describe('content check', () => {
  it('accepts the valid fixture site and reads times as Beijing time', async () => {
    const c = await loadContent(contentTree('ok'));
    expect(c.events.map((e) => e.slug)).toEqual(['yizhen']);
    expect(c.events[0]!.data.start.toISOString()).toBe('2027-03-05T01:00:00.000Z');
    expect(c.articles[0]!.html).toContain('<h2 id="要点">');
    expect(c.site.name).toBe('测试志愿服务站');
  });

  it.each(badCases)('%s: one problem naming the file, field and fix', async (name) => {
    const error = await errorOf(name);
    const want = expected[name];
    expect(error.problems, JSON.stringify(error.problems, null, 2)).toHaveLength(1);
    const p = error.problems[0]!;
    expect(p.file.endsWith(want.file)).toBe(true);
    if (want.field) expect(p.field).toBe(want.field);
    expect(p.message).toMatch(want.message);
    expect(p.fix).toMatch(want.fix);
    // The report as the build prints it (the loader throws this error; Astro prints its message).
    expect(error.message).toContain('内容检查发现 1 处问题');
    expect(error.message).toContain(`✗ ${want.file}`);
    if (want.field) expect(error.message).toContain(`字段：${want.field}`);
    expect(error.message).toMatch(want.message);
    expect(error.message).toMatch(want.fix);
  });

  it('collects every problem instead of stopping at the first', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('unknown-team');
    writeFileSync(`${paths.contentDir}/articles/bad.md`, '---\ntitle: 坏\ndate: 2026-13-01\ncategory: nope\n---\n');
    const err = await loadContent(paths).catch((e: ContentError) => e);
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).problems.map((p) => p.field).sort()).toEqual(['date', 'team']);
    expect((err as ContentError).message).toContain('内容检查发现 2 处问题');
  });

  it('never builds drafts', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    writeFileSync(
      `${paths.contentDir}/events/draft.md`,
      '---\ntitle: 草稿\ndate: 2027-01-01\nstart: 2027-02-01 09:00\nlocation: 某处\ncategory: health\ndraft: true\n---\n',
    );
    const c = await loadContent(paths);
    expect(c.events.map((e) => e.slug)).toEqual(['yizhen']);
  });
});

describe('more mistakes editors make', () => {
  const event = (front: string) =>
    `---\ntitle: 义诊\ndate: 2027-01-01\nstart: 2027-03-05 09:00\nlocation: 服务中心\ncategory: health\n${front}---\n正文\n`;
  it.each([
    ['no front matter', '社区义诊，欢迎参加。', undefined, /没有信息区/, /第一行写 ---/],
    [
      'a word where a number belongs',
      event('volunteers: 很多\n'),
      'volunteers',
      /类型不对，这里应该写数字/,
      /volunteers: 1/,
    ],
    [
      'a status that is not an option',
      event('status: 取消\n'),
      'status',
      /「取消」 不是可选的值/,
      /cancelled（已取消）、postponed（已延期）/,
    ],
    ['the same field twice', event('location: 二楼\n'), 'location', /同一个字段写了两次/, /删掉重复的那一行/],
    [
      'a summary that is too long',
      event(`summary: ${'长'.repeat(130)}\n`),
      'summary',
      /最多 120 个字，现在有 130 个字/,
      /删减文字/,
    ],
    [
      'an all-digit slug',
      event('slug: "2027"\n'),
      'slug',
      /网址名「2027」不能全是数字，否则会和列表的分页地址/,
      /换一个网址名/,
    ],
    [
      'a phone that is not a phone',
      event('contact:\n  name: 王\n  phone: 打我电话\n'),
      'contact.phone',
      /「打我电话」 格式不对，这里要写电话号码/,
      /contact.phone: 0512-6688 1234/,
    ],
    ['a full-width colon', event('volunteers：6\n'), 'volunteers', /第 7 行字段名后面用了中文冒号/, /volunteers: 6/],
    ['Tab indentation', event('contact:\n\tname: 王\n'), 'name', /第 8 行用 Tab 键缩进了/, /改用空格/],
    ['an empty required value', event('').replace('title: 义诊', 'title:'), 'title', /「标题」是空的/, /title: /],
    [
      'a misspelt sub-field',
      event('contact:\n  name: 王\n  phnoe: 0512-1234 5678\n'),
      'contact.phnoe',
      /不认识的字段「phnoe」/,
      /contact.phone（电话）/,
    ],
    // 活动台账 (record): each field's mistake, named with its group.
    [
      'a negative count',
      event('record:\n  volunteers: -3\n'),
      'record.volunteers',
      /「-3」 太小了，最小是 0/,
      /不小于 0/,
    ],
    [
      'a count in words',
      event('record:\n  served: 四十多\n'),
      'record.served',
      /类型不对，这里应该写数字/,
      /served: 45/,
    ],
    ['a count with a decimal', event('record:\n  served: 12.5\n'), 'record.served', /应该写整数/, /served: 45/],
    ['hours with two decimals', event('record:\n  hours: 2.25\n'), 'record.hours', /最多写一位小数/, /例如 2.5/],
    [
      'a report before the activity',
      event('record:\n  reportedOn: 2027-03-04\n'),
      'record.reportedOn',
      /上报日期早于活动那天/,
      /改成活动当天或之后/,
    ],
    [
      'a phone number among those served',
      event('record:\n  servedWho: 独居老人王阿姨 138 1234 5678\n'),
      'record.servedWho',
      /「服务对象」里像是有电话号码或身份证号/,
      /只写一类人/,
    ],
    [
      'an ID-card number as the recorder',
      event('record:\n  recorder: 李 32050219800101123X\n'),
      'record.recorder',
      /「记录人」里像是有电话号码或身份证号/,
      /只写记录人的姓名/,
    ],
    [
      'a misspelt record field',
      event('record:\n  volunteer: 12\n'),
      'record.volunteer',
      /不认识的字段「volunteer」/,
      /record.volunteers（志愿者人数）/,
    ],
    // 志愿服务平台 (platform)
    [
      'a platform address that is not https',
      event('platform:\n  name: 志愿汇\n  url: http://www.zhiyuanhui.com/a/1\n'),
      'platform.url',
      /格式不对，这里要写以 https:\/\/ 开头的网址/,
      /platform.url: https:\/\//,
    ],
    [
      'a platform with neither an address nor a QR code',
      event('platform:\n  name: 志愿汇\n'),
      'platform.url',
      /没有报名网址，也没有报名二维码/,
      /上传它的二维码图片/,
    ],
    [
      'a platform QR code that is not there',
      event('platform:\n  name: 志愿汇\n  qr: /uploads/no-such-qr.png\n'),
      'platform',
      /no-such-qr\.png/,
      /public\/uploads|上传/,
    ],
  ])('%s', async (_name, text, field, message, fix) => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    writeFileSync(`${paths.contentDir}/events/yizhen.md`, text);
    const err = (await loadContent(paths).catch((e: unknown) => e)) as ContentError;
    expect(err).toBeInstanceOf(ContentError);
    expect(err.problems, JSON.stringify(err.problems)).toHaveLength(1);
    const p = err.problems[0]!;
    expect(p.file).toBe('content/events/yizhen.md');
    expect(p.field).toBe(field);
    expect(p.message).toMatch(message);
    expect(p.fix).toMatch(fix);
  });

  it('takes a record filled in on the day of the activity, with decimals of hours', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    const record =
      'record:\n  volunteers: 12\n  served: 45\n  servedWho: 独居老人\n  hours: 2.5\n  reportedOn: 2027-03-05\n';
    writeFileSync(`${paths.contentDir}/events/yizhen.md`, event(record));
    const c = await loadContent(paths);
    expect(c.events[0]!.data.record).toMatchObject({ volunteers: 12, served: 45, hours: 2.5 });
  });

  it('takes a blank optional value as not written', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    writeFileSync(`${paths.contentDir}/events/yizhen.md`, event('end:\nteam:\n'));
    const c = await loadContent(paths);
    expect(c.events[0]!.data.end).toBeUndefined();
  });

  it('rejects a single page that would take over a section address', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    writeFileSync(`${paths.contentDir}/pages/events.md`, '---\ntitle: 活动\n---\n');
    const err = (await loadContent(paths).catch((e: unknown) => e)) as ContentError;
    expect(err.problems[0]).toMatchObject({ file: 'content/pages/events.md', field: 'slug' });
  });
});

/** An activity with only its required fields, as the CMS or an editor writes it. */
const base = {
  title: '义诊',
  date: '2027-01-01',
  start: '2027-03-05 09:00',
  location: '服务中心',
  category: 'health',
};

describe('content model', () => {
  it('rejects unknown fields', () => {
    const r = eventSchema.safeParse({ ...base, loaction: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
  it('takes numbers YAML produced as text (phones, tags)', () => {
    const r = eventSchema.parse({ ...base, tags: [119, '消防'], contact: { name: '王', phone: 13912345678 } });
    expect(r.tags).toEqual(['119', '消防']);
    expect(r.contact?.phone).toBe('13912345678');
  });
  it('limits summaries to 120 characters', () => {
    expect(eventSchema.safeParse({ ...base, summary: '字'.repeat(121) }).success).toBe(false);
    expect(eventSchema.safeParse({ ...base, summary: '字'.repeat(120) }).success).toBe(true);
  });
  it('gives every field a Chinese label', () => {
    for (const c of Object.values(markdownCollections)) {
      for (const [name, f] of Object.entries(c.fields)) expect(f.label, name).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('dates written without a time', () => {
  const base = { title: '义诊', date: '2027-01-01', location: '服务中心', category: 'health' };
  it('an end or deadline date means the end of that Beijing day', () => {
    const e = eventSchema.parse({ ...base, start: '2027-07-01 09:00', end: '2027-07-02', deadline: '2027-06-30' });
    expect(e.end!.toISOString()).toBe('2027-07-02T15:59:59.999Z');
    expect(e.deadline!.toISOString()).toBe('2027-06-30T15:59:59.999Z');
    // An end on the start's own day is not "before the start".
    expect(eventSchema.safeParse({ ...base, start: '2027-07-01 09:00', end: '2027-07-01' }).success).toBe(true);
  });
  it('a start without a time of day is refused with an example', async () => {
    const r = eventSchema.safeParse({ ...base, start: '2027-07-01' }, { reportInput: true });
    expect(r.success).toBe(false);
    const { issueToProblems } = await import('../../src/content/issues');
    const [p] = issueToProblems(r.error!.issues[0]!, markdownCollections.events.fields, 'x.md');
    expect(p).toMatchObject({
      field: 'start',
      message: expect.stringMatching(/没写几点开始/),
      fix: expect.stringMatching(/start: 2027-07-01 09:00/),
    });
  });
});

describe('what the CMS writes', () => {
  it('splits tags on any comma and drops blanks', () => {
    expect(eventSchema.parse({ ...base, tags: ['义诊，健康、 老人', ''] }).tags).toEqual(['义诊', '健康', '老人']);
  });
  it('takes a cleared contact as no contact, and empty optional dates as not set', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    writeFileSync(
      `${paths.contentDir}/events/yizhen.md`,
      '---\ntitle: 义诊\ndate: 2027-01-01\nstart: 2027-03-05 09:00\nend: ""\ndeadline: ""\n' +
        'location: 服务中心\ncategory: health\ncontact:\n  name: ""\n  phone: ""\n---\n',
    );
    const c = await loadContent(paths);
    expect(c.events[0]!.data.contact).toBeUndefined();
    expect(c.events[0]!.data.end).toBeUndefined();
  });
});

describe('the content check reports', () => {
  it('every problem in every file in one run, in the same order every time', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    writeFileSync(`${paths.contentDir}/articles/b.md`, '---\ntitle: 乙\ndate: 2026-13-01\ncategory: health\n---\n');
    writeFileSync(`${paths.contentDir}/articles/a.md`, '---\ntitle: 甲\ndate: 2026-01-01\ncategory: nope\n---\n');
    writeFileSync(`${paths.contentDir}/stories/c.md`, '---\ntitle: 丙\ndate: 2026-01-01\ncategory: health\n---\n');
    const run = async () =>
      ((await loadContent(paths).catch((e: unknown) => e)) as ContentError).problems.map((p) => `${p.file} ${p.field}`);
    const first = await run();
    expect(first).toEqual([
      'content/articles/a.md category',
      'content/articles/b.md date',
      'content/stories/c.md subject',
    ]);
    expect(await run()).toEqual(first);
  });

  it('an empty categories.yml as a mistake, not as "no category check"', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    writeFileSync(`${paths.contentDir}/categories.yml`, '# 还没有分类\n');
    const err = (await loadContent(paths).catch((e: unknown) => e)) as ContentError;
    expect(err).toBeInstanceOf(ContentError);
    expect(err.problems.map((p) => p.message)).toEqual(['分类列表是空的：每篇内容都要有一个分类。']);
  });

  it('no mistake for a full-width colon inside block text', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    const text =
      '---\ntitle: 义诊\ndate: 2027-01-01\nstart: 2027-03-05 09:00\nlocation: 服务中心\ncategory: health\n' +
      'signup: |\n  报名方式：电话报名\n  note：带上医保卡\n---\n正文\n';
    writeFileSync(`${paths.contentDir}/events/yizhen.md`, text);
    const c = await loadContent(paths);
    expect(c.events[0]!.data.signup).toContain('note：带上医保卡');
  });

  it('categories under a `categories:` key, as the CMS writes them', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    const file = `${paths.contentDir}/categories.yml`;
    writeFileSync(file, `categories:\n${readFileSync(file, 'utf8').replace(/^/gm, '  ')}`);
    const c = await loadContent(paths);
    expect(c.categories.map((x) => x.id).length).toBeGreaterThan(1);
  });

  it('search synonyms as optional, and a group of one word as a mistake with its fix', async () => {
    const { writeFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    expect((await loadContent(paths)).synonyms).toEqual([]);
    const file = `${paths.contentDir}/search-synonyms.yml`;
    writeFileSync(file, 'groups:\n  - words: [就医, 看病]\n  - words: [广场舞，跳舞]\n');
    expect((await loadContent(paths)).synonyms).toEqual([
      ['就医', '看病'],
      ['广场舞', '跳舞'],
    ]);
    writeFileSync(file, 'groups:\n  - words: [就医, 看病]\n  - words: [义诊]\n');
    const problems = await loadContent(paths).then(
      () => [],
      (e: ContentError) => e.problems,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/search-synonyms.yml', field: 'groups' });
    expect(problems[0]!.message).toMatch(/第 2 组只有一个词「义诊」/);
    expect(problems[0]!.fix).toMatch(/再写一个意思相同的词/);
  });
});

describe('uploads no content shows', () => {
  it('are listed for cleanup, without stopping the build', async () => {
    const { copyFileSync } = await import('node:fs');
    const paths = contentTree('ok');
    copyFileSync(`${paths.publicDir}/uploads/wechat-qr.png`, `${paths.publicDir}/uploads/换掉的照片.png`);
    const c = await loadContent(paths);
    expect(c.warnings.filter((w) => w.includes('没有被任何内容用到'))).toEqual([
      '这些上传的图片没有被任何内容用到：/uploads/换掉的照片.png。不需要的话，可以在内容管理的“图片库”里删掉。',
    ]);
  });
});

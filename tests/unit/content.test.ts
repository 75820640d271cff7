import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/repository';
import { ContentError, type ContentProblem } from '../../src/content/problems';
import { eventSchema, markdownCollections } from '../../src/content/model';
import { badCases, contentTree, type BadCase } from '../helpers/fixtures';

async function problemsOf(name: BadCase): Promise<ContentProblem[]> {
  try {
    await loadContent(contentTree(name));
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
  throw new Error(`fixture ${name} loaded without error`);
}

/** What each broken fixture must report: the file, the field and words of the fix. */
export const expected: Record<BadCase, { file: string; field?: string; message: RegExp; fix: RegExp }> = {
  'yaml-syntax': { file: 'content/events/yizhen.md', message: /第 5 行/, fix: /引号/ },
  'missing-field': { file: 'content/events/yizhen.md', field: 'location', message: /缺少必填项「活动地点」/, fix: /添加一行：location: / },
  'unknown-field': { file: 'content/events/yizhen.md', field: 'loaction', message: /不认识的字段「loaction」/, fix: /是不是想写 location（活动地点）/ },
  'bad-date': { file: 'content/events/yizhen.md', field: 'start', message: /「2027-02-30 09:00」 不是有效的日期时间/, fix: /start: 2027-03-05 09:00/ },
  'end-before-start': { file: 'content/events/yizhen.md', field: 'end', message: /结束时间早于开始时间/, fix: /把 end 改成/ },
  'deadline-after-start': { file: 'content/events/yizhen.md', field: 'deadline', message: /报名截止时间晚于活动开始时间/, fix: /deadline/ },
  'unknown-category': { file: 'content/stories/zhang.md', field: 'category', message: /分类「elderlyy」不存在/, fix: /elderly（助老助残）/ },
  'unknown-team': { file: 'content/events/yizhen.md', field: 'team', message: /服务队「qingchun」不存在/, fix: /yinfa（银发服务队）/ },
  'duplicate-slug': { file: 'content/articles/fangdie.md', field: 'slug', message: /已经被 content\/articles\/fangdie-2\.md 用了/, fix: /slug: fangdie-2/ },
  'non-ascii-filename': { file: 'content/articles/燃气安全.md', field: 'slug', message: /文件名「燃气安全」不能直接用作网址/, fix: /slug: ran-qi-an-quan-chang-shi/ },
  'missing-cover': { file: 'content/stories/zhang.md', field: 'cover', message: /找不到图片 public\/uploads\/no-such-photo\.jpg/, fix: /public\/uploads/ },
  'cover-without-alt': { file: 'content/articles/fangdie.md', field: 'coverAlt', message: /没有写封面图说明/, fix: /coverAlt: / },
};

describe('content check', () => {
  it('accepts the valid fixture site and reads times as Beijing time', async () => {
    const c = await loadContent(contentTree('ok'));
    expect(c.events.map((e) => e.slug)).toEqual(['yizhen']);
    expect(c.events[0]!.data.start.toISOString()).toBe('2027-03-05T01:00:00.000Z');
    expect(c.articles[0]!.html).toContain('<h2 id="要点">');
    expect(c.site.name).toBe('测试志愿服务站');
  });

  it.each(badCases)('%s: one problem naming the file, field and fix', async (name) => {
    const problems = await problemsOf(name);
    const want = expected[name];
    expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
    const p = problems[0]!;
    expect(p.file.endsWith(want.file)).toBe(true);
    if (want.field) expect(p.field).toBe(want.field);
    expect(p.message).toMatch(want.message);
    expect(p.fix).toMatch(want.fix);
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
    writeFileSync(`${paths.contentDir}/events/draft.md`, '---\ntitle: 草稿\ndate: 2027-01-01\nstart: 2027-02-01 09:00\nlocation: 某处\ncategory: health\ndraft: true\n---\n');
    const c = await loadContent(paths);
    expect(c.events.map((e) => e.slug)).toEqual(['yizhen']);
  });
});

describe('content model', () => {
  const base = { title: '义诊', date: '2027-01-01', start: '2027-03-05 09:00', location: '服务中心', category: 'health' };
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

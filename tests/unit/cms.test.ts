import { describe, expect, it } from 'vitest';
import { decapCollections, type DecapField } from '../../src/content/cms';
import { markdownCollections } from '../../src/content/model';

const categories = [
  { id: 'health', name: '健康卫生' },
  { id: 'elderly', name: '助老助残' },
];
const collections = decapCollections(categories, { content: 'content', uploads: 'public/uploads' });
const fieldsOf = (name: string) => (collections.find((c) => c.name === name)?.fields ?? []) as unknown as DecapField[];
const field = (collection: string, name: string) => fieldsOf(collection).find((f) => f.name === name)!;

describe('CMS configuration derived from the content model', () => {
  it('has every field of every collection, with the same label and required-ness', () => {
    for (const [name, c] of Object.entries(markdownCollections)) {
      const cms = fieldsOf(name);
      expect(cms.map((f) => f.name).sort()).toEqual([...Object.keys(c.fields), 'body'].sort());
      for (const [k, f] of Object.entries(c.fields)) {
        const d = cms.find((x) => x.name === k)!;
        // The slug is required in the form; a published entry's file name counts as its value.
        expect([d.label, d.required]).toEqual([f.label, k === 'slug' ? true : f.required]);
      }
    }
  });

  it('lets editors keep the search synonyms under 设置, as a list of word groups', () => {
    const settings = collections.find((c) => c.name === 'settings')!;
    const file = settings.files!.find((f) => f.name === 'synonyms')!;
    expect(file).toMatchObject({ label: '搜索同义词', file: 'content/search-synonyms.yml' });
    const groups = (file.fields as unknown as DecapField[])[0]!;
    expect(groups).toMatchObject({ name: 'groups', widget: 'list', label: '同义词组' });
    expect((groups.fields as DecapField[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['words', 'linli-tags', true],
    ]);
  });

  it("gives an activity's recap the Markdown editor and its photos a list of small forms", () => {
    expect(field('events', 'recap')).toMatchObject({ widget: 'markdown', required: false });
    const photos = field('events', 'photos');
    expect(photos).toMatchObject({ widget: 'list', label_singular: '照片', max: 30, collapsed: false });
    const items = photos.fields as DecapField[];
    expect(items.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['image', 'linli-image', true],
      ['alt', 'string', true],
      ['caption', 'string', false],
    ]);
    expect(field('stories', 'portrait')).toMatchObject({ widget: 'linli-image', choose_url: false });
  });

  it('writes datetimes in the short Beijing-time form the site reads', () => {
    expect(field('events', 'start')).toMatchObject({ widget: 'linli-datetime', format: 'YYYY-MM-DD HH:mm' });
    expect(field('events', 'date')).toMatchObject({
      widget: 'linli-datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
  });

  it("puts an activity's form in the order people think: time, place, sign-up first; publishing details last", () => {
    const names = fieldsOf('events').map((f) => f.name);
    expect(names.slice(0, 7)).toEqual(['title', 'slug', 'start', 'end', 'location', 'signup', 'contact']);
    expect(names.slice(-5)).toEqual(['coverAlt', 'audio', 'tags', 'date', 'draft']);
  });

  it("offers images from the media library without Decap's pattern (it tests the bare file name)", () => {
    expect(field('events', 'cover')).toMatchObject({ widget: 'linli-image', choose_url: false });
    expect(field('events', 'cover').pattern).toBeUndefined();
  });

  it('offers only known categories and teams', () => {
    expect(field('events', 'category')).toMatchObject({
      widget: 'select',
      options: [
        { label: '健康卫生', value: 'health' },
        { label: '助老助残', value: 'elderly' },
      ],
    });
    expect(field('teams', 'categories')).toMatchObject({ widget: 'select', multiple: true });
    expect(field('events', 'team')).toMatchObject({ widget: 'relation', collection: 'teams', value_field: '{{slug}}' });
    expect(field('events', 'status')).toMatchObject({
      widget: 'select',
      options: [
        { label: '已取消', value: 'cancelled' },
        { label: '已延期', value: 'postponed' },
      ],
    });
  });

  it('carries the same patterns the build checks, with Chinese messages', () => {
    const slug = field('events', 'slug');
    expect(slug.widget).toBe('linli-slug');
    const [source, message] = slug.pattern as [string, string];
    expect(new RegExp(source).test('xueleifeng-2027')).toBe(true);
    expect(new RegExp(source).test('学雷锋')).toBe(false);
    expect(message).toMatch(/小写英文字母/);
    expect((field('events', 'contact').fields as DecapField[]).map((f) => [f.name, f.required])).toEqual([
      ['name', false],
      ['phone', false],
    ]);
  });
});

describe('the check the CMS runs before saving', () => {
  it("is the build's own check, with the same Chinese message", async () => {
    const { problemsBeforeSave, describeProblems } = await import('../../src/admin/validate');
    const data = {
      title: '义诊',
      slug: 'yi-zhen',
      date: '2027-01-01',
      start: '2027-03-05 09:00',
      end: '2027-03-05 08:00',
      deadline: '',
      location: '服务中心',
      category: 'health',
      body: '正文',
    };
    const problems = problemsBeforeSave('events', data);
    expect(problems.map((p) => p.field)).toEqual(['end']);
    expect(describeProblems(problems)).toMatch(/【结束时间】结束时间早于开始时间。把结束时间改成开始时间之后/);
    expect(problemsBeforeSave('events', { ...data, end: '2027-03-05 11:30' })).toEqual([]);
    expect(problemsBeforeSave('site', { name: '站' })[0]?.message).toMatch(/缺少必填项/);
  });

  it('limits lengths the way the build does', () => {
    const [source] = field('events', 'summary').pattern as [string];
    expect(new RegExp(source).test('字'.repeat(120))).toBe(true);
    expect(new RegExp(source).test('字'.repeat(121))).toBe(false);
  });
});

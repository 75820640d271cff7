/** What the CMS writes back: the file as it was, with only the changed field's line changed. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntry, SOURCE, writeEntry } from '../../src/admin/quiet-format';
import { fixturesDir } from '../helpers/fixtures';

const order = ['title', 'slug', 'date', 'category', 'summary', 'tags', 'start', 'end', 'location', 'contact'];
const files = ['events', 'stories', 'articles', 'teams', 'pages'].flatMap((folder) => {
  const dir = path.join(fixturesDir, 'site/content', folder);
  return readdirSync(dir).map((n) => path.join(dir, n));
});

/** Lines that differ between two texts (same line count assumed, else every line from the first change). */
const changed = (a: string, b: string) => {
  const [x, y] = [a.split('\n'), b.split('\n')];
  return Array.from({ length: Math.max(x.length, y.length) }, (_, i) => i).filter((i) => x[i] !== y[i]);
};

describe('the CMS file format', () => {
  it.each(files.map((f) => [path.relative(fixturesDir, f), f]))(
    'writes %s back unchanged when nothing changed',
    (_n, file) => {
      const text = readFileSync(file, 'utf8');
      expect(writeEntry(readEntry(text, true), true, order)).toBe(text);
    },
  );

  it('changes one line for one changed field, keeping order, quoting and inline lists', () => {
    const text = readFileSync(path.join(fixturesDir, 'site/content/events/xianxue-2027.md'), 'utf8');
    const data = readEntry(text, true);
    expect(text).toMatch(/^tags: \[/m);
    const out = writeEntry({ ...data, location: '社区服务中心二楼' }, true, order);
    expect(changed(text, out)).toHaveLength(1);
    expect(out).toMatch(/^location: 社区服务中心二楼$/m);
    // One tag more: the list stays on its one line.
    const tags = writeEntry({ ...data, tags: [...(data.tags as string[]), '新标签'] }, true, order);
    expect(changed(text, tags)).toHaveLength(1);
    expect(tags).toMatch(/^tags: \[.*新标签\]$/m);
  });

  it('removes the line of a field the editor cleared, and writes no empty fields', () => {
    const text = '---\ntitle: 义诊\nsummary: 上午在广场\nlocation: 广场\n---\n正文\n';
    const out = writeEntry(
      { ...readEntry(text, true), summary: '', team: '', contact: { name: '', phone: '' } },
      true,
      order,
    );
    expect(out).toBe('---\ntitle: 义诊\nlocation: 广场\n---\n正文\n');
  });

  it("writes a new entry in the model's order, lists inline, without empty values", () => {
    const out = writeEntry(
      {
        body: '正文\n',
        location: '广场',
        tags: ['义诊', '健康'],
        title: '义诊',
        end: '',
        start: '2027-03-05 09:00',
        date: '2027-03-01',
      },
      true,
      order,
    );
    expect(out).toBe(
      '---\ntitle: 义诊\ndate: 2027-03-01\ntags: [义诊, 健康]\nstart: 2027-03-05 09:00\nlocation: 广场\n---\n正文\n',
    );
  });

  it('writes photos one under another, whether the file is new or written by hand', () => {
    const photos = [
      { image: '/uploads/a.jpg', alt: '量血压', caption: '义诊现场' },
      { image: '/uploads/b.jpg', alt: '合影' },
    ];
    const block =
      'photos:\n  - image: /uploads/a.jpg\n    alt: 量血压\n    caption: 义诊现场\n  - image: /uploads/b.jpg\n    alt: 合影\n';
    expect(writeEntry({ title: '义诊', photos, body: '' }, true, order)).toContain(block);
    const handWritten = '---\ntitle: 义诊\ntags: [义诊]\n---\n正文\n';
    const out = writeEntry({ ...readEntry(handWritten, true), photos }, true, order);
    expect(out).toContain('tags: [义诊]\n');
    expect(out).toContain(block);
  });

  it("keeps the original text with the values, out of the form's way", () => {
    expect(readEntry('---\ntitle: 义诊\n---\n', true)[SOURCE]).toBe('title: 义诊');
  });

  it('keeps the synonyms file as an editor wrote it, and adds a group in the same style', () => {
    const text = readFileSync(path.join(fixturesDir, 'search/content/search-synonyms.yml'), 'utf8');
    const data = readEntry(text, false);
    expect(writeEntry(data, false, ['groups'])).toBe(text);
    const groups = [...(data.groups as { words: string[] }[]), { words: ['量血压', '测血压'] }];
    const out = writeEntry({ ...data, groups }, false, ['groups']);
    expect(out.startsWith(text.trimEnd())).toBe(true);
    expect(out.slice(text.trimEnd().length).trim()).toBe('- words: [量血压, 测血压]');
  });

  it('changes one photo’s caption on its own line, and writes a new synonyms file in the same style', () => {
    const text = readFileSync(path.join(fixturesDir, 'site/content/events/chongyang-jiaozi-2026.md'), 'utf8');
    const data = readEntry(text, true);
    const photos = (data.photos as { caption?: string }[]).map((p, i) => (i === 1 ? { ...p, caption: '新说明' } : p));
    const out = writeEntry({ ...data, photos }, true, order);
    expect(changed(text, out)).toHaveLength(1);
    expect(out).toMatch(/^ +caption: 新说明$/m);
    const fresh = writeEntry({ groups: [{ words: ['就医', '看病'] }, { words: ['接种', '打疫苗'] }] }, false, [
      'groups',
    ]);
    expect(fresh).toBe('groups:\n  - words: [就医, 看病]\n  - words: [接种, 打疫苗]\n');
  });
});

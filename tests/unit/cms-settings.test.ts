/** content/cms.yml → Decap's backend, and the categories the CMS edits. */
import { describe, expect, it } from 'vitest';
import { readEntry, writeEntry } from '../../src/admin/quiet-format';
import { categoryProblems } from '../../src/admin/validate';
import { decapBackend, decapConfig } from '../../src/content/cms';
import { checkCmsSettings } from '../../src/content/cms-settings';

const check = (raw: unknown) => checkCmsSettings(raw, 'content/cms.yml');
const problemFields = (raw: unknown) => check(raw).problems.map((p) => p.field);

describe('content/cms.yml', () => {
  it('without the file: this computer only, branch main, review before publishing', () => {
    expect(check(null)).toEqual({ settings: { backend: 'local', branch: 'main', review: true }, problems: [] });
  });

  it('GitLab signs in with PKCE and keeps review; a self-hosted one gets its API address', () => {
    const { settings, problems } = check({
      backend: 'gitlab',
      repo: 'juweihui/linli',
      baseUrl: 'https://git.example.cn/',
      appId: 'abc123',
    });
    expect(problems).toEqual([]);
    expect(decapBackend(settings)).toMatchObject({
      name: 'gitlab',
      repo: 'juweihui/linli',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'abc123',
      base_url: 'https://git.example.cn',
      api_root: 'https://git.example.cn/api/v4',
    });
    const config = decapConfig([], {
      siteUrl: 'https://linli.example.cn',
      localPort: 8081,
      folders: { content: 'content', uploads: 'public/uploads' },
      backend: settings,
    });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('Gitea signs in with PKCE, and is refused with review on (its backend has no review)', () => {
    const raw = { backend: 'gitea', repo: 'sq/linli', baseUrl: 'https://git.example.cn', appId: 'x' };
    expect(problemFields(raw)).toEqual(['review']);
    expect(check(raw).problems[0]!.fix).toContain('review: false');
    const { settings, problems } = check({ ...raw, review: false });
    expect(problems).toEqual([]);
    expect(decapBackend(settings)).toMatchObject({
      name: 'gitea',
      app_id: 'x',
      base_url: 'https://git.example.cn',
      api_root: 'https://git.example.cn/api/v1',
    });
  });

  it('GitHub needs its sign-in helper; every missing or wrong setting is named with its fix', () => {
    expect(problemFields({ backend: 'github', repo: 'a/b' })).toEqual(['baseUrl']);
    expect(problemFields({ backend: 'gitlab' })).toEqual(['repo', 'appId']);
    expect(problemFields({ backend: 'bitbucket' })).toEqual(['backend']);
    expect(problemFields({ repo: 'no slash', branch: '-x', baseUrl: 'git.example.cn', review: 'yes' })).toEqual([
      'repo',
      'branch',
      'baseUrl',
      'review',
    ]);
    expect(problemFields({ bakend: 'gitlab' })).toEqual(['bakend']);
    for (const p of check({ backend: 'gitlab' }).problems) expect(p.fix.length).toBeGreaterThan(5);
  });

  it('writes Chinese commit messages naming the action and the entry', () => {
    const backend = decapBackend(check(null).settings) as { commit_messages: Record<string, string> };
    expect(backend.commit_messages.create).toBe('新建{{collection}}「{{slug}}」');
    expect(backend.commit_messages.update).toBe('修改{{collection}}「{{slug}}」');
  });
});

describe('categories in the CMS', () => {
  const handWritten = '# 分类：说明\n- id: health\n  name: 健康卫生\n- id: elderly # 老人\n  name: 助老助残\n';

  it('reads a bare list as its `categories:` list, and writes it back under that key, comments kept', () => {
    const values = readEntry(handWritten, false);
    expect(values.categories).toEqual([
      { id: 'health', name: '健康卫生' },
      { id: 'elderly', name: '助老助残' },
    ]);
    const list = values.categories as Record<string, string>[];
    const out = writeEntry({ ...values, categories: [...list, { id: 'safety', name: '平安建设' }] }, false, []);
    expect(out).toBe(
      '# 分类：说明\ncategories:\n  - id: health\n    name: 健康卫生\n  - id: elderly # 老人\n    name: 助老助残\n' +
        '  - id: safety\n    name: 平安建设\n',
    );
    expect(readEntry(out, false).categories).toHaveLength(3);
  });

  it('refuses to remove a category entries use, naming them; an unused one may go', () => {
    const before = { health: '健康卫生', elderly: '助老助残' };
    const inUse = { health: ['「社区义诊」', '「血压讲座」'] };
    const problems = categoryProblems([{ id: 'elderly', name: '助老助残' }], before, inUse);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('分类「健康卫生」还有内容在用：「社区义诊」「血压讲座」，不能删。');
    expect(categoryProblems([{ id: 'health', name: '健康' }], before, inUse)).toEqual([]);
  });

  it('checks each category as the build does, and refuses an id used twice', () => {
    const problems = categoryProblems(
      [
        { id: 'Health!', name: '健康' },
        { id: 'a', name: '甲' },
        { id: 'a', name: '乙' },
      ],
      {},
      {},
    );
    expect(problems.map((p) => p.field)).toEqual(['id', 'id']);
    expect(problems[0]!.message).toMatch(/^第 1 个分类：/);
  });
});

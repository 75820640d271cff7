/** scripts/publish-source.mjs on real repositories made here: what npm start builds in git mode. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  branchHead,
  commitIdentity,
  isRepositoryTop,
  publishCopy,
  uncommitted,
} from '../../scripts/publish-source.mjs';
import { projectRoot } from '../helpers/fixtures';

const base = path.join(projectRoot, '.tmp/publish-source');
const repo = path.join(base, 'repo');
// No global git settings: a fresh office PC, whatever the machine running the tests has.
const env = { ...process.env, HOME: base, GIT_CONFIG_NOSYSTEM: '1', XDG_CONFIG_HOME: base };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};
const commit = (message: string) => {
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
};

beforeAll(() => {
  rmSync(base, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  git('init', '-q', '-b', 'main');
});

describe('the publishing copy', () => {
  it('follows the branch commit by commit, without touching the working folder', async () => {
    write('content/events/a.md', 'a1');
    write('content/events/重阳.md', 'b1');
    const first = commit('1');
    write('content/events/a.md', 'a2');
    git('rm', '-q', 'content/events/重阳.md');
    const second = commit('2');
    write('content/events/a.md', 'a3 by hand, not committed');

    expect(await isRepositoryTop(repo)).toBe(true);
    expect(await isRepositoryTop(path.join(repo, 'content'))).toBe(false);
    expect(await branchHead(repo, 'main')).toBe(second);
    expect(await branchHead(repo, 'gh-pages')).toBeUndefined();

    const copy = publishCopy(repo, path.join(base, 'cache'));
    await copy.update(first);
    expect(readFileSync(path.join(copy.tree, 'content/events/a.md'), 'utf8')).toBe('a1');
    expect(existsSync(path.join(copy.tree, 'content/events/重阳.md'))).toBe(true);
    await copy.update(second);
    expect(readFileSync(path.join(copy.tree, 'content/events/a.md'), 'utf8')).toBe('a2');
    expect(existsSync(path.join(copy.tree, 'content/events/重阳.md'))).toBe(false);
    // The hand edit stays where it was, and is reported with its Chinese-readable name.
    expect(readFileSync(path.join(repo, 'content/events/a.md'), 'utf8')).toBe('a3 by hand, not committed');
    write('content/events/新活动.md', 'new');
    expect(await uncommitted(repo, [path.join(repo, 'content')])).toEqual([
      'content/events/a.md',
      'content/events/新活动.md',
    ]);
  });

  it('gives the CMS an identity only where git has none', async () => {
    const keys = ['HOME', 'XDG_CONFIG_HOME', 'GIT_CONFIG_NOSYSTEM'] as const;
    const saved = keys.map((k) => process.env[k]);
    Object.assign(process.env, { HOME: base, XDG_CONFIG_HOME: base, GIT_CONFIG_NOSYSTEM: '1' });
    try {
      expect(await commitIdentity(repo)).toEqual({
        GIT_AUTHOR_NAME: '内容管理',
        GIT_COMMITTER_NAME: '内容管理',
        GIT_AUTHOR_EMAIL: 'cms@linli.local',
        GIT_COMMITTER_EMAIL: 'cms@linli.local',
      });
      git('config', 'user.name', '社区办公室');
      git('config', 'user.email', 'office@example.cn');
      expect(await commitIdentity(repo)).toEqual({});
    } finally {
      keys.forEach((k, i) => {
        if (saved[i] === undefined) delete process.env[k];
        else process.env[k] = saved[i];
      });
    }
  });
});

/**
 * What `npm start` builds when the site's folder is a git repository: the last commit of the
 * publishing branch, never the working folder. The CMS's local backend (decap-server in git mode)
 * commits every save; with review before publishing it keeps each entry on a branch of its own
 * (`cms/events/<slug>`) and checks that branch out for a moment while it saves. Building the
 * working folder could catch an entry in review half-way, so the build reads a copy of the
 * publishing branch, kept in step with `git read-tree` through an index of its own (the
 * repository's own index and working folder are never touched).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Runs git in `cwd`; resolves with its output (without the final newline), or undefined when git says no. */
export async function git(cwd, args, env = {}) {
  try {
    const { stdout } = await exec('git', args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
    return stdout.trimEnd(); // not trim(): status lines start with a space
  } catch {
    return undefined;
  }
}

/** Whether `dir` is the top folder of a git repository (not merely a folder inside one). */
export async function isRepositoryTop(dir) {
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  return top !== undefined && path.resolve(top) === path.resolve(dir);
}

/** The commit a branch points at, or undefined when there is no such branch. */
export function branchHead(repo, branch) {
  return git(repo, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
}

/**
 * A git identity for the CMS's commits when the computer has none (a fresh office PC): without
 * one every save would fail. Set only where git has no name or email of its own.
 */
export async function commitIdentity(repo) {
  const [name, email] = await Promise.all([git(repo, ['config', 'user.name']), git(repo, ['config', 'user.email'])]);
  const env = {};
  if (!name) Object.assign(env, { GIT_AUTHOR_NAME: '内容管理', GIT_COMMITTER_NAME: '内容管理' });
  if (!email) Object.assign(env, { GIT_AUTHOR_EMAIL: 'cms@linli.local', GIT_COMMITTER_EMAIL: 'cms@linli.local' });
  return env;
}

/**
 * A copy of the publishing branch's files under `cacheDir`, one per repository. `update(commit)`
 * makes the copy that commit: changed files are rewritten, removed ones removed, the rest kept.
 */
export function publishCopy(repo, cacheDir) {
  const id = createHash('sha1').update(path.resolve(repo)).digest('hex').slice(0, 10);
  const dir = path.join(cacheDir, id);
  const tree = path.join(dir, 'tree');
  const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
  return {
    /** The copy's top folder: the repository's folders have the same names inside it. */
    tree,
    async update(commit) {
      mkdirSync(tree, { recursive: true });
      const ok = await git(repo, ['--work-tree', tree, 'read-tree', '--reset', '-u', commit], env);
      if (ok === undefined) throw new Error(`没能取出提交 ${commit.slice(0, 8)} 的内容`);
    },
  };
}

/** Files under `folders` that differ from the last commit: hand edits nobody has committed yet. */
export async function uncommitted(repo, folders) {
  const rel = folders.map((f) => path.relative(repo, f) || '.');
  const out = await git(repo, [
    '-c',
    'core.quotePath=false',
    'status',
    '--porcelain',
    '--untracked-files=all',
    '--',
    ...rel,
  ]);
  return (out ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

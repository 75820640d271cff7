/**
 * Where the CMS keeps the site: `content/cms.yml`, the one settings file the maintainer writes and
 * editors never see (it is not in the CMS's forms). Without it the CMS works on this computer only
 * (`npm start`), with review before publishing.
 *
 * Plain, erasable TypeScript with explicit `.ts` imports: `npm start` (Node) reads it too, to know
 * which branch is published.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ContentProblem } from './problems.ts';

export const CMS_SETTINGS_FILE = 'cms.yml';

/** The git hosts Linli is documented and configured for. */
export const BACKENDS = {
  local: '只在本机用（npm start）',
  github: 'GitHub',
  gitlab: 'GitLab（自建或 gitlab.com）',
  gitea: 'Gitea / Forgejo（自建）',
} as const;
export type BackendName = keyof typeof BACKENDS;

/** Hosts whose Decap backend can keep entries in review (a branch per entry); Gitea's cannot. */
export const REVIEW_BACKENDS: readonly BackendName[] = ['local', 'github', 'gitlab'];

export interface CmsSettings {
  /** Which git host the CMS signs in to and commits to when the site is online. */
  backend: BackendName;
  /** `owner/name` of the site's repository on that host. */
  repo?: string;
  /** The branch the site is built and published from. */
  branch: string;
  /** The host's address (self-hosted GitLab or Gitea), or for GitHub the sign-in helper's. */
  baseUrl?: string;
  /** The host's API address, when it is not `<baseUrl>/api/v4` (GitLab) or `<baseUrl>/api/v1` (Gitea). */
  apiRoot?: string;
  /** The OAuth application's client id (GitLab, Gitea: PKCE sign-in, no server of our own). */
  appId?: string;
  /** Review before publishing: 草稿 → 待审核 → 待发布. */
  review: boolean;
}

const KEYS = ['backend', 'repo', 'branch', 'baseUrl', 'apiRoot', 'appId', 'review'] as const;
const DEFAULTS: CmsSettings = { backend: 'local', branch: 'main', review: true };

/** Checks what `cms.yml` holds; every problem names the field and the fix. */
export function checkCmsSettings(raw: unknown, file: string): { settings: CmsSettings; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  if (raw == null) return { settings: DEFAULTS, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file, message: '这个文件应该是「名称: 值」一行一项的设置。', fix: '照 README 的“上线”一节重写。' });
    return { settings: DEFAULTS, problems };
  }
  const data = raw as Record<string, unknown>;
  for (const key of Object.keys(data))
    if (!(KEYS as readonly string[]).includes(key))
      problem(key, `不认识的设置「${key}」。`, `只能写这些设置：${KEYS.join('、')}。`);
  const text = (key: string): string | undefined => {
    const v = data[key];
    if (v == null || v === '') return undefined;
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
    problem(key, `「${key}」应该是一段文字。`, `写成「${key}: 值」。`);
    return undefined;
  };
  const backend = (text('backend') ?? 'local') as BackendName;
  if (!(backend in BACKENDS))
    problem('backend', `不认识的后台「${backend}」。`, `写 ${Object.keys(BACKENDS).join('、')} 中的一个。`);
  const settings: CmsSettings = { backend: backend in BACKENDS ? backend : 'local', branch: 'main', review: true };
  const repo = text('repo');
  if (repo !== undefined) {
    if (/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) settings.repo = repo;
    else problem('repo', `仓库「${repo}」的写法不对。`, '写成「拥有者/仓库名」，例如 juweihui/linli。');
  }
  const branch = text('branch');
  if (branch !== undefined) {
    if (/^(?!-)[\w./-]+$/.test(branch) && !branch.includes('..')) settings.branch = branch;
    else problem('branch', `分支名「${branch}」不能用。`, '写发布用的分支名，例如 main。');
  }
  for (const key of ['baseUrl', 'apiRoot'] as const) {
    const url = text(key);
    if (url === undefined) continue;
    if (/^https?:\/\/[^\s/]+(\/\S*)?$/.test(url)) settings[key] = url.replace(/\/+$/, '');
    else problem(key, `「${url}」不是网址。`, '写完整的网址，以 https:// 开头，例如 https://git.example.cn。');
  }
  const appId = text('appId');
  if (appId !== undefined) settings.appId = appId;
  if (data.review !== undefined && data.review !== null) {
    if (typeof data.review === 'boolean') settings.review = data.review;
    else problem('review', '「review」只能写 true 或 false。', '发布前要审核写 true，保存即发布写 false。');
  }

  const named = BACKENDS[settings.backend];
  if (settings.backend !== 'local' && !settings.repo)
    problem('repo', `用 ${named} 时要写网站的仓库。`, '写成「repo: 拥有者/仓库名」，例如 repo: juweihui/linli。');
  if ((settings.backend === 'gitlab' || settings.backend === 'gitea') && !settings.appId)
    problem(
      'appId',
      `用 ${named} 登录要一个 OAuth 应用的编号（Application ID）。`,
      '在代码托管网站的“应用”设置里新建一个 OAuth 应用，回调地址填 https://你的网址/admin/，把它的编号写在 appId。',
    );
  if (settings.backend === 'gitea' && !settings.baseUrl)
    problem('baseUrl', 'Gitea 是自建的，要写它的网址。', '例如 baseUrl: https://git.example.cn。');
  if (settings.backend === 'github' && !settings.baseUrl)
    problem(
      'baseUrl',
      'GitHub 登录要经过一个 OAuth 登录服务，要写它的网址。',
      '部署一个 Decap 的 GitHub OAuth 登录服务，把它的网址写在 baseUrl（见 README 的“上线”一节）。',
    );
  if (settings.review && !REVIEW_BACKENDS.includes(settings.backend))
    problem(
      'review',
      `${named} 不支持发布前审核（草稿 → 待审核 → 待发布）。`,
      '写 review: false（保存即发布），或者换用 GitLab / GitHub。',
    );
  return { settings, problems };
}

/** Reads `<content>/cms.yml`; a site without it gets the defaults. */
export function readCmsSettings(contentDir: string, root = process.cwd()) {
  const abs = path.join(contentDir, CMS_SETTINGS_FILE);
  const file = path.relative(root, abs).split(path.sep).join('/');
  if (!existsSync(abs)) return { settings: DEFAULTS, problems: [] as ContentProblem[] };
  let raw: unknown;
  try {
    raw = parse(readFileSync(abs, 'utf8'));
  } catch (e) {
    const where = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return {
      settings: DEFAULTS,
      problems: [{ file, message: `格式有错，读不出来（${where}）。`, fix: '检查冒号后面有没有空格、缩进是否对齐。' }],
    };
  }
  return checkCmsSettings(raw, file);
}

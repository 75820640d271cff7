/**
 * Checks that need more than one file: every category and team an entry names exists, no two
 * entries share an address, and every image a file shows is really there. Run once every file
 * has been read on its own (check.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CategoryData, TeamData } from './model';
import type { ContentProblem } from './problems';
import { decodedPath } from '../lib/urls';

/** The least the reference checks need of an entry. */
export interface Named {
  slug: string;
  /** Path relative to the project root. */
  file: string;
}

/**
 * The CMS's team picker stores a team's file name, hand-written files its address (slug); both
 * name the same team. The content layer turns either into the slug, here and only here.
 */
export function teamKeys(team: Named): string[] {
  return [team.slug, path.basename(team.file, '.md')];
}

export function resolveTeam(teams: (Named & { data: TeamData })[], written: string): string | undefined {
  return teams.find((t) => teamKeys(t).includes(written))?.slug;
}

export function duplicateSlugProblem(entry: Named, first: string): ContentProblem {
  return {
    file: entry.file,
    field: 'slug',
    label: '网址名',
    message: `网址名「${entry.slug}」已经被 ${first} 用了，两篇会抢同一个网址。`,
    fix: `给这一篇换一个网址名：在信息区写 slug: ${entry.slug}-2（或改文件名）。`,
  };
}

export function categoryProblem(
  categories: CategoryData[],
  file: string,
  field: string,
  id: string,
): ContentProblem | undefined {
  if (categories.some((c) => c.id === id)) return undefined;
  // Editors often write the name they see on the site instead of the id.
  const byName = categories.find((c) => c.name === id);
  const list = categories.map((c) => `${c.id}（${c.name}）`).join('、');
  return {
    file,
    field,
    label: '分类',
    message: byName ? `分类要写编号，不写名称。` : `分类「${id}」不存在。`,
    fix: byName
      ? `把「${id}」改成它的编号：${field}: ${byName.id}`
      : `改成分类列表里已有的编号之一：${list}。需要新分类时，先在分类列表里添加。`,
  };
}

export function teamProblem(teams: (Named & { data: TeamData })[], file: string, written: string): ContentProblem {
  const byName = teams.find((t) => t.data.name === written);
  return {
    file,
    field: 'team',
    label: '服务队',
    message: byName ? '服务队要写网址名，不写队名。' : `服务队「${written}」不存在。`,
    fix: byName
      ? `把「${written}」改成：team: ${byName.slug}`
      : `改成已有服务队的网址名：${teams.map((t) => `${t.slug}（${t.data.name}）`).join('、') || '（还没有服务队）'}；或删掉这一行。`,
  };
}

const IMAGE_FIX = '先把图片上传到 public/uploads/ 文件夹，或改正路径（注意大小写和扩展名）；不要图片就删掉这一行。';
const BODY_IMAGE_FIX =
  '把图片上传到 public/uploads/，或改正正文里 ![说明](路径) 的路径（注意大小写和扩展名）；不要这张图就删掉那一行。';

/** An image (or recording) path on this site (`/uploads/…`) that has no file under the public folder. */
export function imageProblem(
  publicDir: string,
  file: string,
  field: string,
  label: string,
  src: string | undefined,
  what = '图片',
): ContentProblem | undefined {
  if (!src) return undefined;
  if (existsSync(path.join(publicDir, decodedPath(src)))) return undefined;
  return { file, field, label, message: `找不到${what} public${src}。`, fix: IMAGE_FIX.replace('图片', what) };
}

/** Images on this site that a body shows must exist too (links to other sites are not checked). */
export function bodyImageProblems(publicDir: string, entry: { file: string; images: string[] }): ContentProblem[] {
  return entry.images
    .filter((src) => src.startsWith('/') && !src.startsWith('//'))
    .flatMap((src) => {
      const p = imageProblem(publicDir, entry.file, '正文', '正文里的图片', src);
      return p ? [{ ...p, fix: BODY_IMAGE_FIX }] : [];
    });
}

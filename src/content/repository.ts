/**
 * Reads `content/`, checks every file against the content model and the references between files,
 * and returns the published entries. Any problem stops the build with a message per problem (see
 * problems.ts). Used by the Astro collection loaders and directly by the tests.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Field } from './fields';
import { dropBlanks } from './blanks';
import { issueToProblems } from './issues';
import {
  dataFiles,
  markdownCollections,
  RESERVED_PAGE_SLUGS,
  type ArticleData,
  type CategoryData,
  type EventData,
  type MarkdownCollection,
  type PageData,
  type SiteData,
  type StoryData,
  type TeamData,
} from './model';
import { ContentError, type ContentProblem } from './problems';
import { excerpt, markdownImages, renderMarkdown } from '../lib/markdown';
import { slugProblem, suggestSlug } from '../lib/slug';

export interface ContentPaths {
  /** Project root: file names in messages are relative to it. */
  root: string;
  /** Where the editors' files live (normally `<root>/content`). */
  contentDir: string;
  /** Where uploaded images live (normally `<root>/public`); covers are paths inside it. */
  publicDir: string;
}

export interface Entry<T> {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
  /** The Markdown body. */
  body: string;
  /** The body rendered by the one Markdown renderer. */
  html: string;
  /** The start of the body as plain text, for lists and descriptions when there is no summary. */
  excerpt: string;
}

export interface SiteContent {
  site: SiteData;
  categories: CategoryData[];
  events: Entry<EventData>[];
  stories: Entry<StoryData>[];
  articles: Entry<ArticleData>[];
  teams: Entry<TeamData>[];
  pages: Entry<PageData>[];
}

export function defaultPaths(root = process.cwd()): ContentPaths {
  return {
    root,
    contentDir: process.env.LINLI_CONTENT_DIR ? path.resolve(root, process.env.LINLI_CONTENT_DIR) : path.join(root, 'content'),
    publicDir: path.join(root, 'public'),
  };
}

const YAML_FIX = '检查这一行及上一行：每行写成「字段: 值」，冒号后面留一个空格；值里有冒号或以符号开头时，用英文引号把值括起来；同一级的行要对齐。';

/** The field name a YAML line starts with, if any. */
const keyOf = (line: string) => /^\s*-?\s*([A-Za-z_][\w]*)\s*[:：]/.exec(line)?.[1];

/**
 * Mistakes a Chinese keyboard makes that YAML reports badly or not at all: a full-width colon
 * after a field name, and Tab indentation. Found line by line so the message can name the field.
 */
function typingProblems(source: string, file: string, lineOffset: number): ContentProblem[] {
  return source.split('\n').flatMap((text, i): ContentProblem[] => {
    const line = i + 1 + lineOffset;
    const key = keyOf(text);
    if (/^\s*-?\s*[A-Za-z_]\w*\s*：/.test(text)) {
      return [{ file, field: key, message: `第 ${line} 行字段名后面用了中文冒号「：」。`, fix: `改成英文冒号加一个空格：${key}: ${text.split('：').slice(1).join('：').trim()}` }];
    }
    if (/^ *\t/.test(text)) {
      return [{ file, field: key, message: `第 ${line} 行用 Tab 键缩进了。`, fix: '删掉行首的 Tab，改用空格缩进（子字段前面两个空格）。' }];
    }
    return [];
  });
}

/** Parses YAML with the core schema: dates stay strings, so they are read as Beijing time by us. */
function parseYaml(source: string, file: string, lineOffset: number, problems: ContentProblem[]): unknown {
  const typing = typingProblems(source, file, lineOffset);
  if (typing.length) {
    problems.push(...typing);
    return undefined;
  }
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const index = source.slice(0, err.pos[0]).split('\n').length - 1;
    const text = source.split('\n')[index] ?? '';
    const line = index + 1 + lineOffset;
    const duplicate = /unique/i.test(err.message);
    problems.push({
      file,
      field: keyOf(text),
      message: duplicate ? `第 ${line} 行：同一个字段写了两次。` : `第 ${line} 行「${text.trim()}」读不出来。`,
      fix: duplicate ? '删掉重复的那一行，只保留一个。' : YAML_FIX,
    });
    return undefined;
  }
  return doc.toJS();
}


const FRONTMATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function splitFrontmatter(source: string, file: string, problems: ContentProblem[]) {
  const m = FRONTMATTER_RE.exec(source);
  if (!m) {
    problems.push({
      file,
      message: '文件开头没有信息区（用两行 --- 包起来的标题、日期等）。',
      fix: '在文件第一行写 ---，接着写 title: 标题 等字段，再写一行 --- 结束，然后才是正文。',
    });
    return undefined;
  }
  return { yaml: m[1] ?? '', body: source.slice(m[0].length) };
}

function validate<T>(
  schema: z.ZodType<T>,
  fields: Record<string, Field>,
  data: unknown,
  file: string,
  problems: ContentProblem[],
): T | undefined {
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, message: '信息区应该是一行行「字段: 值」。', fix: YAML_FIX });
    return undefined;
  }
  const blank = dropBlanks(data as Record<string, unknown>);
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const found = result.error.issues.flatMap((issue) => issueToProblems(issue, fields, file));
  for (const p of found) {
    if (p.field && blank.has(p.field) && p.message.startsWith('缺少必填项')) p.message = `「${p.label ?? p.field}」是空的。`;
  }
  // `phnoe: …` is one mistake, not two: drop "missing phone" when a misspelling already points at it.
  const meant = new Set(found.map((p) => p.meant).filter(Boolean));
  problems.push(...found.filter((p) => !(p.field && meant.has(p.field) && !p.meant)));
  return undefined;
}

async function listMarkdown(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = await readdir(dir);
  return names.filter((n) => n.endsWith('.md') && !n.startsWith('.') && !n.startsWith('_')).sort();
}

const rel = (paths: ContentPaths, abs: string) => path.relative(paths.root, abs).split(path.sep).join('/');

interface RawEntry<T> extends Entry<T> {
  draft: boolean;
}

async function readCollection<K extends MarkdownCollection>(
  key: K,
  paths: ContentPaths,
  problems: ContentProblem[],
): Promise<RawEntry<z.output<(typeof markdownCollections)[K]['schema']>>[]> {
  type Data = z.output<(typeof markdownCollections)[K]['schema']>;
  const def = markdownCollections[key];
  const dir = path.join(paths.contentDir, def.folder);
  const out: RawEntry<Data>[] = [];
  const bySlug = new Map<string, string>();
  for (const name of await listMarkdown(dir)) {
    const abs = path.join(dir, name);
    const file = rel(paths, abs);
    const source = await readFile(abs, 'utf8');
    const parts = splitFrontmatter(source, file, problems);
    if (!parts) continue;
    const raw = parseYaml(parts.yaml, file, 1, problems);
    if (raw === undefined && parts.yaml.trim() !== '') continue;
    const data = validate(def.schema as unknown as z.ZodType<Data>, def.fields, raw, file, problems);
    if (!data) continue;

    const d = data as Data & { slug?: string; draft?: boolean; title?: string; name?: string };
    const base = name.replace(/\.md$/, '');
    let slug = d.slug ?? base;
    const problem = slugProblem(slug);
    if (problem) {
      const suggestion = suggestSlug(d.title ?? d.name ?? base);
      const where = d.slug ? `网址名「${slug}」` : `文件名「${base}」`;
      const why = {
        'only-ascii': '不能直接用作网址（网址只能用小写英文字母、数字和连字符）',
        'only-digits': '全是数字，会和列表的分页地址（如 /events/2/）冲突',
        'too-long': '太长了（最多 80 个字符）',
      }[problem];
      const fix = d.slug ? `改成 slug: ${suggestion}` : `在信息区加一行 slug: ${suggestion}，或把文件改名为 ${suggestion}.md。`;
      problems.push({ file, field: 'slug', label: '网址名', message: `${where}${why}。`, fix });
      continue;
    }
    if (key === 'pages' && RESERVED_PAGE_SLUGS.includes(slug)) {
      problems.push({ file, field: 'slug', label: '网址名', message: `网址名「${slug}」是网站已用的栏目地址。`, fix: `换一个，例如 slug: ${slug}-info` });
      continue;
    }
    const first = bySlug.get(slug);
    if (first) {
      problems.push({
        file,
        field: 'slug',
        label: '网址名',
        message: `网址名「${slug}」已经被 ${first} 用了，两篇会抢同一个网址。`,
        fix: `给这一篇换一个网址名：在信息区写 slug: ${slug}-2（或改文件名）。`,
      });
      continue;
    }
    bySlug.set(slug, file);
    out.push({ slug, file, data, body: parts.body, html: renderMarkdown(parts.body), excerpt: excerpt(parts.body, 80), draft: d.draft === true });
  }
  return out;
}

async function readDataFile(paths: ContentPaths, name: string, problems: ContentProblem[]): Promise<unknown> {
  const abs = path.join(paths.contentDir, name);
  const file = rel(paths, abs);
  if (!existsSync(abs)) {
    problems.push({ file, message: `找不到 ${file}。`, fix: `从示例内容复制一份 ${name} 放到 content/ 里再修改。` });
    return undefined;
  }
  return parseYaml(await readFile(abs, 'utf8'), file, 0, problems);
}

/** Images on this site that the body shows must exist too (links to other sites are not checked). */
function checkBodyImages(paths: ContentPaths, entry: { file: string; body: string }, problems: ContentProblem[]) {
  for (const src of markdownImages(entry.body)) {
    if (!src.startsWith('/') || src.startsWith('//')) continue;
    const before = problems.length;
    checkImage(paths, entry.file, '正文', '正文里的图片', src, problems);
    for (const p of problems.slice(before)) p.fix = '把图片上传到 public/uploads/，或改正正文里 ![说明](路径) 的路径（注意大小写和扩展名）；不要这张图就删掉那一行。';
  }
}

function checkImage(paths: ContentPaths, file: string, field: string, label: string, src: string | undefined, problems: ContentProblem[]) {
  if (!src) return;
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // a stray % in a file name: look for the name as written
  }
  if (!existsSync(path.join(paths.publicDir, decoded))) {
    problems.push({
      file,
      field,
      label,
      message: `找不到图片 public${src}。`,
      fix: '先把图片上传到 public/uploads/ 文件夹，或改正路径（注意大小写和扩展名）；不要图片就删掉这一行。',
    });
  }
}

export async function loadContent(paths: ContentPaths = defaultPaths()): Promise<SiteContent> {
  const problems: ContentProblem[] = [];

  const siteFile = rel(paths, path.join(paths.contentDir, dataFiles.site.file));
  const rawSite = await readDataFile(paths, dataFiles.site.file, problems);
  const site = rawSite === undefined ? undefined : validate(dataFiles.site.schema, dataFiles.site.fields, rawSite, siteFile, problems);

  const categoriesFile = rel(paths, path.join(paths.contentDir, dataFiles.categories.file));
  const rawCategories = await readDataFile(paths, dataFiles.categories.file, problems);
  const categories: CategoryData[] = [];
  if (rawCategories !== undefined && !Array.isArray(rawCategories)) {
    problems.push({ file: categoriesFile, message: '分类文件应该是一个列表。', fix: '每个分类以「- id: 编号」开头，下一行缩进写「  name: 名称」。' });
  } else if (Array.isArray(rawCategories)) {
    rawCategories.forEach((item: unknown, i) => {
      const before = problems.length;
      const c = validate(dataFiles.categories.schema, dataFiles.categories.fields, item, categoriesFile, problems);
      for (const p of problems.slice(before)) p.message = `第 ${i + 1} 个分类：${p.message}`;
      if (!c) return;
      if (categories.some((x) => x.id === c.id)) {
        problems.push({ file: categoriesFile, field: 'id', label: '分类编号', message: `分类编号「${c.id}」出现了两次。`, fix: '删掉重复的分类，或换一个编号。' });
      } else categories.push(c);
    });
  }

  const [events, stories, articles, teams, pages] = await Promise.all([
    readCollection('events', paths, problems),
    readCollection('stories', paths, problems),
    readCollection('articles', paths, problems),
    readCollection('teams', paths, problems),
    readCollection('pages', paths, problems),
  ]);

  // References between files, checked once every file is read.
  const categoryIds = new Set(categories.map((c) => c.id));
  const categoryList = categories.map((c) => `${c.id}（${c.name}）`).join('、');
  const teamSlugs = new Set(teams.map((t) => t.slug));
  // The CMS's team picker stores a team's file name; accept it and use the team's slug.
  const teamByFile = new Map(teams.map((t) => [path.basename(t.file, '.md'), t.slug]));
  const checkCategory = (file: string, field: string, id: string) => {
    if (!categoryIds.size || categoryIds.has(id)) return;
    // Editors often write the name they see on the site instead of the id.
    const byName = categories.find((c) => c.name === id);
    problems.push({
      file,
      field,
      label: '分类',
      message: byName ? `分类要写编号，不写名称。` : `分类「${id}」不存在。`,
      fix: byName
        ? `把「${id}」改成它的编号：${field}: ${byName.id}`
        : `改成 content/categories.yml 里已有的编号之一：${categoryList}。需要新分类时，先在 categories.yml 里添加。`,
    });
  };
  for (const e of [...events, ...stories, ...articles]) {
    checkCategory(e.file, 'category', e.data.category);
    checkImage(paths, e.file, 'cover', '封面图', e.data.cover, problems);
    if ('team' in e.data && e.data.team && !teamSlugs.has(e.data.team) && teamByFile.has(e.data.team)) e.data.team = teamByFile.get(e.data.team);
    const teamSlug = 'team' in e.data ? e.data.team : undefined;
    if (teamSlug && !teamSlugs.has(teamSlug)) {
      const byName = teams.find((t) => t.data.name === teamSlug);
      problems.push({
        file: e.file,
        field: 'team',
        label: '服务队',
        message: byName ? '服务队要写网址名，不写队名。' : `服务队「${teamSlug}」不存在。`,
        fix: byName
          ? `把「${teamSlug}」改成：team: ${byName.slug}`
          : `改成已有服务队的网址名：${teams.map((t) => `${t.slug}（${t.data.name}）`).join('、') || '（还没有服务队）'}；或删掉这一行。`,
      });
    }
  }
  for (const e of [...events, ...stories, ...articles, ...teams, ...pages]) checkBodyImages(paths, e, problems);
  for (const t of teams) {
    t.data.categories?.forEach((id) => checkCategory(t.file, 'categories', id));
    checkImage(paths, t.file, 'logo', '队标', t.data.logo, problems);
  }
  if (site) checkImage(paths, siteFile, 'wechatQr', '居民微信群二维码', site.wechatQr, problems);

  if (problems.length || !site) throw new ContentError(problems);

  const published = <T>(list: RawEntry<T>[]): Entry<T>[] =>
    list.filter((e) => !e.draft).map(({ draft: _draft, ...e }) => e);
  return {
    site,
    categories,
    events: published(events),
    stories: published(stories),
    articles: published(articles),
    teams: published(teams),
    pages: published(pages),
  };
}

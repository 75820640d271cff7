/**
 * Reads the content folder, checks every file (check.ts) and the references between files
 * (references.ts), and returns the published entries. Every problem in every file is collected
 * and reported at once, grouped by file in name order; any problem stops the build. Used by the
 * Astro collection loaders and by the tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkData, definitionOf, fileNameProblem, type CheckedKind } from './check';
import { imagesIn, uploadsIn } from './images';
import {
  dataFiles,
  markdownCollections,
  type ArticleData,
  type CategoryData,
  type EventData,
  type MarkdownCollection,
  type PageData,
  type SiteData,
  type StoryData,
  type SynonymData,
  type TeamData,
} from './model';
import { parseEntry, parseYaml } from './parse';
import { placeholderWarnings, unusedUploads } from './placeholders';
import { readCmsSettings } from './cms-settings';
import { ContentError, type ContentProblem } from './problems';
import {
  bodyImageProblems,
  categoryProblem,
  duplicateSlugProblem,
  imageProblem,
  resolveTeam,
  teamProblem,
} from './references';
import { excerptOf, readMarkdown } from '../lib/markdown';
import { readSettings } from '../settings';

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
  /** The body as plain text (the search index reads it). */
  text: string;
  /** Paths of the images the body shows. */
  images: string[];
  /** The start of the body as plain text, for lists and descriptions when there is no summary. */
  excerpt: string;
}

export interface SiteContent {
  site: SiteData;
  /** Things to tell the maintainer that do not stop the build (placeholders.ts). */
  warnings: string[];
  categories: CategoryData[];
  events: Entry<EventData>[];
  stories: Entry<StoryData>[];
  articles: Entry<ArticleData>[];
  teams: Entry<TeamData>[];
  pages: Entry<PageData>[];
  /** Groups of words search treats as the same (content/search-synonyms.yml). */
  synonyms: string[][];
}

/** The folders from the settings (LINLI_CONTENT_DIR, LINLI_PUBLIC_DIR), for a project at `root`. */
export function defaultPaths(root = process.cwd()): ContentPaths {
  const { contentDir, publicDir } = readSettings(root);
  return { root, contentDir, publicDir };
}

type DataOf<K extends MarkdownCollection> = (typeof markdownCollections)[K] extends {
  schema: {
    _zod: { output: infer O };
  };
}
  ? O
  : never;

interface RawEntry<T> extends Entry<T> {
  draft: boolean;
}

async function listMarkdown(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = await readdir(dir);
  return names.filter((n) => n.endsWith('.md') && !n.startsWith('.') && !n.startsWith('_')).sort();
}

const rel = (paths: ContentPaths, abs: string) => path.relative(paths.root, abs).split(path.sep).join('/');

/** One collection's files, each checked on its own; duplicate addresses within it are refused. */
async function readCollection<K extends MarkdownCollection>(key: K, paths: ContentPaths, problems: ContentProblem[]) {
  const dir = path.join(paths.contentDir, markdownCollections[key].folder);
  const out: RawEntry<DataOf<K>>[] = [];
  const bySlug = new Map<string, string>();
  for (const name of await listMarkdown(dir)) {
    const file = rel(paths, path.join(dir, name));
    // Read in turn, synchronously: 3,000 small files each waiting on a thread's turn left the
    // build idle half the time.
    const source = readFileSync(path.join(dir, name), 'utf8');
    const entry = parseEntry(source, file, problems);
    if (!entry) continue;
    const parsed = { ...entry, ...readMarkdown(entry.body) };
    const checked = checkData(definitionOf(key), parsed.data, file);
    if (!checked.ok) {
      problems.push(...checked.problems);
      continue;
    }
    const data = checked.data as DataOf<K>;
    const d = data as { slug?: string; draft?: boolean; title?: string; name?: string };
    const base = name.replace(/\.md$/, '');
    const fileProblem = d.slug ? undefined : fileNameProblem(key, base, d.title ?? d.name, file);
    if (fileProblem) {
      problems.push(fileProblem);
      continue;
    }
    const slug = d.slug ?? base;
    const first = bySlug.get(slug);
    if (first) {
      problems.push(duplicateSlugProblem({ slug, file }, first));
      continue;
    }
    bySlug.set(slug, file);
    const { html, text, images } = parsed;
    out.push({
      slug,
      file,
      data,
      body: parsed.body,
      html,
      text,
      images,
      excerpt: excerptOf(text, 80),
      draft: d.draft === true,
    });
  }
  return out;
}

async function readDataFile(paths: ContentPaths, name: string, problems: ContentProblem[]): Promise<unknown> {
  const abs = path.join(paths.contentDir, name);
  const file = rel(paths, abs);
  if (!existsSync(abs)) {
    problems.push({ file, message: `找不到 ${file}。`, fix: `从示例内容复制一份 ${name} 放到内容文件夹里再修改。` });
    return undefined;
  }
  return parseYaml(await readFile(abs, 'utf8'), file, 0, problems);
}

async function readCategories(paths: ContentPaths, problems: ContentProblem[]): Promise<CategoryData[]> {
  const file = rel(paths, path.join(paths.contentDir, dataFiles.categories.file));
  const before = problems.length;
  let raw = await readDataFile(paths, dataFiles.categories.file, problems);
  if (problems.length > before) return []; // missing or unreadable: already reported
  // The CMS edits the list under a top-level `categories:` key; hand-written files may be a bare list.
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && 'categories' in raw) raw = raw.categories;
  const categories: CategoryData[] = [];
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push({
      file,
      field: 'categories',
      label: '分类',
      message:
        Array.isArray(raw) || raw == null ? '分类列表是空的：每篇内容都要有一个分类。' : '分类文件应该是一个列表。',
      fix: '每个分类以「- id: 编号」开头，下一行缩进写「  name: 名称」。可以从示例内容复制。',
    });
    return categories;
  }
  raw.forEach((item: unknown, i) => {
    const checked = checkData(definitionOf('category'), item, file);
    if (!checked.ok) {
      problems.push(...checked.problems.map((p) => ({ ...p, message: `第 ${i + 1} 个分类：${p.message}` })));
      return;
    }
    const c = checked.data as CategoryData;
    if (categories.some((x) => x.id === c.id)) {
      problems.push({
        file,
        field: 'id',
        label: '分类编号',
        message: `分类编号「${c.id}」出现了两次。`,
        fix: '删掉重复的分类，或换一个编号。',
      });
    } else categories.push(c);
  });
  return categories;
}

/** The synonym groups; the file is optional (a site without it searches without synonyms). */
async function readSynonyms(paths: ContentPaths, problems: ContentProblem[]): Promise<string[][]> {
  const name = dataFiles.synonyms.file;
  if (!existsSync(path.join(paths.contentDir, name))) return [];
  const file = rel(paths, path.join(paths.contentDir, name));
  const before = problems.length;
  const raw = await readDataFile(paths, name, problems);
  if (problems.length > before) return [];
  const checked = checkData(definitionOf('synonyms'), raw, file);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return [];
  }
  const groups = (checked.data as SynonymData).groups ?? [];
  groups.forEach((g, i) => {
    if (g.words.length < 2)
      problems.push({
        file,
        field: 'groups',
        label: '同义词组',
        message: `第 ${i + 1} 组只有一个词「${g.words.join('')}」：同义词至少要两个。`,
        fix: '在这一组里再写一个意思相同的词，或者删掉这一组。',
      });
  });
  return groups.map((g) => g.words);
}

/**
 * Uploads no content uses. Used: every picture and recording the fields name (found from the model)
 * and every picture a body shows, drafts included (a draft may be published tomorrow).
 */
function unusedWarning(
  paths: ContentPaths,
  site: SiteData,
  all: Record<MarkdownCollection, RawEntry<unknown>[]>,
): string[] {
  const used = new Set(uploadsIn(definitionOf('site').fields, site).map((u) => u.src));
  for (const [kind, list] of Object.entries(all) as [MarkdownCollection, RawEntry<unknown>[]][]) {
    for (const e of list) {
      for (const u of uploadsIn(definitionOf(kind).fields, e.data)) used.add(u.src);
      for (const src of e.images) used.add(src);
    }
  }
  const unused = unusedUploads(paths.publicDir, used);
  if (!unused.length) return [];
  const shown = unused.slice(0, 10).join('、') + (unused.length > 10 ? ` 等 ${unused.length} 张` : '');
  return [`这些上传的图片没有被任何内容用到：${shown}。不需要的话，可以在内容管理的“图片库”里删掉。`];
}

export async function loadContent(paths: ContentPaths = defaultPaths()): Promise<SiteContent> {
  const problems: ContentProblem[] = [];
  const siteFile = rel(paths, path.join(paths.contentDir, dataFiles.site.file));
  const rawSite = await readDataFile(paths, dataFiles.site.file, problems);
  let site: SiteData | undefined;
  if (rawSite !== undefined) {
    const checked = checkData(definitionOf('site'), rawSite, siteFile);
    if (checked.ok) site = checked.data as SiteData;
    else problems.push(...checked.problems);
  }
  const categories = await readCategories(paths, problems);
  const synonyms = await readSynonyms(paths, problems);
  problems.push(...readCmsSettings(paths.contentDir, paths.root).problems);
  // One after another, so problems are reported in the same order every time.
  const events = await readCollection('events', paths, problems);
  const stories = await readCollection('stories', paths, problems);
  const articles = await readCollection('articles', paths, problems);
  const teams = await readCollection('teams', paths, problems);
  const pages = await readCollection('pages', paths, problems);

  const push = (p: ContentProblem | undefined) => p && problems.push(p);
  /** Every picture a file's fields show must be there (the model says which fields are pictures). */
  const pictures = (kind: CheckedKind, file: string, data: unknown) => {
    for (const i of imagesIn(definitionOf(kind).fields, data))
      push(imageProblem(paths.publicDir, file, i.field, i.label, i.src));
  };
  const entries = [
    ...events.map((e) => ['events', e] as const),
    ...stories.map((e) => ['stories', e] as const),
    ...articles.map((e) => ['articles', e] as const),
  ];
  for (const [kind, e] of entries) {
    if (categories.length) push(categoryProblem(categories, e.file, 'category', e.data.category));
    pictures(kind, e.file, e.data);
    push(imageProblem(paths.publicDir, e.file, 'audio', '录音', e.data.audio, '录音'));
    if ('team' in e.data && e.data.team) {
      const slug = resolveTeam(teams, e.data.team);
      if (slug) e.data.team = slug;
      else push(teamProblem(teams, e.file, e.data.team));
    }
  }
  for (const t of teams) {
    if (categories.length)
      t.data.categories?.forEach((id) => push(categoryProblem(categories, t.file, 'categories', id)));
    pictures('teams', t.file, t.data);
  }
  for (const page of pages) pictures('pages', page.file, page.data);
  for (const e of [...events, ...stories, ...articles, ...teams, ...pages])
    problems.push(...bodyImageProblems(paths.publicDir, e));
  if (site) pictures('site', siteFile, site);

  // Each file's problems together, files in name order: the same report every time.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (problems.length || !site) throw new ContentError(problems);

  const published = <T>(list: RawEntry<T>[]): Entry<T>[] =>
    list.filter((e) => !e.draft).map(({ draft: _draft, ...e }) => e);
  return {
    site,
    warnings: [
      ...placeholderWarnings(site, siteFile, paths.publicDir, readSettings().now ?? new Date()),
      ...unusedWarning(paths, site, { events, stories, articles, teams, pages }),
    ],
    categories,
    events: published(events),
    stories: published(stories),
    articles: published(articles),
    teams: published(teams),
    pages: published(pages),
    synonyms,
  };
}

/**
 * The one check of a single entry against the content model, run by the build on every file and
 * by the CMS before it saves, so an editor reads the same words for the same mistake in both.
 * Checks across files (categories, teams, images, duplicate addresses) are in references.ts.
 */
import type { z } from 'astro/zod';
import { dropBlanks } from './blanks';
import type { Field } from './fields';
import { issueToProblems } from './issues';
import { dataFiles, markdownCollections, RESERVED_PAGE_SLUGS, type MarkdownCollection } from './model';
import { YAML_FIX } from './parse';
import type { ContentProblem } from './problems';
import { SLUG_RULES, slugProblem, suggestSlug } from '../lib/slug';

export interface Definition<T> {
  schema: z.ZodType<T>;
  fields: Record<string, Field>;
}

/**
 * What can be checked on its own: a Markdown collection, `site` (site.yml), or `category` (one item
 * of categories.yml).
 */
export type CheckedKind = MarkdownCollection | 'site' | 'category' | 'synonyms';

export function definitionOf(kind: CheckedKind): Definition<unknown> {
  if (kind === 'site') return dataFiles.site as unknown as Definition<unknown>;
  if (kind === 'category') return dataFiles.categories as unknown as Definition<unknown>;
  if (kind === 'synonyms') return dataFiles.synonyms as unknown as Definition<unknown>;
  return markdownCollections[kind] as unknown as Definition<unknown>;
}

export type Checked<T> =
  | {
      ok: true;
      data: T;
      problems: [];
    }
  | { ok: false; data?: undefined; problems: ContentProblem[] };

/**
 * Checks one entry's fields (its frontmatter, or the CMS form's values without the body). Blank
 * values count as not written. Returns the parsed data (Beijing times as Dates) or every problem.
 */
export function checkData<T>(def: Definition<T>, input: unknown, file: string): Checked<T> {
  if (input === null || input === undefined) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [{ file, message: '信息区应该是一行行「字段: 值」。', fix: YAML_FIX }] };
  }
  const data = structuredClone(input) as Record<string, unknown>;
  const blank = dropBlanks(data);
  const result = def.schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data, problems: [] };
  const found = result.error.issues.flatMap((issue) => issueToProblems(issue, def.fields, file));
  for (const p of found) {
    if (p.field && blank.has(p.field) && p.message.startsWith('缺少必填项'))
      p.message = `「${p.label ?? p.field}」是空的。`;
  }
  // `phnoe: …` is one mistake, not two: drop "missing phone" when a misspelling already points at it.
  const meant = new Set(found.map((p) => p.meant).filter(Boolean));
  return { ok: false, problems: found.filter((p) => !(p.field && meant.has(p.field) && !p.meant)) };
}

/**
 * An entry without a `slug` line takes its file name as its address: the file name must then
 * follow the slug rules (the `slug` field's own check covers a written slug).
 */
export function fileNameProblem(
  kind: MarkdownCollection,
  base: string,
  title: string | undefined,
  file: string,
): ContentProblem | undefined {
  const problem = slugProblem(base);
  const reserved = kind === 'pages' && RESERVED_PAGE_SLUGS.includes(base);
  if (!problem && !reserved) return undefined;
  const suggestion = problem ? suggestSlug(title ?? base) : `${base}-info`;
  const why = problem ? SLUG_RULES[problem] : '是网站已用的栏目地址';
  return {
    file,
    field: 'slug',
    label: '网址名',
    message: `文件名「${base}」不能直接用作网址：网址名${why}。`,
    fix: `在信息区加一行 slug: ${suggestion}，或把文件改名为 ${suggestion}.md。`,
  };
}
